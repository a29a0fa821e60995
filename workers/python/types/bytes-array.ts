/**
 * bytearray's mutation: item and slice assignment/deletion, append extend insert pop remove
 * reverse clear copy, and the in-place operators. PyByteArray keeps a growable buffer
 * (`buf`, `length`); every change goes through splice() or direct writes into view().
 * A change of length first asks buffer-exports.ts whether a memoryview still holds the memory.
 */
import type { PyValue } from '../objects/object';
import { bytearrayType, typeOf, None, NotImplemented } from '../objects/core-types';
import { PySlice } from '../objects/range';
import { PyByteArray } from '../objects/bytes';
import { method, slot } from '../runtime/define';
import { typeError, valueError, indexError } from '../runtime/errors';
import { pyIndex, indexFast, seqIndex, sliceIndices } from '../ops/subscript';
import { pyIter, pyNext } from '../ops/iter';
import { STOP } from '../objects/object';
import type { NativeGen } from '../vm/native';
import { asStr, intArg } from './str-args';
import { bufferOrNull, bufferCopy, byteValue } from './bytes-core';
import { checkResizable } from './buffer-exports';
import { PyMemoryView } from '../objects/memoryview';

/** Replace `count` bytes at `at` with `src`; `held` are values the caller still holds (see checkResizable). */
function splice(self: PyByteArray, at: number, count: number, src: Uint8Array, ...held: PyValue[]): void {
  if (src.length !== count) checkResizable(self, ...held);
  const old = self.view();
  const tail = old.slice(at + count);
  const n = at + src.length + tail.length;
  self.ensure(n);
  self.buf.set(src, at);
  self.buf.set(tail, at + src.length);
  self.length = n;
}

function* needByte(x: PyValue): NativeGen<number> {
  const v = yield* byteValue(x);
  if (v === null) typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
  return v!;
}

/** The bytes of an iterable of ints (bytearray.extend / slice assignment). */
function* intsOf(x: PyValue): NativeGen<Uint8Array> {
  const it = yield* pyIter(x);
  const out: number[] = [];
  for (;;) {
    const v = yield* pyNext(it);
    if (v === STOP) break;
    out.push(yield* needByte(v as PyValue));
  }
  return Uint8Array.from(out);
}

function checkIndexType(k: PyValue): void {
  if (indexFast(k) === null && typeOf(k).lookup('__index__') === undefined) {
    typeError(`bytearray indices must be integers or slices, not ${typeOf(k).name}`);
  }
}

slot(bytearrayType, '__setitem__', 'key, value, /', function* (self: PyByteArray, k: PyValue, v: PyValue) {
  if (!(k instanceof PySlice)) {
    checkIndexType(k);
    const i = seqIndex(yield* pyIndex(k), self.length, 'bytearray index out of range');
    self.buf[i] = yield* needByte(v);
    return None;
  }
  // a[:] = a copies first; a memoryview is copied like bytearray(m) (it need not be contiguous).
  let src = bufferCopy(v);
  if (src === null && (typeof v !== 'object' || asStr(v) !== null || typeOf(v).lookup('__index__') !== undefined)) {
    typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  } else if (src === null) {
    const t = typeOf(v);
    if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) typeError(`cannot convert '${t.name}' object to bytearray`);
    src = yield* intsOf(v);
  }
  const [start, stop, step, n] = sliceIndices(k, self.length);
  if (step === 1) {
    splice(self, start, Math.max(0, stop - start), src!, v);
    return None;
  }
  if (src!.length !== n) valueError(`attempt to assign bytes of size ${src!.length} to extended slice of size ${n}`);
  for (let i = 0, j = start; i < n; i++, j += step) self.buf[j] = src![i];
  return None;
});

slot(bytearrayType, '__delitem__', 'key, /', function* (self: PyByteArray, k: PyValue) {
  if (!(k instanceof PySlice)) {
    checkIndexType(k);
    const i = seqIndex(yield* pyIndex(k), self.length, 'bytearray index out of range');
    splice(self, i, 1, new Uint8Array(0));
    return None;
  }
  const [start, stop, step, n] = sliceIndices(k, self.length);
  if (step === 1) splice(self, start, Math.max(0, stop - start), new Uint8Array(0));
  else {
    if (n > 0) checkResizable(self);
    const drop = new Set<number>();
    for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
    const kept = self.view().filter((_, i) => !drop.has(i));
    self.buf = kept;
    self.length = kept.length;
  }
  return None;
});

slot(bytearrayType, '__iadd__', 'value, /', (self: PyByteArray, o: PyValue) => {
  // A view that cannot export: "can't concat memoryview to bytearray".
  const b = bufferOrNull(o);
  if (b === null) return NotImplemented;
  splice(self, self.length, 0, b.slice(), o);
  return self;
});
slot(bytearrayType, '__imul__', 'value, /', function* (self: PyByteArray, n: PyValue) {
  if (indexFast(n) === null && typeOf(n).lookup('__index__') === undefined) return NotImplemented;
  const k = yield* intArg(n);
  const src = self.view().slice();
  const out = new Uint8Array(k > 0 ? src.length * k : 0);
  for (let i = 0; i < k; i++) out.set(src, i * src.length);
  if (out.length !== self.length) checkResizable(self);
  self.buf = out;
  self.length = out.length;
  return self;
});

method(bytearrayType, 'append', 'item, /', function* (self: PyByteArray, x: PyValue) {
  const v = yield* needByte(x);
  checkResizable(self);
  self.ensure(self.length + 1);
  self.buf[self.length++] = v;
  return None;
});
method(bytearrayType, 'extend', 'iterable_of_ints, /', function* (self: PyByteArray, x: PyValue) {
  let src = bufferOrNull(x);
  if (src !== null) src = src.slice();
  else if (x instanceof PyMemoryView) typeError(`can't set bytearray slice from memoryview`);
  else {
    const t = typeOf(x);
    if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) typeError(`can't extend bytearray with ${t.name}`);
    src = yield* intsOf(x);
  }
  splice(self, self.length, 0, src!, x);
  return None;
});
method(bytearrayType, 'insert', 'index, item, /', function* (self: PyByteArray, i: PyValue, x: PyValue) {
  let j = yield* intArg(i);
  const v = yield* needByte(x);
  const n = self.length;
  if (j < 0) j = Math.max(0, j + n);
  if (j > n) j = n;
  splice(self, j, 0, Uint8Array.of(v));
  return None;
});
method(bytearrayType, 'pop', 'index=-1, /', function* (self: PyByteArray, i: PyValue) {
  if (self.length === 0) indexError('pop from empty bytearray');
  const j = seqIndex(yield* pyIndex(i), self.length, 'pop index out of range');
  const v = self.buf[j];
  splice(self, j, 1, new Uint8Array(0));
  return v;
});
method(bytearrayType, 'remove', 'value, /', function* (self: PyByteArray, x: PyValue) {
  const v = yield* needByte(x);
  const j = self.view().indexOf(v);
  if (j < 0) valueError('value not found in bytearray');
  splice(self, j, 1, new Uint8Array(0));
  return None;
});
method(bytearrayType, 'reverse', '', (self: PyByteArray) => {
  self.view().reverse();
  return None;
});
method(bytearrayType, 'clear', '', (self: PyByteArray) => {
  if (self.length !== 0) checkResizable(self);
  self.buf = new Uint8Array(0);
  self.length = 0;
  return None;
});
method(bytearrayType, 'copy', '', (self: PyByteArray) => new PyByteArray(self.view().slice()));
method(bytearrayType, '__alloc__', '', (self: PyByteArray) => (self.length === 0 ? 0 : self.length + 1));
