/**
 * TraceReader: the trace rebuilt from the recorder's chunks (in the UI, from the worker's posted
 * chunks; in the CLI, from `recorder.snapshot()`). Append-only, so indices, keyframes and views
 * built on it stay valid as chunks arrive. Random access: `get(i)` decodes one event; the raw
 * columns are public for folds that must not allocate (trace-state.ts).
 */
import type { TraceEvent, TraceEventKind } from './trace-events';
import { FieldType, KIND_LAYOUTS, WIDTHS, readNum } from './trace-layout';
import { decodeList, IntColumn } from './trace-lists';
import type { TraceChunk } from './trace-recorder';

export class TraceReader {
  /** Number of events. Columns below are valid for indices < length. */
  length = 0;
  times = new Float64Array(1024);
  /** Running maximum of times: the virtual time reached at each event (monotonic even when times are not). */
  clock = new Float64Array(1024);
  kinds = new Uint8Array(1024);
  flags = new Uint8Array(1024);
  /** Operand offset of each event (reader-side index, not transferred). */
  opStart = new Uint32Array(1024);
  readonly ops = new IntColumn(4096);
  readonly lists = new IntColumn(1024);
  readonly strings: string[] = [];

  append(c: TraceChunk): void {
    if (c.first !== this.length || c.listBase !== this.lists.length || c.stringBase !== this.strings.length) {
      throw new Error(`trace: chunk out of order (chunk starts at event ${c.first}, reader has ${this.length})`);
    }
    const n = this.length + c.count;
    if (n > this.times.length) {
      let cap = this.times.length * 2;
      while (cap < n) cap *= 2;
      const grow = <T extends Float64Array | Uint8Array | Uint32Array>(a: T, make: (k: number) => T): T => {
        const next = make(cap);
        next.set(a.subarray(0, this.length) as never);
        return next;
      };
      this.times = grow(this.times, (k) => new Float64Array(k));
      this.clock = grow(this.clock, (k) => new Float64Array(k));
      this.kinds = grow(this.kinds, (k) => new Uint8Array(k));
      this.flags = grow(this.flags, (k) => new Uint8Array(k));
      this.opStart = grow(this.opStart, (k) => new Uint32Array(k));
    }
    this.times.set(c.times, this.length);
    this.kinds.set(c.kinds, this.length);
    this.flags.set(c.flags, this.length);
    let reached = this.length ? this.clock[this.length - 1] : 0;
    for (let i = 0; i < c.count; i++) this.clock[this.length + i] = reached = Math.max(reached, c.times[i]);
    let o = this.ops.length;
    for (let i = 0; i < c.count; i++) {
      this.opStart[this.length + i] = o;
      const code = c.kinds[i];
      if (code >= WIDTHS.length) throw new Error(`trace: unknown kind code ${code} at event ${this.length + i}`);
      o += WIDTHS[code];
    }
    if (o - this.ops.length !== c.ops.length) throw new Error('trace: chunk operand count does not match its kinds');
    this.ops.reserve(c.ops.length);
    this.ops.words.set(c.ops, this.ops.length);
    this.ops.length = o;
    this.lists.reserve(c.lists.length);
    this.lists.words.set(c.lists, this.lists.length);
    this.lists.length += c.lists.length;
    for (const s of c.strings) this.strings.push(s);
    this.length = n;
  }

  time(i: number): number {
    return this.times[i];
  }

  kind(i: number): TraceEventKind {
    return KIND_LAYOUTS[this.kinds[i]].kind;
  }

  /** Operand `j` of event `i` (see trace-layout.ts operandOf). */
  op(i: number, j: number): number {
    return this.ops.words[this.opStart[i] + j];
  }

  string(id: number): string {
    return this.strings[id];
  }

  /** The ids of an int list reference (waiters). */
  list(ref: number): number[] {
    return decodeList(this.lists.words, ref);
  }

  /** The strings of a string-list reference (queue contents). */
  stringList(ref: number): string[] {
    return decodeList(this.lists.words, ref).map((id) => this.strings[id]);
  }

  /** The last event index such that it and every event before it have time ≤ t (-1: none). */
  indexAtTime(t: number): number {
    let lo = 0;
    let hi = this.length; // first index with clock > t lies in [lo, hi]
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.clock[mid] <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Event `i` as a plain object, exactly as it was emitted. */
  get(i: number): TraceEvent {
    if (!(i >= 0 && i < this.length)) throw new RangeError(`trace: no event ${i} (length ${this.length})`);
    const layout = KIND_LAYOUTS[this.kinds[i]];
    const base = this.opStart[i];
    const w = this.ops.words;
    const flags = this.flags[i];
    const ev: Record<string, unknown> = { k: layout.kind, t: this.times[i] };
    for (const f of layout.fields) {
      switch (f.type) {
        case FieldType.Int: ev[f.name] = w[base + f.at]; break;
        case FieldType.Num: ev[f.name] = readNum(w, base + f.at); break;
        case FieldType.Str: ev[f.name] = this.strings[w[base + f.at]]; break;
        case FieldType.Bool: ev[f.name] = ((flags >>> f.at) & 1) === 1; break;
        case FieldType.Enum: ev[f.name] = f.values[(flags >>> f.at) & f.mask]; break;
        case FieldType.IntList: ev[f.name] = this.list(w[base + f.at]); break;
        case FieldType.StrList: ev[f.name] = this.stringList(w[base + f.at]); break;
      }
    }
    return ev as unknown as TraceEvent;
  }

  /** All events, decoded (tests and small exports only). */
  *events(from = 0, to = this.length): IterableIterator<TraceEvent> {
    for (let i = from; i < to; i++) yield this.get(i);
  }
}

/** A reader holding every chunk, appended in order. */
export function decodeChunks(chunks: Iterable<TraceChunk>): TraceReader {
  const r = new TraceReader();
  for (const c of chunks) r.append(c);
  return r;
}

/** A reader over everything a recorder holds (CLI exports, tests). */
export function readRecorder(rec: { snapshot(): TraceChunk }): TraceReader {
  return decodeChunks([rec.snapshot()]);
}
