/**
 * collections.deque (CPython's _collections.deque): a ring buffer so appends and pops at both
 * ends are O(1), maxlen trimming, rotate, the mutation check of its iterators ("deque mutated
 * during iteration"), and CPython's reprs and messages.
 */
import { PyObject, STOP, type PyValue, type Stop } from '../python/objects/object';
import { None, NotImplemented, typeOf, builtinType, objectType } from '../python/objects/core-types';
import { SyncIterator } from '../python/objects/iterators';
import { TPFLAGS_SEQUENCE } from '../python/objects/type';
import { slot, method, getter, classMethod } from '../python/runtime/define';
import { typeError, valueError, indexError, runtimeError } from '../python/runtime/errors';
import { iterToArray } from '../python/ops/iter';
import { pyEq, compareSequences } from '../python/ops/compare';
import { indexFast, pyIndex } from '../python/ops/subscript';
import { pyRepr } from '../python/ops/strrepr';
import { pyCall } from '../python/ops/call';
import { withReprGuard, classGetItem } from '../python/types/seq-util';
import { stopIteration } from '../python/vm/generators';
import { newTuple } from '../python/objects/tuple';
import type { NativeGen } from '../python/vm/native';
import { setTpName, shortTypeName } from './util';

export class PyDeque extends PyObject {
  buf: PyValue[] = new Array(8);
  head = 0;
  len = 0;
  maxlen: number | null = null;
  /** Bumped by every mutation; iterators compare it (CPython's d->state). */
  state = 0;

  get(i: number): PyValue {
    return this.buf[(this.head + i) & (this.buf.length - 1)];
  }
  set(i: number, v: PyValue): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }
  private grow(): void {
    const nb: PyValue[] = new Array(this.buf.length * 2);
    for (let i = 0; i < this.len; i++) nb[i] = this.get(i);
    this.buf = nb;
    this.head = 0;
  }
  toArray(): PyValue[] {
    const out: PyValue[] = new Array(this.len);
    for (let i = 0; i < this.len; i++) out[i] = this.get(i);
    return out;
  }
  setAll(items: PyValue[]): void {
    let cap = 8;
    while (cap < items.length + 1) cap *= 2;
    this.buf = new Array(cap);
    for (let i = 0; i < items.length; i++) this.buf[i] = items[i];
    this.head = 0;
    this.len = items.length;
    this.state++;
  }
  pushRight(v: PyValue): void {
    if (this.maxlen === 0) return;
    if (this.len === this.buf.length) this.grow();
    this.set(this.len, v);
    this.len++;
    this.state++;
    if (this.maxlen !== null && this.len > this.maxlen) this.popLeft();
  }
  pushLeft(v: PyValue): void {
    if (this.maxlen === 0) return;
    if (this.len === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.len++;
    this.state++;
    if (this.maxlen !== null && this.len > this.maxlen) this.popRight();
  }
  popRight(): PyValue {
    if (this.len === 0) indexError('pop from an empty deque');
    const v = this.get(this.len - 1);
    this.set(this.len - 1, undefined as unknown as PyValue);
    this.len--;
    this.state++;
    return v;
  }
  popLeft(): PyValue {
    if (this.len === 0) indexError('pop from an empty deque');
    const v = this.buf[this.head];
    this.buf[this.head] = undefined as unknown as PyValue;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.len--;
    this.state++;
    return v;
  }
}

export const dequeType = setTpName(builtinType('deque', objectType, { module: 'collections', valueKeyed: true }), 'collections', 'deque');
dequeType.alloc = (cls) => new PyDeque(cls);
// A sequence for pattern matching (Py_TPFLAGS_SEQUENCE), like list and tuple.
dequeType.patmaFlags |= TPFLAGS_SEQUENCE;
const dequeIterType = setTpName(builtinType('_deque_iterator', objectType, { module: '_collections', final: true }), '_collections', '_deque_iterator');
const dequeRevIterType = setTpName(builtinType('_deque_reverse_iterator', objectType, { module: '_collections', final: true }), '_collections', '_deque_reverse_iterator');

class DequeIter extends SyncIterator {
  i = 0;
  readonly state: number;
  constructor(readonly d: PyDeque, readonly reverse: boolean) {
    super(reverse ? dequeRevIterType : dequeIterType);
    this.state = d.state;
  }
  next(): PyValue | Stop {
    const d = this.d;
    if (d.state !== this.state) runtimeError('deque mutated during iteration');
    if (this.i >= d.len) return STOP;
    const v = this.reverse ? d.get(d.len - 1 - this.i) : d.get(this.i);
    this.i++;
    return v;
  }
  override lengthHint(): number {
    return Math.max(0, this.d.len - this.i);
  }
}
for (const t of [dequeIterType, dequeRevIterType]) {
  slot(t, '__iter__', '', (it: DequeIter) => it);
  slot(t, '__next__', '', (it: DequeIter) => {
    const v = it.next();
    if (v === STOP) throw stopIteration(None);
    return v;
  });
  method(t, '__length_hint__', '', (it: DequeIter) => it.lengthHint());
}

function D(x: PyValue): PyDeque {
  return x as PyDeque;
}

function* extendRight(d: PyDeque, it: PyValue): NativeGen<void> {
  const items = it === d ? d.toArray() : yield* iterToArray(it);
  for (const v of items) d.pushRight(v);
}

function* maxlenArg(m: PyValue): NativeGen<number | null> {
  if (m === None) return null;
  if (indexFast(m) === null && typeOf(m).lookup('__index__') === undefined) typeError('an integer is required');
  const n = Number(yield* pyIndex(m));
  if (n < 0) valueError('maxlen must be non-negative');
  return n;
}

/** Index for d[i]: ints (and __index__) only, with the sequence wording. */
function* itemIndex(d: PyDeque, k: PyValue): NativeGen<number> {
  if (indexFast(k) === null && typeOf(k).lookup('__index__') === undefined) typeError(`sequence index must be integer, not '${typeOf(k).name}'`);
  let i = Number(yield* pyIndex(k));
  if (i < 0) i += d.len;
  if (i < 0 || i >= d.len) indexError('deque index out of range');
  return i;
}

/** A copy of the same type (CPython calls type(d)(d, maxlen) for subclasses). */
function* copyOf(d: PyDeque): NativeGen<PyDeque> {
  if (d.cls === dequeType) {
    const c = new PyDeque(dequeType);
    c.maxlen = d.maxlen;
    c.setAll(d.toArray());
    return c;
  }
  const args: PyValue[] = d.maxlen === null ? [d] : [d, d.maxlen];
  return (yield* pyCall(d.cls, args)) as PyDeque;
}

slot(dequeType, '__init__', 'iterable=?, maxlen=None', function* (self: PyValue, it: PyValue | undefined, maxlen: PyValue) {
  const d = D(self);
  d.maxlen = yield* maxlenArg(maxlen);
  if (d.len > 0) d.setAll([]);
  if (it !== undefined) yield* extendRight(d, it);
  return None;
});
getter(dequeType, 'maxlen', (d: PyDeque) => (d.maxlen === null ? None : d.maxlen));
method(dequeType, 'append', 'x, /', (d: PyDeque, x: PyValue) => (d.pushRight(x), None));
method(dequeType, 'appendleft', 'x, /', (d: PyDeque, x: PyValue) => (d.pushLeft(x), None));
method(dequeType, 'pop', '', (d: PyDeque) => d.popRight());
method(dequeType, 'popleft', '', (d: PyDeque) => d.popLeft());
method(dequeType, 'extend', 'iterable, /', function* (d: PyDeque, it: PyValue) {
  yield* extendRight(d, it);
  return None;
});
method(dequeType, 'extendleft', 'iterable, /', function* (d: PyDeque, it: PyValue) {
  const items = it === d ? d.toArray() : yield* iterToArray(it);
  for (const v of items) d.pushLeft(v);
  return None;
});
method(dequeType, 'clear', '', (d: PyDeque) => (d.setAll([]), None));
for (const name of ['copy', '__copy__']) {
  method(dequeType, name, '', function* (d: PyDeque) {
    return yield* copyOf(d);
  });
}
method(dequeType, 'count', 'value, /', function* (d: PyDeque, x: PyValue) {
  const state = d.state;
  let n = 0;
  for (let i = 0; i < d.len; i++) {
    if (yield* pyEq(d.get(i), x)) n++;
    if (d.state !== state) runtimeError('deque mutated during iteration');
  }
  return n;
});
method(dequeType, 'index', 'value, start=0, stop=9223372036854775807, /', function* (d: PyDeque, x: PyValue, s: PyValue, e: PyValue) {
  let start = Number(yield* pyIndex(s));
  let stop = Number(yield* pyIndex(e));
  if (start < 0) start = Math.max(0, start + d.len);
  if (stop < 0) stop = Math.max(0, stop + d.len);
  stop = Math.min(stop, d.len);
  const state = d.state;
  for (let i = start; i < stop; i++) {
    if (yield* pyEq(d.get(i), x)) return i;
    if (d.state !== state) runtimeError('deque mutated during iteration');
  }
  return valueError(`${yield* pyRepr(x)} is not in deque`);
});
method(dequeType, 'insert', 'index, value, /', function* (d: PyDeque, k: PyValue, x: PyValue) {
  if (d.maxlen !== null && d.len >= d.maxlen) indexError('deque already at its maximum size');
  let i = Number(yield* pyIndex(k));
  const items = d.toArray();
  if (i < 0) i = Math.max(0, i + items.length);
  items.splice(Math.min(i, items.length), 0, x);
  d.setAll(items);
  return None;
});
method(dequeType, 'remove', 'value, /', function* (d: PyDeque, x: PyValue) {
  for (let i = 0; i < d.len; i++) {
    if (yield* pyEq(d.get(i), x)) {
      const items = d.toArray();
      items.splice(i, 1);
      d.setAll(items);
      return None;
    }
  }
  return valueError(`${yield* pyRepr(x)} is not in deque`);
});
method(dequeType, 'reverse', '', (d: PyDeque) => (d.setAll(d.toArray().reverse()), None));
method(dequeType, 'rotate', 'n=1, /', function* (d: PyDeque, nArg: PyValue) {
  const n = Number(yield* pyIndex(nArg));
  const len = d.len;
  if (len <= 1) return None;
  let k = n % len;
  if (k < 0) k += len;
  if (k === 0) return None;
  const items = d.toArray();
  d.setAll(items.slice(len - k).concat(items.slice(0, len - k)));
  return None;
});
slot(dequeType, '__len__', '', (d: PyDeque) => d.len);
slot(dequeType, '__iter__', '', (d: PyDeque) => new DequeIter(d, false));
slot(dequeType, '__reversed__', '', (d: PyDeque) => new DequeIter(d, true));
slot(dequeType, '__contains__', 'key, /', function* (d: PyDeque, x: PyValue) {
  const state = d.state;
  for (let i = 0; i < d.len; i++) {
    if (yield* pyEq(d.get(i), x)) return true;
    if (d.state !== state) runtimeError('deque mutated during iteration');
  }
  return false;
});
slot(dequeType, '__getitem__', 'key, /', function* (d: PyDeque, k: PyValue) {
  return d.get(yield* itemIndex(d, k));
});
slot(dequeType, '__setitem__', 'key, value, /', function* (d: PyDeque, k: PyValue, v: PyValue) {
  d.set(yield* itemIndex(d, k), v);
  return None;
});
slot(dequeType, '__delitem__', 'key, /', function* (d: PyDeque, k: PyValue) {
  const i = yield* itemIndex(d, k);
  const items = d.toArray();
  items.splice(i, 1);
  d.setAll(items);
  return None;
});
slot(dequeType, '__repr__', '', function* (d: PyDeque) {
  return yield* withReprGuard(d, '[...]', function* () {
    const parts: string[] = [];
    for (const v of d.toArray()) parts.push(yield* pyRepr(v));
    const name = shortTypeName(d.cls);
    return d.maxlen === null ? `${name}([${parts.join(', ')}])` : `${name}([${parts.join(', ')}], maxlen=${d.maxlen})`;
  });
});
(dequeType.dict as NonNullable<typeof dequeType.dict>).setStr('__hash__', None);
['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
  slot(dequeType, name, 'other, /', function* (a: PyDeque, b: PyValue) {
    if (!(b instanceof PyDeque)) return NotImplemented;
    return yield* compareSequences(a.toArray(), b.toArray(), op);
  });
});
slot(dequeType, '__add__', 'other, /', function* (d: PyDeque, o: PyValue) {
  if (!(o instanceof PyDeque)) typeError(`can only concatenate deque (not "${typeOf(o).name}") to deque`);
  const c = yield* copyOf(d);
  yield* extendRight(c, o);
  return c;
});
slot(dequeType, '__iadd__', 'other, /', function* (d: PyDeque, o: PyValue) {
  yield* extendRight(d, o);
  return d;
});
function* repeatItems(d: PyDeque, n: PyValue): NativeGen<PyValue[] | null> {
  if (indexFast(n) === null && typeOf(n).lookup('__index__') === undefined) return null;
  const k = Number(yield* pyIndex(n));
  const items = d.toArray();
  const out: PyValue[] = [];
  for (let i = 0; i < k; i++) out.push(...items);
  return out;
}
for (const name of ['__mul__', '__rmul__']) {
  slot(dequeType, name, 'value, /', function* (d: PyDeque, n: PyValue) {
    const items = yield* repeatItems(d, n);
    if (items === null) return NotImplemented;
    const c = yield* copyOf(d);
    c.setAll([]);
    for (const v of items) c.pushRight(v);
    return c;
  });
}
slot(dequeType, '__imul__', 'value, /', function* (d: PyDeque, n: PyValue) {
  const items = yield* repeatItems(d, n);
  if (items === null) return NotImplemented;
  d.setAll([]);
  for (const v of items) d.pushRight(v);
  return d;
});
// (type, ((), maxlen) or (), state, iterator) as CPython's deque_reduce; copy.deepcopy uses it.
method(dequeType, '__reduce__', '', (d: PyDeque) => {
  const args = d.maxlen === null ? newTuple([]) : newTuple([newTuple([]), d.maxlen]);
  const state = d.dict !== null && d.dict.size > 0 ? d.dict : None;
  return newTuple([d.cls, args, state, new DequeIter(d, false)]);
});
classMethod(dequeType, '__class_getitem__', 'item, /', classGetItem);
