// Round trips of the trace encoding: random event sequences → recorder → chunks (cut at random
// points) → reader → decoded events equal the originals; plus limits and input checks.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TraceEvent } from './trace-events';
import { THREAD_STATES, OBJECT_KINDS, SPAN_KINDS, FUTURE_OPS } from './trace-layout';
import { TraceLimitError, TraceRecorder, chunkTransferables, type TraceChunk } from './trace-recorder';
import { decodeChunks, readRecorder } from './trace-reader';
import { EMPTY_LIST, ListEncoder, decodeList } from './trace-lists';

const int = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
const num = fc.oneof(int, fc.double(), fc.constantFrom(2 ** 40, 1e20, Infinity, -0.5));
const small = fc.integer({ min: 0, max: 6 });
const oid = fc.integer({ min: 0, max: 2 });
const str = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('a', 'b', 'item', ''));
type Edit = { tag: 'push' | 'shift' | 'pop' | 'front' | 'same'; v: string } | { tag: 'at'; pos: number; v: string } | { tag: 'del'; pos: number } | { tag: 'full'; list: string[] };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.record({ tag: fc.constant('push' as const), v: str }), weight: 6 },
  { arbitrary: fc.record({ tag: fc.constant('front' as const), v: str }), weight: 2 },
  { arbitrary: fc.record({ tag: fc.constantFrom('shift' as const, 'pop' as const, 'same' as const), v: str }), weight: 3 },
  { arbitrary: fc.record({ tag: fc.constant('at' as const), pos: fc.nat(40), v: str }), weight: 2 },
  { arbitrary: fc.record({ tag: fc.constant('del' as const), pos: fc.nat(40) }), weight: 2 },
  { arbitrary: fc.record({ tag: fc.constant('full' as const), list: fc.array(str, { maxLength: 6 }) }), weight: 1 },
);

/** Events whose `t` and lists are filled in afterwards (lists evolve per object by `edit`). */
const anyEvent = fc.oneof(
  fc.record({ k: fc.constant('process'), pid: int, name: str, ppid: int }),
  fc.record({ k: fc.constant('process-exit'), pid: int, exitCode: int }),
  fc.record({ k: fc.constant('span'), tid: int, kind: fc.constantFrom(...SPAN_KINDS), label: str, start: num }),
  fc.record({ k: fc.constant('future'), oid: int, tid: int, op: fc.constantFrom(...FUTURE_OPS), detail: str }),
  fc.record({ k: fc.constant('transfer'), tid: int, from: int, bytes: int, sent: num }),
  fc.record({ k: fc.constant('thread'), tid: int, pid: int, name: str, daemon: fc.boolean() }),
  fc.record({ k: fc.constant('thread-name'), tid: int, name: str }),
  fc.record({ k: fc.constant('state'), tid: small, state: fc.constantFrom(...THREAD_STATES), core: int, obj: int, line: int, file: str }),
  fc.record({ k: fc.constant('gil-take'), pid: int, tid: int }),
  fc.record({ k: fc.constant('gil-drop'), pid: int, tid: int, forced: fc.boolean() }),
  fc.record({ k: fc.constant('gil-request'), pid: int, tid: int, holder: int }),
  fc.record({ k: fc.constant('object'), oid: int, kind: fc.constantFrom(...OBJECT_KINDS), label: str, capacity: num }),
  fc.record({ k: fc.constant('lock'), oid, tid: int, op: fc.constantFrom('acquire', 'release', 'wait', 'timeout'), owner: int, count: int, edit }),
  fc.record({ k: fc.constant('sync'), oid, tid: int, op: str, value: num, edit }),
  fc.record({ k: fc.constant('queue'), oid, tid: int, op: fc.constantFrom('put', 'get'), item: str, edit }),
  fc.record({ k: fc.constant('output'), tid: int, stream: fc.constantFrom('stdout', 'stderr'), text: str }),
  fc.record({ k: fc.constant('exception'), tid: int, text: str }),
  fc.record({ k: fc.constant('end'), exitCode: int, reason: str }),
  fc.record({ k: fc.constant('machine'), cores: int, switchIntervalNs: num, version: str }),
);

const listEvent = fc.oneof(
  fc.record({ k: fc.constant('lock'), oid, tid: int, op: fc.constantFrom('acquire', 'release', 'wait', 'timeout'), owner: int, count: int, edit }),
  fc.record({ k: fc.constant('queue'), oid, tid: int, op: fc.constantFrom('put', 'get'), item: str, edit }),
);
const rawEvent = fc.oneof({ arbitrary: anyEvent, weight: 1 }, { arbitrary: listEvent, weight: 2 });

let serial = 0;
/** Mostly distinct items (so a wrong edit shows), some equal ones (ambiguous edits decode alike). */
const item = (v: string) => (v === 'a' ? v : `${v}#${serial++}`);

function applyEdit(list: string[], e: Edit): string[] {
  const l = list.slice();
  switch (e.tag) {
    case 'push': l.push(item(e.v)); break;
    case 'front': l.unshift(item(e.v)); break;
    case 'shift': l.shift(); break;
    case 'pop': l.pop(); break;
    case 'at': l.splice(Math.min(e.pos, l.length), 0, item(e.v)); break;
    case 'del': l.splice(e.pos % Math.max(1, l.length), 1); break;
    case 'full': return e.list.slice();
    case 'same': break;
  }
  return l;
}

const eventsArb = fc.tuple(fc.array(fc.tuple(rawEvent, fc.double({ min: 0, max: 1e9, noNaN: true })), { maxLength: 500 }), fc.array(fc.nat(300)))
  .map(([raws, cuts]) => {
    const lists = new Map<string, string[]>();
    let t = 0;
    const events = raws.map(([raw, dt]) => {
      t += dt + 0; // + 0 turns -0 into 0
      const { edit: e, ...rest } = raw as Record<string, unknown> & { edit?: Edit };
      const ev: Record<string, unknown> = { ...rest, t };
      if (e) {
        const key = `${ev.oid}:${ev.k === 'queue' ? 'c' : 'w'}`;
        const next = applyEdit(lists.get(key) ?? [], e);
        lists.set(key, next);
        if (ev.k === 'queue') ev.contents = next;
        else ev.waiters = next.map((s) => s.length * 7 - 3);
      }
      return ev as unknown as TraceEvent;
    });
    return { events, cuts: new Set(cuts) };
  });

describe('trace recorder', () => {
  it('round-trips random events through chunks', () => {
    fc.assert(fc.property(eventsArb, ({ events, cuts }) => {
      const rec = new TraceRecorder();
      const chunks: TraceChunk[] = [];
      events.forEach((ev, i) => {
        rec.emit(ev);
        if (cuts.has(i)) chunks.push(rec.takeChunk()!);
      });
      const last = rec.takeChunk();
      if (last) chunks.push(last);
      expect(rec.takeChunk()).toBeNull();
      const reader = decodeChunks(chunks);
      expect(reader.length).toBe(events.length);
      expect(rec.eventCount()).toBe(events.length);
      expect([...reader.events()]).toEqual(events);
      expect([...readRecorder(rec).events()]).toEqual(events);
    }), { seed: 20240611, numRuns: 200 });
  });

  it('decodes every kind of single edit, from deltas', () => {
    const enc = new ListEncoder();
    const id = (v: number | string) => Number(v);
    let list = [1, 2, 3, 4, 5, 6];
    const steps: ((l: number[]) => void)[] = [
      (l) => l.push(7), (l) => l.shift(), (l) => l.pop(), (l) => l.unshift(8), (l) => l.unshift(9),
      (l) => l.splice(2, 0, 10), (l) => l.splice(3, 1), (l) => l.pop(), (l) => l.shift(), (l) => l.push(11),
    ];
    let ref = enc.put(5, list, id);
    for (const step of steps) {
      const before = enc.col.length;
      list = list.slice();
      step(list);
      ref = enc.put(5, list, id);
      expect(enc.col.length - before).toBeLessThanOrEqual(3); // a delta, not a copy
      expect(decodeList(enc.col.words, ref)).toEqual(list);
    }
    expect(enc.put(5, list.slice(), id)).toBe(ref); // unchanged list: same reference
    expect(enc.put(5, [], id)).toBe(EMPTY_LIST);
    expect(decodeList(enc.col.words, EMPTY_LIST)).toEqual([]);
  });

  it('delta-codes a growing queue in O(1) words per event', () => {
    const rec = new TraceRecorder();
    const contents: string[] = [];
    for (let i = 0; i < 2000; i++) {
      contents.push(`item ${i}`);
      rec.emit({ k: 'queue', t: i, oid: 1, tid: 1, op: 'put', item: `item ${i}`, contents: contents.slice() });
    }
    for (let i = 0; i < 1000; i++) {
      const item = contents.shift()!;
      rec.emit({ k: 'queue', t: 2000 + i, oid: 1, tid: 2, op: 'get', item, contents: contents.slice() });
    }
    const r = readRecorder(rec);
    expect(r.get(1999)).toMatchObject({ contents: Array.from({ length: 2000 }, (_, i) => `item ${i}`) });
    expect((r.get(2999) as { contents: string[] }).contents).toEqual(contents);
    expect(r.lists.length / 3000).toBeLessThan(8);
  });

  it('chunks are transferable and standalone', () => {
    const rec = new TraceRecorder();
    rec.emit({ k: 'process', t: 0, pid: 1, name: 'MainProcess', ppid: 0 });
    const c = rec.takeChunk()!;
    const bufs = chunkTransferables(c);
    expect(bufs.every((b) => b instanceof ArrayBuffer)).toBe(true);
    const cloned = structuredClone(c, { transfer: bufs });
    expect(decodeChunks([cloned]).get(0)).toEqual({ k: 'process', t: 0, pid: 1, name: 'MainProcess', ppid: 0 });
  });

  it('throws TraceLimitError at the event limit but still records end', () => {
    const rec = new TraceRecorder({ maxEvents: 3 });
    for (let i = 0; i < 3; i++) rec.emit({ k: 'gil-take', t: i, pid: 1, tid: 1 });
    expect(() => rec.emit({ k: 'gil-take', t: 3, pid: 1, tid: 1 })).toThrow(TraceLimitError);
    expect(() => rec.emit({ k: 'gil-take', t: 3, pid: 1, tid: 1 })).toThrow('trace limit reached: 3 events');
    rec.emit({ k: 'end', t: 4, exitCode: 1, reason: 'trace limit reached' });
    expect(rec.eventCount()).toBe(4);
  });

  it('throws TraceLimitError at the byte limit', () => {
    const rec = new TraceRecorder({ maxBytes: 1000 });
    let err: unknown;
    try {
      for (let i = 0; i < 1000; i++) rec.emit({ k: 'output', t: i, tid: 1, stream: 'stdout', text: `line ${i}\n` });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TraceLimitError);
    expect((err as TraceLimitError).limit).toBe('bytes');
    expect(rec.byteSize()).toBeGreaterThanOrEqual(1000);
  });

  it('rejects malformed events', () => {
    const rec = new TraceRecorder();
    expect(() => rec.emit({ k: 'gil-take', t: 0, pid: 1.5, tid: 1 })).toThrow('32-bit int');
    expect(() => rec.emit({ k: 'state', t: 0, tid: 1, state: 'napping' as never, core: 0, obj: 0, line: 1, file: 'x' })).toThrow("cannot be 'napping'");
    expect(() => rec.emit({ k: 'gil-take', t: NaN, pid: 1, tid: 1 })).toThrow('finite time');
    expect(() => rec.emit({ k: 'gil-take', t: -1, pid: 1, tid: 1 })).toThrow('finite time');
  });

  it('accepts times out of emission order and reports the skew', () => {
    const rec = new TraceRecorder();
    for (const t of [0, 100, 41_000, 200, 40_990, 41_000, 41_050, 41_010]) rec.emit({ k: 'gil-take', t, pid: 1, tid: 1 });
    expect(rec.timeSkew()).toEqual({ events: 3, maxNs: 40_800 });
    const r = readRecorder(rec);
    expect(Array.from(r.clock.subarray(0, r.length))).toEqual([0, 100, 41_000, 41_000, 41_000, 41_000, 41_050, 41_050]);
    expect(r.indexAtTime(-1)).toBe(-1);
    expect(r.indexAtTime(150)).toBe(1); // event 3 (t = 200) comes after event 2 (t = 41,000)
    expect(r.indexAtTime(41_000)).toBe(5);
    expect(r.indexAtTime(1e9)).toBe(7);
  });
});
