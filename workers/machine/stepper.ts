/**
 * The step API (manual scheduling): the learner plays the OS and the GIL's scheduler, choosing
 * which thread runs next, one instruction or one line at a time, and sees every thread's state
 * and line after each step. The program runs on the same machine as an ordinary run, traced the
 * same way, so the timeline grows as the learner steps.
 *
 * CPython's rules still hold. A thread that is blocked or asleep cannot run until what it waits
 * for happens: stepping a sleeper lets virtual time pass until it wakes; stepping a thread
 * blocked on a lock someone holds is refused with the reason. And the GIL changes hands only
 * where CPython lets it: stepping another thread while one holds the GIL asks the holder to drop
 * it, and the holder runs on to its next eval-breaker check first — under 3.11, never between
 * the read and the write of `self.count += 1`; under 3.9, almost anywhere.
 */
import { startProgram, finishProgram, type ProgramOptions, type ProgramResult, type ProgramSession } from '../python/run-program';
import type { OutputSink } from '../python/vm/interpreter-state';
import { MachineStop } from './machine';
import type { SimThread } from './sim-thread';
import type { ThreadRunState } from './trace-events';
import { describeWait, frameLine, laneFrame, threadName } from './introspect';

export type StepUnit = 'instruction' | 'line';

/** Most instructions one 'line' step runs (a line can loop forever: `while True: pass`). */
export const MAX_LINE_INSTRUCTIONS = 100_000;

export interface ThreadView {
  tid: number;
  name: string;
  state: ThreadRunState;
  /** Its current line in the program's own code (0 when it has none yet), and that file. */
  line: number;
  file: string;
  holdsGil: boolean;
  /** Can a step run it now, or after virtual time passes (a sleep ending)? */
  steppable: boolean;
  /** What it waits for, when it is not running ("waits in Queue.get on 'q'"). */
  waitsFor: string;
}

export interface StepReport {
  /** False when the step was refused (the thread cannot run); `message` says why. */
  ok: boolean;
  message: string;
  /** Instructions the stepped thread ran, and those the GIL holder ran first to reach a switch point. */
  ran: number;
  holderRan: number;
  /** The program is over (its result is `result`). */
  finished: boolean;
  result: ProgramResult | null;
  threads: ThreadView[];
}

export class Stepper {
  private readonly session: ProgramSession | null;
  private result: ProgramResult | null = null;

  constructor(source: string, out: OutputSink, opts: ProgramOptions = {}) {
    const s = startProgram(source, out, { ...opts, machine: { ...opts.machine, manual: true } });
    if ('mainThread' in s) this.session = s;
    else {
      this.session = null;
      this.result = s;
    }
  }

  get finished(): boolean {
    return this.result !== null;
  }

  get programResult(): ProgramResult | null {
    return this.result;
  }

  threads(): ThreadView[] {
    const s = this.session;
    if (s === null) return [];
    const m = s.machine;
    return m.threads.map((st) => {
      const f = laneFrame(st.th);
      const onCpu = m.isOnCpu(st);
      const done = st.state === 'done';
      return {
        tid: st.tid,
        name: threadName(m, st),
        state: st.state,
        line: f === null ? 0 : frameLine(f),
        file: f?.code.filename ?? '',
        holdsGil: st.proc.gil?.holder === st,
        steppable: !done && this.result === null && (onCpu || m.wantsCpu(st) || wakesByItself(st)),
        waitsFor: done || onCpu ? '' : describeWait(m, st),
      };
    });
  }

  /** Run thread `tid` for one instruction or one line. */
  step(tid: number, unit: StepUnit = 'instruction'): StepReport {
    const s = this.session;
    if (s === null || this.result !== null) return this.report(false, 'The program has finished.', 0, 0);
    const m = s.machine;
    const st = m.threads[tid - 1];
    if (st === undefined) return this.report(false, `There is no thread ${tid}.`, 0, 0);
    if (st.state === 'done') return this.report(false, `${threadName(m, st)} has finished.`, 0, 0);
    const before = m.instructions;
    let holderRan = 0;
    try {
      // 1. Wait (in virtual time) for it to be able to run.
      if (!m.isOnCpu(st) && !m.wantsCpu(st)) {
        if (!wakesByItself(st)) return this.report(false, `${describeWait(m, st)}: it cannot run until another thread acts.`, 0, 0);
        while (!m.isOnCpu(st) && !m.wantsCpu(st) && isLive(st)) {
          if (!m.fireNextTimer()) break;
        }
        if (!isLive(st)) return this.afterStep(0, 0);
      }
      // 2. Get it the GIL (the holder first runs to a point where it may drop it) or a core.
      if (!m.isOnCpu(st)) {
        holderRan = m.runHolderUntilDrop(st);
        if (s.mainThread.state === 'done') return this.afterStep(0, holderRan);
        m.giveCpu(st);
      }
      // 3. Run it.
      const start = lineKey(st);
      const limit = unit === 'line' ? MAX_LINE_INSTRUCTIONS : 1;
      const from = m.instructions;
      do m.stepInstruction(st);
      while (m.instructions - from < limit && m.isOnCpu(st) && sameLine(lineKey(st), start));
    } catch (e) {
      if (!(e instanceof MachineStop)) throw e;
      this.result = finishProgram(s, e);
      return this.report(true, e.message, m.instructions - before - holderRan, holderRan);
    }
    return this.afterStep(m.instructions - before - holderRan, holderRan);
  }

  private afterStep(ran: number, holderRan: number): StepReport {
    const s = this.session!;
    if (s.mainThread.state === 'done') this.result = finishProgram(s, null);
    else if (this.threads().every((t) => !t.steppable)) {
      // Nothing can run and nothing will wake anyone: the deadlock an automatic run reports.
      this.result = finishProgram(s, new MachineStop('deadlock', s.machine.stuckReport()));
    }
    return this.report(true, '', ran, holderRan);
  }

  private report(ok: boolean, message: string, ran: number, holderRan: number): StepReport {
    return { ok, message, ran, holderRan, finished: this.result !== null, result: this.result, threads: this.threads() };
  }
}

const isLive = (st: SimThread) => st.state !== 'done';

/** Sleeping, in I/O, starting, or handed a lock: a pending timer will make it runnable. */
function wakesByItself(st: SimThread): boolean {
  return st.timer !== null || st.lockRetry !== null || st.state === 'ready';
}

/** Where a thread is, for 'line' steps: its lane frame and that frame's line. */
function lineKey(st: SimThread): [object | null, number] {
  const f = laneFrame(st.th);
  return [f, f === null ? 0 : frameLine(f)];
}

const sameLine = (a: [object | null, number], b: [object | null, number]) => a[0] === b[0] && a[1] === b[1];
