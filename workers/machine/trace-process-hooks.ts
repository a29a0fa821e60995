/**
 * What the trace learns about processes, pools and futures, through code hooks (vm/code-hooks.ts)
 * on CPython's own, unchanged multiprocessing and concurrent.futures:
 * - pickling for another process (ForkingPickler.dumps) and unpickling (pickle's loads) as spans;
 * - each task a pool worker runs, from taking it off the task queue to putting its result on the
 *   result queue (Pool: SimpleQueue.get/put in a PoolWorker process; ProcessPoolExecutor: the
 *   _CallItem from Queue.get to _sendback_result), as a `task` span naming the function and chunk;
 * - each concurrent.futures Future that submit() creates: created, running, done.
 * Like trace-hooks.ts they only read, and do nothing unless the run is traced.
 */
import { PyObject, type PyValue } from '../python/objects/object';
import { PyTuple } from '../python/objects/tuple';
import { PyBytes } from '../python/objects/bytes';
import { PyFunction } from '../python/objects/function';
import { PyBuiltin } from '../python/objects/builtin';
import { PyMemoryView } from '../python/objects/memoryview';
import { PyBaseException } from '../python/objects/exception';
import { registerCodeHooks } from '../python/vm/code-hooks';
import type { PyThreadState } from '../python/vm/thread';
import type { Frame } from '../python/vm/frame';
import { STDLIB_DIR } from '../python/vm/stdlib-path';
import type { Machine } from './machine';
import type { SimThread } from './sim-thread';
import { processName } from './introspect';
import { tableOf } from '../stdlib/simsocket';
import { traceRepr } from './trace-repr';
import type { SpanKind } from './trace-events';

const MP = `${STDLIB_DIR}multiprocessing/`;
const FUTURES = `${STDLIB_DIR}concurrent/futures/`;

/** The machine and thread, when the run is traced. */
function traced(th: PyThreadState): [Machine, SimThread] | null {
  const m = th.interp.machine as Machine | null;
  return m?.objects ? [m, th.sim as SimThread] : null;
}

/** A local of the hooked frame by name. */
function local(fr: Frame, name: string): PyValue | undefined {
  const i = fr.code.localsplusNames.indexOf(name);
  return i >= 0 ? fr.stack[i] : undefined;
}

function span(m: Machine, st: SimThread, kind: SpanKind, label: string, start: number): void {
  m.emit({ k: 'span', t: st.clock, tid: st.tid, kind, label, start });
}

function sizeOf(v: PyValue | undefined): number {
  if (v instanceof PyBytes) return v.b.length;
  if (v instanceof PyMemoryView) return v.nbytes;
  return 0;
}

const bytesLabel = (n: number) => (n < 10_000 ? `${n} bytes` : `${(n / 1024).toFixed(1)} KiB`);

function nameOf(f: PyValue | undefined): string {
  if (f instanceof PyFunction) return f.qualname;
  if (f instanceof PyBuiltin) return f.name;
  if (f instanceof PyObject) {
    // functools.partial(fn, …): ProcessPoolExecutor.map's _process_chunk wraps the user's function.
    const inner = (f as unknown as { func?: PyValue }).func;
    if (inner !== undefined) return nameOf(inner);
    return `<${f.cls.name}>`;
  }
  return '?';
}

// ---- pickling ----

const pickleStarts = new WeakMap<SimThread, number[]>();

function pickleHooks(file: string, qualname: string, kind: SpanKind, size: (fr: Frame, value: PyValue | undefined) => number): void {
  registerCodeHooks(file, qualname, {
    onEntry: (th) => {
      const t = traced(th);
      if (t === null) return;
      const starts = pickleStarts.get(t[1]) ?? [];
      starts.push(t[1].clock);
      pickleStarts.set(t[1], starts);
    },
    onReturn: (th, fr, value) => {
      const t = traced(th);
      const start = t === null ? undefined : pickleStarts.get(t[1])?.pop();
      if (t === null || start === undefined) return;
      span(t[0], t[1], kind, bytesLabel(size(fr, value)), start);
    },
  });
}

pickleHooks(`${MP}reduction.py`, 'ForkingPickler.dumps', 'pickle', (_fr, value) => sizeOf(value));
pickleHooks(`${STDLIB_DIR}pickle.py`, '_loads', 'unpickle', (fr) => sizeOf(fr.stack[0]));

// ---- pool tasks ----

interface RunningTask {
  start: number;
  label: string;
}
const running = new WeakMap<SimThread, RunningTask>();

/** A Pool task tuple (job, i, func, args, kwds): "job 0 chunk 2: sq over 3 items" or "job 1: f(4, 5)". */
function poolTaskLabel(task: PyTuple): string {
  const [job, i, func, args] = task.items;
  const fname = nameOf(func);
  if ((fname === 'mapstar' || fname === 'starmapstar') && args instanceof PyTuple) {
    const inner = args.items[0];
    if (inner instanceof PyTuple && inner.items.length === 2) {
      const chunk = inner.items[1];
      const n = chunk instanceof PyTuple ? chunk.items.length : 0;
      return `job ${String(job)} chunk ${String(i)}: ${nameOf(inner.items[0])} over ${n} item${n === 1 ? '' : 's'}`;
    }
  }
  return `job ${String(job)}: ${fname}${args instanceof PyTuple ? traceRepr(args) : '(…)'}`;
}

registerCodeHooks(`${MP}queues.py`, 'SimpleQueue.get', {
  onReturn: (th, _fr, value) => {
    const t = traced(th);
    if (t === null || !(value instanceof PyTuple) || value.items.length !== 5) return;
    if (!processName(t[1].proc).includes('PoolWorker')) return;
    running.set(t[1], { start: t[1].clock, label: poolTaskLabel(value) });
  },
});

/** A worker sends its task's result: the task's span ends. */
const endsTask = {
  onEntry: (th: PyThreadState) => {
    const t = traced(th);
    const task = t === null ? undefined : running.get(t[1]);
    if (t === null || task === undefined) return;
    running.delete(t[1]);
    span(t[0], t[1], 'task', task.label, task.start);
  },
};

registerCodeHooks(`${MP}queues.py`, 'SimpleQueue.put', endsTask);

// ProcessPoolExecutor: its worker takes a _CallItem from the call queue (Queue.get, below) …
function callItemTaken(th: PyThreadState, value: PyValue | undefined): void {
  const t = traced(th);
  if (t === null || !(value instanceof PyObject) || value.cls.name !== '_CallItem') return;
  const fn = value.dict?.getStr('fn');
  const args = value.dict?.getStr('args');
  const label = `work item ${String(value.dict?.getStr('work_id'))}: ${nameOf(fn)}${args instanceof PyTuple ? traceRepr(args) : ''}`;
  running.set(t[1], { start: t[1].clock, label });
}

// … and sends its result back.
registerCodeHooks(`${FUTURES}process.py`, '_sendback_result', endsTask);

// ---- multiprocessing queues ----

/** The kernel pipe a multiprocessing Queue reads from, in the running process. */
function pipeOf(th: PyThreadState, q: PyValue | undefined): object | undefined {
  const reader = q instanceof PyObject ? q.dict?.getStr('_reader') : undefined;
  const fd = reader instanceof PyObject ? reader.dict?.getStr('_handle') : undefined;
  return typeof fd === 'number' ? tableOf(th.interp).byFd.get(fd) : undefined;
}

/** Made for the program's own code: the first frame outside multiprocessing is the program's. */
function madeForProgram(fr: Frame): boolean {
  for (let f = fr.back; f !== null; f = f.back) {
    if (f.native) continue;
    const file = (f as Frame).code.filename;
    if (file.startsWith(MP)) continue;
    return !file.startsWith(STDLIB_DIR);
  }
  return false;
}

registerCodeHooks(`${MP}queues.py`, 'Queue.__init__', {
  onReturn: (th, fr) => {
    const t = traced(th);
    const q = fr.stack[0];
    const pipe = pipeOf(th, q);
    if (t === null || pipe === undefined || !madeForProgram(fr)) return;
    const max = (q as PyObject).dict?.getStr('_maxsize');
    t[0].objects!.trackProcessQueue(pipe, q, typeof max === 'number' && max < 2147483647 ? max : 0);
  },
});

function putHook(qualname: string): void {
  registerCodeHooks(`${MP}queues.py`, qualname, {
    onReturn: (th, fr) => {
      const t = traced(th);
      const pipe = pipeOf(th, fr.stack[0]);
      const obj = local(fr, 'obj');
      if (t === null || pipe === undefined || obj === undefined) return;
      t[0].objects!.processQueue(pipe, t[1], 'put', obj);
    },
  });
}
putHook('Queue.put');
putHook('JoinableQueue.put');

registerCodeHooks(`${MP}queues.py`, 'Queue.get', {
  onReturn: (th, fr, value) => {
    callItemTaken(th, value);
    const t = traced(th);
    const pipe = pipeOf(th, fr.stack[0]);
    if (t === null || pipe === undefined || value === undefined) return;
    t[0].objects!.processQueue(pipe, t[1], 'get', value);
  },
});

// ---- futures ----

/** Futures made by submit() (the program's), so a future used for anything else is not reported. */
const futures = new WeakSet<PyObject>();

/** submit() wraps each call in a _WorkItem with its new Future, before a worker can see it. */
function workItemHook(file: string): void {
  registerCodeHooks(file, '_WorkItem.__init__', {
    onReturn: (th, fr) => {
      const t = traced(th);
      const future = local(fr, 'future');
      if (t === null || !(future instanceof PyObject)) return;
      futures.add(future);
      const args = local(fr, 'args');
      const detail = `${nameOf(local(fr, 'fn'))}${args instanceof PyTuple ? traceRepr(args) : ''}`;
      t[0].emit({ k: 'future', t: t[1].clock, oid: t[0].traceId(future), tid: t[1].tid, op: 'create', detail });
    },
  });
}
workItemHook(`${FUTURES}thread.py`);
workItemHook(`${FUTURES}process.py`);

function futureHook(qualname: string, op: 'run' | 'done', detail: (fr: Frame, value: PyValue | undefined) => string | null): void {
  registerCodeHooks(`${FUTURES}_base.py`, qualname, {
    onReturn: (th, fr, value) => {
      const t = traced(th);
      const self = fr.stack[0];
      if (t === null || !(self instanceof PyObject) || !futures.has(self)) return;
      const d = detail(fr, value);
      if (d === null) return;
      t[0].emit({ k: 'future', t: t[1].clock, oid: t[0].traceId(self), tid: t[1].tid, op, detail: d });
    },
  });
}
futureHook('Future.set_running_or_notify_cancel', 'run', (_fr, value) => (value === true ? '' : null));
futureHook('Future.set_result', 'done', (fr) => {
  const r = local(fr, 'result');
  return r === undefined ? 'result' : `result ${traceRepr(r)}`;
});
futureHook('Future.set_exception', 'done', (fr) => {
  const e = local(fr, 'exception');
  if (!(e instanceof PyBaseException)) return 'exception';
  const msg = e.args.length > 0 && typeof e.args[0] === 'string' ? `: ${e.args[0]}` : '';
  return `${e.cls.name}${msg}`;
});
futureHook('Future.cancel', 'done', (_fr, value) => (value === true ? 'cancelled' : null));
