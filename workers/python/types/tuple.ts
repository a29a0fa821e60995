/** The methods of `tuple`. */
import type { PyValue } from '../objects/object';
import { tupleType, typeOf, NotImplemented } from '../objects/core-types';
import { PyTuple, newTuple } from '../objects/tuple';
import { PySlice } from '../objects/range';
import { PyType } from '../objects/type';
import { BuiltinKind, PyBuiltin } from '../objects/builtin';
import type { PyDict } from '../objects/dict';
import { TupleIterator } from '../objects/iterators';
import { method, slot, classMethod } from '../runtime/define';
import { typeError, valueError } from '../runtime/errors';
import { iterToArray } from '../ops/iter';
import { pyEq, compareSequences, CMP_DUNDER } from '../ops/compare';
import { pyIndex, indexFast, seqIndex, sliceIndices } from '../ops/subscript';
import { pyHash } from '../ops/hash';
import { binopTypeError, repeatArray, repeatCountOf } from '../ops/arith';
import { hashTuple, hashToPyInt, type PyHash } from '../hashing';
import { withReprGuard, reprItems, classGetItem } from './seq-util';

const tupleNew = new PyBuiltin('__new__', function* (args: PyValue[], kw) {
  if (kw !== null && kw.size > 0) typeError('tuple() takes no keyword arguments');
  if (args.length > 2) typeError(`tuple expected at most 1 argument, got ${args.length - 1}`);
  const cls = args[0] as PyType;
  const items = args.length > 1 ? yield* iterToArray(args[1]) : [];
  if (cls === tupleType) return args.length > 1 && args[1] instanceof PyTuple && args[1].cls === tupleType ? args[1] : newTuple(items);
  return new PyTuple(items, cls);
}, BuiltinKind.StaticMethod, tupleType);
(tupleType.dict as PyDict).setStr('__new__', tupleNew);
tupleType.alloc = (cls) => new PyTuple([], cls);

slot(tupleType, '__len__', '', (self: PyTuple) => self.items.length);
slot(tupleType, '__iter__', '', (self: PyTuple) => new TupleIterator(self.items));
slot(tupleType, '__contains__', 'key, /', function* (self: PyTuple, x: PyValue) {
  for (const y of self.items) if (yield* pyEq(y, x)) return true;
  return false;
});
slot(tupleType, '__getitem__', 'key, /', function* (self: PyTuple, k: PyValue) {
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, self.items.length);
    const out: PyValue[] = [];
    for (let i = 0, j = start; i < n; i++, j += step) out.push(self.items[j]);
    return newTuple(out);
  }
  if (indexFast(k) === null && typeOf(k).lookup('__index__') === undefined) {
    typeError(`tuple indices must be integers or slices, not ${typeOf(k).name}`);
  }
  return self.items[seqIndex(yield* pyIndex(k), self.items.length, 'tuple index out of range')];
});
slot(tupleType, '__add__', 'other, /', (self: PyTuple, o: PyValue) => {
  if (!(o instanceof PyTuple)) binopTypeError(self, o, 0);
  return newTuple(self.items.concat((o as PyTuple).items));
});
function* repeat(self: PyTuple, n: PyValue) {
  if (indexFast(n) === null && typeOf(n).lookup('__index__') === undefined) return NotImplemented;
  const k = repeatCountOf(yield* pyIndex(n));
  if ((k === 1 || self.items.length === 0) && self.cls === tupleType) return self;
  return newTuple(repeatArray(self.items, k));
}
slot(tupleType, '__mul__', 'value, /', repeat);
slot(tupleType, '__rmul__', 'value, /', repeat);
CMP_DUNDER.forEach((name, op) => {
  slot(tupleType, name, 'other, /', function* (self: PyTuple, o: PyValue) {
    if (!(o instanceof PyTuple)) return NotImplemented;
    return yield* compareSequences(self.items, o.items, op);
  });
});
slot(tupleType, '__hash__', '', function* (self: PyTuple) {
  const hs: PyHash[] = [];
  for (const x of self.items) hs.push(yield* pyHash(x));
  return hashToPyInt(hashTuple(hs));
});
slot(tupleType, '__repr__', '', function* (self: PyTuple) {
  if (self.items.length === 0) return '()';
  return yield* withReprGuard(self, '(...)', function* () {
    const parts = yield* reprItems(self.items);
    return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  });
});
slot(tupleType, '__getnewargs__', '', (self: PyTuple) => newTuple([newTuple(self.items)]));
classMethod(tupleType, '__class_getitem__', 'item, /', classGetItem);
method(tupleType, 'count', 'value, /', function* (self: PyTuple, x: PyValue) {
  let c = 0;
  for (const y of self.items) if (yield* pyEq(y, x)) c++;
  return c;
});
method(tupleType, 'index', 'value, start=0, stop=9223372036854775807, /', function* (self: PyTuple, x: PyValue, start: PyValue, stop: PyValue) {
  const n = self.items.length;
  let s = Number(yield* pyIndex(start));
  let e = Number(yield* pyIndex(stop));
  if (s < 0) s = Math.max(0, s + n);
  if (e < 0) e = Math.max(0, e + n);
  for (let i = s; i < Math.min(e, n); i++) if (yield* pyEq(self.items[i], x)) return i;
  return valueError('tuple.index(x): x not in tuple');
});
