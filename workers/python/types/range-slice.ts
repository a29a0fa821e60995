/** The methods of `range`, `slice`, and the singletons None, NotImplemented and Ellipsis. */
import { type PyValue, normBig } from '../objects/object';
import {
  rangeType, sliceType, noneType, notImplementedType, ellipsisType, None, NotImplemented, Ellipsis, typeOf,
} from '../objects/core-types';
import { PyRange, PySlice } from '../objects/range';
import { newTuple } from '../objects/tuple';
import { BuiltinKind, PyBuiltin } from '../objects/builtin';
import type { PyDict } from '../objects/dict';
import { method, slot, getter } from '../runtime/define';
import { typeError, valueError, overflowError, deprecationWarningType } from '../runtime/errors';
import { importModule } from '../vm/imports';
import { pyCall } from '../ops/call';
import { pyGetAttr } from '../ops/attr';
import { identityHash } from '../ops/hash';
import { pyIndex, rangeLength, containsFast, sliceIndices, getItemFast, resolveSlice } from '../ops/subscript';
import { pyEq } from '../ops/compare';
import { pyRepr } from '../ops/strrepr';
import { rangeIter } from '../ops/iter';
import { hashTuple, hashToPyInt, hashInt } from '../hashing';
import { NEED_GEN } from '../ops/attr';
import { currentThread } from '../vm/current';
import { checkRecursion } from '../vm/recursion';

const rangeNew = new PyBuiltin('__new__', function* (args: PyValue[], kw) {
  if (kw !== null && kw.size > 0) typeError('range() takes no keyword arguments');
  const n = args.length - 1;
  if (n < 1) typeError(`range expected at least 1 argument, got ${n}`);
  if (n > 3) typeError(`range expected at most 3 arguments, got ${n}`);
  const vals: (number | bigint)[] = [];
  for (let i = 1; i < args.length; i++) vals.push(yield* pyIndex(args[i]));
  let start: number | bigint = 0;
  let stop: number | bigint;
  let step: number | bigint = 1;
  if (n === 1) stop = vals[0];
  else [start, stop, step = 1] = vals;
  if (step === 0 || step === 0n) valueError('range() arg 3 must not be zero');
  // 3.11's compute_range_length starts with PyObject_RichCompareBool(step, 0, Py_GT), which
  // checks the recursion limit.
  checkRecursion(currentThread(), ' in comparison');
  return new PyRange(start, stop, step);
}, BuiltinKind.StaticMethod, rangeType);
(rangeType.dict as PyDict).setStr('__new__', rangeNew);

slot(rangeType, '__repr__', '', (r: PyRange) => (r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`));
slot(rangeType, '__len__', '', (r: PyRange) => {
  const n = rangeLength(r);
  if (typeof n === 'bigint') overflowError('Python int too large to convert to C ssize_t');
  return n;
});
slot(rangeType, '__bool__', '', (r: PyRange) => rangeLength(r) !== 0);
slot(rangeType, '__iter__', '', (r: PyRange) => rangeIter(r));
slot(rangeType, '__reversed__', '', (r: PyRange) => {
  const n = BigInt(rangeLength(r));
  const step = BigInt(r.step);
  const last = BigInt(r.start) + (n - 1n) * step;
  return rangeIter(new PyRange(normBig(last), normBig(BigInt(r.start) - step), normBig(-step)));
});
slot(rangeType, '__contains__', 'key, /', function* (r: PyRange, x: PyValue) {
  const f = containsFast(r, x);
  if (f !== NEED_GEN) return f;
  const it = rangeIter(r);
  for (let v = it.next(); typeof v !== 'symbol'; v = it.next()) if (yield* pyEq(v, x)) return true;
  return false;
});
slot(rangeType, '__getitem__', 'key, /', function* (r: PyRange, k: PyValue) {
  let v = getItemFast(r, k);
  if (v === NEED_GEN) {
    // An __index__ object as the index or as a slice bound.
    v = getItemFast(r, k instanceof PySlice ? yield* resolveSlice(k) : yield* pyIndex(k));
  }
  return v as PyValue;
});
slot(rangeType, '__eq__', 'other, /', (r: PyRange, o: PyValue) => {
  if (!(o instanceof PyRange)) return NotImplemented;
  const n1 = rangeLength(r);
  const n2 = rangeLength(o);
  if (n1 !== n2) return false;
  if (n1 === 0) return true;
  if (BigInt(r.start) !== BigInt(o.start)) return false;
  return n1 === 1 || BigInt(r.step) === BigInt(o.step);
});
// hash((len, start, step)), with None for start/step when they do not matter (as CPython).
slot(rangeType, '__hash__', '', (r: PyRange) => {
  const n = rangeLength(r);
  const noneHash = identityHash(None);
  const items = n === 0 ? [hashInt(0), noneHash, noneHash] : n === 1 ? [hashInt(n), hashInt(r.start), noneHash] : [hashInt(n), hashInt(r.start), hashInt(r.step)];
  return hashToPyInt(hashTuple(items));
});
// Exact ints and bools are located arithmetically; anything else (int subclass instances too)
// by comparing with each item, as CPython's _PySequence_IterSearch.
method(rangeType, 'index', 'value, /', function* (r: PyRange, x: PyValue) {
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') {
    if (containsFast(r, x) === true) return normBig((BigInt(x) - BigInt(r.start)) / BigInt(r.step));
    return valueError(`${yield* pyRepr(x)} is not in range`);
  }
  const it = rangeIter(r);
  let i = 0;
  for (let v = it.next(); typeof v !== 'symbol'; v = it.next(), i++) if (yield* pyEq(v, x)) return i;
  return valueError('sequence.index(x): x not in sequence');
});
method(rangeType, 'count', 'value, /', function* (r: PyRange, x: PyValue) {
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') return containsFast(r, x) === true ? 1 : 0;
  const it = rangeIter(r);
  let n = 0;
  for (let v = it.next(); typeof v !== 'symbol'; v = it.next()) if (yield* pyEq(v, x)) n++;
  return n;
});
getter(rangeType, 'start', (r: PyRange) => r.start);
getter(rangeType, 'stop', (r: PyRange) => r.stop);
getter(rangeType, 'step', (r: PyRange) => r.step);

// ---- slice ----

const sliceNew = new PyBuiltin('__new__', (args: PyValue[], kw) => {
  if (kw !== null && kw.size > 0) typeError('slice() takes no keyword arguments');
  const n = args.length - 1;
  if (n < 1) typeError(`slice expected at least 1 argument, got ${n}`);
  if (n > 3) typeError(`slice expected at most 3 arguments, got ${n}`);
  if (n === 1) return new PySlice(None, args[1], None);
  return new PySlice(args[1], args[2], n === 3 ? args[3] : None);
}, BuiltinKind.StaticMethod, sliceType);
(sliceType.dict as PyDict).setStr('__new__', sliceNew);
slot(sliceType, '__repr__', '', function* (s: PySlice) {
  return `slice(${yield* pyRepr(s.start)}, ${yield* pyRepr(s.stop)}, ${yield* pyRepr(s.step)})`;
});
slot(sliceType, '__eq__', 'other, /', function* (s: PySlice, o: PyValue) {
  if (!(o instanceof PySlice)) return NotImplemented;
  return (yield* pyEq(s.start, o.start)) && (yield* pyEq(s.stop, o.stop)) && (yield* pyEq(s.step, o.step));
});
(sliceType.dict as PyDict).setStr('__hash__', None);
method(sliceType, 'indices', 'length, /', function* (s: PySlice, len: PyValue) {
  const n = yield* pyIndex(len);
  if (n < 0) valueError('length should not be negative');
  const [start, stop, step] = sliceIndices(s, Number(n));
  return newTuple([start, stop, step]);
});
getter(sliceType, 'start', (s: PySlice) => s.start);
getter(sliceType, 'stop', (s: PySlice) => s.stop);
getter(sliceType, 'step', (s: PySlice) => s.step);

// ---- singletons ----

function singletonNew(t: typeof noneType, v: PyValue, name: string): void {
  (t.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', (args: PyValue[], kw) => {
    if (args.length > 1 || (kw !== null && kw.size > 0)) typeError(`${name} takes no arguments`);
    return v;
  }, BuiltinKind.StaticMethod, t));
}
singletonNew(noneType, None, 'NoneType');
singletonNew(notImplementedType, NotImplemented, 'NotImplementedType');
singletonNew(ellipsisType, Ellipsis, 'ellipsis');
slot(noneType, '__repr__', '', () => 'None');
slot(noneType, '__bool__', '', () => false);
slot(notImplementedType, '__repr__', '', () => 'NotImplemented');
// notimplemented_bool: truthy, with a DeprecationWarning at the caller (PyErr_WarnEx, stacklevel 1).
slot(notImplementedType, '__bool__', '', function* () {
  const warnings = yield* importModule(currentThread().interp, 'warnings');
  yield* pyCall(yield* pyGetAttr(warnings, 'warn'), ['NotImplemented should not be used in a boolean context', deprecationWarningType, 1]);
  return true;
});
slot(ellipsisType, '__repr__', '', () => 'Ellipsis');

