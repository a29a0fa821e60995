/**
 * Where the trace learns what threading and queue objects do: code hooks (vm/code-hooks.ts) on
 * the library functions that create the objects or change their state. threading.py and
 * queue.py are CPython's own, unchanged; the hooks run when those functions return (or, for an
 * uncaught thread exception, around threading's invoke_excepthook) and only report.
 *
 * A hook ignores objects the program did not create itself (a Queue's internal Conditions, an
 * Event inside Thread), and does nothing at all unless the run is traced.
 */
import { PyObject, type PyValue } from '../python/objects/object';
import { registerCodeHooks, type CodeHook } from '../python/vm/code-hooks';
import type { PyThreadState } from '../python/vm/thread';
import type { Frame } from '../python/vm/frame';
import { STDLIB_DIR } from '../python/vm/stdlib-path';
import type { Machine } from './machine';
import type { SimThread } from './sim-thread';
import type { TracedObjects } from './trace-objects';
import { calledByUser, attr, num } from './trace-objects';
import type { TracedObjectKind } from './trace-events';

const THREADING = `${STDLIB_DIR}threading.py`;
const QUEUE = `${STDLIB_DIR}queue.py`;
const C_QUEUE = `${STDLIB_DIR}_queue.py`;
const ASYNCIO_TASKS = `${STDLIB_DIR}asyncio/tasks.py`;
const ASYNCIO_BASE_EVENTS = `${STDLIB_DIR}asyncio/base_events.py`;

type Hook = (objects: TracedObjects, st: SimThread, fr: Frame, self: PyObject, value: PyValue | undefined) => void;

/** Adapts a hook: runs it only while tracing, with the method's `self` (its first local). */
function traced(hook: Hook): CodeHook {
  return (th: PyThreadState, fr: Frame, value: PyValue | undefined) => {
    const m = th.interp.machine as Machine | null;
    const objects = m?.objects;
    if (!objects) return;
    const self = fr.stack[0];
    if (!(self instanceof PyObject)) return;
    hook(objects, th.sim as SimThread, fr, self, value);
  };
}

function onReturn(file: string, qualname: string, hook: Hook): void {
  registerCodeHooks(file, qualname, { onReturn: traced(hook) });
}


// ---- creation: objects made by the program's code ----

function creates(file: string, qualname: string, kind: TracedObjectKind | ((self: PyObject) => TracedObjectKind), capacity: (self: PyObject) => number = () => 0): void {
  onReturn(file, qualname, (objects, _st, fr, self) => {
    if (calledByUser(fr)) objects.track(self, typeof kind === 'string' ? kind : kind(self), capacity(self));
  });
}


function queueKind(self: PyObject): TracedObjectKind {
  for (const c of self.cls.mro) {
    if (c.dict?.getStr('__module__') !== 'queue') continue;
    if (c.name === 'PriorityQueue') return 'priority-queue';
    if (c.name === 'LifoQueue') return 'lifo-queue';
  }
  return 'queue';
}

creates(THREADING, 'Condition.__init__', 'condition');
creates(THREADING, 'Event.__init__', 'event');
creates(THREADING, 'Semaphore.__init__', 'semaphore', (s) => num(attr(s, '_value')));
creates(THREADING, 'BoundedSemaphore.__init__', 'bounded-semaphore', (s) => num(attr(s, '_initial_value')));
creates(THREADING, 'Barrier.__init__', 'barrier', (s) => num(attr(s, '_parties')));
creates(QUEUE, 'Queue.__init__', queueKind, (s) => num(attr(s, 'maxsize')));
// SimpleQueue is made in __new__, which returns the object.
registerCodeHooks(C_QUEUE, 'SimpleQueue.__new__', {
  onReturn: (th, fr, value) => {
    const objects = (th.interp.machine as Machine | null)?.objects;
    if (objects && value instanceof PyObject && calledByUser(fr)) objects.track(value, 'simple-queue');
  },
});

// ---- state changes ----

const sync = (op: string): Hook => (objects, st, _fr, self) => objects.sync(self, st, op);

onReturn(THREADING, 'Event.set', sync('set'));
onReturn(THREADING, 'Event.clear', sync('clear'));
onReturn(THREADING, 'Condition.notify', sync('notify'));
onReturn(THREADING, 'Semaphore.acquire', (objects, st, _fr, self, got) => {
  if (got === true) objects.sync(self, st, 'acquire');
});
onReturn(THREADING, 'Semaphore.release', sync('release'));
onReturn(THREADING, 'BoundedSemaphore.release', sync('release'));
onReturn(THREADING, 'Barrier.wait', sync('pass'));
onReturn(THREADING, 'Barrier._release', sync('release'));
onReturn(THREADING, 'Barrier.abort', sync('abort'));
onReturn(THREADING, 'Barrier.reset', sync('reset'));

// Queues: the item goes in or out inside _put/_get, under the queue's mutex, so no other
// thread can change the contents between the change and its event.
for (const cls of ['Queue', 'LifoQueue', 'PriorityQueue']) {
  onReturn(QUEUE, `${cls}._put`, (objects, st, fr, self) => objects.queue(self, st, 'put', fr.stack[1]));
  onReturn(QUEUE, `${cls}._get`, (objects, st, _fr, self, item) => objects.queue(self, st, 'get', item!));
}
onReturn(C_QUEUE, 'SimpleQueue.put', (objects, st, fr, self) => objects.queue(self, st, 'put', fr.stack[1]));
onReturn(C_QUEUE, 'SimpleQueue.get', (objects, st, _fr, self, item) => objects.queue(self, st, 'get', item!));
// Unfinished tasks, once the program uses task_done or join (reported as a sync of the queue).
onReturn(QUEUE, 'Queue.task_done', (objects, st, _fr, self) => {
  if (objects.countTasks(self)) objects.sync(self, st, 'task_done');
});
onReturn(QUEUE, 'Queue.join', (objects, st, _fr, self) => {
  if (objects.countTasks(self)) objects.sync(self, st, 'joined');
});
onReturn(QUEUE, 'Queue.put', (objects, st, _fr, self) => {
  if (objects.countsTasks(self)) objects.sync(self, st, 'unfinished');
});

// ---- an exception that ends a thread: what threading's excepthook prints ----

registerCodeHooks(THREADING, '_make_invoke_excepthook.<locals>.invoke_excepthook', {
  onEntry: (th) => (th.interp.machine as Machine | null)?.objects?.beginCapture(th.sim as SimThread),
  onReturn: (th) => (th.interp.machine as Machine | null)?.objects?.endCapture(th.sim as SimThread),
});

// ---- asyncio tasks: created, each step (run), and what the step left it doing ----

onReturn(ASYNCIO_TASKS, 'Task.__init__', (objects, st, _fr, self) => objects.taskCreated(st, self));
registerCodeHooks(ASYNCIO_TASKS, 'Task.__step', {
  onEntry: (th, fr) => {
    const objects = (th.interp.machine as Machine | null)?.objects;
    const self = fr.stack[0];
    if (objects && self instanceof PyObject) objects.taskStepStarts(th.sim as SimThread, self);
  },
  onReturn: (th) => (th.interp.machine as Machine | null)?.objects?.taskStepEnds(th.sim as SimThread),
});

// ---- the event loop: each pass starts with what is ready and what is scheduled ----

registerCodeHooks(ASYNCIO_BASE_EVENTS, 'BaseEventLoop._run_once', {
  onEntry: (th, fr) => {
    const objects = (th.interp.machine as Machine | null)?.objects;
    const self = fr.stack[0];
    if (objects && self instanceof PyObject) objects.loopPass(th.sim as SimThread, self);
  },
});
