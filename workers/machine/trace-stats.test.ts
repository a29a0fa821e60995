// statsOf: exact figures for a hand-written run, and on a synthetic run the same counts a naive
// pass over decoded events gives (GIL switches, context switches, CPU time = core busy time).
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from './trace-events';
import { TraceRecorder } from './trace-recorder';
import { readRecorder, type TraceReader } from './trace-reader';
import { statsOf } from './trace-stats';
import { TWO_THREAD_RUN, synthTrace } from './trace-synth';

function readerOf(events: readonly TraceEvent[]): TraceReader {
  const rec = new TraceRecorder();
  for (const ev of events) rec.emit(ev);
  return readRecorder(rec);
}

describe('statsOf', () => {
  it('summarises a hand-written run', () => {
    const s = statsOf(readerOf(TWO_THREAD_RUN), { instructions: new Map([[1, 900], [2, 100]]) });
    expect(s).toMatchObject({
      format: 'interleave-stats', version: 1, elapsedSeconds: 0.006, events: TWO_THREAD_RUN.length, exitCode: 0, reason: '',
      machine: { cores: 2, switchIntervalSeconds: 0.005, version: '3.11' },
      totals: { gilSwitches: 1, contextSwitches: 0, instructions: 1000 },
      processes: [{ pid: 1, name: 'MainProcess', gilSwitches: 1, gilTakes: 2, forcedDrops: 1, dropRequests: 1 }],
    });
    const [main, worker] = s.threads;
    expect(main).toMatchObject({ tid: 1, name: 'MainThread', runs: 1, instructions: 900 });
    expect(main.cpuSeconds).toBeCloseTo(0.0050005, 12);
    expect(main.seconds['gil-wait']).toBeCloseTo(0.0009995, 12);
    expect(worker.cpuSeconds).toBeCloseTo(0.000999, 12);
    expect(worker.seconds['gil-wait']).toBeCloseTo(0.005001, 12);
    expect(s.cores.map((c) => c.busySeconds)).toEqual([main.cpuSeconds, worker.cpuSeconds]);
    expect(s.cores[0].utilisation).toBeCloseTo(5_000_500 / 6_000_000, 12);
    expect(s.totals.utilisation).toBeCloseTo((5_000_500 + 999_000) / 12_000_000, 12);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('agrees with a naive count on a synthetic run', () => {
    const rec = new TraceRecorder();
    synthTrace({ events: 100_000, seed: 9, processes: 2, cores: 3 }, rec);
    const r = readRecorder(rec);
    const s = statsOf(r, { instructions: 123_456 });
    let gilSwitches = 0;
    let contextSwitches = 0;
    const lastTaker = new Map<number, number>();
    const lastOnCore = new Map<number, number>();
    for (const ev of r.events()) {
      if (ev.k === 'gil-take') {
        const prev = lastTaker.get(ev.pid);
        if (prev !== undefined && prev !== ev.tid) gilSwitches++;
        lastTaker.set(ev.pid, ev.tid);
      }
      if (ev.k === 'state' && ev.state === 'running') {
        const prev = lastOnCore.get(ev.core);
        if (prev !== undefined && prev !== ev.tid) contextSwitches++;
        lastOnCore.set(ev.core, ev.tid);
      }
    }
    expect(s.totals.gilSwitches).toBe(gilSwitches);
    expect(s.totals.contextSwitches).toBe(contextSwitches);
    expect(s.totals.instructions).toBe(123_456);
    expect(s.threads[0].instructions).toBeNull();
    expect(s.cores).toHaveLength(3);
    const busy = s.cores.reduce((a, c) => a + c.busySeconds, 0);
    expect(s.totals.cpuSeconds).toBeCloseTo(busy, 9);
    for (const th of s.threads) {
      const total = Object.values(th.seconds).reduce((a, x) => a + x, 0);
      expect(total).toBeLessThanOrEqual(s.elapsedSeconds + 1e-9); // every thread ends 'done' before the end
      expect(total).toBeGreaterThan(0);
    }
    for (const c of s.cores) expect(c.utilisation).toBeLessThanOrEqual(1);
  });
});
