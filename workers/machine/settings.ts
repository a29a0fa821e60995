/**
 * The simulated machine's settings: what a run is configured with (CLI flags, the app's settings
 * panel, a lesson's defaults). Every choice the OS would make is driven by `seed` and `policy`.
 */

/** Which CPython the machine imitates: where the eval breaker is checked, and whether there is a GIL. */
export type PythonBehaviour = '3.9' | '3.11' | '3.13t';

/**
 * How the OS picks among equal candidates (the next GIL holder among waiters, which blocked
 * acquirer a released lock wakes): `random` draws from the seeded generator (CPython leaves this
 * to the OS, which is not FIFO); `fifo` takes the longest waiter (a teaching simplification).
 */
export type SchedulingPolicy = 'random' | 'fifo';

export interface MachineSettings {
  cores: number;
  /** sys.setswitchinterval's initial value, in virtual nanoseconds (CPython: 5 ms). */
  switchIntervalNs: number;
  behaviour: PythonBehaviour;
  seed: number;
  policy: SchedulingPolicy;
  /** Limits: virtual time, live threads. (Instructions: the interpreter's maxInstructions.) */
  maxVirtualNs: number;
  maxThreads: number;
  /**
   * Manual scheduling (the step API, stepper.ts): the learner is the OS and the GIL's scheduler.
   * Threads run only when stepped, and a thread gets the GIL only when it is stepped; waiters make
   * no timed drop requests of their own.
   */
  manual: boolean;
}

export const DEFAULT_SETTINGS: MachineSettings = {
  cores: 4,
  switchIntervalNs: 5_000_000,
  behaviour: '3.11',
  seed: 0,
  policy: 'random',
  maxVirtualNs: 600e9,
  maxThreads: 1000,
  manual: false,
};

export const PYTHON_BEHAVIOURS: readonly PythonBehaviour[] = ['3.9', '3.11', '3.13t'];
