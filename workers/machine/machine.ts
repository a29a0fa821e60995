/**
 * The simulated machine: a virtual clock, N cores, the OS's choices (seeded), one GIL per process
 * and the kernel side of blocking calls. It runs the interpreter's threads with `runThread`,
 * always advancing the running thread whose clock is furthest behind, up to the next timed event,
 * so that everything happens in virtual-time order and a run is a pure function of
 * (program, settings, seed).
 *
 * Threads ask the machine for blocking work with MachineRequests (sleep, a lock acquire that has
 * to wait, I/O); the machine releases the GIL there (reference §1.2), wakes them later, and they
 * queue for the GIL again — the convoy effect of §1.3 falls out of the GIL algorithm (gil.ts).
 */
import { runThread, RunResult } from '../python/vm/run';
import { ThreadStatus, type PyThreadState } from '../python/vm/thread';
import { NativeFrame, Deliver, type Frame } from '../python/vm/frame';
import { MachineRequest, type NativeGen } from '../python/vm/native';
import type { Interpreter } from '../python/vm/interpreter-state';
import type { PyValue } from '../python/objects/object';
import { OP_COST } from '../python/compiler/opcodes';
import { Gil, type GilHost } from './gil';
import { MachineRng } from './rng';
import { TimerQueue } from './timers';
import { SimThread } from './sim-thread';
import { SimProcess } from './sim-process';
import { peekCurrentThread } from '../python/vm/current';
import type { KernelLock } from './kernel-lock';
import type { KernelSocket } from './kernel-socket';
import type { KernelSemaphore } from './kernel-semaphore';
import type { KernelObject } from './kernel-object';
import { None } from '../python/objects/core-types';
import { DEFAULT_SETTINGS, type MachineSettings } from './settings';
import type { ThreadRunState, TraceEvent, TraceSink } from './trace-events';
import { canSwitchUnder39 } from './breaker39';
import { describeWait, threadName, frameLine, laneFrame, processName } from './introspect';
import { TracedObjects } from './trace-objects';
import './trace-hooks';
import './trace-process-hooks';

/** A run stopped by the machine: deadlock or a limit. */
export class MachineStop extends Error {
  constructor(
    readonly kind: 'deadlock' | 'limit' | 'exit',
    message: string,
    /** os._exit's status. */
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Instructions per runThread call when nothing else bounds it (limits are checked between). */
const SLICE_INSTRUCTIONS = 200_000;
/** An OS time slice, when more threads are runnable than there are cores. */
const OS_SLICE_NS = 4_000_000;
/** Creating an OS thread: the parent's cost and the delay before the child runs. */
const THREAD_START_NS = 40_000;
/**
 * How far ahead of the next core a thread may run before the machine switches to that core:
 * threads running in parallel interleave within this window (a few instructions), which keeps
 * races as fine-grained as real hardware while calling runThread less often.
 */
const PARALLEL_SKEW_NS = 60;
/**
 * The most an instruction costs: a budget of gap / MAX_COST instructions cannot run past the
 * next event (only a native that charges more, like a long sort, can — as C code cannot be
 * interrupted in CPython either). The loop narrows the gap in a few rounds.
 */
const MAX_COST = Math.max(1, ...Array.from(OP_COST));
/** The program's pid: a fresh container's first process (its parent is init, pid 1). */
export const MAIN_PID = 1000;
/** fork(2) of a small interpreter, in the parent: the page tables copied (CPython: 290–500 µs). */
const FORK_NS = 400_000;
/**
 * A forked child's first run: copy-on-write faults as it touches the heap it shares with its
 * parent (CPython's reference counts write to every object it uses). With the exit below, this
 * makes start() + join() of an empty target ≈ 2.4 ms (CPython 3.11 on this machine: 2.5–3.6 ms;
 * its start() alone, 0.6–1.1 ms, also pays the parent's own faults, not modelled: ours ≈ 0.4 ms).
 */
const CHILD_FAULTS_NS = 1_600_000;
/** A process's exit: the kernel tears down its address space before waitpid() returns. */
const EXIT_NS = 300_000;

export class Machine implements GilHost {
  readonly settings: MachineSettings;
  readonly timers = new TimerQueue();
  readonly rng: MachineRng;
  /** Every thread of every process, by tid - 1. */
  readonly threads: SimThread[] = [];
  /** Every process, the main one (the program) first. */
  readonly processes: SimProcess[] = [];
  readonly byPid = new Map<number, SimProcess>();
  /** The program's own process (pid MAIN_PID). */
  readonly main: SimProcess;
  /** Instructions executed by all processes (the runaway limit counts them all). */
  instructions = 0;
  /** Kernel objects a process can open by name (named semaphores, shared memory handles). */
  readonly named = new Map<string, KernelObject>();
  private readonly cores: (SimThread | null)[];
  private readonly ready: SimThread[] = [];
  switchInterval: number;
  /** The latest virtual time the machine has reached (for the end of the run and limits). */
  now = 0;
  contextSwitches = 0;
  private nextTraceId = 1;
  private readonly traceIds = new Map<object, number>();
  /** The program's synchronisation objects and their events (null: tracing is off). */
  readonly objects: TracedObjects | null;
  /** The latest time an event carried: events never go back in time (3.13t threads differ by ns). */
  private lastEventT = 0;
  /** Counts blocking waits, to order an object's waiters. */
  private blockSeq = 0;

  constructor(
    readonly interp: Interpreter,
    settings: Partial<MachineSettings> = {},
    private trace: TraceSink | null = null,
  ) {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    this.rng = new MachineRng(this.settings.seed);
    this.cores = new Array(Math.max(1, this.settings.cores)).fill(null);
    this.switchInterval = this.settings.switchIntervalNs;
    this.objects = trace === null ? null : new TracedObjects(this);
    this.emit({ k: 'machine', t: 0, cores: this.cores.length, switchIntervalNs: this.switchInterval, version: this.settings.behaviour });
    this.main = this.addProcess(MAIN_PID, 1, interp, 'MainProcess', 0);
    if (this.objects !== null) this.traceOutput(this.objects);
  }

  /** A new process around `interp` (created by fork): its own GIL; threads come later. */
  addProcess(pid: number, ppid: number, interp: Interpreter, name: string, t: number): SimProcess {
    const gil = this.settings.behaviour === '3.13t' ? null : new Gil(this, this.settings.manual);
    const p = new SimProcess(pid, ppid, interp, gil, name);
    interp.machine = this;
    this.processes.push(p);
    this.byPid.set(pid, p);
    this.emit({ k: 'process', t, pid, name, ppid });
    return p;
  }

  /** Program output also goes to the trace, with the thread that wrote it. */
  private traceOutput(objects: TracedObjects): void {
    const sink = this.interp.out;
    this.interp.out = {
      write: (stream, text) => {
        const st = peekCurrentThread()?.sim as SimThread | undefined;
        objects.output(st ?? null, stream, text);
        sink.write(stream, text);
      },
    };
  }

  /** Why tracing stopped (the trace's size limit), to end the run with a limit error. */
  private traceFull: string | null = null;

  /**
   * Output waiting to become one event: print() writes its pieces separately ('put', ' ', '0',
   * '\n'); the pieces of one line by one thread become one event, sent before anything else.
   */
  private pendingOutput: (TraceEvent & { k: 'output' }) | null = null;

  emitOutput(t: number, tid: number, stream: 'stdout' | 'stderr', text: string): void {
    const p = this.pendingOutput;
    if (p !== null && p.tid === tid && p.stream === stream && !p.text.endsWith('\n')) {
      p.text += text;
      return;
    }
    if (p !== null) this.flushOutput();
    this.pendingOutput = { k: 'output', t, tid, stream, text };
  }

  private flushOutput(): void {
    const p = this.pendingOutput;
    this.pendingOutput = null;
    if (p !== null) this.emit(p);
  }

  /** Send an event to the trace; a full trace stops tracing and then the run, as a limit. */
  emit(ev: TraceEvent): void {
    if (this.trace === null) return;
    if (this.pendingOutput !== null && ev !== this.pendingOutput) this.flushOutput();
    if (ev.t < this.lastEventT) ev.t = this.lastEventT;
    else this.lastEventT = ev.t;
    try {
      this.trace.emit(ev);
    } catch (e) {
      if (!(e instanceof Error) || e.name !== 'TraceLimitError') throw e;
      this.traceFull = e.message;
      this.trace = null;
    }
  }

  /** The run is over: the trace's last event. */
  end(exitCode: number, reason: string): void {
    this.flushOutput();
    const sink = this.trace;
    if (sink !== null) sink.emit({ k: 'end', t: Math.max(this.now, this.lastEventT), exitCode, reason });
  }

  // ---- threads ----

  /** Wrap the main thread (its frames already set up) and let it take the GIL at time 0. */
  addMainThread(th: PyThreadState, proc: SimProcess = this.main, ident = 0): SimThread {
    const st = this.register(th, 'MainThread', proc, ident);
    this.wantCpu(st, th.clockOffset);
    return st;
  }

  /** _thread.start_new_thread: a new OS thread that runs `body`; returns it. */
  startThread(parent: SimThread, body: NativeGen, name = ''): SimThread {
    const live = this.threads.filter((t) => t.state !== 'done').length;
    if (live >= this.settings.maxThreads) {
      throw new MachineStop('limit', `thread limit reached (${this.settings.maxThreads} live threads)`);
    }
    const th = parent.proc.interp.newThread('');
    const nf = new NativeFrame(body, null);
    nf.deliver = Deliver.Push;
    th.top = nf;
    parent.th.cost += THREAD_START_NS / 4;
    const st = this.register(th, name || `Thread-${parent.proc.threads.length}`, parent.proc);
    const at = parent.clock + THREAD_START_NS;
    st.advanceTo(at);
    this.timers.add(at, () => this.wantCpu(st, at));
    return st;
  }

  /**
   * A thread of `proc`: tids count across the machine; idents (pthread_t) are distinct except
   * that a forked child's main thread keeps the ident of the thread that forked (`ident`);
   * the native id of a process's first thread is its pid, as on Linux.
   */
  private register(th: PyThreadState, name: string, proc: SimProcess, ident = 0): SimThread {
    const tid = this.threads.length + 1;
    if (ident === 0) ident = 139_800_000_000_000 + tid * 8_392_704;
    const nativeId = proc === this.main ? 4242 + tid - 1 : proc.threads.length === 0 ? proc.pid : proc.pid + proc.threads.length;
    const st = new SimThread(th, tid, ident, nativeId, name, (tid - 1) % this.cores.length, proc);
    this.threads.push(st);
    proc.threads.push(st);
    proc.byIdent.set(ident, st);
    this.emit({ k: 'thread', t: th.clockOffset, tid, pid: proc.pid, name, daemon: false });
    return st;
  }

  current(): SimThread {
    const st = peekCurrentThread()?.sim as SimThread | undefined;
    if (st === undefined) throw new Error('internal: no simulated thread is running');
    return st;
  }

  // ---- the run loop ----

  /** Run threads until `done()` holds. Throws MachineStop on deadlock or a limit. */
  runUntil(done: () => boolean): void {
    for (;;) {
      if (done()) return;
      let best: SimThread | null = null;
      let second = Infinity;
      for (const c of this.cores) {
        if (c === null) continue;
        if (best === null || c.clock < best.clock) {
          if (best !== null) second = best.clock;
          best = c;
        } else if (c.clock < second) second = c.clock;
      }
      const nextTimer = this.timers.peekTime();
      if (best === null || nextTimer <= best.clock) {
        if (nextTimer === Infinity) throw new MachineStop('deadlock', this.deadlockReport());
        const tm = this.timers.pop()!;
        this.advanceNow(tm.at);
        tm.fire();
        continue;
      }
      this.runSlice(best, Math.min(nextTimer, second + PARALLEL_SKEW_NS));
    }
  }

  private advanceNow(t: number): void {
    if (t > this.now) this.now = t;
    if (this.now > this.settings.maxVirtualNs) {
      throw new MachineStop('limit', `virtual time limit reached (${this.settings.maxVirtualNs / 1e9} s of simulated time)`);
    }
  }

  /** Run one slice of st, up to virtual time `horizon` (or exactly `fixedBudget` instructions). */
  private runSlice(st: SimThread, horizon: number, fixedBudget = 0): void {
    const th = st.th;
    if (st.startup !== null) {
      // A new process's start-up (its clock already counts it) ends where its first instruction runs.
      this.emit({ k: 'span', t: st.clock, tid: st.tid, kind: 'startup', label: st.startup.label, start: st.startup.start });
      st.startup = null;
    }
    const gil = st.proc.gil;
    let budget: number;
    if (this.settings.behaviour === '3.9' && gil !== null && gil.dropRequest && gil.holder === st && st.clock >= gil.requestAt) {
      // 3.9 checks the breaker before nearly every instruction: step until a check site.
      if (canSwitchUnder39(th)) {
        this.forcedDrop(st);
        return;
      }
      budget = 1;
    } else {
      if (this.ready.length > 0) horizon = Math.min(horizon, st.sliceStart + OS_SLICE_NS);
      if (gil !== null && gil.dropRequest && gil.holder === st && this.settings.behaviour === '3.9') horizon = Math.min(horizon, gil.requestAt);
      const gap = horizon - st.clock;
      budget = gap === Infinity ? SLICE_INSTRUCTIONS : Math.max(1, Math.min(SLICE_INSTRUCTIONS, Math.floor(gap / MAX_COST)));
    }
    if (fixedBudget > 0) budget = Math.min(budget, fixedBudget);
    const maxI = this.interp.options.maxInstructions;
    budget = Math.max(1, Math.min(budget, maxI - this.instructions));
    const before = th.instructions;
    const r = runThread(th, budget);
    this.instructions += th.instructions - before;
    this.advanceNow(st.clock);
    if (this.traceFull !== null) throw new MachineStop('limit', this.traceFull);
    if (this.instructions >= maxI) {
      throw new MachineStop('limit', `instruction limit reached (${maxI} instructions); the program was stopped`);
    }
    switch (r) {
      case RunResult.Done:
        this.finish(st);
        return;
      case RunResult.Blocked:
        this.handleRequest(st, th.request as MachineRequest);
        return;
      case RunResult.Breaker:
        th.breakerAt = Infinity;
        if (gil !== null && gil.dropRequest && gil.holder === st) this.forcedDrop(st);
        return;
      case RunResult.Budget:
        if (this.ready.length > 0 && st.clock - st.sliceStart >= OS_SLICE_NS) this.preempt(st);
        return;
    }
  }

  private forcedDrop(st: SimThread): void {
    const t = st.clock;
    this.leaveCore(st, t);
    st.proc.gil!.drop(st, t, true);
  }

  // ---- manual scheduling (the step API: stepper.ts) ----

  /** Can st execute its next instruction now: it holds the GIL (or, without one, a core)? */
  isOnCpu(st: SimThread): boolean {
    const gil = st.proc.gil;
    return gil !== null ? gil.holder === st : st.core >= 0;
  }

  /** Does st want the CPU (waiting for the GIL or a core)? */
  wantsCpu(st: SimThread): boolean {
    const gil = st.proc.gil;
    return gil !== null ? gil.waiters.includes(st) : this.ready.includes(st);
  }

  /** Fire the earliest pending timer (a sleep ending, a lock hand-off, a thread starting); false if none. */
  fireNextTimer(): boolean {
    if (this.timers.peekTime() === Infinity) return false;
    const tm = this.timers.pop()!;
    this.advanceNow(tm.at);
    tm.fire();
    return true;
  }

  /** Fire every timer due by virtual time t. */
  fireTimersUntil(t: number): void {
    while (this.timers.peekTime() <= t) this.fireNextTimer();
  }

  /** Give st the CPU: the free GIL (it must be waiting for it), or a core (preempting if need be). */
  giveCpu(st: SimThread): void {
    const t = Math.max(st.clock, this.now);
    if (st.proc.gil !== null) {
      st.proc.gil.grant(st, t);
      return;
    }
    if (st.core >= 0) return;
    remove(this.ready, st);
    if (!this.cores.includes(null)) {
      const victim = this.cores[st.lastCore] ?? this.cores.find((c) => c !== null)!;
      this.preempt(victim);
    }
    this.toCore(st, t);
  }

  /** The GIL holder, asked by `by` to drop it, runs until it does (at its next eval-breaker check, by blocking, or by finishing); returns the instructions it ran. */
  runHolderUntilDrop(by: SimThread): number {
    const gil = by.proc.gil;
    const holder = gil?.holder;
    if (gil == null || holder == null) return 0;
    const before = this.instructions;
    // The request counts from the holder's own time: in manual mode each thread keeps its clock.
    gil.requestDropBy(by, holder.clock);
    while (gil.holder === holder) this.runSlice(holder, Infinity, 1000);
    return this.instructions - before;
  }

  /** Run exactly one instruction of st (which is on the CPU), then fire the timers now due. */
  stepInstruction(st: SimThread): void {
    this.runSlice(st, Infinity, 1);
    this.fireTimersUntil(this.now);
  }

  /** Why nothing can run: the deadlock report. */
  stuckReport(): string {
    return this.deadlockReport();
  }

  // ---- blocking ----

  private handleRequest(st: SimThread, req: MachineRequest): void {
    const t = st.clock;
    const p = req.payload as Record<string, unknown>;
    switch (req.op) {
      case 'sleep':
      case 'io': {
        const ns = p.ns as number;
        // The sleep (or I/O) starts once the GIL is released, which under a pending drop request
        // means once another thread has taken it (FORCE_SWITCHING in drop_gil).
        this.releaseCpu(st, req.op === 'sleep' ? 'sleeping' : 'io', 0, t, (start) => {
          st.timer = this.timers.add(start + ns, () => this.wake(st, start + ns, p.result as PyValue));
        });
        return;
      }
      case 'acquire': {
        const lock = p.lock as KernelLock;
        const timeoutNs = p.timeoutNs as number;
        lock.waiters.push(st);
        st.waitingFor = lock;
        st.blockedSeq = ++this.blockSeq;
        const objects = this.objects;
        const obj = objects === null ? 0 : objects.blockedOn(st, lock, t);
        this.releaseCpu(st, 'blocked', obj, t);
        if (objects !== null) {
          objects.lock(lock, st, 'wait', t);
          if (obj !== 0) objects.blocked(st, obj, t);
        }
        this.timeOut(st, t, timeoutNs, lock.waiters, (at) => {
          st.waitingFor = null;
          this.objects?.lock(lock, st, 'timeout', at);
        });
        return;
      }
      case 'wait-readable': {
        // select() with nothing ready: in I/O until a socket becomes readable or the timeout.
        const socks = p.socks as KernelSocket[];
        const ns = p.ns as number;
        this.releaseCpu(st, 'io', 0, t, (start) => {
          for (const k of socks) k.waiters.push(st);
          st.waitingOnSockets = socks;
          if (ns >= 0) {
            st.timer = this.timers.add(start + ns, () => {
              this.stopWaitingOnSockets(st);
              this.wake(st, start + ns, None);
            });
          }
        });
        return;
      }
      case 'wait-writable': {
        // write(2) to a full pipe: in I/O until the reader makes room (or closes its end).
        const sock = p.sock as KernelSocket;
        this.releaseCpu(st, 'io', 0, t, () => {
          sock.writers.push(st);
          st.blockedWriting = sock;
        });
        return;
      }
      case 'exit': {
        if (st.proc === this.main) throw new MachineStop('exit', 'os._exit', p.code as number);
        this.exitProcess(st.proc, ((p.code as number) & 0xff) << 8, t);
        return;
      }
      case 'fork': {
        // fork(2) runs with the GIL held; the child starts as a copy, FORK_NS later.
        st.th.cost += FORK_NS;
        const at = st.clock;
        const child = this.forkProcess!(st, at, p.childTop as (interp: Interpreter) => NativeGen);
        st.th.status = ThreadStatus.Runnable;
        st.th.request = null;
        (st.th.top as NativeFrame).sendValue = child.pid;
        return;
      }
      case 'sem-wait': {
        const sem = p.sem as KernelSemaphore;
        const timeoutNs = p.timeoutNs as number;
        sem.waiters.push(st);
        st.waitingForSem = sem;
        st.blockedSeq = ++this.blockSeq;
        this.releaseCpu(st, 'blocked', 0, t);
        this.timeOut(st, t, timeoutNs, sem.waiters, () => {
          st.waitingForSem = null;
        });
        return;
      }
      case 'waitpid': {
        const child = p.child as SimProcess;
        child.waiters.push(st);
        st.waitingForProcess = child;
        st.blockedSeq = ++this.blockSeq;
        this.releaseCpu(st, 'blocked', 0, t);
        return;
      }
      default:
        throw new Error(`internal: unknown machine request ${req.op}`);
    }
  }

  /**
   * A lock or semaphore wait that gives up after timeoutNs (-1: never): st leaves `waiters`
   * (and any retry it was woken for) and returns False.
   */
  private timeOut(st: SimThread, t: number, timeoutNs: number, waiters: SimThread[], leave: (at: number) => void): void {
    if (timeoutNs < 0) return;
    const at = t + timeoutNs;
    st.timer = this.timers.add(at, () => {
      remove(waiters, st);
      if (st.lockRetry !== null) st.lockRetry.cancelled = true;
      st.lockRetry = null;
      leave(at);
      this.wake(st, at, false);
    });
  }

  /** Data arrived on a socket at time t: the threads waiting in select() on it wake. */
  notifyReadable(sock: KernelSocket, t: number): void {
    for (const f of sock.listeners.splice(0)) f(t);
    for (const w of sock.waiters.slice()) {
      this.stopWaitingOnSockets(w);
      if (w.timer !== null) w.timer.cancelled = true;
      const at = t + this.wakeLatencyNs();
      w.timer = this.timers.add(at, () => this.wake(w, at, None));
    }
  }

  /** A reader took data from `sock` (or closed it) at time t: blocked writers retry. */
  notifyWritable(sock: KernelSocket, t: number): void {
    for (const w of sock.writers.splice(0)) {
      w.blockedWriting = null;
      const at = t + this.wakeLatencyNs();
      w.timer = this.timers.add(at, () => this.wake(w, at, None));
    }
  }

  private stopWaitingOnSockets(st: SimThread): void {
    for (const k of st.waitingOnSockets) remove(k.waiters, st);
    if (st.blockedWriting !== null) remove(st.blockedWriting.writers, st);
    st.blockedWriting = null;
    st.waitingOnSockets = [];
  }

  /**
   * Leave the core and, under a GIL, release it (Py_BEGIN_ALLOW_THREADS) before blocking; then
   * `start` the blocking call — at once, or after the switch drop_gil waits for. (A lock wait
   * starts at once: a hand-off during that switch wait would need the thread in two places.)
   */
  private releaseCpu(st: SimThread, state: ThreadRunState, obj: number, t: number, start: ((t: number) => void) | null = null): void {
    this.leaveCore(st, t);
    st.obj = obj;
    this.traceState(st, state, t);
    const gil = st.proc.gil;
    const waits = gil !== null && gil.holder === st && gil.drop(st, t, false, start);
    if (!waits && start !== null) start(t);
  }

  /** The blocking call returned `value` at time t: deliver it and queue for the CPU/GIL. */
  wake(st: SimThread, t: number, value: PyValue | boolean): void {
    if (st.timer !== null) st.timer.cancelled = true;
    st.timer = null;
    st.obj = 0;
    const nf = st.th.top as NativeFrame;
    nf.sendValue = value;
    st.th.status = ThreadStatus.Runnable;
    st.th.request = null;
    this.wantCpu(st, t);
  }

  /**
   * Release a kernel lock at time t (sem_post): it is free at once; the OS wakes one blocked
   * acquirer (seeded choice), which takes it when it runs if it is still free — any running
   * thread may take it first, as CPython's locks are not fair — and otherwise waits again.
   */
  releaseLock(lock: KernelLock, t: number, by: SimThread | null = lock.holder): void {
    lock.locked = false;
    lock.holder = null;
    lock.count = 0;
    const w = lock.waiters.length > 0 ? this.choose(lock.waiters) : null;
    // The event lists the waiters still asleep (the woken one is on its way).
    if (w !== null) remove(lock.waiters, w);
    if (this.objects !== null && by !== null) this.objects.lock(lock, by, 'release', t);
    if (w === null) return;
    const at = t + this.wakeLatencyNs();
    w.lockRetry = this.timers.add(at, () => {
      w.lockRetry = null;
      if (lock.locked) {
        lock.waiters.push(w);
        return;
      }
      lock.locked = true;
      lock.holder = w;
      lock.count = 1;
      w.waitingFor = null;
      this.objects?.lock(lock, w, 'acquire', at);
      this.wake(w, at, true);
    });
  }

  /**
   * sem_post at time t: the count goes up at once; one waiter (of any process) is woken to retry
   * sem_wait — a running thread may take the count first, and then the woken one waits again.
   */
  postSemaphore(sem: KernelSemaphore, t: number): void {
    sem.value++;
    if (sem.waiters.length === 0) return;
    const w = this.choose(sem.waiters);
    remove(sem.waiters, w);
    const at = t + this.wakeLatencyNs();
    w.lockRetry = this.timers.add(at, () => {
      w.lockRetry = null;
      if (sem.value === 0) {
        sem.waiters.push(w);
        return;
      }
      sem.value--;
      w.waitingForSem = null;
      this.wake(w, at, true);
    });
  }

  private wantCpu(st: SimThread, t: number): void {
    st.advanceTo(t);
    if (st.proc.gil !== null) st.proc.gil.want(st, t);
    else this.toCore(st, t);
  }

  // ---- cores ----

  private toCore(st: SimThread, t: number): void {
    st.advanceTo(t);
    let core = this.cores[st.lastCore] === null ? st.lastCore : this.cores.indexOf(null);
    if (core < 0) {
      this.ready.push(st);
      this.traceState(st, 'ready', t);
      return;
    }
    this.cores[core] = st;
    if (st.core !== core) this.contextSwitches++;
    st.core = core;
    st.lastCore = core;
    st.sliceStart = t;
    this.traceState(st, 'running', t);
  }

  private leaveCore(st: SimThread, t: number): void {
    if (st.core < 0) return;
    const core = st.core;
    this.cores[core] = null;
    st.core = -1;
    const next = this.ready.length > 0 ? this.ready.shift()! : null;
    if (next !== null) {
      next.lastCore = core;
      this.toCore(next, Math.max(t, next.clock));
    }
  }

  private preempt(st: SimThread): void {
    const t = st.clock;
    this.leaveCore(st, t);
    this.ready.push(st);
    this.traceState(st, 'ready', t);
  }

  // ---- thread end ----

  private finish(st: SimThread): void {
    const t = st.clock;
    if (st.proc !== this.main && st === st.proc.threads[0]) {
      // A child process's main thread has returned its exit status: the process ends.
      this.exitProcess(st.proc, ((st.th.result as number) & 0xff) << 8, t);
      return;
    }
    for (const lock of st.sentinels.splice(0)) if (lock.locked) this.releaseLock(lock, t);
    this.leaveCore(st, t);
    this.traceState(st, 'done', t);
    const gil = st.proc.gil;
    if (gil !== null) {
      gil.forget(st);
      if (gil.holder === st) gil.drop(st, t, false);
    }
  }

  /** Interpreter exit: daemon threads (and other processes) still alive are stopped where they are. */
  killRemaining(): void {
    for (const st of this.threads) this.killThread(st, Math.max(st.clock, this.now));
    for (const p of this.processes) if (p.alive && p !== this.main) p.status = 9;
  }

  private killThread(st: SimThread, t: number): void {
    if (st.state === 'done') return;
    if (st.timer !== null) st.timer.cancelled = true;
    if (st.waitingFor !== null) remove(st.waitingFor.waiters, st);
    if (st.waitingForProcess !== null) remove(st.waitingForProcess.waiters, st);
    if (st.waitingForSem !== null) remove(st.waitingForSem.waiters, st);
    st.waitingForSem = null;
    st.waitingForProcess = null;
    if (st.lockRetry !== null) st.lockRetry.cancelled = true;
    this.stopWaitingOnSockets(st);
    const gil = st.proc.gil;
    gil?.forget(st);
    if (gil?.holder === st) gil.drop(st, t, false);
    this.leaveCore(st, t);
    remove(this.ready, st);
    st.th.status = ThreadStatus.Finished;
    this.traceState(st, 'done', t);
  }

  // ---- processes ----

  /** Set by the fork module (fork.ts via run-program): copy st's process into a new child. */
  forkProcess: ((st: SimThread, t: number, childTop: (interp: Interpreter) => NativeGen) => SimProcess) | null = null;
  /** Set by run-program: start `python3 -c src args…` as a child of st's process; returns its pid. */
  spawnPython: ((st: SimThread, t: number, src: string, args: string[], passFds: number[]) => number) | null = null;
  /** The next pid to hand out. */
  private nextPid = MAIN_PID + 1;

  allocatePid(): number {
    return this.nextPid++;
  }

  /** A forked child's first thread (keeping the forking thread's ident); it runs from time t. */
  addChildThread(th: PyThreadState, proc: SimProcess, ident: number, name: string, t: number): SimThread {
    // Starts at t, busy with its page faults before its first instruction.
    th.cost = CHILD_FAULTS_NS;
    th.clockOffset = t;
    const st = this.register(th, name, proc, ident);
    st.startup = { start: t, label: 'fork: copy-on-write faults' };
    return st;
  }

  /** Let a registered thread compete for the CPU from time t. */
  schedule(st: SimThread, t: number): void {
    this.wantCpu(st, t);
  }

  /**
   * The process ends with wait status `status` at time t (os._exit, its main thread returning, a
   * signal): its threads stop where they are, its descriptors close, its parent's waitpid returns.
   */
  exitProcess(proc: SimProcess, status: number, t: number): void {
    if (!proc.alive) return;
    if (proc === this.main) throw new MachineStop('exit', 'killed', status & 0x7f ? 128 + (status & 0x7f) : (status >> 8) & 0xff);
    for (const st of proc.threads) this.killThread(st, Math.max(t, st.clock));
    proc.status = status;
    this.emit({ k: 'process-exit', t, pid: proc.pid, exitCode: proc.exitCode ?? 0 });
    for (const f of proc.onExit.splice(0)) f(t);
    for (const w of proc.waiters.splice(0)) {
      w.waitingForProcess = null;
      const at = t + EXIT_NS + this.wakeLatencyNs();
      w.timer = this.timers.add(at, () => this.wake(w, at, None));
    }
  }

  /** kill(pid, sig): the default action of the signals a program sends (terminate) at time t. */
  signal(proc: SimProcess, sig: number, t: number): void {
    if (sig === 0 || sig === 17 /* SIGCHLD: ignored */ || !proc.alive) return;
    // The target dies once the signal is delivered, a few microseconds later.
    const at = t + this.wakeLatencyNs();
    this.timers.add(at, () => this.exitProcess(proc, sig & 0x7f, at));
  }

  // ---- GilHost ----

  switchIntervalNs(): number {
    return this.switchInterval;
  }

  wakeLatencyNs(): number {
    return this.settings.policy === 'fifo' ? 5_000 : this.rng.between(3_000, 12_000);
  }

  choose(candidates: SimThread[]): SimThread {
    return this.settings.policy === 'fifo' ? candidates[0] : candidates[this.rng.below(candidates.length)];
  }

  requestDrop(holder: SimThread, t: number): void {
    if (this.settings.behaviour === '3.11') holder.th.breakerAt = Math.min(holder.th.breakerAt, t - holder.th.clockOffset);
  }

  gilTaken(st: SimThread, t: number): void {
    this.toCore(st, t);
  }

  gilWaiting(st: SimThread, t: number): void {
    this.traceState(st, 'gil-wait', t);
  }

  traceGil(kind: 'take' | 'drop' | 'request', st: SimThread, t: number, forced = false): void {
    if (this.trace === null) return;
    const pid = st.proc.pid;
    if (kind === 'take') this.emit({ k: 'gil-take', t, pid, tid: st.tid });
    else if (kind === 'drop') this.emit({ k: 'gil-drop', t, pid, tid: st.tid, forced });
    else this.emit({ k: 'gil-request', t, pid, tid: st.tid, holder: st.proc.gil?.holder?.tid ?? 0 });
  }

  // ---- trace ----

  traceId(obj: object): number {
    let id = this.traceIds.get(obj);
    if (id === undefined) {
      id = this.nextTraceId++;
      this.traceIds.set(obj, id);
    }
    return id;
  }

  private traceState(st: SimThread, state: ThreadRunState, t: number): void {
    st.state = state;
    if (this.trace === null) return;
    if (st.proc !== this.main) {
      // A forked child believes it is its parent until multiprocessing names it.
      const pn = processName(st.proc);
      if (pn !== st.proc.tracedName && pn !== processName(this.byPid.get(st.proc.ppid) ?? this.main)) {
        st.proc.tracedName = pn;
        this.emit({ k: 'process', t, pid: st.proc.pid, name: pn, ppid: st.proc.ppid });
      }
    }
    const name = threadName(this, st);
    if (name !== st.tracedName) {
      st.tracedName = name;
      this.emit({ k: 'thread-name', t, tid: st.tid, name });
    }
    const f = laneFrame(st.th);
    this.emit({ k: 'state', t, tid: st.tid, state, core: st.core, obj: st.obj, line: f === null ? 0 : frameLine(f), file: f?.code.filename ?? '' });
  }

  // ---- deadlock ----

  private deadlockReport(): string {
    const waiting = this.threads.filter((t) => t.state !== 'done');
    const lines = waiting.map((st) => `  ${describeWait(this, st)}`);
    return `Deadlock: every thread is blocked and nothing can wake one:\n${lines.join('\n')}`;
  }
}

export function machineOf(interp: Interpreter): Machine {
  const m = interp.machine as Machine | null;
  if (m === null) throw new Error('internal: this interpreter has no simulated machine');
  return m;
}

function remove<T>(list: T[], x: T): void {
  const i = list.indexOf(x);
  if (i >= 0) list.splice(i, 1);
}
