/**
 * SimProcess: one simulated OS process — its own interpreter (heap, sys.modules, open files), its
 * own GIL and threads, a pid and a parent. Processes share the machine's clock and cores, so two
 * processes' threads really run in parallel, each under its own GIL (reference §5). A process
 * ends when its main thread does, or at os._exit / a signal: its threads stop, its descriptors
 * close (a pipe's reader sees EOF) and the parent's waitpid() returns its status.
 */
import type { Interpreter } from '../python/vm/interpreter-state';
import type { Gil } from './gil';
import type { SimThread } from './sim-thread';

export class SimProcess {
  readonly threads: SimThread[] = [];
  /** Threads by threading's ident (a forked child keeps its forking thread's ident). */
  readonly byIdent = new Map<number, SimThread>();
  /** The wait status once exited (waitpid's): `code << 8`, or the signal number. */
  status: number | null = null;
  /** Threads in waitpid() for this process (only its parent may wait). */
  readonly waiters: SimThread[] = [];
  /** Callbacks when it exits (the machine closes its descriptors, wakes waiters). */
  readonly onExit: ((t: number) => void)[] = [];
  /** Reaped by the parent's waitpid: the pid can no longer be waited for. */
  reaped = false;
  /** The name the trace last gave it. */
  tracedName = '';

  constructor(
    readonly pid: number,
    readonly ppid: number,
    readonly interp: Interpreter,
    readonly gil: Gil | null,
    /** What the trace calls it until multiprocessing names it (`MainProcess`, `Process-1`). */
    public name: string,
  ) {}

  get alive(): boolean {
    return this.status === null;
  }

  /** The exit code as multiprocessing reports it: the status's code, or -signal. */
  get exitCode(): number | null {
    const s = this.status;
    if (s === null) return null;
    return (s & 0x7f) !== 0 ? -(s & 0x7f) : (s >> 8) & 0xff;
  }
}
