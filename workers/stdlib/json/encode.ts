/**
 * JSON encoding as CPython's json.encoder does it: separators and indent, sort_keys, skipkeys,
 * ensure_ascii escaping, allow_nan, circular-reference detection, dict keys converted from
 * int/float/bool/None, and `default` (or a JSONEncoder subclass's default method) for other
 * objects — with the same error messages.
 */
import type { PyValue } from '../../python/objects/object';
import { None, typeOf } from '../../python/objects/core-types';
import { PyIntSub } from '../../python/objects/int-sub';
import { PyFloat } from '../../python/objects/float';
import { PyList } from '../../python/objects/list';
import { PyTuple } from '../../python/objects/tuple';
import { PyDict } from '../../python/objects/dict';
import { typeError, valueError } from '../../python/runtime/errors';
import { pyCall } from '../../python/ops/call';
import { pyLt } from '../../python/ops/compare';
import { floatRepr } from '../../python/numfmt/double-to-string';
import { intToStr } from '../../python/numfmt/int-to-str';
import type { NativeGen } from '../../python/vm/native';

export interface EncodeOptions {
  skipkeys: boolean;
  ensureAscii: boolean;
  checkCircular: boolean;
  allowNan: boolean;
  indent: string | null;
  itemSep: string;
  keySep: string;
  sortKeys: boolean;
  /** Called for unsupported objects (returns a serialisable replacement); null → TypeError. */
  defaultFn: ((o: PyValue) => NativeGen) | null;
}

const SHORT: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function encodeString(s: string, ensureAscii: boolean): string {
  const re = ensureAscii ? /[\\"\u0000-\u001f\u007f-\uffff]/g : /[\\"\u0000-\u001f]/g;
  return '"' + s.replace(re, (c) => SHORT[c] ?? '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) + '"';
}

function floatText(v: number, allowNan: boolean): string {
  if (Number.isFinite(v)) return floatRepr(v);
  if (!allowNan) valueError('Out of range float values are not JSON compliant');
  return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
}

function intText(v: number | bigint): string {
  return typeof v === 'bigint' ? intToStr(v) : String(v);
}

function isDict(o: PyValue): o is PyDict {
  return o instanceof PyDict;
}

export function* encodeValue(o: PyValue, opts: EncodeOptions): NativeGen<string> {
  const parts: string[] = [];
  const markers = new Set<PyValue>();
  yield* enc(o, 0, parts, markers, opts);
  return parts.join('');
}

function* enc(o: PyValue, level: number, out: string[], markers: Set<PyValue>, opts: EncodeOptions): NativeGen<void> {
  if (typeof o === 'string') {
    out.push(encodeString(o, opts.ensureAscii));
    return;
  }
  if (o === None) return void out.push('null');
  if (o === true) return void out.push('true');
  if (o === false) return void out.push('false');
  if (typeof o === 'number' || typeof o === 'bigint') return void out.push(intText(o));
  if (o instanceof PyFloat) return void out.push(floatText(o.v, opts.allowNan));
  if (o instanceof PyIntSub) return void out.push(intText(o.v)); // int.__repr__, as CPython's encoder
  if (o instanceof PyList || o instanceof PyTuple) return yield* encList(o.items, o, level, out, markers, opts);
  if (isDict(o)) return yield* encDict(o, level, out, markers, opts);
  if (opts.checkCircular) {
    if (markers.has(o)) valueError('Circular reference detected');
    markers.add(o);
  }
  if (opts.defaultFn === null) typeError(`Object of type ${typeOf(o).name} is not JSON serializable`);
  const replacement = yield* opts.defaultFn!(o);
  yield* enc(replacement, level, out, markers, opts);
  if (opts.checkCircular) markers.delete(o);
}

function newline(opts: EncodeOptions, level: number): string {
  return '\n' + opts.indent!.repeat(level);
}

function* encList(items: PyValue[], self: PyValue, level: number, out: string[], markers: Set<PyValue>, opts: EncodeOptions): NativeGen<void> {
  if (items.length === 0) return void out.push('[]');
  if (opts.checkCircular) {
    if (markers.has(self)) valueError('Circular reference detected');
    markers.add(self);
  }
  out.push('[');
  const sep = opts.indent === null ? opts.itemSep : opts.itemSep + newline(opts, level + 1);
  if (opts.indent !== null) out.push(newline(opts, level + 1));
  let first = true;
  for (const v of items.slice()) {
    if (!first) out.push(sep);
    first = false;
    yield* enc(v, level + 1, out, markers, opts);
  }
  if (opts.indent !== null) out.push(newline(opts, level));
  out.push(']');
  if (opts.checkCircular) markers.delete(self);
}

function* encDict(d: PyDict, level: number, out: string[], markers: Set<PyValue>, opts: EncodeOptions): NativeGen<void> {
  if (d.size === 0) return void out.push('{}');
  if (opts.checkCircular) {
    if (markers.has(d)) valueError('Circular reference detected');
    markers.add(d);
  }
  let pairs: [PyValue, PyValue][] = [];
  for (let i = 0; i < d.ks.length; i++) if (d.ks[i] !== undefined) pairs.push([d.ks[i]!, d.vs[i]!]);
  if (opts.sortKeys) pairs = yield* sortPairs(pairs);
  out.push('{');
  const sep = opts.indent === null ? opts.itemSep : opts.itemSep + newline(opts, level + 1);
  if (opts.indent !== null) out.push(newline(opts, level + 1));
  let first = true;
  for (const [k, v] of pairs) {
    let key: string;
    if (typeof k === 'string') key = k;
    else if (k instanceof PyFloat) key = floatText(k.v, opts.allowNan);
    else if (k === true) key = 'true';
    else if (k === false) key = 'false';
    else if (k === None) key = 'null';
    else if (typeof k === 'number' || typeof k === 'bigint') key = intText(k);
    else if (k instanceof PyIntSub) key = intText(k.v);
    else if (opts.skipkeys) continue;
    else return typeError(`keys must be str, int, float, bool or None, not ${typeOf(k).name}`);
    if (!first) out.push(sep);
    first = false;
    out.push(encodeString(key, opts.ensureAscii), opts.keySep);
    yield* enc(v, level + 1, out, markers, opts);
  }
  if (opts.indent !== null) out.push(newline(opts, level));
  out.push('}');
  if (opts.checkCircular) markers.delete(d);
}

/** sorted(d.items()) by key with Python's ordering (a stable merge sort calling __lt__). */
export function* sortPairs<T>(items: [PyValue, T][]): NativeGen<[PyValue, T][]> {
  if (items.length <= 1) return items;
  const mid = items.length >> 1;
  const a = yield* sortPairs(items.slice(0, mid));
  const b = yield* sortPairs(items.slice(mid));
  const out: [PyValue, T][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (yield* pyLt(b[j][0], a[i][0])) out.push(b[j++]);
    else out.push(a[i++]);
  }
  return out.concat(a.slice(i), b.slice(j));
}

/** `default=` as a Python callable. */
export function callableDefault(f: PyValue): (o: PyValue) => NativeGen {
  return function* (o: PyValue) {
    return yield* pyCall(f, [o]);
  };
}

