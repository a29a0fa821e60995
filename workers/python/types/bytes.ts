/**
 * The `bytes` and `bytearray` types: constructors and special methods (len, indexing, slicing,
 * iteration, `in`, + * %, comparison, hash, repr). Named methods shared by both live in
 * bytes-methods.ts / bytes-case-methods.ts; bytearray's mutation in bytes-array.ts.
 */
import type { PyValue } from '../objects/object';
import { bytesType, bytearrayType, typeOf, NotImplemented, None, bytearrayIteratorType, listType, tupleType } from '../objects/core-types';
import { PyType } from '../objects/type';
import { PyTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { PySlice } from '../objects/range';
import { PyBytes, PyByteArray } from '../objects/bytes';
import { BuiltinKind, PyBuiltin } from '../objects/builtin';
import type { PyDict } from '../objects/dict';
import { BytesIterator } from '../objects/iterators';
import { slot, method } from '../runtime/define';
import { sig } from '../runtime/args';
import { typeError, valueError, overflowError, memoryErrorType, throwPy } from '../runtime/errors';
import { repeatCountOf } from '../ops/arith';
import { cmpResult, CMP_DUNDER } from '../ops/compare';
import { pyIndex, indexFast, seqIndex, sliceIndices } from '../ops/subscript';
import { callMethod } from '../ops/call';
import { pyIter, pyNext } from '../ops/iter';
import { STOP } from '../objects/object';
import { hashBytes, hashToPyInt } from '../hashing';
import type { KwArgs, NativeGen } from '../vm/native';
import { asStr, argTypeName } from './str-args';
import { encodeStr } from './str-codecs';
import {
  bufferOf, bufferOrNull, bufferCopy, bytesRepr, bytesOfClass, byteArrayOfClass, subArg, byteValue, sameKind,
} from './bytes-core';
import { bytesPercentFormat } from './percent-format';
import './bytes-methods';
import './bytes-case-methods';
import './bytes-array';
import './memoryview';
import { checkResizable } from './buffer-exports';

bytesType.alloc = (cls) => bytesOfClass(new Uint8Array(0), cls);
bytearrayType.alloc = (cls) => byteArrayOfClass(new Uint8Array(0), cls);

/** Upper bound on sizes we allocate (MemoryError beyond, like ops/arith.ts). */
const MAX_LEN = 1 << 28;

/** The bytes produced by bytes(x) / bytearray(x) for the non-str cases. */
function* bytesFromObject(x: PyValue, kind: 'bytes' | 'bytearray'): NativeGen<Uint8Array> {
  const buf = bufferCopy(x);
  if (buf !== null) return buf;
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || (typeof x === 'object' && typeOf(x).lookup('__index__') !== undefined && !(x instanceof PyList))) {
    const n = yield* pyIndex(x);
    if (typeof n === 'bigint' || n > Number.MAX_SAFE_INTEGER) overflowError("cannot fit 'int' into an index-sized integer");
    if (n < 0) valueError('negative count');
    if (n > MAX_LEN) throwPy(memoryErrorType, '');
    return new Uint8Array(n as number);
  }
  const t = typeOf(x);
  let items: PyValue[] | null = null;
  if (typeof x === 'object' && (x.cls === listType || x.cls === tupleType)) items = (x as PyList).items.slice();
  else if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined || asStr(x) !== null) {
    typeError(`cannot convert '${t.name}' object to ${kind}`);
  }
  const out: number[] = [];
  const push = function* (v: PyValue) {
    // bytes() says "bytes must be in range", bytearray() "byte must be in range".
    const b = yield* byteValue(v, kind === 'bytes' ? 'bytes must be in range(0, 256)' : undefined);
    if (b === null) typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
    out.push(b!);
  };
  if (items !== null) for (const v of items) yield* push(v);
  else {
    const it = yield* pyIter(x);
    for (;;) {
      const v = yield* pyNext(it);
      if (v === STOP) break;
      yield* push(v as PyValue);
    }
  }
  return Uint8Array.from(out);
}

/** Shared argument logic of bytes(...) and bytearray(...). */
function* construct(kind: 'bytes' | 'bytearray', x: PyValue | undefined, enc: PyValue | undefined, errs: PyValue | undefined): NativeGen<Uint8Array> {
  if (enc !== undefined || errs !== undefined) {
    const s = x === undefined ? null : asStr(x);
    if (s === null) typeError(enc !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    if (enc !== undefined && typeof enc !== 'string') typeError(`${kind}() argument 'encoding' must be str, not ${argTypeName(enc)}`);
    if (errs !== undefined && typeof errs !== 'string') typeError(`${kind}() argument 'errors' must be str, not ${argTypeName(errs)}`);
    return encodeStr(s!, (enc as string | undefined) ?? 'utf-8', (errs as string | undefined) ?? 'strict');
  }
  if (x === undefined) return new Uint8Array(0);
  if (kind === 'bytes' && typeof x === 'object') {
    const m = typeOf(x).lookup('__bytes__');
    if (m !== undefined) {
      const r = yield* callMethod(m, x, []);
      if (!(r instanceof PyBytes)) typeError(`__bytes__ returned non-bytes (type ${typeOf(r).name})`);
      return (r as PyBytes).b;
    }
  }
  if (asStr(x) !== null) typeError('string argument without an encoding');
  return yield* bytesFromObject(x, kind);
}

const bytesSig = sig('bytes', 'source=?, encoding=?, errors=?');
function* bytesNew(args: PyValue[], kw: KwArgs | null): NativeGen {
  const cls = args[0];
  if (!(cls instanceof PyType) || !cls.isSubtypeOf(bytesType)) typeError('bytes.__new__(X): X is not a subtype of bytes');
  const [x, enc, errs] = bytesSig.bind(args, kw, 1) as (PyValue | undefined)[];
  if (cls === bytesType && x instanceof PyBytes && x.cls === bytesType && enc === undefined && errs === undefined) return x;
  return bytesOfClass(yield* construct('bytes', x, enc, errs), cls as PyType);
}
(bytesType.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', bytesNew, BuiltinKind.StaticMethod, bytesType));

(bytearrayType.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', (args: PyValue[]) => {
  const cls = args[0];
  if (!(cls instanceof PyType) || !cls.isSubtypeOf(bytearrayType)) typeError('bytearray.__new__(X): X is not a subtype of bytearray');
  return byteArrayOfClass(new Uint8Array(0), cls as PyType);
}, BuiltinKind.StaticMethod, bytearrayType));
const bytearraySig = sig('bytearray', 'source=?, encoding=?, errors=?');
slot(bytearrayType, '__init__', '*args, **kwargs', function* (self: PyByteArray, args: PyValue[], kw: KwArgs | null) {
  const [x, enc, errs] = bytearraySig.bind(args, kw) as (PyValue | undefined)[];
  // CPython empties the bytearray first of all, then fills it: both are resizes.
  if (self.length !== 0) checkResizable(self, ...args);
  const b = yield* construct('bytearray', x, enc, errs);
  if (b.length !== 0) checkResizable(self, ...args);
  self.buf = b;
  self.length = b.length;
  return None;
});

// ---- special methods shared by both types ----

for (const t of [bytesType, bytearrayType]) {
  const isBA = t === bytearrayType;
  const data = (self: PyValue, name: string): Uint8Array => {
    const b = isBA ? (self instanceof PyByteArray ? self.view() : null) : self instanceof PyBytes ? self.b : null;
    if (b === null) typeError(`descriptor '${name}' requires a '${t.name}' object but received a '${typeOf(self).name}'`);
    return b!;
  };
  const make = (b: Uint8Array): PyValue => (isBA ? new PyByteArray(b) : new PyBytes(b));

  slot(t, '__len__', '', (self: PyValue) => data(self, '__len__').length);
  slot(t, '__iter__', '', (self: PyValue) => {
    data(self, '__iter__');
    return isBA ? new BytesIterator(() => (self as PyByteArray).view(), bytearrayIteratorType) : new BytesIterator(() => (self as PyBytes).b);
  });
  slot(t, '__getitem__', 'key, /', function* (self: PyValue, k: PyValue) {
    const b = data(self, '__getitem__');
    if (k instanceof PySlice) {
      const [start, stop, step, n] = sliceIndices(k, b.length);
      if (step === 1) return make(b.slice(start, Math.max(start, stop)));
      const out = new Uint8Array(n);
      for (let i = 0, j = start; i < n; i++, j += step) out[i] = b[j];
      return make(out);
    }
    if (indexFast(k) === null && typeOf(k).lookup('__index__') === undefined) {
      typeError(`${isBA ? 'bytearray' : 'byte'} indices must be integers or slices, not ${typeOf(k).name}`);
    }
    return b[seqIndex(yield* pyIndex(k), b.length, isBA ? 'bytearray index out of range' : 'index out of range')];
  });
  slot(t, '__contains__', 'key, /', function* (self: PyValue, x: PyValue) {
    const b = data(self, '__contains__');
    const buf = bufferOf(x);
    if (buf === null) {
      const v = yield* byteValue(x);
      if (v === null) typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
      return b.includes(v!);
    }
    return indexOfBytes(b, yield* subArg(x), 0) >= 0;
  });
  slot(t, '__add__', 'value, /', (self: PyValue, o: PyValue) => {
    const a = data(self, '__add__');
    // A view that cannot export (released, not contiguous): "can't concat memoryview to bytes".
    const c = bufferOrNull(o);
    if (c === null) return NotImplemented;
    const r = new Uint8Array(a.length + c.length);
    r.set(a);
    r.set(c, a.length);
    return make(r);
  });
  const repeat = function* (self: PyValue, n: PyValue, name: string): NativeGen {
    const a = data(self, name);
    if (indexFast(n) === null && typeOf(n).lookup('__index__') === undefined) return NotImplemented;
    const k = repeatCountOf(yield* pyIndex(n));
    if (k <= 0 || a.length === 0) return make(new Uint8Array(0));
    if (a.length * k > MAX_LEN) throwPy(memoryErrorType, '');
    const r = new Uint8Array(a.length * k);
    for (let j = 0; j < k; j++) r.set(a, j * a.length);
    return make(r);
  };
  slot(t, '__mul__', 'value, /', function* (self: PyValue, n: PyValue) {
    return yield* repeat(self, n, '__mul__');
  });
  slot(t, '__rmul__', 'value, /', function* (self: PyValue, n: PyValue) {
    return yield* repeat(self, n, '__rmul__');
  });
  slot(t, '__mod__', 'value, /', function* (self: PyValue, args: PyValue) {
    return make(yield* bytesPercentFormat(data(self, '__mod__'), args));
  });
  slot(t, '__rmod__', 'value, /', function* (self: PyValue, other: PyValue) {
    data(self, '__rmod__');
    // bytes_mod / bytearray_mod format only a bytes or bytearray (never a memoryview).
    const f = other instanceof PyBytes || other instanceof PyByteArray ? bufferOf(other) : null;
    if (f === null) return NotImplemented;
    return sameKind(other, yield* bytesPercentFormat(f, self));
  });
  CMP_DUNDER.forEach((name, op) => {
    slot(t, name, 'value, /', (self: PyValue, o: PyValue) => {
      const a = data(self, name);
      // bytes compares only with bytes (and bytearray, whose reflected answer is the same);
      // bytearray with any buffer that exports. Others reach memoryview's own ==.
      const c = isBA ? bufferOrNull(o) : o instanceof PyBytes || o instanceof PyByteArray ? bufferOf(o) : null;
      if (c === null) return NotImplemented;
      return cmpResult(compareBytes(a, c), op);
    });
  });
  slot(t, '__repr__', '', (self: PyValue) => {
    const r = bytesRepr(data(self, '__repr__'), isBA);
    return isBA ? `${typeOf(self).name}(${r})` : r;
  });
  slot(t, '__str__', '', (self: PyValue) => {
    const r = bytesRepr(data(self, '__str__'), isBA);
    return isBA ? `${typeOf(self).name}(${r})` : r;
  });
}
slot(bytesType, '__hash__', '', (self: PyValue) => hashToPyInt(hashBytes((self as PyBytes).b)));
(bytearrayType.dict as PyDict).setStr('__hash__', None);
slot(bytesType, '__getnewargs__', '', (self: PyBytes) => new PyTuple([new PyBytes(self.b)]));
method(bytesType, '__bytes__', '', (self: PyBytes) => (self.cls === bytesType ? self : new PyBytes(self.b)));
slot(bytesType, '__sizeof__', '', (self: PyBytes) => 33 + self.b.length);
slot(bytearrayType, '__sizeof__', '', (self: PyByteArray) => 56 + (self.length === 0 ? 0 : self.length + 1));

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** First index of `sub` in `b` at or after `from`, or -1. */
export function indexOfBytes(b: Uint8Array, sub: Uint8Array, from: number): number {
  const m = sub.length;
  if (m === 0) return from <= b.length ? from : -1;
  const first = sub[0];
  outer: for (let i = b.indexOf(first, from); i >= 0 && i + m <= b.length; i = b.indexOf(first, i + 1)) {
    for (let j = 1; j < m; j++) if (b[i + j] !== sub[j]) continue outer;
    return i;
  }
  return -1;
}
