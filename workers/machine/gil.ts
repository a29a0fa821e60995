/**
 * One process's GIL, the 3.2+ algorithm of CPython's Python/ceval_gil.c (reference §1.1):
 * - a waiter does a timed wait of one switch interval; if it times out, the GIL is still locked
 *   and no switch happened meanwhile (switch_number unchanged), it sets the drop request;
 * - the holder drops at its next eval-breaker check (the machine runs it until then);
 * - FORCE_SWITCHING: a forced dropper waits until another thread has taken the GIL, so it cannot
 *   win it straight back; then it queues for the GIL like anyone else;
 * - dropping signals the condition variable, which wakes one waiter chosen by the OS (here by the
 *   seeded policy) after a wake-up latency; a thread that finds the GIL free takes it at once.
 */
import type { SimThread } from './sim-thread';
import type { TimerQueue } from './timers';

/** What the GIL needs from the machine. */
export interface GilHost {
  readonly timers: TimerQueue;
  switchIntervalNs(): number;
  wakeLatencyNs(): number;
  choose(candidates: SimThread[]): SimThread;
  /** 3.11: the holder must stop at its next breaker site at or after clock time `t`. */
  requestDrop(holder: SimThread, t: number): void;
  /** The thread now holds the GIL at time t: give it a core. */
  gilTaken(st: SimThread, t: number): void;
  /** The thread now waits for the GIL (state change for the trace). */
  gilWaiting(st: SimThread, t: number): void;
  traceGil(kind: 'take' | 'drop' | 'request', st: SimThread, t: number, forced?: boolean): void;
}

export class Gil {
  locked = false;
  holder: SimThread | null = null;
  lastHolder: SimThread | null = null;
  switchNumber = 0;
  dropRequest = false;
  /** Clock time at which the pending drop request was made. */
  requestAt = Infinity;
  /** When the GIL was last released: nobody takes it earlier, whatever their own clock says. */
  private freeSince = 0;
  /** Threads in take_gil's wait loop, in the order they started waiting. */
  readonly waiters: SimThread[] = [];
  /** Droppers waiting for the switch (FORCE_SWITCHING), and what each does once it happens. */
  private readonly switchWaiters: SimThread[] = [];
  private readonly afterSwitch = new Map<SimThread, (t: number) => void>();

  constructor(
    private readonly host: GilHost,
    /** Manual scheduling: nobody takes the GIL until the step API grants it (stepper.ts). */
    private readonly manual = false,
  ) {}

  /** take_gil: `st` wants the GIL at time t. */
  want(st: SimThread, t: number): void {
    st.advanceTo(t);
    if (!this.locked && !this.manual) {
      this.take(st, t);
      return;
    }
    this.waiters.push(st);
    this.host.gilWaiting(st, t);
    if (!this.manual) this.startTimedWait(st, t);
  }

  /** Manual scheduling: the free GIL goes to `st`, a waiter. */
  grant(st: SimThread, t: number): void {
    if (this.locked) throw new Error('internal: the GIL is held');
    this.take(st, t);
  }

  /** Manual scheduling: `by` asks the holder to drop the GIL (as a waiter's timed-out wait does). */
  requestDropBy(by: SimThread, t: number): void {
    if (this.holder === null || this.dropRequest) return;
    this.dropRequest = true;
    this.requestAt = t;
    this.host.traceGil('request', by, t);
    this.host.requestDrop(this.holder, t);
  }

  /**
   * drop_gil at time t by the holder: `forced` when it drops because of a drop request; otherwise
   * it is releasing the GIL around a blocking call (Py_BEGIN_ALLOW_THREADS) and `then` starts that
   * call. Either way, if a drop request is pending, FORCE_SWITCHING makes the dropper wait until
   * another thread has taken the GIL: a forced dropper then queues for the GIL again, a voluntary
   * one goes on into its blocking call (`then` runs at the switch). Returns whether it waits.
   */
  drop(st: SimThread, t: number, forced: boolean, then: ((t: number) => void) | null = null): boolean {
    this.locked = false;
    this.freeSince = t;
    this.holder = null;
    this.host.traceGil('drop', st, t, forced);
    let waits = false;
    if (this.dropRequest && this.lastHolder === st) {
      // Not switched yet: reset the request and wait for another thread to take the GIL.
      this.dropRequest = false;
      this.requestAt = Infinity;
      if (forced) {
        st.awaitingSwitch = true;
        this.switchWaiters.push(st);
        this.host.gilWaiting(st, t);
        waits = true;
      } else if (then !== null && this.waiters.length > 0) {
        this.switchWaiters.push(st);
        this.afterSwitch.set(st, then);
        waits = true;
      }
    }
    this.signal(t);
    return waits;
  }

  /** A thread that leaves for good (finished, killed) stops waiting. */
  forget(st: SimThread): void {
    remove(this.waiters, st);
    remove(this.switchWaiters, st);
    this.afterSwitch.delete(st);
    if (st.gilTimer !== null) st.gilTimer.cancelled = true;
    st.gilTimer = null;
  }

  private take(st: SimThread, t0: number): void {
    const t = Math.max(t0, this.freeSince);
    st.advanceTo(t);
    remove(this.waiters, st);
    if (st.gilTimer !== null) st.gilTimer.cancelled = true;
    st.gilTimer = null;
    this.locked = true;
    this.holder = st;
    const switched = this.lastHolder !== st;
    if (switched) {
      this.lastHolder = st;
      this.switchNumber++;
    }
    this.dropRequest = false;
    this.requestAt = Infinity;
    this.host.traceGil('take', st, t);
    this.host.gilTaken(st, t);
    if (switched && this.switchWaiters.length > 0) {
      // The forced droppers return from drop_gil and call take_gil again.
      const back = this.switchWaiters.splice(0);
      for (const w of back) {
        const then = this.afterSwitch.get(w);
        if (then !== undefined) {
          this.afterSwitch.delete(w);
          then(t);
          continue;
        }
        w.awaitingSwitch = false;
        this.want(w, t);
      }
    }
  }

  /** A timed wait of one interval on the GIL's condition variable. */
  private startTimedWait(st: SimThread, t: number): void {
    st.gilSwitchSeen = this.switchNumber;
    const at = t + this.host.switchIntervalNs();
    st.gilTimer = this.host.timers.add(at, () => this.timedOut(st, at));
  }

  private timedOut(st: SimThread, t: number): void {
    st.gilTimer = null;
    if (!this.waiters.includes(st)) return;
    st.advanceTo(t);
    if (!this.locked) {
      this.take(st, t);
      return;
    }
    if (this.switchNumber === st.gilSwitchSeen && !this.dropRequest && this.holder !== null) {
      this.dropRequest = true;
      this.requestAt = t;
      this.host.traceGil('request', st, t);
      this.host.requestDrop(this.holder, t);
    }
    this.startTimedWait(st, t);
  }

  /** COND_SIGNAL: wake one waiter, which takes the GIL if it is still free when it runs. */
  private signal(t: number): void {
    if (this.waiters.length === 0 || this.manual) return;
    const w = this.host.choose(this.waiters);
    const at = t + this.host.wakeLatencyNs();
    this.host.timers.add(at, () => {
      if (!this.waiters.includes(w)) return;
      if (!this.locked) {
        w.advanceTo(at);
        this.take(w, at);
        return;
      }
      // Woken, but another thread took the GIL first: take_gil's loop starts a new timed wait
      // of a full interval (not timed out, so no drop request).
      if (w.gilTimer !== null) w.gilTimer.cancelled = true;
      this.startTimedWait(w, at);
    });
  }
}

function remove<T>(list: T[], x: T): void {
  const i = list.indexOf(x);
  if (i >= 0) list.splice(i, 1);
}
