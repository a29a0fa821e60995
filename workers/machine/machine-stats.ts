/**
 * The statistics of a finished run, from the machine's own counters (no trace needed): what the
 * CLI's `--stats-out FILE.json` writes and the app shows under the timeline.
 */
import type { Machine } from './machine';
import { threadName } from './introspect';

export interface RunStats {
  virtualSeconds: number;
  instructions: number;
  /** GIL hand-offs to a different thread (CPython's switch_number). */
  gilSwitches: number;
  /** A thread starting to run on a core it was not on before. */
  contextSwitches: number;
  cores: number;
  behaviour: string;
  switchIntervalSeconds: number;
  threads: { tid: number; name: string; cpuSeconds: number; instructions: number }[];
}

export function runStats(m: Machine): RunStats {
  return {
    virtualSeconds: m.now / 1e9,
    instructions: m.threads.reduce((n, t) => n + t.th.instructions, 0),
    gilSwitches: m.processes.reduce((n, p) => n + (p.gil?.switchNumber ?? 0), 0),
    contextSwitches: m.contextSwitches,
    cores: m.settings.cores,
    behaviour: m.settings.behaviour,
    switchIntervalSeconds: m.switchInterval / 1e9,
    threads: m.threads.map((t) => ({ tid: t.tid, name: threadName(m, t), cpuSeconds: t.th.cost / 1e9, instructions: t.th.instructions })),
  };
}
