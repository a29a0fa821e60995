/**
 * The binary layout of trace events: for every event kind, which fields become 32-bit operands
 * (ints, string-table ids, list references) and which are packed into the event's one flags byte
 * (booleans, small enums). The recorder encodes and the reader decodes with these tables, and
 * docs/trace.md describes them. Kind codes are the order of LAYOUT: append new kinds at the end.
 *
 * The mapped types force every field of every event in trace-events.ts to appear exactly once, so
 * adding a field to the contract without giving it a place here is a type error.
 */
import type { FutureOp, SpanKind, TaskOp, ThreadRunState, TracedObjectKind, TraceEvent, TraceEventKind } from './trace-events';

type Ev<K extends TraceEventKind> = Extract<TraceEvent, { k: K }>;
type FieldName<K extends TraceEventKind> = Exclude<keyof Ev<K>, 'k' | 't'> & string;

/** How one field is stored. */
export type FieldKind =
  | 'int' // one Int32 operand
  | 'num' // any JS number, as a float64 in two operands (values Python may make huge)
  | 'str' // one operand: a string-table id
  | 'bool' // one bit of the flags byte
  | { readonly enum: readonly string[] } // ceil(log2(n)) bits of the flags byte
  | { readonly list: 'int' | 'str'; readonly keyBy?: string }; // one operand: a list reference

const INT = 'int';
const NUM = 'num';
const STR = 'str';
const BOOL = 'bool';

export const THREAD_STATES = ['running', 'gil-wait', 'ready', 'blocked', 'sleeping', 'io', 'done'] as const satisfies readonly ThreadRunState[];
export const OBJECT_KINDS = [
  'lock', 'rlock', 'condition', 'semaphore', 'bounded-semaphore', 'event', 'barrier',
  'queue', 'lifo-queue', 'priority-queue', 'simple-queue', 'thread', 'process-queue',
] as const satisfies readonly TracedObjectKind[];
export const TASK_OPS = ['create', 'run', 'wait', 'ready', 'done'] as const satisfies readonly TaskOp[];
export const SPAN_KINDS = ['pickle', 'unpickle', 'startup', 'task'] as const satisfies readonly SpanKind[];
export const FUTURE_OPS = ['create', 'run', 'done'] as const satisfies readonly FutureOp[];
// Compile-time check that the arrays above list every member of their union.
type Missing<U, A extends readonly unknown[]> = Exclude<U, A[number]>;
const allStates: Missing<ThreadRunState, typeof THREAD_STATES> extends never ? true : never = true;
const allObjects: Missing<TracedObjectKind, typeof OBJECT_KINDS> extends never ? true : never = true;
const allTaskOps: Missing<TaskOp, typeof TASK_OPS> extends never ? true : never = true;
const allSpanKinds: Missing<SpanKind, typeof SPAN_KINDS> extends never ? true : never = true;
const allFutureOps: Missing<FutureOp, typeof FUTURE_OPS> extends never ? true : never = true;
void allStates; void allObjects; void allTaskOps; void allSpanKinds; void allFutureOps;

/** Lists with a `keyBy` are delta-coded against the previous list of the same object and field. */
const WAITERS = { list: 'int', keyBy: 'oid' } as const;

export const LAYOUT: { readonly [K in TraceEventKind]: { readonly [F in FieldName<K>]-?: FieldKind } } = {
  process: { pid: INT, name: STR, ppid: INT },
  thread: { tid: INT, pid: INT, name: STR, daemon: BOOL },
  'thread-name': { tid: INT, name: STR },
  state: { tid: INT, state: { enum: THREAD_STATES }, core: INT, obj: INT, line: INT, file: STR },
  'gil-take': { pid: INT, tid: INT },
  'gil-drop': { pid: INT, tid: INT, forced: BOOL },
  'gil-request': { pid: INT, tid: INT, holder: INT },
  object: { oid: INT, kind: { enum: OBJECT_KINDS }, label: STR, capacity: NUM },
  lock: { oid: INT, tid: INT, op: { enum: ['acquire', 'release', 'wait', 'timeout'] }, owner: INT, count: INT, waiters: WAITERS },
  sync: { oid: INT, tid: INT, op: STR, value: NUM, waiters: WAITERS },
  queue: { oid: INT, tid: INT, op: { enum: ['put', 'get'] }, item: STR, contents: { list: 'str', keyBy: 'oid' } },
  output: { tid: INT, stream: { enum: ['stdout', 'stderr'] }, text: STR },
  exception: { tid: INT, text: STR },
  end: { exitCode: INT, reason: STR },
  machine: { cores: INT, switchIntervalNs: NUM, version: STR },
  task: { oid: INT, tid: INT, op: { enum: TASK_OPS }, name: STR, detail: STR },
  loop: { tid: INT, ready: { list: 'str', keyBy: 'tid' }, timers: { list: 'str', keyBy: 'tid' } },
  'process-exit': { pid: INT, exitCode: INT },
  span: { tid: INT, kind: { enum: SPAN_KINDS }, label: STR, start: NUM },
  future: { oid: INT, tid: INT, op: { enum: FUTURE_OPS }, detail: STR },
  transfer: { tid: INT, from: INT, bytes: INT, sent: NUM },
};

export enum FieldType { Int, Str, Bool, Enum, IntList, StrList, Num }

/** A field after layout: where its value lives in the event's operands or flags byte. */
export interface CompiledField {
  readonly name: string;
  readonly type: FieldType;
  /** Operand index (Int, Str, lists) or bit shift in the flags byte (Bool, Enum). */
  readonly at: number;
  readonly mask: number;
  readonly values: readonly string[];
  readonly valueIndex: ReadonlyMap<string, number>;
  /** Lists: the operand index of the key field, and which list of the object this is. */
  readonly keyAt: number;
  readonly listSlot: number;
}

export interface KindLayout {
  readonly kind: TraceEventKind;
  readonly code: number;
  /** Number of Int32 operands. */
  readonly width: number;
  readonly fields: readonly CompiledField[];
}

const LIST_SLOTS: string[] = [];

function compileKind(kind: TraceEventKind, code: number): KindLayout {
  const spec = LAYOUT[kind] as Record<string, FieldKind>;
  const names = Object.keys(spec);
  const fields: CompiledField[] = [];
  let operand = 0;
  let bit = 0;
  for (const name of names) {
    const f = spec[name];
    let type: FieldType;
    let at: number;
    let mask = 0;
    let values: readonly string[] = [];
    let keyAt = -1;
    let listSlot = -1;
    if (f === 'int' || f === 'str') {
      type = f === 'int' ? FieldType.Int : FieldType.Str;
      at = operand++;
    } else if (f === 'num') {
      type = FieldType.Num;
      at = operand;
      operand += 2;
    } else if (f === 'bool' || 'enum' in f) {
      values = f === 'bool' ? [] : f.enum;
      const bits = f === 'bool' ? 1 : Math.max(1, Math.ceil(Math.log2(values.length)));
      type = f === 'bool' ? FieldType.Bool : FieldType.Enum;
      at = bit;
      mask = (1 << bits) - 1;
      bit += bits;
    } else {
      type = f.list === 'int' ? FieldType.IntList : FieldType.StrList;
      at = operand++;
      if (f.keyBy !== undefined) {
        const key = fields.find((x) => x.name === f.keyBy);
        if (!key || key.type !== FieldType.Int) throw new Error(`trace layout: ${kind}.${name} keyBy must name an earlier int field`);
        keyAt = key.at;
        if (!LIST_SLOTS.includes(name)) LIST_SLOTS.push(name);
        listSlot = LIST_SLOTS.indexOf(name);
      }
    }
    fields.push({ name, type, at, mask, values, valueIndex: new Map(values.map((v, i) => [v, i])), keyAt, listSlot });
  }
  if (bit > 8) throw new Error(`trace layout: ${kind} needs ${bit} flag bits (max 8)`);
  return { kind, code, width: operand, fields };
}

export const KINDS = Object.keys(LAYOUT) as TraceEventKind[];
export const KIND_LAYOUTS: readonly KindLayout[] = KINDS.map((k, i) => compileKind(k, i));
export const LAYOUT_BY_KIND = new Map<string, KindLayout>(KIND_LAYOUTS.map((l) => [l.kind, l]));
/** Operand count per kind code (for walking the variable-width operand column). */
export const WIDTHS = Uint8Array.from(KIND_LAYOUTS, (l) => l.width);
/** How many distinct list slots exist (list keys are oid * LIST_SLOT_COUNT + slot). */
export const LIST_SLOT_COUNT = Math.max(1, LIST_SLOTS.length);

/** The kind code of `kind`. */
export function kindCode(kind: TraceEventKind): number {
  return LAYOUT_BY_KIND.get(kind)!.code;
}

function field(kind: TraceEventKind, name: string): CompiledField {
  const f = LAYOUT_BY_KIND.get(kind)!.fields.find((x) => x.name === name);
  if (!f) throw new Error(`trace layout: ${kind} has no field ${name}`);
  return f;
}

// Float64 <-> two Int32 operands (native byte order: chunks never leave the machine that made them).
const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);

export function writeNum(words: Int32Array, at: number, v: number): void {
  f64[0] = v;
  words[at] = i32[0];
  words[at + 1] = i32[1];
}

export function readNum(words: Int32Array, at: number): number {
  i32[0] = words[at];
  i32[1] = words[at + 1];
  return f64[0];
}

/** Operand index of `kind.name` (for readers that fold raw columns). */
export function operandOf(kind: TraceEventKind, name: string): number {
  const f = field(kind, name);
  if (f.type === FieldType.Bool || f.type === FieldType.Enum) throw new Error(`trace layout: ${kind}.${name} is a flag`);
  return f.at;
}

/** Reads flag field `kind.name` (enum index or 0/1) out of a flags byte. */
export function flagReader(kind: TraceEventKind, name: string): (flags: number) => number {
  const f = field(kind, name);
  if (f.type !== FieldType.Bool && f.type !== FieldType.Enum) throw new Error(`trace layout: ${kind}.${name} is an operand`);
  const { at, mask } = f;
  return (flags) => (flags >>> at) & mask;
}
