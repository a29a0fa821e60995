/**
 * The trace: every event the simulated machine reports, in one place. This file is the contract
 * between the machine (which emits) and the app, the CLI's Perfetto/stats export and the tests
 * (which read). Times are virtual nanoseconds since the program started. Threads are named by
 * `tid` (the machine's thread number, 1 = MainThread), processes by `pid`, synchronisation
 * objects by `oid` (a number the machine assigns when it first sees the object).
 *
 * Events are plain objects here; the recorder (trace-recorder.ts) stores them compactly.
 */

/** What a thread is doing, for its lane in the timeline. */
export type ThreadRunState =
  /** Executing bytecode on `core` (holding its process's GIL unless the build is free-threaded). */
  | 'running'
  /** Wants its process's GIL; another thread holds it. */
  | 'gil-wait'
  /** Ready to run but no core is free (more runnable threads than cores). */
  | 'ready'
  /** Blocked on a synchronisation object (`obj`): lock, condition, event, queue, join, … */
  | 'blocked'
  /** In time.sleep. */
  | 'sleeping'
  /** In a blocking I/O call (select, file or network I/O). */
  | 'io'
  /** Finished (normally or by an uncaught exception); daemon threads killed at exit too. */
  | 'done';

/** The kinds of object the machine tracks; `label` is the variable name when known. */
export type TracedObjectKind =
  | 'lock' | 'rlock' | 'condition' | 'semaphore' | 'bounded-semaphore' | 'event' | 'barrier'
  | 'queue' | 'lifo-queue' | 'priority-queue' | 'simple-queue' | 'thread'
  /** A multiprocessing Queue or JoinableQueue: one object whichever process puts or gets. */
  | 'process-queue';

export type TraceEvent =
  | { k: 'process'; t: number; pid: number; name: string; ppid: number }
  /** A process ended: its exit code as multiprocessing reports it (-N: killed by signal N). */
  | { k: 'process-exit'; t: number; pid: number; exitCode: number }
  | { k: 'thread'; t: number; tid: number; pid: number; name: string; daemon: boolean }
  | { k: 'thread-name'; t: number; tid: number; name: string }
  /** A thread's state changed; `line` is its current source line (0 when unknown), `file` its file. */
  | { k: 'state'; t: number; tid: number; state: ThreadRunState; core: number; obj: number; line: number; file: string }
  /** GIL: taken by tid; dropped by tid (forced when a drop request made it let go); drop requested by a waiter. */
  | { k: 'gil-take'; t: number; pid: number; tid: number }
  | { k: 'gil-drop'; t: number; pid: number; tid: number; forced: boolean }
  | { k: 'gil-request'; t: number; pid: number; tid: number; holder: number }
  | { k: 'object'; t: number; oid: number; kind: TracedObjectKind; label: string; capacity: number }
  /** A lock/RLock changed hands or gained/lost a waiter: its owner (0: free) and waiters, in wait order. */
  | { k: 'lock'; t: number; oid: number; tid: number; op: 'acquire' | 'release' | 'wait' | 'timeout'; owner: number; count: number; waiters: number[] }
  /**
   * Condition wait/notify, Event set/clear, Semaphore acquire/release, Barrier wait/release/pass,
   * a queue's unfinished tasks: `value` is the object's new number (condition: waiters; event:
   * flag; semaphore: counter; barrier: arrivals; queue: unfinished_tasks). docs/trace.md lists the ops.
   */
  | { k: 'sync'; t: number; oid: number; tid: number; op: string; value: number; waiters: number[] }
  /** queue.put/get: the item's repr and the queue's contents (reprs, front first) afterwards. */
  | { k: 'queue'; t: number; oid: number; tid: number; op: 'put' | 'get'; item: string; contents: string[] }
  /** A write to stdout/stderr by tid (0: outside any thread); the pieces of one printed line are one event. */
  | { k: 'output'; t: number; tid: number; stream: 'stdout' | 'stderr'; text: string }
  /** An exception that ended a thread (its formatted traceback). */
  | { k: 'exception'; t: number; tid: number; text: string }
  /**
   * An asyncio task (`oid`) on the event loop of thread `tid`: created (`detail`: its coroutine),
   * running a step, waiting (`detail`: what it awaits), ready again after a bare yield
   * (`await asyncio.sleep(0)`), or done (`detail`: its result, exception or 'cancelled').
   */
  | { k: 'task'; t: number; oid: number; tid: number; op: TaskOp; name: string; detail: string }
  /**
   * An asyncio event loop (on thread `tid`) starts a pass: what is ready to run, in order
   * ("Task-2 step", a callback's name), and its timers by deadline ("Task-3 at 2.001": the task
   * a sleep will wake, and the loop time it is due).
   */
  | { k: 'loop'; t: number; tid: number; ready: string[]; timers: string[] }
  /**
   * A stretch of thread tid's time, from `start` to `t` (sent when it ends), doing something its
   * lane should name: `pickle` / `unpickle` (label: how many bytes, for sending to or receiving
   * from another process), `startup` (a new process starting: fork's copy-on-write faults, a
   * spawned interpreter's start), `task` (a pool worker running one task; label: the function and
   * its arguments or chunk, and the job/chunk numbers).
   */
  | { k: 'span'; t: number; tid: number; kind: SpanKind; label: string; start: number }
  /**
   * A concurrent.futures Future (`oid`): created by submit (detail: the call), running (picked up
   * by a worker; for a process pool, moved to the call queue), done (detail: its result, its
   * exception, or 'cancelled'). `tid` is the thread that changed it.
   */
  | { k: 'future'; t: number; oid: number; tid: number; op: FutureOp; detail: string }
  /**
   * Bytes written to a pipe or socket by thread `from` at time `sent` were read by thread tid at
   * `t` — a message crossing between processes (a multiprocessing Queue or Pipe, a Pool's tasks
   * and results, a Manager's calls): one event per reader, per writer whose bytes it read.
   */
  | { k: 'transfer'; t: number; tid: number; from: number; bytes: number; sent: number }
  /** The run ended: exit status, and the limit or deadlock message when there was one. */
  | { k: 'end'; t: number; exitCode: number; reason: string }
  /**
   * The machine's settings, emitted once at t = 0 before anything else (optional: readers infer
   * the core count from the cores seen when it is missing). `version` is the CPython behaviour
   * simulated, e.g. '3.11' or '3.13t'.
   */
  | { k: 'machine'; t: number; cores: number; switchIntervalNs: number; version: string };

export type TraceEventKind = TraceEvent['k'];

/** What a `span` shows a thread doing. */
export type SpanKind = 'pickle' | 'unpickle' | 'startup' | 'task';

/** What happened to a concurrent.futures Future. */
export type FutureOp = 'create' | 'run' | 'done';

/** What happened to an asyncio task. */
export type TaskOp = 'create' | 'run' | 'wait' | 'ready' | 'done';

/** Where the machine sends events. The recorder implements it; `null` sink = tracing off. */
export interface TraceSink {
  emit(ev: TraceEvent): void;
}
