// The Chrome Trace Event export: structural validity (metadata for every track, X slices with
// dur ≥ 0 that never overlap on a track, instants with a scope, numeric counters), the exact
// slices of a small hand-written run, and docs/trace-example.json kept in sync with the generator.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TraceEvent } from './trace-events';
import { TraceRecorder } from './trace-recorder';
import { readRecorder, type TraceReader } from './trace-reader';
import { EXAMPLE_SYNTH, TWO_THREAD_RUN, synthTrace } from './trace-synth';
import { statsOf } from './trace-stats';
import { CORES_PID, CORE_TID_BASE, GIL_TID_BASE, formatChromeTrace, toChromeTrace, type ChromeTrace } from './trace-chrome';


function readerOf(events: readonly TraceEvent[]): TraceReader {
  const rec = new TraceRecorder();
  for (const ev of events) rec.emit(ev);
  return readRecorder(rec);
}

/** Lists anything Perfetto or chrome://tracing would reject or misdraw. */
function problems(trace: ChromeTrace): string[] {
  const bad: string[] = [];
  const check = (ok: boolean, what: string, e: unknown) => { if (!ok && bad.length < 20) bad.push(`${what}: ${JSON.stringify(e)}`); };
  const procs = new Set<number>();
  const threads = new Set<string>();
  for (const e of trace.traceEvents) {
    check(Number.isInteger(e.pid) && Number.isInteger(e.tid), 'pid/tid not integers', e);
    check(['X', 'i', 'C', 'M'].includes(e.ph), 'unknown phase', e);
    if (e.ph !== 'M') continue;
    if (e.name === 'process_name') procs.add(e.pid);
    if (e.name === 'thread_name') threads.add(`${e.pid}:${e.tid}`);
    check(e.args !== undefined, 'metadata without args', e);
  }
  const slices = new Map<string, [number, number][]>();
  for (const e of trace.traceEvents) {
    if (e.ph === 'M') continue;
    const track = `${e.pid}:${e.tid}`;
    check(procs.has(e.pid), 'process without process_name', e);
    check(Number.isFinite(e.ts) && e.ts! >= 0, 'bad ts', e);
    if (e.ph === 'X') {
      check(threads.has(track), 'slice on a thread without thread_name', e);
      check(Number.isFinite(e.dur) && e.dur! >= 0, 'bad dur', e);
      // Perfetto rounds ts * 1000 and dur * 1000 to whole ns.
      const start = Math.round(e.ts! * 1000);
      if (!slices.has(track)) slices.set(track, []);
      slices.get(track)!.push([start, start + Math.round(e.dur! * 1000)]);
    }
    if (e.ph === 'i') {
      check(e.s === 't' || e.s === 'p' || e.s === 'g', 'instant without scope', e);
      if (e.s === 't') check(threads.has(track), 'instant on a thread without thread_name', e);
    }
    if (e.ph === 'C') check(Object.values(e.args!).every((v) => typeof v === 'number'), 'non-numeric counter', e);
  }
  for (const [track, list] of slices) {
    list.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < list.length; i++) check(list[i][0] >= list[i - 1][1], `overlapping slices on ${track}`, [list[i - 1], list[i]]);
  }
  return bad;
}

function validate(trace: ChromeTrace): void {
  expect(problems(trace)).toEqual([]);
  expect(JSON.parse(formatChromeTrace(trace))).toEqual(JSON.parse(JSON.stringify(trace)));
}

describe('toChromeTrace', () => {
  it('is a valid trace for a large synthetic run', () => {
    const rec = new TraceRecorder();
    synthTrace({ events: 50_000, seed: 11, processes: 3, cores: 3 }, rec);
    const trace = toChromeTrace(readRecorder(rec));
    validate(trace);
    const names = new Set(trace.traceEvents.map((e) => e.name));
    for (const n of ['running', 'waiting for the GIL', 'sleeping', 'in I/O', 'print', 'blocked on q', 'acquire lock', 'put q', 'queue q', 'semaphore slots']) expect(names).toContain(n);
    expect(trace.traceEvents.some((e) => e.name.startsWith('GIL: ') && e.ph === 'X')).toBe(true);
    expect(trace.traceEvents.some((e) => e.name.startsWith('drop request by '))).toBe(true);
    expect(trace.traceEvents.filter((e) => e.name === 'thread_name' && e.pid === CORES_PID)).toHaveLength(3);
  });

  it('the validator catches overlaps, missing metadata and negative durations', () => {
    const M = (name: string, pid: number, tid: number) => ({ name, ph: 'M' as const, pid, tid, args: { name: 'x' } });
    const bad = problems({ otherData: {}, traceEvents: [
      M('process_name', 1, 0), M('thread_name', 1, 1),
      { name: 'a', ph: 'X', ts: 0, dur: 2, pid: 1, tid: 1 }, { name: 'b', ph: 'X', ts: 1, dur: 2, pid: 1, tid: 1 },
      { name: 'c', ph: 'X', ts: 5, dur: -1, pid: 1, tid: 1 }, { name: 'd', ph: 'X', ts: 0, dur: 1, pid: 1, tid: 9 },
      { name: 'e', ph: 'i', ts: 0, pid: 2, tid: 1 },
    ] });
    expect(bad.map((b) => b.split(':')[0])).toEqual(['bad dur', 'slice on a thread without thread_name', 'process without process_name', 'instant without scope', 'overlapping slices on 1']);
  });

  it('maps a small run to the expected slices', () => {
    const ev = TWO_THREAD_RUN;
    const trace = toChromeTrace(readerOf(ev));
    validate(trace);
    const pick = (tid: number, pid = 1) => trace.traceEvents.filter((e) => e.ph === 'X' && e.tid === tid && e.pid === pid).map((e) => [e.name, e.ts, e.dur]);
    expect(pick(1)).toEqual([['running', 0, 5000.5], ['waiting for the GIL', 5000.5, 999.5]]);
    expect(pick(2)).toEqual([['waiting for the GIL', 0, 5001], ['running', 5001, 999]]);
    expect(pick(GIL_TID_BASE + 1)).toEqual([['GIL: MainThread', 0, 5000.5], ['GIL: Thread-1 (work)', 5001, 999]]);
    expect(pick(CORE_TID_BASE + 0, CORES_PID)).toEqual([['MainThread', 0, 5000.5]]);
    expect(pick(CORE_TID_BASE + 1, CORES_PID)).toEqual([['Thread-1 (work)', 5001, 999]]);
    const instants = trace.traceEvents.filter((e) => e.ph === 'i').map((e) => [e.name, e.ts, e.tid, e.args]);
    expect(instants).toEqual([
      ['drop request by Thread-1 (work)', 5000, GIL_TID_BASE + 1, { tid: 2, holder: 1 }],
      ['acquire lock', 5002, 2, { oid: 7, owner: 2, count: 1, waiters: [] }],
      ['print', 5003, 2, { text: 'hi\n' }],
      ['exit', 6000, GIL_TID_BASE + 1, { exitCode: 0, reason: '' }],
    ]);
  });

  it('stays valid when times lag emission order (thread start, cores in parallel)', () => {
    const ev: TraceEvent[] = [
      { k: 'process', t: 0, pid: 1, name: 'MainProcess', ppid: 0 },
      { k: 'thread', t: 0, tid: 1, pid: 1, name: 'MainThread', daemon: false },
      { k: 'gil-take', t: 0, pid: 1, tid: 1 },
      { k: 'state', t: 0, tid: 1, state: 'running', core: 0, obj: 0, line: 1, file: 'main.py' },
      // Thread.start(): the child exists now (at its own clock, 0) and is ready 40 µs later.
      { k: 'thread', t: 0, tid: 2, pid: 1, name: 'Thread-1', daemon: false },
      { k: 'state', t: 41_000, tid: 2, state: 'ready', core: -1, obj: 0, line: 0, file: '' },
      { k: 'output', t: 2_000, tid: 1, stream: 'stdout', text: 'started\n' },
      { k: 'gil-drop', t: 42_060, pid: 1, tid: 1, forced: false },
      { k: 'state', t: 42_060, tid: 1, state: 'sleeping', core: -1, obj: 0, line: 2, file: 'main.py' },
      // The other core's clock is 60 ns behind: its take is stamped before the drop it followed.
      { k: 'gil-take', t: 42_000, pid: 1, tid: 2 },
      { k: 'state', t: 42_000, tid: 2, state: 'running', core: 0, obj: 0, line: 5, file: 'main.py' },
      { k: 'state', t: 50_000, tid: 2, state: 'done', core: -1, obj: 0, line: 6, file: 'main.py' },
      { k: 'gil-drop', t: 50_000, pid: 1, tid: 2, forced: false },
      { k: 'end', t: 50_000, exitCode: 0, reason: '' },
    ];
    const r = readerOf(ev);
    const trace = toChromeTrace(r);
    validate(trace);
    const gil = trace.traceEvents.filter((e) => e.ph === 'X' && e.tid === GIL_TID_BASE + 1).map((e) => [e.name, e.ts, e.dur]);
    expect(gil).toEqual([['GIL: MainThread', 0, 42.06], ['GIL: Thread-1', 42.06, 7.94]]);
    const s = statsOf(r);
    expect(s.elapsedSeconds).toBe(0.00005);
    for (const th of s.threads) for (const v of Object.values(th.seconds)) expect(v).toBeGreaterThanOrEqual(0);
    expect(s.cores[0].busySeconds).toBeCloseTo((42_060 + 8_000) / 1e9, 15);
  });

  it('docs/trace-example.json is the current export of the example run', () => {
    const rec = new TraceRecorder();
    synthTrace(EXAMPLE_SYNTH, rec);
    const text = formatChromeTrace(toChromeTrace(readRecorder(rec), { title: 'Interleave example (synthetic run)' }));
    validate(JSON.parse(text));
    const file = join(__dirname, '../../docs/trace-example.json');
    expect(readFileSync(file, 'utf8'), 'regenerate with: node scripts/bench-trace.mjs --write-example').toBe(text);
  });
});
