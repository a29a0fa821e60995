/**
 * The world at any moment of a trace: `stateAt(reader, i)` is the state after event i (threads,
 * GILs, locks, queues, sync objects, output counts), a pure function of (trace, index).
 *
 * Keyframes: every KEYFRAME_EVERY events the fold's state is kept (a few small records per thread
 * and object; lists are kept as references into the trace, not copies), so any index costs at
 * most KEYFRAME_EVERY event applications plus decoding the lists it returns. Keyframes are built
 * lazily and per reader; a reader only grows, so they never go stale.
 */
import type { FutureOp, TaskOp, ThreadRunState, TracedObjectKind } from './trace-events';
import { FUTURE_OPS, OBJECT_KINDS, TASK_OPS, THREAD_STATES, flagReader, kindCode, operandOf, readNum } from './trace-layout';
import { EMPTY_LIST } from './trace-lists';
import type { TraceReader } from './trace-reader';

export const KEYFRAME_EVERY = 4096;

export interface ThreadState {
  tid: number; pid: number; name: string; daemon: boolean;
  state: ThreadRunState; core: number; obj: number; line: number; file: string;
  /** Time of the thread's last state change (or of its creation). */
  since: number;
  /** An exception ended it. */
  raised: boolean;
}
export interface ProcessState {
  pid: number; name: string;
  /** The process that started it (0: none recorded). */
  ppid: number;
  /** tid holding the GIL (0: free); lastHolder is the last tid that took it. */
  gilHolder: number; lastHolder: number;
  /** A pending drop request: who asked, of which holder, when. Cleared by the next take or drop. */
  dropRequest: { tid: number; holder: number; t: number } | null;
  /** Set once the process has ended (-N: killed by signal N). */
  exitCode: number | null;
}
export interface ObjectInfo { oid: number; kind: TracedObjectKind; label: string; capacity: number }
export interface LockState { oid: number; owner: number; count: number; waiters: number[] }
export interface SyncState { oid: number; op: string; value: number; waiters: number[] }
export interface QueueState { oid: number; contents: string[] }
/** An asyncio task: its last op (create / run / wait / ready / done) and that op's detail. */
export interface TaskState { oid: number; tid: number; name: string; state: TaskOp; detail: string }
/** A concurrent.futures Future: its last state and what the trace said about it. */
export interface FutureState { oid: number; tid: number; state: FutureOp; detail: string }
/** An asyncio event loop at the start of its last pass: ready callbacks in order, timers by deadline. */
export interface LoopState { tid: number; ready: string[]; timers: string[] }
export interface StreamCount { events: number; chars: number }
export interface WorldState {
  /** The last event applied (-1: before the first event) and the virtual time reached (reader.clock). */
  index: number; t: number;
  machine: { cores: number; switchIntervalNs: number; version: string } | null;
  processes: ProcessState[]; threads: ThreadState[]; objects: ObjectInfo[];
  locks: LockState[]; syncs: SyncState[]; queues: QueueState[]; tasks: TaskState[]; loops: LoopState[]; futures: FutureState[];
  /** tid running on each core (0: idle); length = machine.cores, else the highest core seen + 1. */
  cores: number[];
  /** Output so far: the console shows output events [0, events) of outputIndices(reader). */
  output: { events: number; stdout: StreamCount; stderr: StreamCount };
  exceptions: number;
  end: { exitCode: number; reason: string } | null;
}

// The fold's own records: strings and lists as ids/references, resolved by materialize().
interface Th { tid: number; pid: number; name: number; daemon: boolean; state: number; core: number; obj: number; line: number; file: number; since: number; raised: boolean }
interface Pr { pid: number; ppid: number; name: number; holder: number; last: number; req: boolean; reqTid: number; reqHolder: number; reqT: number; exit: number | null }
interface Fold {
  index: number; t: number; maxCore: number; exceptions: number; outputs: number;
  machine: [number, number, number] | null; end: [number, number] | null;
  out: [number, number, number, number]; // stdout events, chars, stderr events, chars
  threads: Map<number, Th>; procs: Map<number, Pr>; objects: Map<number, [number, number, number]>;
  locks: Map<number, [number, number, number]>; syncs: Map<number, [number, number, number]>; queues: Map<number, number>;
  /** oid → [tid, name, op, detail]. */
  tasks: Map<number, [number, number, number, number]>;
  futures: Map<number, [number, number, number]>;
  /** tid → [ready list, timers list]. */
  loops: Map<number, [number, number]>;
}
// Records are mutated in place, so a fold's copy copies every record (a few dozen, not per event).

const emptyFold = (): Fold => ({
  index: -1, t: 0, maxCore: -1, exceptions: 0, outputs: 0, machine: null, end: null, out: [0, 0, 0, 0],
  threads: new Map(), procs: new Map(), objects: new Map(), locks: new Map(), syncs: new Map(), queues: new Map(), tasks: new Map(), loops: new Map(), futures: new Map(),
});

function cloneFold(f: Fold): Fold {
  const copy = <V>(m: Map<number, V>, each: (v: V) => V) => new Map([...m].map(([k, v]) => [k, each(v)]));
  const tuple = (v: [number, number, number]): [number, number, number] => [v[0], v[1], v[2]];
  return {
    ...f, out: [...f.out],
    threads: copy(f.threads, (v) => ({ ...v })), procs: copy(f.procs, (v) => ({ ...v })),
    objects: new Map(f.objects), locks: copy(f.locks, tuple), syncs: copy(f.syncs, tuple), queues: new Map(f.queues),
    tasks: new Map(f.tasks), loops: new Map(f.loops), futures: new Map(f.futures),
  };
}

/** Sets oid's record to (a, b, c), reusing the record. */
function put3(m: Map<number, [number, number, number]>, oid: number, a: number, b: number, c: number): void {
  const rec = m.get(oid);
  if (rec) (rec[0] = a), (rec[1] = b), (rec[2] = c);
  else m.set(oid, [a, b, c]);
}

// Operand positions, resolved once from the layout.
const O_END_EXITCODE = operandOf('end', 'exitCode');
const O_END_REASON = operandOf('end', 'reason');
const O_EXCEPTION_TID = operandOf('exception', 'tid');
const O_GIL_DROP_PID = operandOf('gil-drop', 'pid');
const O_GIL_REQUEST_HOLDER = operandOf('gil-request', 'holder');
const O_GIL_REQUEST_PID = operandOf('gil-request', 'pid');
const O_GIL_REQUEST_TID = operandOf('gil-request', 'tid');
const O_GIL_TAKE_PID = operandOf('gil-take', 'pid');
const O_GIL_TAKE_TID = operandOf('gil-take', 'tid');
const O_LOCK_COUNT = operandOf('lock', 'count');
const O_LOCK_OID = operandOf('lock', 'oid');
const O_LOCK_OWNER = operandOf('lock', 'owner');
const O_LOCK_WAITERS = operandOf('lock', 'waiters');
const O_MACHINE_CORES = operandOf('machine', 'cores');
const O_MACHINE_SWITCHINTERVALNS = operandOf('machine', 'switchIntervalNs');
const O_MACHINE_VERSION = operandOf('machine', 'version');
const O_OBJECT_CAPACITY = operandOf('object', 'capacity');
const O_OBJECT_LABEL = operandOf('object', 'label');
const O_OBJECT_OID = operandOf('object', 'oid');
const O_OUTPUT_TEXT = operandOf('output', 'text');
const O_PROCESS_NAME = operandOf('process', 'name');
const O_PROCESS_PID = operandOf('process', 'pid');
const O_QUEUE_CONTENTS = operandOf('queue', 'contents');
const O_QUEUE_OID = operandOf('queue', 'oid');
const O_STATE_CORE = operandOf('state', 'core');
const O_STATE_FILE = operandOf('state', 'file');
const O_STATE_LINE = operandOf('state', 'line');
const O_STATE_OBJ = operandOf('state', 'obj');
const O_STATE_TID = operandOf('state', 'tid');
const O_SYNC_OID = operandOf('sync', 'oid');
const O_SYNC_OP = operandOf('sync', 'op');
const O_SYNC_VALUE = operandOf('sync', 'value');
const O_SYNC_WAITERS = operandOf('sync', 'waiters');
const O_THREAD_NAME = operandOf('thread', 'name');
const O_THREAD_PID = operandOf('thread', 'pid');
const O_THREAD_TID = operandOf('thread', 'tid');
const O_THREAD_NAME_NAME = operandOf('thread-name', 'name');
const O_THREAD_NAME_TID = operandOf('thread-name', 'tid');
// Kind codes as literals so the fold's switch compiles to a jump table; checked against the layout.
const enum C {
  process, thread, threadName, state, take, drop, request, object, lock, sync, queue, output, exception, end, machine, task, loop, processExit, span, future,
}
const CODE_CHECK: [C, Parameters<typeof kindCode>[0]][] = [
  [C.process, 'process'], [C.thread, 'thread'], [C.threadName, 'thread-name'], [C.state, 'state'], [C.take, 'gil-take'],
  [C.drop, 'gil-drop'], [C.request, 'gil-request'], [C.object, 'object'], [C.lock, 'lock'], [C.sync, 'sync'],
  [C.queue, 'queue'], [C.output, 'output'], [C.exception, 'exception'], [C.end, 'end'], [C.machine, 'machine'],
  [C.task, 'task'], [C.loop, 'loop'], [C.processExit, 'process-exit'], [C.span, 'span'], [C.future, 'future'],
];
for (const [code, kind] of CODE_CHECK) if (kindCode(kind) !== code) throw new Error(`trace-state: kind code of ${kind} moved`);
const daemonOf = flagReader('thread', 'daemon');
const stateOf = flagReader('state', 'state');
const kindOf = flagReader('object', 'kind');
const streamOf = flagReader('output', 'stream');
const taskOpOf = flagReader('task', 'op');
const O_TASK_OID = operandOf('task', 'oid');
const O_TASK_TID = operandOf('task', 'tid');
const O_TASK_NAME = operandOf('task', 'name');
const O_TASK_DETAIL = operandOf('task', 'detail');
const O_LOOP_TID = operandOf('loop', 'tid');
const O_PROCESS_EXIT_PID = operandOf('process-exit', 'pid');
const O_PROCESS_PPID = operandOf('process', 'ppid');
const O_FUTURE_OID = operandOf('future', 'oid');
const O_FUTURE_TID = operandOf('future', 'tid');
const O_FUTURE_DETAIL = operandOf('future', 'detail');
const futureOpOf = flagReader('future', 'op');
const O_PROCESS_EXIT_CODE = operandOf('process-exit', 'exitCode');
const O_LOOP_READY = operandOf('loop', 'ready');
const O_LOOP_TIMERS = operandOf('loop', 'timers');
const READY = THREAD_STATES.indexOf('ready');
const RUNNING = THREAD_STATES.indexOf('running');
const NO_STRING = -1;

function proc(f: Fold, pid: number): Pr {
  let p = f.procs.get(pid);
  if (!p) f.procs.set(pid, (p = { pid, ppid: 0, name: NO_STRING, holder: 0, last: 0, req: false, reqTid: 0, reqHolder: 0, reqT: 0, exit: null }));
  return p;
}

function thread(f: Fold, t: number, tid: number, pid = 0, name = NO_STRING, daemon = false): Th {
  const th: Th = { tid, pid, name, daemon, state: READY, core: -1, obj: 0, line: 0, file: NO_STRING, since: t, raised: false };
  f.threads.set(tid, th);
  return th;
}

/** Applies event i to the fold (in place). */
function apply(f: Fold, r: TraceReader, i: number): void {
  const w = r.ops.words;
  const b = r.opStart[i];
  const code = r.kinds[i];
  f.index = i;
  f.t = r.clock[i];
  switch (code) {
    case C.process: {
      const p = proc(f, w[b + O_PROCESS_PID]);
      p.name = w[b + O_PROCESS_NAME];
      p.ppid = w[b + O_PROCESS_PPID];
      break;
    }
    case C.processExit: proc(f, w[b + O_PROCESS_EXIT_PID]).exit = w[b + O_PROCESS_EXIT_CODE]; break;
    case C.thread: thread(f, r.times[i], w[b + O_THREAD_TID], w[b + O_THREAD_PID], w[b + O_THREAD_NAME], daemonOf(r.flags[i]) === 1); break;
    case C.threadName: {
      const tid = w[b + O_THREAD_NAME_TID];
      (f.threads.get(tid) ?? thread(f, r.times[i], tid)).name = w[b + O_THREAD_NAME_NAME];
      break;
    }
    case C.state: {
      const tid = w[b + O_STATE_TID];
      const th = f.threads.get(tid) ?? thread(f, r.times[i], tid);
      th.state = stateOf(r.flags[i]);
      th.core = w[b + O_STATE_CORE];
      th.obj = w[b + O_STATE_OBJ];
      th.line = w[b + O_STATE_LINE];
      th.file = w[b + O_STATE_FILE];
      th.since = r.times[i];
      if (th.core > f.maxCore && th.state === RUNNING) f.maxCore = th.core;
      break;
    }
    case C.take: {
      const p = proc(f, w[b + O_GIL_TAKE_PID]);
      p.holder = p.last = w[b + O_GIL_TAKE_TID];
      p.req = false;
      break;
    }
    case C.drop: { const p = proc(f, w[b + O_GIL_DROP_PID]); p.holder = 0; p.req = false; break; }
    case C.request: {
      const p = proc(f, w[b + O_GIL_REQUEST_PID]);
      p.req = true; p.reqTid = w[b + O_GIL_REQUEST_TID]; p.reqHolder = w[b + O_GIL_REQUEST_HOLDER]; p.reqT = r.times[i];
      break;
    }
    case C.object:
      f.objects.set(w[b + O_OBJECT_OID], [kindOf(r.flags[i]), w[b + O_OBJECT_LABEL], readNum(w, b + O_OBJECT_CAPACITY)]);
      break;
    case C.lock: put3(f.locks, w[b + O_LOCK_OID], w[b + O_LOCK_OWNER], w[b + O_LOCK_COUNT], w[b + O_LOCK_WAITERS]); break;
    case C.sync: put3(f.syncs, w[b + O_SYNC_OID], w[b + O_SYNC_OP], readNum(w, b + O_SYNC_VALUE), w[b + O_SYNC_WAITERS]); break;
    case C.queue: f.queues.set(w[b + O_QUEUE_OID], w[b + O_QUEUE_CONTENTS]); break;
    case C.output: {
      const s = 2 * streamOf(r.flags[i]);
      f.out[s]++;
      f.out[s + 1] += r.strings[w[b + O_OUTPUT_TEXT]].length;
      f.outputs++;
      break;
    }
    case C.exception: {
      const th = f.threads.get(w[b + O_EXCEPTION_TID]);
      if (th) th.raised = true;
      f.exceptions++;
      break;
    }
    case C.end: f.end = [w[b + O_END_EXITCODE], w[b + O_END_REASON]]; break;
    case C.machine: f.machine = [w[b + O_MACHINE_CORES], readNum(w, b + O_MACHINE_SWITCHINTERVALNS), w[b + O_MACHINE_VERSION]]; break;
    case C.loop: f.loops.set(w[b + O_LOOP_TID], [w[b + O_LOOP_READY], w[b + O_LOOP_TIMERS]]); break;
    case C.future: f.futures.set(w[b + O_FUTURE_OID], [w[b + O_FUTURE_TID], futureOpOf(r.flags[i]), w[b + O_FUTURE_DETAIL]]); break;
    case C.task: f.tasks.set(w[b + O_TASK_OID], [w[b + O_TASK_TID], w[b + O_TASK_NAME], taskOpOf(r.flags[i]), w[b + O_TASK_DETAIL]]); break;
  }
}

function materialize(f: Fold, r: TraceReader): WorldState {
  const s = (id: number) => (id === NO_STRING ? '' : r.strings[id]);
  const threads = [...f.threads.values()].map((th): ThreadState => ({
    tid: th.tid, pid: th.pid, name: s(th.name), daemon: th.daemon, state: THREAD_STATES[th.state], core: th.core,
    obj: th.obj, line: th.line, file: s(th.file), since: th.since, raised: th.raised,
  }));
  const cores = new Array<number>(f.machine ? f.machine[0] : f.maxCore + 1).fill(0);
  for (const th of threads) if (th.state === 'running' && th.core >= 0 && th.core < cores.length) cores[th.core] = th.tid;
  return {
    index: f.index, t: f.t,
    machine: f.machine && { cores: f.machine[0], switchIntervalNs: f.machine[1], version: s(f.machine[2]) },
    processes: [...f.procs.values()].map((p) => ({
      pid: p.pid, ppid: p.ppid, name: s(p.name), gilHolder: p.holder, lastHolder: p.last,
      dropRequest: p.req ? { tid: p.reqTid, holder: p.reqHolder, t: p.reqT } : null,
      exitCode: p.exit,
    })),
    threads,
    objects: [...f.objects].map(([oid, [kind, label, capacity]]) => ({ oid, kind: OBJECT_KINDS[kind], label: s(label), capacity })),
    locks: [...f.locks].map(([oid, [owner, count, waiters]]) => ({ oid, owner, count, waiters: r.list(waiters) })),
    syncs: [...f.syncs].map(([oid, [op, value, waiters]]) => ({ oid, op: s(op), value, waiters: r.list(waiters) })),
    queues: [...f.queues].map(([oid, contents]) => ({ oid, contents: contents === EMPTY_LIST ? [] : r.stringList(contents) })),
    loops: [...f.loops].map(([tid, [ready, timers]]) => ({
      tid, ready: ready === EMPTY_LIST ? [] : r.stringList(ready), timers: timers === EMPTY_LIST ? [] : r.stringList(timers),
    })),
    futures: [...f.futures].map(([oid, [tid, op, detail]]) => ({ oid, tid, state: FUTURE_OPS[op], detail: s(detail) })),
    tasks: [...f.tasks].map(([oid, [tid, name, op, detail]]) => ({ oid, tid, name: s(name), state: TASK_OPS[op], detail: s(detail) })),
    cores,
    output: { events: f.outputs, stdout: { events: f.out[0], chars: f.out[1] }, stderr: { events: f.out[2], chars: f.out[3] } },
    exceptions: f.exceptions,
    end: f.end && { exitCode: f.end[0], reason: s(f.end[1]) },
  };
}

interface Cache { frames: Fold[]; outputs: number[]; outputsScanned: number }
const caches = new WeakMap<TraceReader, Cache>();

function cacheOf(r: TraceReader): Cache {
  let c = caches.get(r);
  if (!c) caches.set(r, (c = { frames: [emptyFold()], outputs: [], outputsScanned: 0 }));
  return c;
}

/** The world after event `index` (-1: before the first event). */
export function stateAt(r: TraceReader, index: number): WorldState {
  if (!(Number.isInteger(index) && index >= -1 && index < r.length)) throw new RangeError(`trace: no event ${index} (length ${r.length})`);
  const { frames } = cacheOf(r);
  const want = Math.floor((index + 1) / KEYFRAME_EVERY); // frames[j] = state before event j * K
  while (frames.length <= want) {
    const f = cloneFold(frames[frames.length - 1]);
    const end = frames.length * KEYFRAME_EVERY;
    for (let i = end - KEYFRAME_EVERY; i < end; i++) apply(f, r, i);
    frames.push(f);
  }
  const f = cloneFold(frames[want]);
  for (let i = want * KEYFRAME_EVERY; i <= index; i++) apply(f, r, i);
  return materialize(f, r);
}

/** The world at virtual time t (after every event at or before t). */
export function stateAtTime(r: TraceReader, t: number): WorldState {
  return stateAt(r, r.indexAtTime(t));
}

/** Event indices of every output event so far, in order (the console's lines). */
export function outputIndices(r: TraceReader): readonly number[] {
  const c = cacheOf(r);
  for (; c.outputsScanned < r.length; c.outputsScanned++) if (r.kinds[c.outputsScanned] === C.output) c.outputs.push(c.outputsScanned);
  return c.outputs;
}
