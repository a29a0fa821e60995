/** The methods of `list`. */
import type { PyValue } from '../objects/object';
import { listType, typeOf, None, NotImplemented } from '../objects/core-types';
import { PyList } from '../objects/list';
import { PySlice } from '../objects/range';
import { BuiltinKind, PyBuiltin } from '../objects/builtin';
import type { PyDict } from '../objects/dict';
import { ListIterator, ListReverseIterator } from '../objects/iterators';
import { method, slot, classMethod } from '../runtime/define';
import { typeError, valueError, indexError } from '../runtime/errors';
import { iterToArray } from '../ops/iter';
import { pyEq, compareSequences } from '../ops/compare';
import { pyIndex, indexFast, seqIndex, sliceIndices, pyAsCInt, pyAsSsize } from '../ops/subscript';
import { pyCall } from '../ops/call';
import { pyRepr } from '../ops/strrepr';
import { binopTypeError, repeatArray, repeatCountOf } from '../ops/arith';
import type { NativeGen } from '../vm/native';
import { withReprGuard, reprItems, classGetItem } from './seq-util';
import { timsort, reverseRange } from './list-sort';
import { CMP_DUNDER } from '../ops/compare';
import { charge, NK } from '../runtime/cost';

listType.alloc = (cls) => new PyList([], cls);

function L(x: PyValue): PyList {
  return x as PyList;
}

const listNew = new PyBuiltin('__new__', (args: PyValue[]) => new PyList([], args[0] as never), BuiltinKind.StaticMethod, listType);
(listType.dict as PyDict).setStr('__new__', listNew);
slot(listType, '__init__', 'iterable=?, /', function* (self: PyList, it: PyValue | undefined) {
  self.items = it === undefined ? [] : yield* iterToArray(it);
  return None;
});
slot(listType, '__len__', '', (self: PyList) => self.items.length);
slot(listType, '__iter__', '', (self: PyList) => new ListIterator(self));
slot(listType, '__reversed__', '', (self: PyList) => new ListReverseIterator(self));
slot(listType, '__contains__', 'key, /', function* (self: PyList, x: PyValue) {
  for (let i = 0; i < self.items.length; i++) {
    if (yield* pyEq(self.items[i], x)) {
      charge(NK.SeqScan, i + 1);
      return true;
    }
  }
  charge(NK.SeqScan, self.items.length);
  return false;
});
slot(listType, '__getitem__', 'index, /', function* (self: PyList, k: PyValue) {
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, self.items.length);
    const out: PyValue[] = [];
    for (let i = 0, j = start; i < n; i++, j += step) out.push(self.items[j]);
    return new PyList(out);
  }
  if (indexFast(k) === null && typeOf(k).lookup('__index__') === undefined) {
    typeError(`list indices must be integers or slices, not ${typeOf(k).name}`);
  }
  return self.items[seqIndex(yield* pyIndex(k), self.items.length, 'list index out of range')];
});
slot(listType, '__setitem__', 'index, value, /', function* (self: PyList, k: PyValue, v: PyValue) {
  if (k instanceof PySlice) {
    const src = v === self ? self.items.slice() : yield* iterToArrayForSlice(v);
    assignSlice(self, k, src);
    return None;
  }
  if (indexFast(k) === null && typeOf(k).lookup('__index__') === undefined) {
    typeError(`list indices must be integers or slices, not ${typeOf(k).name}`);
  }
  self.items[seqIndex(yield* pyIndex(k), self.items.length, 'list assignment index out of range')] = v;
  return None;
});

function* iterToArrayForSlice(v: PyValue): NativeGen<PyValue[]> {
  const t = typeOf(v);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) typeError('can only assign an iterable');
  return yield* iterToArray(v);
}

function assignSlice(self: PyList, k: PySlice, src: PyValue[]): void {
  const [start, stop, step, n] = sliceIndices(k, self.items.length);
  if (step === 1) {
    self.items.splice(start, Math.max(0, stop - start), ...src);
    return;
  }
  if (src.length !== n) valueError(`attempt to assign sequence of size ${src.length} to extended slice of size ${n}`);
  for (let i = 0, j = start; i < n; i++, j += step) self.items[j] = src[i];
}

slot(listType, '__delitem__', 'index, /', function* (self: PyList, k: PyValue) {
  if (k instanceof PySlice) {
    const [start, stop, step, n] = sliceIndices(k, self.items.length);
    if (step === 1) self.items.splice(start, Math.max(0, stop - start));
    else {
      const drop = new Set<number>();
      for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
      self.items = self.items.filter((_, i) => !drop.has(i));
    }
    return None;
  }
  if (indexFast(k) === null && typeOf(k).lookup('__index__') === undefined) {
    typeError(`list indices must be integers or slices, not ${typeOf(k).name}`);
  }
  self.items.splice(seqIndex(yield* pyIndex(k), self.items.length, 'list assignment index out of range'), 1);
  return None;
});
slot(listType, '__add__', 'other, /', (self: PyList, o: PyValue) => {
  if (!(o instanceof PyList)) binopTypeError(self, o, 0);
  return new PyList(self.items.concat((o as PyList).items));
});
slot(listType, '__iadd__', 'other, /', function* (self: PyList, o: PyValue) {
  self.items.push(...(yield* iterToArray(o)));
  return self;
});
function* repeat(self: PyList, n: PyValue): NativeGen<PyValue[] | null> {
  if (indexFast(n) === null && typeOf(n).lookup('__index__') === undefined) return null;
  return repeatArray(self.items, repeatCountOf(yield* pyIndex(n)));
}
slot(listType, '__mul__', 'value, /', function* (self: PyList, n: PyValue) {
  const r = yield* repeat(self, n);
  return r === null ? NotImplemented : new PyList(r);
});
slot(listType, '__rmul__', 'value, /', function* (self: PyList, n: PyValue) {
  const r = yield* repeat(self, n);
  return r === null ? NotImplemented : new PyList(r);
});
slot(listType, '__imul__', 'value, /', function* (self: PyList, n: PyValue) {
  const r = yield* repeat(self, n);
  if (r === null) return NotImplemented;
  self.items = r;
  return self;
});
CMP_DUNDER.forEach((name, op) => {
  slot(listType, name, 'other, /', function* (self: PyList, o: PyValue) {
    if (!(o instanceof PyList)) return NotImplemented;
    return yield* compareSequences(self.items, o.items, op);
  });
});
(listType.dict as PyDict).setStr('__hash__', None);
slot(listType, '__repr__', '', function* (self: PyList) {
  return yield* withReprGuard(self, '[...]', function* () {
    return '[' + (yield* reprItems(self.items)).join(', ') + ']';
  });
});
slot(listType, '__sizeof__', '', (self: PyList) => 40 + 8 * self.items.length);
classMethod(listType, '__class_getitem__', 'item, /', classGetItem);

method(listType, 'append', 'object, /', (self: PyList, x: PyValue) => {
  self.items.push(x);
  return None;
});
method(listType, 'extend', 'iterable, /', function* (self: PyList, it: PyValue) {
  if (it === self) charge(NK.SeqCopy, self.items.length);
  const items = it === self ? self.items.slice() : yield* iterToArray(it);
  for (const x of items) self.items.push(x);
  return None;
});
method(listType, 'insert', 'index, object, /', function* (self: PyList, i: PyValue, x: PyValue) {
  let j = yield* pyAsSsize(i);
  const n = self.items.length;
  if (j < 0) j = Math.max(0, j + n);
  if (j > n) j = n;
  self.items.splice(j, 0, x);
  return None;
});
method(listType, 'remove', 'value, /', function* (self: PyList, x: PyValue) {
  for (let i = 0; i < self.items.length; i++) {
    if (yield* pyEq(self.items[i], x)) {
      charge(NK.SeqScan, i + 1);
      self.items.splice(i, 1);
      return None;
    }
  }
  charge(NK.SeqScan, self.items.length);
  return valueError('list.remove(x): x not in list');
});
method(listType, 'pop', 'index=-1, /', function* (self: PyList, i: PyValue) {
  if (self.items.length === 0) indexError('pop from empty list');
  const j = seqIndex(yield* pyAsSsize(i), self.items.length, 'pop index out of range');
  return self.items.splice(j, 1)[0];
});
method(listType, 'clear', '', (self: PyList) => {
  self.items = [];
  return None;
});
method(listType, 'index', 'value, start=0, stop=9223372036854775807, /', function* (self: PyList, x: PyValue, start: PyValue, stop: PyValue) {
  const n = self.items.length;
  let s = Number(yield* pyIndex(start));
  let e = Number(yield* pyIndex(stop));
  if (s < 0) s = Math.max(0, s + n);
  if (e < 0) e = Math.max(0, e + n);
  for (let i = s; i < Math.min(e, self.items.length); i++) {
    if (yield* pyEq(self.items[i], x)) {
      charge(NK.SeqScan, i - s + 1);
      return i;
    }
  }
  charge(NK.SeqScan, Math.max(0, Math.min(e, self.items.length) - s));
  return valueError(`${yield* pyRepr(x)} is not in list`);
});
method(listType, 'count', 'value, /', function* (self: PyList, x: PyValue) {
  let c = 0;
  const items = self.items.slice();
  for (const y of items) if (yield* pyEq(y, x)) c++;
  charge(NK.SeqScan, items.length);
  return c;
});
method(listType, 'reverse', '', (self: PyList) => {
  self.items.reverse();
  return None;
});
method(listType, 'copy', '', (self: PyList) => {
  charge(NK.SeqCopy, self.items.length);
  return new PyList(self.items.slice());
});
const listSort = method(listType, 'sort', '*, key=None, reverse=False', function* (self: PyList, key: PyValue, reverse: PyValue) {
  yield* sortList(self, key, reverse);
  return None;
});
/** list.sort's native (sorted() calls it with its own keyword arguments, as CPython does). */
export const listSortFn = listSort.fn;

/**
 * list.sort (CPython's list_sort_impl): the list is empty while sorting so that mutation can be
 * detected; reverse=True reverses before and after a forward sort (stability); after a failed
 * comparison the list keeps the partially sorted order CPython leaves.
 */
export function* sortList(self: PyList, key: PyValue, reverse: PyValue): NativeGen<void> {
  // reverse is an int converted like a C int (Argument Clinic's bool(accept={int})).
  const rev = reverse === true || (reverse !== false && (yield* pyAsCInt(reverse)) !== 0);
  const items = self.items;
  self.items = [];
  let keys = items;
  if (key !== None) {
    try {
      keys = [];
      for (let i = 0; i < items.length; i++) keys.push(yield* pyCall(key, [items[i]]));
    } catch (e) {
      self.items = items;
      throw e;
    }
  }
  const values = key !== None ? items : null;
  const n = items.length;
  try {
    if (rev && n > 1) {
      reverseRange(keys, 0, n);
      if (values !== null) reverseRange(values, 0, n);
    }
    yield* timsort(keys, values);
    if (self.items.length > 0) valueError('list modified during sort');
  } finally {
    if (rev && n > 1) reverseRange(items, 0, n);
    self.items = items;
  }
}

