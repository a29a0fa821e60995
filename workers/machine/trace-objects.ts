/**
 * The synchronisation objects the trace shows: the locks, conditions, events, semaphores,
 * barriers and queues that the program's own code created (threading's and queue's internal
 * locks and conditions stay out of the picture, as a learner never wrote them), each with a
 * trace id, and the events about them — lock acquire/release/wait/timeout, sync-object changes,
 * queue put/get with the item and the queue's contents.
 *
 * An object is announced ('object' event) when the trace first mentions it, labelled with the
 * variable it is bound to by then (introspect.labelOf); `q = Queue()` binds `q` only after the
 * constructor returns, so announcing at creation would lose the name.
 *
 * Only exists while tracing. Everything here reads the program's state and changes none of it.
 */
import { PyObject, type PyValue } from '../python/objects/object';
import { PyList } from '../python/objects/list';
import { PyTuple } from '../python/objects/tuple';
import { PyFloat } from '../python/objects/float';
import type { AnyFrame, Frame } from '../python/vm/frame';
import type { PyThreadState } from '../python/vm/thread';
import { STDLIB_DIR } from '../python/vm/stdlib-path';
import { PyDeque } from '../stdlib/deque';
import type { Machine } from './machine';
import type { SimThread } from './sim-thread';
import type { KernelLock } from './kernel-lock';
import type { TaskOp, TracedObjectKind } from './trace-events';
import { PyGenerator } from '../python/objects/generator';
import { PyFunction, PyMethod } from '../python/objects/function';
import { slotValue } from '../python/types/type';
import { None } from '../python/objects/core-types';
import type { PyBaseException } from '../python/objects/exception';
import { blockingCall, labelOf, threadName } from './introspect';
import { traceRepr } from './trace-repr';

interface Rec {
  obj: object;
  oid: number;
  kind: TracedObjectKind;
  capacity: number;
  label: string;
  announced: boolean;
  /** Label lookups so far (an unnamed object is looked up again a few times, then left unnamed). */
  tries: number;
  /** A queue whose task_done/join has been used: its puts also report unfinished_tasks. */
  countsTasks: boolean;
  /** A process queue: the Python object that names it, and its items (reprs), front first. */
  named?: PyValue;
  items?: string[];
}

const MAX_LABEL_TRIES = 4;
/** The kinds whose state a 'sync' event reports (a queue's unfinished tasks aside). */
const SYNC_KINDS = new Set<TracedObjectKind>(['condition', 'event', 'semaphore', 'bounded-semaphore', 'barrier']);
/** Most queue items listed per event (a queue longer than this shows its first items). */
const MAX_CONTENTS = 1000;

export type LockOp = 'acquire' | 'release' | 'wait' | 'timeout';

export class TracedObjects {
  private readonly recs = new Map<object, Rec>();
  private readonly byOid = new Map<number, Rec>();
  /** Threads whose stderr output is being collected for an 'exception' event. */
  private readonly captures = new Map<SimThread, string[]>();

  constructor(private readonly m: Machine) {}

  /** Follow `obj` from now on (it was created by the program's code). */
  track(obj: object, kind: TracedObjectKind, capacity = 0): void {
    if (this.recs.has(obj)) return;
    const rec: Rec = { obj, oid: this.m.traceId(obj), kind, capacity, label: '', announced: false, tries: 0, countsTasks: false };
    this.recs.set(obj, rec);
    this.byOid.set(rec.oid, rec);
  }

  isTracked(obj: object): boolean {
    return this.recs.has(obj);
  }

  /** The object's id for an event, announcing it (with its label) the first time. */
  private mention(rec: Rec, t: number): number {
    if (!rec.announced || (rec.label === '' && rec.tries < MAX_LABEL_TRIES)) {
      rec.tries++;
      const label = rec.kind === 'thread' ? threadName(this.m, rec.obj as SimThread) : labelOf(this.m, (rec.named ?? rec.obj) as PyValue);
      if (!rec.announced || label !== '') {
        rec.label = label;
        rec.announced = true;
        this.m.emit({ k: 'object', t, oid: rec.oid, kind: rec.kind, label, capacity: rec.capacity });
      }
    }
    return rec.oid;
  }

  // ---- locks ----

  lock(lock: KernelLock, st: SimThread, op: LockOp, t = st.clock): void {
    const rec = this.recs.get(lock);
    if (rec === undefined) return;
    const oid = this.mention(rec, t);
    const owner = lock.locked && lock.holder !== null ? lock.holder.tid : 0;
    this.m.emit({ k: 'lock', t, oid, tid: st.tid, op, owner, count: lock.locked ? lock.count : 0, waiters: lock.waiters.map((w) => w.tid) });
  }

  // ---- what a blocked thread waits for ----

  /**
   * The object a thread blocking on `lock` waits for, as the learner sees it: the queue, event,
   * condition … whose method it is blocked in, the thread it joins, or the lock itself. 0 when
   * it is none of the program's objects.
   */
  blockedOn(st: SimThread, lock: KernelLock, t: number): number {
    const call = blockingCall(st.th);
    if (call !== null) {
      const rec = call[1] instanceof PyObject ? this.recs.get(call[1]) : undefined;
      if (rec !== undefined) return this.mention(rec, t);
    }
    const joined = this.m.threads.find((x) => x.sentinels.includes(lock));
    if (joined !== undefined) {
      this.track(joined, 'thread');
      return this.mention(this.recs.get(joined)!, t);
    }
    const rec = this.recs.get(lock);
    return rec === undefined ? 0 : this.mention(rec, t);
  }

  /** After a thread blocked on oid: a sync object reports its new waiter. */
  blocked(st: SimThread, oid: number, t: number): void {
    const rec = this.byOid.get(oid);
    if (rec === undefined || !SYNC_KINDS.has(rec.kind)) return;
    // Waiting for the object's lock (`with cond:`) is not waiting on the object.
    const entering = blockingCall(st.th)?.[0] === '__enter__';
    this.sync(rec.obj as PyObject, st, entering ? 'wait-lock' : 'wait', t);
  }

  /** Threads blocked on oid, in the order they blocked. */
  private waitersOf(oid: number): number[] {
    return this.m.threads.filter((x) => x.state === 'blocked' && x.obj === oid).sort((a, b) => a.blockedSeq - b.blockedSeq).map((x) => x.tid);
  }

  // ---- sync objects ----

  /** Condition/Event/Semaphore/Barrier (and a queue's unfinished tasks): `op` happened. */
  sync(obj: PyObject, st: SimThread, op: string, t = st.clock): void {
    const rec = this.recs.get(obj);
    if (rec === undefined) return;
    const oid = this.mention(rec, t);
    this.m.emit({ k: 'sync', t, oid, tid: st.tid, op, value: syncValue(rec), waiters: this.waitersOf(oid) });
  }

  /** A queue's task_done/join was used: from now on its puts report unfinished tasks too. */
  countTasks(q: PyObject): boolean {
    const rec = this.recs.get(q);
    if (rec === undefined) return false;
    rec.countsTasks = true;
    return true;
  }

  countsTasks(q: PyObject): boolean {
    return this.recs.get(q)?.countsTasks ?? false;
  }

  // ---- queues ----

  queue(q: PyObject, st: SimThread, op: 'put' | 'get', item: PyValue, t = st.clock): void {
    const rec = this.recs.get(q);
    if (rec === undefined) return;
    const oid = this.mention(rec, t);
    this.m.emit({ k: 'queue', t, oid, tid: st.tid, op, item: traceRepr(item), contents: queueContents(rec) });
  }

  // ---- multiprocessing queues (one record per queue, keyed by its pipe, in every process) ----

  /** Follow a multiprocessing Queue: `pipe` is its reader end (the same in every process). */
  trackProcessQueue(pipe: object, q: PyValue, capacity: number): void {
    if (this.recs.has(pipe)) return;
    this.track(pipe, 'process-queue', capacity);
    const rec = this.recs.get(pipe)!;
    rec.named = q;
    rec.items = [];
  }

  /** A put (the item enters the queue's buffer) or get (it left the pipe) on a process queue. */
  processQueue(pipe: object, st: SimThread, op: 'put' | 'get', item: PyValue, t = st.clock): void {
    const rec = this.recs.get(pipe);
    if (rec === undefined || rec.items === undefined) return;
    const r = traceRepr(item);
    if (op === 'put') rec.items.push(r);
    else {
      // Items from several producers arrive in the order their feeders wrote them.
      const i = rec.items.indexOf(r);
      rec.items.splice(i < 0 ? 0 : i, 1);
    }
    const oid = this.mention(rec, t);
    this.m.emit({ k: 'queue', t, oid, tid: st.tid, op, item: r, contents: rec.items.slice(0, MAX_CONTENTS) });
  }

  // ---- asyncio tasks ----

  /** Tasks whose step is running, per thread (Task.__step clears `self` before it returns). */
  private readonly stepping = new Map<SimThread, PyObject[]>();

  taskCreated(st: SimThread, task: PyObject): void {
    const coro = attr(task, '_coro');
    this.taskEvent(st, task, 'create', coro instanceof PyGenerator ? `${coro.qualname}()` : '');
  }

  taskStepStarts(st: SimThread, task: PyObject): void {
    let stack = this.stepping.get(st);
    if (stack === undefined) this.stepping.set(st, (stack = []));
    stack.push(task);
    this.taskEvent(st, task, 'run', '');
  }

  taskStepEnds(st: SimThread): void {
    const task = this.stepping.get(st)?.pop();
    if (task === undefined) return;
    const state = attr(task, '_state');
    if (state === 'CANCELLED') return this.taskEvent(st, task, 'done', 'cancelled');
    if (state === 'FINISHED') {
      const exc = attr(task, '_exception');
      const detail = exc instanceof PyObject && exc !== None ? `${exc.cls.name}: ${traceRepr((exc as PyBaseException).args?.[0] ?? '')}` : `result ${traceRepr(attr(task, '_result') ?? None)}`;
      return this.taskEvent(st, task, 'done', detail);
    }
    const waiter = attr(task, '_fut_waiter');
    if (waiter === undefined || waiter === None) return this.taskEvent(st, task, 'ready', '');
    this.taskEvent(st, task, 'wait', awaitedBy(attr(task, '_coro'), waiter as PyObject));
  }

  /** An event loop starts a pass: its ready handles in order, and its timers by deadline. */
  loopPass(st: SimThread, loop: PyObject): void {
    const ready = attr(loop, '_ready');
    const scheduled = attr(loop, '_scheduled');
    const handles = ready instanceof PyDeque ? ready.toArray() : [];
    const timers = scheduled instanceof PyList ? scheduled.items.slice() : [];
    const when = (h: PyValue) => num(h instanceof PyObject ? slotValue(h, '_when') : undefined);
    timers.sort((a, b) => when(a) - when(b));
    this.m.emit({
      k: 'loop', t: st.clock, tid: st.tid,
      ready: handles.slice(0, MAX_CONTENTS).map(handleName),
      timers: timers.filter((h) => h instanceof PyObject && slotValue(h, '_cancelled') !== true).slice(0, MAX_CONTENTS).map((h) => `${handleName(h)} at ${when(h).toFixed(3)}`),
    });
  }

  private taskEvent(st: SimThread, task: PyObject, op: TaskOp, detail: string): void {
    const name = attr(task, '_name');
    this.m.emit({ k: 'task', t: st.clock, oid: this.m.traceId(task), tid: st.tid, op, name: typeof name === 'string' ? name : '', detail });
  }

  // ---- exceptions ----

  /** Collect what the thread writes to stderr (an uncaught exception's report) … */
  beginCapture(st: SimThread): void {
    this.captures.set(st, []);
  }

  /** … and report it as the exception that ended the thread. */
  endCapture(st: SimThread): void {
    const parts = this.captures.get(st);
    this.captures.delete(st);
    if (parts !== undefined && parts.length > 0) this.m.emit({ k: 'exception', t: st.clock, tid: st.tid, text: parts.join('') });
  }

  /** Program output, by the thread that wrote it. */
  output(st: SimThread | null, stream: 'stdout' | 'stderr', text: string): void {
    if (st !== null && stream === 'stderr') this.captures.get(st)?.push(text);
    this.m.emitOutput(st === null ? this.m.now : st.clock, st?.tid ?? 0, stream, text);
  }
}

// ---- reading the objects ----

export function attr(obj: object, name: string): PyValue | undefined {
  return obj instanceof PyObject ? obj.dict?.getStr(name) : undefined;
}

export function num(v: PyValue | undefined): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof PyFloat) return v.v;
  return 0;
}

/** The number a sync event carries: waiters of a condition, an event's flag, a semaphore's value, a barrier's arrivals, a queue's unfinished tasks. */
function syncValue(rec: Rec): number {
  switch (rec.kind) {
    case 'condition': {
      const w = attr(rec.obj, '_waiters');
      return w instanceof PyDeque ? w.len : 0;
    }
    case 'event': return num(attr(rec.obj, '_flag'));
    case 'semaphore':
    case 'bounded-semaphore': return num(attr(rec.obj, '_value'));
    case 'barrier': return num(attr(rec.obj, '_count'));
    default: return num(attr(rec.obj, 'unfinished_tasks'));
  }
}

/** A queue's items as reprs, the next one to come out first. */
function queueContents(rec: Rec): string[] {
  const store = attr(rec.obj, rec.kind === 'simple-queue' ? '_queue' : 'queue');
  let items: PyValue[] = store instanceof PyDeque ? store.toArray() : store instanceof PyList ? store.items.slice() : [];
  if (rec.kind === 'lifo-queue') items.reverse();
  else if (rec.kind === 'priority-queue') items = heapOrder(items);
  if (items.length > MAX_CONTENTS) items = items.slice(0, MAX_CONTENTS);
  return items.map(traceRepr);
}

/** A heap's items in the order heappop would return them, when they compare without Python code. */
function heapOrder(items: PyValue[]): PyValue[] {
  const sorted = items.slice();
  try {
    sorted.sort(compareSimple);
    return sorted;
  } catch {
    return items;
  }
}

/** < on numbers, strings and tuples of them (stable for equal items); throws for anything else. */
function compareSimple(a: PyValue, b: PyValue): number {
  const na = typeof a === 'number' || typeof a === 'bigint' || typeof a === 'boolean' || a instanceof PyFloat;
  const nb = typeof b === 'number' || typeof b === 'bigint' || typeof b === 'boolean' || b instanceof PyFloat;
  if (na && nb) {
    const x = num(a);
    const y = num(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (a instanceof PyTuple && b instanceof PyTuple && !a.cls.isHeap && !b.cls.isHeap) {
    const n = Math.min(a.items.length, b.items.length);
    for (let i = 0; i < n; i++) {
      const c = compareSimple(a.items[i], b.items[i]);
      if (c !== 0) return c;
    }
    return a.items.length - b.items.length;
  }
  throw new Error('not simply comparable');
}

/** A loop handle as the learner knows it: "Task-2 step", "Task-2 wakeup", a sleep waking Task-2, a callback's name. */
function handleName(h: PyValue): string {
  if (!(h instanceof PyObject)) return '?';
  const cb = slotValue(h, '_callback');
  const args = slotValue(h, '_args');
  if (cb instanceof PyMethod && cb.self instanceof PyObject) {
    const task = attr(cb.self, '_name');
    const fn = cb.func instanceof PyFunction ? cb.func.code.name.replace(/^__/, '') : 'callback';
    if (typeof task === 'string') return `${task} ${fn}`;
  }
  // asyncio.sleep's timer: futures._set_result_unless_cancelled(future, result) — name the task it wakes.
  if (cb instanceof PyFunction && cb.code.name === '_set_result_unless_cancelled' && args instanceof PyTuple) {
    const fut = args.items[0];
    const callbacks = fut instanceof PyObject ? attr(fut, '_callbacks') : undefined;
    const first = callbacks instanceof PyList ? callbacks.items[0] : undefined;
    const wake = first instanceof PyTuple ? first.items[0] : undefined;
    const task = wake instanceof PyMethod && wake.self instanceof PyObject ? attr(wake.self, '_name') : undefined;
    return typeof task === 'string' ? `sleep of ${task}` : 'sleep';
  }
  if (cb instanceof PyFunction) return cb.code.qualname;
  if (cb instanceof PyMethod && cb.func instanceof PyFunction) return cb.func.code.qualname;
  return cb instanceof PyObject ? cb.cls.name : '?';
}

/**
 * What a suspended task waits for, as the learner wrote it: the innermost coroutine on its
 * await chain (`sleep(1)`, `Queue.get`), or the task / future it awaits directly.
 */
function awaitedBy(coro: PyValue | undefined, waiter: PyObject): string {
  let inner: PyGenerator | null = null;
  let awaited: PyValue = waiter;
  for (let g = coro; g instanceof PyGenerator; g = g.yieldFrom ?? undefined) {
    // Future.__await__ (asyncio/futures.py) is the plumbing under every await of a future.
    if (g.frame.code.filename.endsWith('asyncio/futures.py')) {
      awaited = g.frame.stack[0] ?? waiter;
      break;
    }
    inner = g;
  }
  if (inner !== null && inner !== coro) {
    if (inner.qualname === 'sleep' && inner.frame.code.filename.endsWith('asyncio/tasks.py')) {
      return `sleep(${traceRepr(inner.frame.stack[0])})`;
    }
    return inner.qualname;
  }
  const name = awaited instanceof PyObject ? attr(awaited, '_name') : undefined;
  if (typeof name === 'string') return name;
  return awaited instanceof PyObject && awaited.cls.name === '_GatheringFuture' ? 'gather' : 'future';
}

// ---- who created an object ----

const isLibraryFrame = (f: AnyFrame) => !f.native && (f as Frame).code.filename.startsWith(STDLIB_DIR);

function pythonCaller(f: AnyFrame | null): Frame | null {
  while (f !== null && f.native) f = f.back;
  return f as Frame | null;
}

/** Was the function running in `fr` (a constructor) called by the program's own code? */
export function calledByUser(fr: Frame): boolean {
  const caller = pythonCaller(fr.back);
  return caller !== null && !isLibraryFrame(caller);
}

/**
 * Is a native constructor (lock allocation) being called by the program's own code? threading's
 * factory function RLock() counts as the program's call.
 */
export function creatingForUser(th: PyThreadState): boolean {
  let f = pythonCaller(th.top);
  if (f !== null && f.code.qualname === 'RLock' && f.code.filename === `${STDLIB_DIR}threading.py`) f = pythonCaller(f.back);
  return f !== null && !isLibraryFrame(f);
}
