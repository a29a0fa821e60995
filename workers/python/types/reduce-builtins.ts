/**
 * How built-in types take part in the reduce protocol, as in CPython 3.11: __getnewargs__ of
 * int/float/str (tuple, bytes and complex define theirs beside their other methods),
 * __reduce__/__reduce_ex__ of bytearray, range, slice, Ellipsis, NotImplemented, exceptions
 * (OSError's and ImportError's own forms), built-in functions and methods and bound methods
 * ((getattr, (owner, name))), list and tuple iterators ((iter, (seq,), index)), and
 * `type.__flags__`, which copyreg._reduce_ex reads for Py_TPFLAGS_HEAPTYPE.
 */
import type { PyValue } from '../objects/object';
import {
  None, typeType, intType, floatType, strType, bytearrayType, rangeType, sliceType, ellipsisType,
  notImplementedType, builtinFunctionType, methodDescriptorType, wrapperDescriptorType, methodType,
  listType, tupleType, bytesType, dictType, listIteratorType, tupleIteratorType,
} from '../objects/core-types';
import { PyType, TPFLAGS_COLLECTION, TPFLAGS_MATCH_SELF } from '../objects/type';
import { PyDict } from '../objects/dict';
import { newTuple } from '../objects/tuple';
import { PyBytes, PyByteArray } from '../objects/bytes';
import { PyFloat, newFloat } from '../objects/float';
import { PyRange, PySlice } from '../objects/range';
import { PyBuiltin, BuiltinKind } from '../objects/builtin';
import { PyBaseException } from '../objects/exception';
import { PyMethod } from '../objects/function';
import { intVal } from '../objects/int-sub';
import { method, getter } from '../runtime/define';
import {
  baseExceptionType, osErrorType, importErrorType, syntaxErrorType, unicodeDecodeErrorType, unicodeEncodeErrorType,
} from '../runtime/errors';
import { pyGetAttr } from '../ops/attr';
import { pyAsCInt, pyAsSsize } from '../ops/subscript';
import { PyList } from '../objects/list';
import { ListIterator, TupleIterator } from '../objects/iterators';
import { currentThread } from '../vm/current';
import type { NativeGen } from '../vm/native';
import { asStr } from './str-args';
import { latin1 } from './str-codecs';
import { objectGetstate } from './reduce';

method(intType, '__getnewargs__', '', (self: PyValue) => newTuple([intVal(self)!]));
method(floatType, '__getnewargs__', '', (self: PyFloat) => newTuple([newFloat(self.v)]));
method(strType, '__getnewargs__', '', (self: PyValue) => newTuple([asStr(self)!]));

/** bytearray's _common_reduce: (type, (latin-1 str, 'latin-1') or (bytes,), state). */
function* bytearrayReduce(self: PyByteArray, proto: number): NativeGen<PyValue> {
  const state = yield* objectGetstate(self, false);
  const data = self.view();
  if (data.length === 0) return newTuple([self.cls, newTuple([]), state]);
  const args = proto < 3 ? newTuple([latin1(data), 'latin-1']) : newTuple([new PyBytes(data.slice())]);
  return newTuple([self.cls, args, state]);
}
method(bytearrayType, '__reduce__', '', function* (self: PyByteArray) {
  return yield* bytearrayReduce(self, 2);
});
method(bytearrayType, '__reduce_ex__', 'proto=0, /', function* (self: PyByteArray, proto: PyValue) {
  return yield* bytearrayReduce(self, (yield* pyAsCInt(proto)) < 3 ? 2 : 3);
});

method(rangeType, '__reduce__', '', (r: PyRange) => newTuple([rangeType, newTuple([r.start, r.stop, r.step])]));
method(sliceType, '__reduce__', '', (s: PySlice) => newTuple([sliceType, newTuple([s.start, s.stop, s.step])]));
method(ellipsisType, '__reduce__', '', () => 'Ellipsis');
method(notImplementedType, '__reduce__', '', () => 'NotImplemented');

function builtinGetattr(): PyValue {
  return currentThread().interp.builtins.getStr('getattr')!;
}

// meth_reduce: a module-level function pickles by its name, a method as getattr(self, name).
method(builtinFunctionType, '__reduce__', '', (b: PyBuiltin) => {
  const owner = b.self ?? (b.kind === BuiltinKind.StaticMethod && b.name === '__new__' ? b.owner : undefined);
  if (owner === undefined || owner === null) return b.name;
  return newTuple([builtinGetattr(), newTuple([owner, b.name])]);
});
// descr_reduce: getattr(objclass, name).
for (const t of [methodDescriptorType, wrapperDescriptorType]) {
  method(t, '__reduce__', '', (b: PyBuiltin) => newTuple([builtinGetattr(), newTuple([b.owner!, b.name])]));
}
method(methodType, '__reduce__', '', function* (m: PyMethod) {
  return newTuple([builtinGetattr(), newTuple([m.self, yield* pyGetAttr(m.func, '__name__')])]);
});

// listiter_reduce / tupleiter_reduce: (iter, (sequence,), index), or (iter, ([],)) once exhausted;
// __setstate__(index) puts a new iterator at the index.
function builtinIter(): PyValue {
  return currentThread().interp.builtins.getStr('iter')!;
}
method(listIteratorType, '__reduce__', '', (it: ListIterator) => {
  if (it.list === null) return newTuple([builtinIter(), newTuple([new PyList([])])]);
  return newTuple([builtinIter(), newTuple([it.list]), it.i]);
});
method(tupleIteratorType, '__reduce__', '', (it: TupleIterator) => {
  if (it.items === null) return newTuple([builtinIter(), newTuple([newTuple([])])]);
  return newTuple([builtinIter(), newTuple([newTuple(it.items)]), it.i]);
});
for (const t of [listIteratorType, tupleIteratorType]) {
  method(t, '__setstate__', 'state, /', function* (it: ListIterator | TupleIterator, state: PyValue) {
    const i = yield* pyAsSsize(state);
    const seq = it instanceof ListIterator ? it.list?.items : it.items;
    if (seq !== null && seq !== undefined) it.i = Math.max(0, Math.min(i, seq.length));
    return None;
  });
}

/**
 * Attributes that are C members of exceptions in CPython but live in the instance dict here;
 * they are not part of the pickled state (the constructor's arguments rebuild them).
 */
const MEMBERS: [PyType, string[]][] = [
  [osErrorType, ['errno', 'strerror', 'filename', 'filename2']],
  [syntaxErrorType, ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line']],
  [unicodeDecodeErrorType, ['encoding', 'object', 'start', 'end', 'reason']],
  [unicodeEncodeErrorType, ['encoding', 'object', 'start', 'end', 'reason']],
];

/** The exception's __dict__ without the member entries (null when nothing is left). */
function excDict(e: PyBaseException): PyDict | null {
  if (e.dict === null || e.dict.size === 0) return null;
  const skip = MEMBERS.find(([t]) => e.cls.isSubtypeOf(t))?.[1];
  if (skip === undefined) return e.dict;
  const d = new PyDict();
  e.dict.forEach((k, v) => {
    if (typeof k === 'string' && !skip.includes(k)) d.setStr(k, v);
  });
  return d.size > 0 ? d : null;
}

// BaseException_reduce (OSError_reduce: args with the filename(s); ImportError_reduce: name and
// path as state).
method(baseExceptionType, '__reduce__', '', (e: PyBaseException) => {
  let args = newTuple(e.args.slice());
  let state: PyDict | null = excDict(e);
  if (e.cls.isSubtypeOf(osErrorType) && e.args.length === 2 && e.dict !== null) {
    const filename = e.dict.getStr('filename');
    const filename2 = e.dict.getStr('filename2');
    if (filename !== undefined && filename !== None) {
      args = newTuple(filename2 !== undefined && filename2 !== None ? [...e.args, filename, None, filename2] : [...e.args, filename]);
    }
  }
  if (e.cls.isSubtypeOf(importErrorType) && (e.impName !== undefined || e.impPath !== undefined)) {
    const d = new PyDict();
    state?.forEach((k, v) => d.setStr(k as string, v));
    if (e.impName !== undefined) d.setStr('name', e.impName);
    if (e.impPath !== undefined) d.setStr('path', e.impPath);
    state = d;
  }
  return newTuple(state === null ? [e.cls, args] : [e.cls, args, state]);
});

/**
 * type.__flags__: the tp_flags bits that can be told from here — HEAPTYPE (copyreg tests it),
 * BASETYPE, IMMUTABLETYPE, READY, the *_SUBCLASS bits, the pattern-matching bits.
 */
const SUBCLASS_BITS: [PyType, number][] = [
  [intType, 1 << 24], [listType, 1 << 25], [tupleType, 1 << 26], [bytesType, 1 << 27], [strType, 1 << 28],
  [dictType, 1 << 29], [baseExceptionType, 1 << 30], [typeType, 2 ** 31],
];
getter(typeType, '__flags__', (t: PyType) => {
  let f = (1 << 12) | (t.patmaFlags & (TPFLAGS_COLLECTION | TPFLAGS_MATCH_SELF));
  if (t.subclassable) f |= 1 << 10;
  f |= t.isHeap ? (1 << 9) | (1 << 14) : (1 << 8) | (1 << 19);
  if (t.isHeap && t.instancesHaveDict) f |= 1 << 4;
  if ((t.dict as PyDict).getStr('__abstractmethods__') !== undefined) f |= 1 << 20;
  for (const [base, bit] of SUBCLASS_BITS) if (t.isSubtypeOf(base)) f += bit;
  return f;
});

