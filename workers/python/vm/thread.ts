/**
 * PyThreadState: one Python thread's execution state — its frame chain, recursion depth, the
 * "currently handled exception" chain (sys.exc_info), and its virtual time account.
 * The simulated machine (later issues) schedules these; a sequential program has one.
 */
import type { PyBaseException } from '../objects/exception';
import type { AnyFrame } from './frame';
import type { PyValue } from '../objects/object';
import type { Interpreter } from './interpreter-state';

/** CPython's _PyErr_StackItem: the handled exception of a frame chain or generator. */
export class ExcInfo {
  value: PyBaseException | null = null;
  constructor(public prev: ExcInfo | null) {}
}

export const enum ThreadStatus {
  Runnable,
  Finished,
  /** Waiting on the machine (a MachineRequest is outstanding). */
  Blocked,
}

export class PyThreadState {
  top: AnyFrame | null = null;
  /** Python frames on the chain (for the recursion limit). */
  depth = 0;
  excInfo: ExcInfo = new ExcInfo(null);
  status: ThreadStatus = ThreadStatus.Runnable;
  /** The uncaught exception that ended the thread, if any. */
  uncaught: PyBaseException | null = null;
  /** Return value of the bottom frame when the thread finished. */
  result: PyValue | undefined = undefined;
  /** Virtual nanoseconds consumed by this thread. */
  cost = 0;
  /** Instructions executed by this thread. */
  instructions = 0;
  /** Virtual time at which the next eval-breaker check should stop the thread (Infinity: never). */
  breakerAt = Infinity;
  /** Outstanding machine request when Blocked. */
  request: unknown = null;
  /**
   * This thread's virtual clock is `cost + clockOffset`: cost counts its CPU time, the offset
   * grows while it waits (sleeping, blocked, waiting for the GIL). Set by the machine.
   */
  clockOffset = 0;
  /** The simulated machine's record of this thread (workers/machine/sim-thread.ts), if any. */
  sim: unknown = null;
  /** sys.set_asyncgen_hooks(firstiter, finalizer) for this thread (None: unset). */
  asyncgenHooks: [PyValue, PyValue] | null = null;

  constructor(
    readonly interp: Interpreter,
    readonly id: number,
    public name: string,
  ) {}
}
