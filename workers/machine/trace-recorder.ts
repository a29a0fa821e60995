/**
 * TraceRecorder: the machine's TraceSink. Stores events in columns (Float64 times, Uint8 kind
 * codes, Uint8 flags, variable-width Int32 operands laid out by trace-layout.ts), a string table
 * (each distinct string once) and a side table of delta-coded int lists (trace-lists.ts).
 *
 * Streaming: `takeChunk()` returns what was added since the previous call as standalone typed
 * arrays (post them with `chunkTransferables(chunk)` as the transfer list) plus the strings
 * added since; trace-reader.ts rebuilds the trace from the chunks in order.
 *
 * Limits: past `maxEvents` or `maxBytes`, `emit` throws TraceLimitError before storing anything,
 * except for the 'end' event, which is always recorded so the trace says why the run stopped.
 */
import type { TraceEvent, TraceSink } from './trace-events';
import { FieldType, LAYOUT_BY_KIND, LIST_SLOT_COUNT, writeNum } from './trace-layout';
import { ListEncoder } from './trace-lists';

export interface TraceLimits {
  /** Default 4,000,000 events. */
  maxEvents?: number;
  /** Default 128 MiB (see byteSize()). */
  maxBytes?: number;
}

export const DEFAULT_MAX_EVENTS = 4_000_000;
export const DEFAULT_MAX_BYTES = 128 * 1024 * 1024;

export class TraceLimitError extends Error {
  constructor(readonly limit: 'events' | 'bytes', readonly events: number, readonly bytes: number, readonly max: number) {
    super(limit === 'events'
      ? `trace limit reached: ${events} events recorded (the limit is ${max} events)`
      : `trace limit reached: ${events} events, ${bytes} bytes recorded (the limit is ${max} bytes)`);
    this.name = 'TraceLimitError';
  }
}

/** Events [first, first + count) in transferable form. Lists and strings continue the tables. */
export interface TraceChunk {
  readonly first: number;
  readonly count: number;
  readonly times: Float64Array;
  readonly kinds: Uint8Array;
  readonly flags: Uint8Array;
  readonly ops: Int32Array;
  readonly listBase: number;
  readonly lists: Int32Array;
  readonly stringBase: number;
  readonly strings: readonly string[];
}

/** The buffers to pass as postMessage's transfer list. */
export function chunkTransferables(c: TraceChunk): ArrayBuffer[] {
  return [c.times.buffer, c.kinds.buffer, c.flags.buffer, c.ops.buffer, c.lists.buffer] as ArrayBuffer[];
}

type Column = Float64Array | Uint8Array | Int32Array;
function grown<T extends Column>(a: T, need: number): T {
  let cap = a.length * 2;
  while (cap < need) cap *= 2;
  const next = new (a.constructor as new (n: number) => T)(cap);
  next.set(a);
  return next;
}

export class TraceRecorder implements TraceSink {
  private times = new Float64Array(1024);
  private kinds = new Uint8Array(1024);
  private flags = new Uint8Array(1024);
  private ops = new Int32Array(4096);
  private n = 0;
  private nOps = 0;
  private readonly lists = new ListEncoder();
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private stringBytes = 0;
  private maxT = 0;
  private readonly skew = { events: 0, maxNs: 0 };
  // Where the previous chunk ended.
  private sent = { events: 0, ops: 0, lists: 0, strings: 0 };
  private readonly maxEvents: number;
  private readonly maxBytes: number;
  private readonly toId = (v: number | string): number => (typeof v === 'string' ? this.intern(v) : v);

  constructor(limits: TraceLimits = {}) {
    this.maxEvents = limits.maxEvents ?? DEFAULT_MAX_EVENTS;
    this.maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  }

  eventCount(): number {
    return this.n;
  }

  /** 8 (time) + 1 (kind) + 1 (flags) bytes per event, 4 per operand and list word, 2 per string char. */
  byteSize(): number {
    return this.n * 10 + this.nOps * 4 + this.lists.col.length * 4 + this.stringBytes;
  }

  emit(ev: TraceEvent): void {
    const layout = LAYOUT_BY_KIND.get(ev.k);
    if (!layout) throw new Error(`trace: unknown event kind '${String(ev.k)}'`);
    if (ev.k !== 'end') this.checkLimits();
    if (!(ev.t >= 0 && ev.t < Infinity)) throw new TypeError(`trace: ${ev.k}.t must be a finite time ≥ 0, got ${ev.t}`);
    const i = this.n;
    if (i === this.times.length) {
      this.times = grown(this.times, i + 1);
      this.kinds = grown(this.kinds, i + 1);
      this.flags = grown(this.flags, i + 1);
    }
    if (this.nOps + layout.width > this.ops.length) this.ops = grown(this.ops, this.nOps + layout.width);
    const o = this.nOps;
    const rec = ev as unknown as Record<string, unknown>;
    let flags = 0;
    for (const f of layout.fields) {
      const v = rec[f.name];
      switch (f.type) {
        case FieldType.Int:
          if (typeof v !== 'number' || (v | 0) !== v) throw new TypeError(`trace: ${ev.k}.${f.name} must be a 32-bit int, got ${String(v)}`);
          this.ops[o + f.at] = v;
          break;
        case FieldType.Num:
          if (typeof v !== 'number') throw new TypeError(`trace: ${ev.k}.${f.name} must be a number, got ${String(v)}`);
          writeNum(this.ops, o + f.at, v);
          break;
        case FieldType.Str:
          this.ops[o + f.at] = this.intern(String(v));
          break;
        case FieldType.Bool:
          if (v) flags |= 1 << f.at;
          break;
        case FieldType.Enum: {
          const idx = f.valueIndex.get(v as string);
          if (idx === undefined) throw new TypeError(`trace: ${ev.k}.${f.name} cannot be '${String(v)}'`);
          flags |= idx << f.at;
          break;
        }
        default: {
          const key = f.keyAt < 0 ? -1 : this.ops[o + f.keyAt] * LIST_SLOT_COUNT + f.listSlot;
          this.ops[o + f.at] = this.lists.put(key, v as readonly (number | string)[], this.toId);
        }
      }
    }
    this.times[i] = ev.t;
    this.kinds[i] = layout.code;
    this.flags[i] = flags;
    this.nOps += layout.width;
    this.n = i + 1;
    if (ev.t < this.maxT) {
      this.skew.events++;
      this.skew.maxNs = Math.max(this.skew.maxNs, this.maxT - ev.t);
    } else this.maxT = ev.t;
  }

  /**
   * Events emitted with a time earlier than an event before them, and by how much at most.
   * Index order is the machine's causal order; times may lag it by the cores' skew.
   */
  timeSkew(): { events: number; maxNs: number } {
    return { ...this.skew };
  }

  /** The events since the previous call (null when there are none). */
  takeChunk(): TraceChunk | null {
    if (this.sent.events === this.n) return null;
    const chunk = this.chunkFrom(this.sent);
    this.sent = { events: this.n, ops: this.nOps, lists: this.lists.col.length, strings: this.strings.length };
    return chunk;
  }

  /** The whole trace as one chunk (does not affect takeChunk's stream). */
  snapshot(): TraceChunk {
    return this.chunkFrom({ events: 0, ops: 0, lists: 0, strings: 0 });
  }

  private chunkFrom(from: { events: number; ops: number; lists: number; strings: number }): TraceChunk {
    return {
      first: from.events,
      count: this.n - from.events,
      times: this.times.slice(from.events, this.n),
      kinds: this.kinds.slice(from.events, this.n),
      flags: this.flags.slice(from.events, this.n),
      ops: this.ops.slice(from.ops, this.nOps),
      listBase: from.lists,
      lists: this.lists.col.words.slice(from.lists, this.lists.col.length),
      stringBase: from.strings,
      strings: this.strings.slice(from.strings),
    };
  }

  private intern(s: string): number {
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.stringIds.set(s, id);
      this.stringBytes += 2 * s.length;
    }
    return id;
  }

  private checkLimits(): void {
    if (this.n >= this.maxEvents) throw new TraceLimitError('events', this.n, this.byteSize(), this.maxEvents);
    const bytes = this.byteSize();
    if (bytes >= this.maxBytes) throw new TraceLimitError('bytes', this.n, bytes, this.maxBytes);
  }
}
