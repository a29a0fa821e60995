/**
 * The run summary the CLI writes with `--stats-out FILE.json` and the app's stats panel shows:
 * virtual elapsed time, per-thread CPU time and time in each state, GIL switches per process,
 * context switches and utilisation per core, instructions (given by the machine in `extra`).
 * Computed in one pass over the raw columns (no event objects, no list decoding). The JSON
 * shape is documented in docs/trace.md; bump STATS_VERSION when it changes incompatibly.
 */
import type { ThreadRunState } from './trace-events';
import { THREAD_STATES, flagReader, kindCode, operandOf, readNum } from './trace-layout';
import type { TraceReader } from './trace-reader';

export const STATS_VERSION = 1;

export interface StatsExtra {
  /** Instructions executed: the total, or per tid (then the total is their sum). */
  instructions?: number | Readonly<Record<number, number>> | ReadonlyMap<number, number>;
  /** Core count, when the trace has no 'machine' event. */
  cores?: number;
}

type LiveState = Exclude<ThreadRunState, 'done'>;
export interface ThreadStats {
  tid: number; pid: number; name: string;
  /** Seconds in 'running' (on a core). */
  cpuSeconds: number;
  /** Seconds in each state, from its creation (or first state event) to its end (or the run's). */
  seconds: Record<LiveState, number>;
  /** Times it was put on a core. */
  runs: number;
  instructions: number | null;
}
export interface ProcessStats {
  pid: number; name: string;
  /** gil-take events by a different thread than the previous taker. */
  gilSwitches: number;
  gilTakes: number; forcedDrops: number; dropRequests: number;
}
export interface CoreStats {
  core: number; busySeconds: number;
  /** busySeconds / elapsedSeconds. */
  utilisation: number;
  /** Times the core started running a different thread than the one it ran last. */
  contextSwitches: number;
}
export interface TraceStats {
  format: 'interleave-stats'; version: number;
  /** The latest time in the trace (normally the 'end' event's). */
  elapsedSeconds: number; events: number;
  exitCode: number | null; reason: string | null;
  machine: { cores: number; switchIntervalSeconds: number; version: string } | null;
  totals: { cpuSeconds: number; gilSwitches: number; contextSwitches: number; instructions: number | null; utilisation: number };
  processes: ProcessStats[]; threads: ThreadStats[]; cores: CoreStats[];
}

const K = {
  process: kindCode('process'), thread: kindCode('thread'), name: kindCode('thread-name'), state: kindCode('state'),
  take: kindCode('gil-take'), drop: kindCode('gil-drop'), request: kindCode('gil-request'), end: kindCode('end'), machine: kindCode('machine'),
};
const O = {
  procPid: operandOf('process', 'pid'), procName: operandOf('process', 'name'),
  thTid: operandOf('thread', 'tid'), thPid: operandOf('thread', 'pid'), thName: operandOf('thread', 'name'),
  nameTid: operandOf('thread-name', 'tid'), nameName: operandOf('thread-name', 'name'),
  stTid: operandOf('state', 'tid'), stCore: operandOf('state', 'core'),
  takePid: operandOf('gil-take', 'pid'), takeTid: operandOf('gil-take', 'tid'),
  dropPid: operandOf('gil-drop', 'pid'), reqPid: operandOf('gil-request', 'pid'),
  exit: operandOf('end', 'exitCode'), reason: operandOf('end', 'reason'),
  cores: operandOf('machine', 'cores'), interval: operandOf('machine', 'switchIntervalNs'), version: operandOf('machine', 'version'),
};
const stateOf = flagReader('state', 'state');
const forcedOf = flagReader('gil-drop', 'forced');
const RUNNING = THREAD_STATES.indexOf('running');
const DONE = THREAD_STATES.indexOf('done');
const READY = THREAD_STATES.indexOf('ready');

interface Th { tid: number; pid: number; name: string; state: number; since: number; core: number; ns: number[]; runs: number }
interface Core { busy: number; start: number; tid: number; last: number; switches: number }

function instructionsOf(extra: StatsExtra, tid: number): number | null {
  const ins = extra.instructions;
  if (ins === undefined || typeof ins === 'number') return null;
  const v = ins instanceof Map ? ins.get(tid) : (ins as Readonly<Record<number, number>>)[tid];
  return v ?? 0;
}

export function statsOf(r: TraceReader, extra: StatsExtra = {}): TraceStats {
  const w = r.ops.words;
  const threads = new Map<number, Th>();
  const procs = new Map<number, ProcessStats & { last: number }>();
  const cores: Core[] = [];
  let machine: TraceStats['machine'] = null;
  let end: { t: number; exitCode: number; reason: string } | null = null;
  const proc = (pid: number) => {
    let p = procs.get(pid);
    if (!p) procs.set(pid, (p = { pid, name: '', gilSwitches: 0, gilTakes: 0, forcedDrops: 0, dropRequests: 0, last: 0 }));
    return p;
  };
  const thread = (tid: number, t: number) => {
    let th = threads.get(tid);
    if (!th) threads.set(tid, (th = { tid, pid: 0, name: '', state: -1, since: t, core: -1, ns: new Array<number>(THREAD_STATES.length).fill(0), runs: 0 }));
    return th;
  };
  const core = (c: number) => {
    while (cores.length <= c) cores.push({ busy: 0, start: 0, tid: 0, last: 0, switches: 0 });
    return cores[c];
  };
  /** Ends th's current state at t. */
  const leave = (th: Th, t: number) => {
    // Times may lag emission order by the cores' skew: never count a negative interval.
    if (th.state >= 0) th.ns[th.state] += Math.max(0, t - th.since);
    if (th.state === RUNNING && th.core >= 0) {
      const c = core(th.core);
      if (c.tid === th.tid) { c.busy += Math.max(0, t - c.start); c.tid = 0; }
    }
  };
  for (let i = 0; i < r.length; i++) {
    const b = r.opStart[i];
    const t = r.times[i];
    switch (r.kinds[i]) {
      case K.process: proc(w[b + O.procPid]).name = r.strings[w[b + O.procName]]; break;
      case K.thread: {
        const th = thread(w[b + O.thTid], t);
        th.pid = w[b + O.thPid]; th.name = r.strings[w[b + O.thName]];
        if (th.state < 0) { th.state = READY; th.since = t; }
        break;
      }
      case K.name: thread(w[b + O.nameTid], t).name = r.strings[w[b + O.nameName]]; break;
      case K.state: {
        const th = thread(w[b + O.stTid], t);
        leave(th, t);
        th.state = stateOf(r.flags[i]);
        th.since = t;
        th.core = w[b + O.stCore];
        if (th.state === RUNNING && th.core >= 0) {
          const c = core(th.core);
          if (c.last !== 0 && c.last !== th.tid) c.switches++;
          c.tid = c.last = th.tid; c.start = t;
          th.runs++;
        }
        break;
      }
      case K.take: {
        const p = proc(w[b + O.takePid]);
        const tid = w[b + O.takeTid];
        p.gilTakes++;
        if (p.last !== 0 && p.last !== tid) p.gilSwitches++;
        p.last = tid;
        break;
      }
      case K.drop: if (forcedOf(r.flags[i])) proc(w[b + O.dropPid]).forcedDrops++; break;
      case K.request: proc(w[b + O.reqPid]).dropRequests++; break;
      case K.end: end = { t, exitCode: w[b + O.exit], reason: r.strings[w[b + O.reason]] }; break;
      case K.machine:
        machine = { cores: w[b + O.cores], switchIntervalSeconds: readNum(w, b + O.interval) / 1e9, version: r.strings[w[b + O.version]] };
        break;
    }
  }
  const endNs = Math.max(end ? end.t : 0, r.length ? r.clock[r.length - 1] : 0);
  for (const th of threads.values()) if (th.state !== DONE) leave(th, endNs);
  const elapsed = endNs / 1e9;
  const nCores = Math.max(extra.cores ?? machine?.cores ?? 0, cores.length);
  const coreStats = Array.from({ length: nCores }, (_, c): CoreStats => {
    const x = cores[c] ?? { busy: 0, switches: 0 };
    return { core: c, busySeconds: x.busy / 1e9, utilisation: elapsed > 0 ? x.busy / 1e9 / elapsed : 0, contextSwitches: x.switches };
  });
  const threadStats = [...threads.values()].map((th): ThreadStats => ({
    tid: th.tid, pid: th.pid, name: th.name, cpuSeconds: th.ns[RUNNING] / 1e9,
    seconds: Object.fromEntries(THREAD_STATES.filter((s) => s !== 'done').map((s) => [s, th.ns[THREAD_STATES.indexOf(s)] / 1e9])) as Record<LiveState, number>,
    runs: th.runs, instructions: instructionsOf(extra, th.tid),
  }));
  const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);
  const processes = [...procs.values()].map(({ last: _, ...p }) => p);
  const ins = extra.instructions;
  return {
    format: 'interleave-stats', version: STATS_VERSION,
    elapsedSeconds: elapsed, events: r.length,
    exitCode: end ? end.exitCode : null, reason: end ? end.reason : null,
    machine,
    totals: {
      cpuSeconds: sum(threadStats.map((t) => t.cpuSeconds)),
      gilSwitches: sum(processes.map((p) => p.gilSwitches)),
      contextSwitches: sum(coreStats.map((c) => c.contextSwitches)),
      instructions: ins === undefined ? null : typeof ins === 'number' ? ins : sum(ins instanceof Map ? [...ins.values()] : Object.values(ins)),
      utilisation: nCores && elapsed > 0 ? sum(coreStats.map((c) => c.busySeconds)) / (nCores * elapsed) : 0,
    },
    processes, threads: threadStats, cores: coreStats,
  };
}
