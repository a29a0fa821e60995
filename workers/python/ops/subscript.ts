/** Subscription (x[k], x[k] = v, del x[k]), slices, operator.index and the `in` operator. */
import { type PyValue, STOP } from '../objects/object';
import { typeOf, None, listType, tupleType, dictType, rangeType, bytesType, setType, frozensetType } from '../objects/core-types';
import { PyList } from '../objects/list';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyDict, fastKey, NO_FAST } from '../objects/dict';
import { PyRange, PySlice } from '../objects/range';
import { PyBytes } from '../objects/bytes';
import { PySet, setContainsFast } from '../objects/set';
import { PyType } from '../objects/type';
import { PyBuiltin } from '../objects/builtin';
import { cpLength, cpAt, cpSliceStep, isBmp } from '../objects/strutil';
import type { NativeGen } from '../vm/native';
import { callMethod, bindDescriptor, pyCall } from './call';
import { typeError, indexError, keyError, valueError, overflowError } from '../runtime/errors';
import { NEED_GEN } from './attr';
import { pyEq } from './compare';
import { pyIter, pyNext } from './iter';
import { pyTruthy } from './truth';
import { normBig } from '../objects/object';
import { PyIntSub } from '../objects/int-sub';
import { warnDeprecation, strictIntSubclassMessage } from '../runtime/warn';
import { charge, NK } from '../runtime/cost';

/** operator.index(x) for ints and bools (sync); null when __index__ would be needed. */
export function indexFast(x: PyValue): number | bigint | null {
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  // _PyNumber_Index takes any int subclass instance's value as is (never its __index__).
  if (x instanceof PyIntSub) return x.v;
  return null;
}

export function* pyIndex(x: PyValue): NativeGen<number | bigint> {
  const f = indexFast(x);
  if (f !== null) return f;
  const t = typeOf(x);
  const m = t.lookup('__index__');
  if (m === undefined) typeError(`'${t.name}' object cannot be interpreted as an integer`);
  const r = yield* callMethod(m as PyValue, x, []);
  const ri = indexFast(r);
  if (ri === null) typeError(`__index__ returned non-int (type ${typeOf(r).name})`);
  if (r instanceof PyIntSub || typeof r === 'boolean') yield* warnDeprecation(strictIntSubclassMessage('__index__', typeOf(r).name));
  return ri!;
}

/**
 * An int argument converted to a C int (CPython's _PyLong_AsInt over __index__): TypeError for
 * non-integers, "Python int too large to convert to C int" outside [-2**31, 2**31).
 */
export function* pyAsCInt(x: PyValue): NativeGen<number> {
  const i = yield* pyIndex(x);
  if (typeof i === 'bigint' || i > 2147483647 || i < -2147483648) overflowError('Python int too large to convert to C int');
  return i as number;
}

/**
 * An int argument converted to Py_ssize_t (Argument Clinic's Py_ssize_t converter:
 * _PyNumber_Index then PyLong_AsSsize_t): "Python int too large to convert to C ssize_t". The
 * result is a JS number (exact up to 2**53; beyond that only its size matters to callers).
 */
export function* pyAsSsize(x: PyValue): NativeGen<number> {
  const i = yield* pyIndex(x);
  if (typeof i === 'bigint' && (i >= 2n ** 63n || i < -(2n ** 63n))) overflowError('Python int too large to convert to C ssize_t');
  return Number(i);
}

/** Normalize a sequence index; throws IndexError with `what` ("list index out of range"). */
export function seqIndex(i: number | bigint, len: number, what: string): number {
  if (typeof i === 'bigint') indexError(i >= 2n ** 63n || i < -(2n ** 63n) ? "cannot fit 'int' into an index-sized integer" : what);
  let j = i as number;
  if (j < 0) j += len;
  if (j < 0 || j >= len) indexError(what);
  return j;
}

/** A slice bound only its __index__ can convert (sliceIndices is synchronous and cannot call it). */
function needsIndexCall(v: PyValue): boolean {
  return typeof v === 'object' && v !== None && !(v instanceof PyIntSub) && v.cls.lookup('__index__') !== undefined;
}

/** Whether a slice has a bound that needs a call of __index__ (see resolveSlice). */
export function sliceNeedsIndex(s: PySlice): boolean {
  return needsIndexCall(s.start) || needsIndexCall(s.stop) || needsIndexCall(s.step);
}

/** The slice with its __index__ bounds converted to ints (for the natives that use sliceIndices). */
export function* resolveSlice(s: PySlice): NativeGen<PySlice> {
  const conv = function* (v: PyValue): NativeGen {
    return needsIndexCall(v) ? yield* pyIndex(v) : v;
  };
  const start = yield* conv(s.start);
  const stop = yield* conv(s.stop);
  const step = yield* conv(s.step);
  return new PySlice(start, stop, step);
}

function sliceBound(v: PyValue): number | bigint | null {
  if (v === None) return null;
  const i = indexFast(v);
  if (i === null) typeError('slice indices must be integers or None or have an __index__ method');
  return i;
}

function clampBig(x: number | bigint): number {
  if (typeof x === 'number') return x;
  return x > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/** slice.indices(len): [start, stop, step, slicelength] (CPython's PySlice_GetIndicesEx). */
export function sliceIndices(s: PySlice, len: number): [number, number, number, number] {
  const stepB = sliceBound(s.step);
  let step = stepB === null ? 1 : clampBig(stepB);
  if (step === 0) valueError('slice step cannot be zero');
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? len - 1 : len;
  const adjust = (v: number | bigint | null, dflt: number): number => {
    if (v === null) return dflt;
    let x = clampBig(v);
    if (x < 0) {
      x += len;
      if (x < lower) x = lower;
    } else if (x > upper) x = upper;
    return x;
  };
  const start = adjust(sliceBound(s.start), step < 0 ? upper : lower);
  const stop = adjust(sliceBound(s.stop), step < 0 ? lower : upper);
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

function sliceArray(items: PyValue[], s: PySlice): PyValue[] {
  const [start, stop, step, n] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, stop);
  const out = new Array<PyValue>(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
  return out;
}

function sliceBytes(b: Uint8Array, s: PySlice): Uint8Array {
  const [start, stop, step, n] = sliceIndices(s, b.length);
  if (step === 1) return b.slice(start, stop);
  const out = new Uint8Array(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = b[j];
  return out;
}

export function rangeLength(r: PyRange): number | bigint {
  const { start, stop, step } = r;
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const a = BigInt(start), b = BigInt(stop), c = BigInt(step);
  if (c > 0n) return a < b ? normBig((b - a - 1n) / c + 1n) : 0;
  return a > b ? normBig((a - b - 1n) / -c + 1n) : 0;
}

function rangeItem(r: PyRange, i: number | bigint): PyValue {
  const n = rangeLength(r);
  if (typeof n === 'bigint' || typeof i === 'bigint') {
    let I = BigInt(i);
    const N = BigInt(n);
    if (I < 0n) I += N;
    if (I < 0n || I >= N) indexError('range object index out of range');
    return normBig(BigInt(r.start) + I * BigInt(r.step));
  }
  const j = seqIndex(i, n, 'range object index out of range');
  const v = (r.start as number) + j * (r.step as number);
  return Number.isSafeInteger(v) ? v : normBig(BigInt(r.start) + BigInt(j) * BigInt(r.step));
}

function rangeSlice(r: PyRange, s: PySlice): PyRange {
  const n = rangeLength(r);
  const [start, stop, step] = sliceIndices(s, typeof n === 'number' ? n : Number.MAX_SAFE_INTEGER);
  const st = BigInt(r.step);
  return new PyRange(
    normBig(BigInt(r.start) + BigInt(start) * st),
    normBig(BigInt(r.start) + BigInt(stop) * st),
    normBig(BigInt(step) * st),
  );
}

/** x[k] for exact built-in containers without Python code, or NEED_GEN. */
export function getItemFast(o: PyValue, k: PyValue): PyValue | typeof NEED_GEN {
  if (typeof o === 'string') {
    const i = indexFast(k);
    if (i !== null) {
      if (isBmp(o)) {
        const j = seqIndex(i, o.length, 'string index out of range');
        return o[j];
      }
      return cpAt(o, seqIndex(i, cpLength(o), 'string index out of range'));
    }
    if (k instanceof PySlice) {
      if (sliceNeedsIndex(k)) return NEED_GEN;
      const [start, stop, step] = sliceIndices(k, cpLength(o));
      return cpSliceStep(o, start, stop, step);
    }
    if (typeof k === 'object' && k.cls.lookup('__index__') !== undefined) return NEED_GEN;
    typeError(`string indices must be integers, not '${typeOf(k).name}'`);
  }
  if (typeof o !== 'object') return NEED_GEN;
  const t = o.cls;
  if (t === listType) {
    const items = (o as PyList).items;
    const i = indexFast(k);
    if (i !== null) return items[seqIndex(i, items.length, 'list index out of range')];
    if (k instanceof PySlice) return sliceNeedsIndex(k) ? NEED_GEN : new PyList(sliceArray(items, k));
    if (typeof k === 'object' && k.cls.lookup('__index__') !== undefined) return NEED_GEN;
    typeError(`list indices must be integers or slices, not ${typeOf(k).name}`);
  }
  if (t === tupleType) {
    const items = (o as PyTuple).items;
    const i = indexFast(k);
    if (i !== null) return items[seqIndex(i, items.length, 'tuple index out of range')];
    if (k instanceof PySlice) return sliceNeedsIndex(k) ? NEED_GEN : newTuple(sliceArray(items, k));
    if (typeof k === 'object' && k.cls.lookup('__index__') !== undefined) return NEED_GEN;
    typeError(`tuple indices must be integers or slices, not ${typeOf(k).name}`);
  }
  if (t === dictType) {
    const fk = fastKey(k);
    if (fk === NO_FAST) return NEED_GEN;
    const v = (o as PyDict).getFast(fk);
    if (v === undefined) {
      if ((o as PyDict).hasSlowKeys) return NEED_GEN; // a user key may equal k
      keyError(k);
    }
    return v!;
  }
  if (t === rangeType) {
    const i = indexFast(k);
    if (i !== null) return rangeItem(o as PyRange, i);
    if (k instanceof PySlice) return sliceNeedsIndex(k) ? NEED_GEN : rangeSlice(o as PyRange, k);
    if (typeof k === 'object' && k.cls.lookup('__index__') !== undefined) return NEED_GEN;
    typeError(`range indices must be integers or slices, not ${typeOf(k).name}`);
  }
  if (t === bytesType) {
    const b = (o as PyBytes).b;
    const i = indexFast(k);
    if (i !== null) return b[seqIndex(i, b.length, 'index out of range')];
    if (k instanceof PySlice) return sliceNeedsIndex(k) ? NEED_GEN : new PyBytes(sliceBytes(b, k));
    if (typeof k === 'object' && k.cls.lookup('__index__') !== undefined) return NEED_GEN;
    typeError(`byte indices must be integers or slices, not ${typeOf(k).name}`);
  }
  return NEED_GEN;
}

export function* pyGetItem(o: PyValue, k: PyValue): NativeGen {
  const fast = getItemFast(o, k);
  if (fast !== NEED_GEN) return fast;
  if (o instanceof PyType) {
    const cgi = yield* classGetItem(o, k);
    if (cgi !== undefined) return cgi;
  }
  const t = typeOf(o);
  const f = t.lookup('__getitem__');
  if (f === undefined) {
    if (o instanceof PyType) typeError(`type '${o.name}' is not subscriptable`);
    typeError(`'${t.name}' object is not subscriptable`);
  }
  if (k instanceof PySlice && f instanceof PyBuiltin && sliceNeedsIndex(k)) k = yield* resolveSlice(k);
  return yield* callMethod(f as PyValue, o, [k]);
}

/** type[...] → __class_getitem__ (generic aliases such as list[int]). */
function* classGetItem(t: PyType, k: PyValue): NativeGen<PyValue | undefined> {
  const m = t.lookup('__class_getitem__');
  if (m === undefined) return undefined;
  const bound = yield* bindDescriptor(m, null, t);
  return yield* pyCall(bound, [k]);
}

/** x[k] = v for exact lists and dicts; false when the generic path is needed. */
export function setItemFast(o: PyValue, k: PyValue, v: PyValue): boolean {
  if (typeof o !== 'object') return false;
  const t = o.cls;
  if (t === listType) {
    const i = indexFast(k);
    if (i === null) return false;
    const items = (o as PyList).items;
    items[seqIndex(i, items.length, 'list assignment index out of range')] = v;
    return true;
  }
  if (t === dictType) {
    const fk = fastKey(k);
    if (fk === NO_FAST) return false;
    return (o as PyDict).trySetFast(fk, k, v);
  }
  return false;
}

/** x[k] = v, or del x[k] when v is undefined. */
export function* pySetItem(o: PyValue, k: PyValue, v: PyValue | undefined): NativeGen<void> {
  if (v !== undefined && setItemFast(o, k, v)) return;
  const t = typeOf(o);
  const name = v === undefined ? '__delitem__' : '__setitem__';
  const f = t.lookup(name);
  if (f === undefined) {
    if (v === undefined) typeError(`'${t.name}' object doesn't support item deletion`);
    typeError(`'${t.name}' object does not support item assignment`);
  }
  if (k instanceof PySlice && f instanceof PyBuiltin && sliceNeedsIndex(k)) k = yield* resolveSlice(k);
  yield* callMethod(f as PyValue, o, v === undefined ? [k] : [k, v]);
}

/** `x in c` for exact built-in containers without Python code, or NEED_GEN. */
export function containsFast(c: PyValue, x: PyValue): boolean | typeof NEED_GEN {
  if (typeof c === 'string') {
    if (typeof x !== 'string') {
      if (typeof x === 'object' && x.cls.isHeap) return NEED_GEN; // maybe a str subclass: str.__contains__
      typeError(`'in <string>' requires string as left operand, not ${typeOf(x).name}`);
    }
    return c.includes(x as string);
  }
  if (typeof c !== 'object') return NEED_GEN;
  const t = c.cls;
  if (t === dictType) {
    const fk = fastKey(x);
    if (fk === NO_FAST) return NEED_GEN;
    return (c as PyDict).hasFast(fk) || ((c as PyDict).hasSlowKeys ? NEED_GEN : false);
  }
  if (t === setType || t === frozensetType) return setContainsFast(c as PySet, x);
  if (t === rangeType && (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean')) {
    const r = c as PyRange;
    const v = BigInt(typeof x === 'boolean' ? (x ? 1 : 0) : x);
    const start = BigInt(r.start), stop = BigInt(r.stop), step = BigInt(r.step);
    if (step > 0n ? v < start || v >= stop : v > start || v <= stop) return false;
    return (v - start) % step === 0n;
  }
  return NEED_GEN;
}

export function* pyContains(c: PyValue, x: PyValue): NativeGen<boolean> {
  const fast = containsFast(c, x);
  if (fast !== NEED_GEN) return fast;
  if (c instanceof PyList || c instanceof PyTuple) {
    if (!c.cls.isHeap || c.cls.lookup('__contains__') === (c instanceof PyList ? listType : tupleType).lookup('__contains__')) {
      const items = c.items;
      for (let i = 0; i < items.length; i++) {
        if (yield* pyEq(items[i], x)) {
          charge(NK.SeqScan, i + 1);
          return true;
        }
      }
      charge(NK.SeqScan, items.length);
      return false;
    }
  }
  const t = typeOf(c);
  const f = t.lookup('__contains__');
  if (f !== undefined) return yield* pyTruthy(yield* callMethod(f, c, [x]));
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    typeError(`argument of type '${t.name}' is not iterable`);
  }
  const it = yield* pyIter(c);
  for (;;) {
    const v = yield* pyNext(it);
    if (v === STOP) return false;
    if (yield* pyEq(v, x)) return true;
  }
}

