/**
 * SimThread: the machine's record of one OS thread running Python — its lane state, core, what
 * it waits for, and its bookkeeping in the GIL algorithm. The Python-side state (frames, cost)
 * is the PyThreadState it wraps; the thread's clock is `th.cost + th.clockOffset`.
 */
import type { PyThreadState } from '../python/vm/thread';
import type { ThreadRunState } from './trace-events';
import type { Timer } from './timers';
import type { KernelLock } from './kernel-lock';
import type { KernelSocket } from './kernel-socket';
import type { SimProcess } from './sim-process';
import type { KernelSemaphore } from './kernel-semaphore';

export class SimThread {
  state: ThreadRunState = 'ready';
  /** The core it runs on while `running` (-1 otherwise), and the last one it ran on. */
  core = -1;
  lastCore: number;
  /** Trace id of the object it is blocked on (0: none). */
  obj = 0;
  /** When it last began to block (a machine-wide count), to order an object's waiters. */
  blockedSeq = 0;
  /** The lock it waits to acquire, while blocked in acquire. */
  waitingFor: KernelLock | null = null;
  /** The process-shared semaphore it waits on (multiprocessing's locks and queues). */
  waitingForSem: KernelSemaphore | null = null;
  /** The child process it waits for in waitpid(). */
  waitingForProcess: SimProcess | null = null;
  /** A new process's start-up, reported as a span when its first instruction runs. */
  startup: { start: number; label: string } | null = null;
  /** The pipe it waits to write to (its buffer full). */
  blockedWriting: KernelSocket | null = null;
  /** The sockets it waits on in select(). */
  waitingOnSockets: KernelSocket[] = [];
  /** Woken by a lock's release: the moment it tries to take the lock (machine.releaseLock). */
  lockRetry: Timer | null = null;
  /** A pending sleep/timeout/wake-up timer. */
  timer: Timer | null = null;
  /** GIL waiting: the switch number when its current timed wait began, and that wait's timer. */
  gilSwitchSeen = -1;
  gilTimer: Timer | null = null;
  /** After a forced drop: waits until another thread has taken the GIL (FORCE_SWITCHING). */
  awaitingSwitch = false;
  /** Locks released when this thread's state is deleted (threading's _tstate_lock). */
  readonly sentinels: KernelLock[] = [];
  /** When it last got a core (for time-slicing). */
  sliceStart = 0;
  /** What the last trace event said (to emit changes only). */
  tracedName = '';

  constructor(
    readonly th: PyThreadState,
    readonly tid: number,
    /** threading's get_ident() and get_native_id(). */
    readonly ident: number,
    readonly nativeId: number,
    public name: string,
    homeCore: number,
    /** The process it belongs to (its GIL, its interpreter). */
    readonly proc: SimProcess,
  ) {
    this.lastCore = homeCore;
    th.sim = this;
  }

  get clock(): number {
    return this.th.cost + this.th.clockOffset;
  }

  /** Move the thread's clock forward to `t` (time spent waiting). */
  advanceTo(t: number): void {
    if (t > this.clock) this.th.clockOffset = t - this.th.cost;
  }
}
