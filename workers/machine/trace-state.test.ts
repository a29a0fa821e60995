// stateAt (keyframes + folding raw columns) against a naive full replay of decoded events, on a
// synthetic 1,000,000-event trace streamed in chunks, at random and boundary indices.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TraceEvent } from './trace-events';
import { TraceRecorder } from './trace-recorder';
import { TraceReader, readRecorder } from './trace-reader';
import { KEYFRAME_EVERY, outputIndices, stateAt, stateAtTime, type ProcessState, type ThreadState, type WorldState } from './trace-state';
import { synthTrace } from './trace-synth';

/** The simplest possible fold: every event, decoded, in order. */
class NaiveWorld {
  index = -1; t = 0; evT = 0; maxCore = -1; exceptions = 0; outputs = 0;
  machine: WorldState['machine'] = null; end: WorldState['end'] = null;
  out = { stdout: { events: 0, chars: 0 }, stderr: { events: 0, chars: 0 } };
  threads = new Map<number, ThreadState>(); procs = new Map<number, ProcessState>();
  objects = new Map<number, WorldState['objects'][number]>(); locks = new Map<number, WorldState['locks'][number]>();
  syncs = new Map<number, WorldState['syncs'][number]>(); queues = new Map<number, string[]>();
  tasks = new Map<number, WorldState['tasks'][number]>();
  futures = new Map<number, WorldState['futures'][number]>();
  loops = new Map<number, WorldState['loops'][number]>();

  private thread(tid: number): ThreadState {
    const th = this.threads.get(tid) ?? { tid, pid: 0, name: '', daemon: false, state: 'ready', core: -1, obj: 0, line: 0, file: '', since: this.evT, raised: false };
    this.threads.set(tid, th);
    return th;
  }
  private proc(pid: number): ProcessState {
    const p = this.procs.get(pid) ?? { pid, ppid: 0, name: '', gilHolder: 0, lastHolder: 0, dropRequest: null, exitCode: null };
    this.procs.set(pid, p);
    return p;
  }

  apply(ev: TraceEvent, i: number): void {
    this.index = i; this.t = Math.max(this.t, ev.t); this.evT = ev.t;
    switch (ev.k) {
      case 'process': this.proc(ev.pid).name = ev.name; this.proc(ev.pid).ppid = ev.ppid; break;
      case 'process-exit': this.proc(ev.pid).exitCode = ev.exitCode; break;
      case 'thread': this.threads.set(ev.tid, { tid: ev.tid, pid: ev.pid, name: ev.name, daemon: ev.daemon, state: 'ready', core: -1, obj: 0, line: 0, file: '', since: ev.t, raised: false }); break;
      case 'thread-name': this.thread(ev.tid).name = ev.name; break;
      case 'state': {
        Object.assign(this.thread(ev.tid), { state: ev.state, core: ev.core, obj: ev.obj, line: ev.line, file: ev.file, since: ev.t });
        if (ev.state === 'running') this.maxCore = Math.max(this.maxCore, ev.core);
        break;
      }
      case 'gil-take': Object.assign(this.proc(ev.pid), { gilHolder: ev.tid, lastHolder: ev.tid, dropRequest: null }); break;
      case 'gil-drop': Object.assign(this.proc(ev.pid), { gilHolder: 0, dropRequest: null }); break;
      case 'gil-request': this.proc(ev.pid).dropRequest = { tid: ev.tid, holder: ev.holder, t: ev.t }; break;
      case 'object': this.objects.set(ev.oid, { oid: ev.oid, kind: ev.kind, label: ev.label, capacity: ev.capacity }); break;
      case 'lock': this.locks.set(ev.oid, { oid: ev.oid, owner: ev.owner, count: ev.count, waiters: ev.waiters }); break;
      case 'sync': this.syncs.set(ev.oid, { oid: ev.oid, op: ev.op, value: ev.value, waiters: ev.waiters }); break;
      case 'queue': this.queues.set(ev.oid, ev.contents); break;
      case 'output': this.out[ev.stream].events++; this.out[ev.stream].chars += ev.text.length; this.outputs++; break;
      case 'exception': { const th = this.threads.get(ev.tid); if (th) th.raised = true; this.exceptions++; break; }
      case 'end': this.end = { exitCode: ev.exitCode, reason: ev.reason }; break;
      case 'machine': this.machine = { cores: ev.cores, switchIntervalNs: ev.switchIntervalNs, version: ev.version }; break;
      case 'loop': this.loops.set(ev.tid, { tid: ev.tid, ready: ev.ready, timers: ev.timers }); break;
      case 'task': this.tasks.set(ev.oid, { oid: ev.oid, tid: ev.tid, name: ev.name, state: ev.op, detail: ev.detail }); break;
      case 'future': this.futures.set(ev.oid, { oid: ev.oid, tid: ev.tid, state: ev.op, detail: ev.detail }); break;
    }
  }

  snapshot(): WorldState {
    const threads = [...this.threads.values()].map((th) => ({ ...th }));
    const cores = new Array<number>(this.machine ? this.machine.cores : this.maxCore + 1).fill(0);
    for (const th of threads) if (th.state === 'running') cores[th.core] = th.tid;
    return {
      index: this.index, t: this.t, machine: this.machine,
      processes: [...this.procs.values()].map((p) => ({ ...p })), threads,
      objects: [...this.objects.values()], locks: [...this.locks.values()], syncs: [...this.syncs.values()],
      queues: [...this.queues].map(([oid, contents]) => ({ oid, contents })), tasks: [...this.tasks.values()], loops: [...this.loops.values()], futures: [...this.futures.values()], cores,
      output: { events: this.outputs, stdout: { ...this.out.stdout }, stderr: { ...this.out.stderr } },
      exceptions: this.exceptions, end: this.end,
    };
  }
}

function naiveStates(r: TraceReader, indices: number[]): Map<number, WorldState> {
  const want = [...new Set(indices)].sort((a, b) => a - b);
  const world = new NaiveWorld();
  const out = new Map<number, WorldState>();
  let i = -1;
  for (const target of want) {
    for (; i < target; ) world.apply(r.get(i + 1), ++i);
    out.set(target, world.snapshot());
  }
  return out;
}

describe('stateAt', () => {
  it('equals a naive replay on a 1,000,000-event trace streamed in chunks', () => {
    const rec = new TraceRecorder();
    const reader = new TraceReader();
    let emitted = 0;
    synthTrace({ events: 1_000_000, seed: 7 }, {
      emit(ev) {
        rec.emit(ev);
        if (++emitted % 100_000 === 0) {
          reader.append(rec.takeChunk()!);
          stateAt(reader, reader.length - 1); // keyframes built while the trace is still growing
        }
      },
    });
    reader.append(rec.takeChunk()!);
    expect(reader.length).toBeGreaterThanOrEqual(1_000_000);
    const n = reader.length;
    const K = KEYFRAME_EVERY;
    const random = fc.sample(fc.integer({ min: 0, max: n - 1 }), { seed: 42, numRuns: 60 });
    const indices = [-1, 0, 1, K - 2, K - 1, K, K + 1, 3 * K - 1, n - 2, n - 1, ...random];
    const naive = naiveStates(reader, indices);
    for (const i of indices) expect(stateAt(reader, i), `index ${i}`).toEqual(naive.get(i));
  });

  it('reports the world a reader would show', () => {
    const rec = new TraceRecorder();
    synthTrace({ events: 3000, seed: 3, cores: 2 }, rec);
    const r = readRecorder(rec);
    const last = stateAt(r, r.length - 1);
    expect(last.end).toEqual({ exitCode: 0, reason: '' });
    expect(last.threads.every((th) => th.state === 'done')).toBe(true);
    expect(last.cores).toEqual([0, 0]);
    expect(outputIndices(r).length).toBe(last.output.events);
    expect(last.output.stdout.events + last.output.stderr.events).toBe(last.output.events);
    const mid = stateAtTime(r, r.time(1500));
    expect(mid.t).toBe(r.time(1500));
    expect(mid.index).toBeGreaterThanOrEqual(1500);
    for (const p of mid.processes) if (p.gilHolder) expect(mid.threads.find((th) => th.tid === p.gilHolder)?.state).toBe('running');
    expect(stateAt(r, -1).threads).toEqual([]);
    expect(() => stateAt(r, r.length)).toThrow(RangeError);
  });
});
