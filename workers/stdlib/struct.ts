/**
 * `_struct` (the C half of `struct`; `struct` itself is CPython's two-line struct.py): the
 * `Struct` type (format, size, pack, pack_into, unpack, unpack_from, iter_unpack), the module
 * functions over a cache of compiled formats, `struct.error`, and the `unpack_iterator`.
 * Formats, sizes and conversions are in ./struct-codes.ts; the argument, buffer and offset
 * checks here follow Modules/_struct.c with its messages.
 */
import { PyObject, STOP, type PyValue } from '../python/objects/object';
import { None, typeOf, objectType, builtinType } from '../python/objects/core-types';
import { PyBytes, PyByteArray } from '../python/objects/bytes';
import { PyBaseException } from '../python/objects/exception';
import { PyBuiltin, BuiltinKind } from '../python/objects/builtin';
import type { PyDict } from '../python/objects/dict';
import type { PyType } from '../python/objects/type';
import { newTuple } from '../python/objects/tuple';
import { SyncIterator } from '../python/objects/iterators';
import type { PyModule } from '../python/objects/module';
import { method, getter } from '../python/runtime/define';
import { typeError, exceptionType, baseExceptionType, indexError } from '../python/runtime/errors';
import { sig } from '../python/runtime/args';
import { pyIndex, pyAsSsize } from '../python/ops/subscript';
import { encodeStr, latin1 } from '../python/types/str-codecs';
import { bufferOf } from '../python/types/bytes-core';
import { charge, NK } from '../python/runtime/cost';
import type { Interpreter } from '../python/vm/interpreter-state';
import type { KwArgs, NativeGen } from '../python/vm/native';
import { parseFormat, packCode, unpackCode, StructError, type Layout } from './struct-codes';
import { cType, setNew, syncIterType } from './ioutil';
import { defModFn, defModRaw, shortTypeName } from './util';

/** struct.error: made by PyErr_NewException("struct.error"), so a heap class in module struct. */
export const structErrorType = builtinType('error', exceptionType, { module: 'struct', instanceDict: true });
structErrorType.layout = baseExceptionType;

function structError(msg: string): PyBaseException {
  return new PyBaseException(structErrorType, [msg]);
}

/** Run a pack/unpack step, raising the format machinery's errors as struct.error. */
function* guard<T>(g: NativeGen<T>): NativeGen<T> {
  try {
    return yield* g;
  } catch (e) {
    if (e instanceof StructError) throw structError(e.message);
    throw e;
  }
}
function guardSync<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof StructError) throw structError(e.message);
    throw e;
  }
}

export const structType = cType('_struct.Struct', objectType);

class PyStruct extends PyObject {
  fmt: Uint8Array | null = null;
  layout: Layout | null = null;
}
structType.alloc = (cls) => new PyStruct(cls);
(structType.dict as PyDict).setStr('__doc__', 'Struct(fmt) --> compiled struct object\n\n');

/** The bytes of a format argument (a str must be ASCII); TypeError for anything else. */
function formatBytes(f: PyValue): Uint8Array {
  if (typeof f === 'string') return encodeStr(f, 'ascii', 'strict');
  if (f instanceof PyBytes) return f.b;
  return typeError(`Struct() argument 1 must be a str or bytes object, not ${shortTypeName(typeOf(f))}`);
}

function init(s: PyStruct, f: PyValue): void {
  const fmt = formatBytes(f);
  s.layout = guardSync(() => parseFormat(fmt));
  s.fmt = fmt;
}

function layoutOf(s: PyStruct): Layout {
  // A Struct made by __new__ alone has size -1 and packs -1 items, as in CPython.
  return s.layout ?? { codes: [], size: -1, len: -1, table: 'native' };
}

/** A readable buffer (Py_buffer "y*"): any bytes-like object. */
function readBuffer(b: PyValue): Uint8Array {
  const buf = bufferOf(b);
  if (buf === null) typeError(`a bytes-like object is required, not '${shortTypeName(typeOf(b))}'`);
  return buf!;
}

/** s_pack_internal: the values packed into out[at…] (zeroed first). */
function* packInto(s: PyStruct, args: PyValue[], out: Uint8Array, at: number): NativeGen<void> {
  const l = layoutOf(s);
  out.fill(0, at, at + l.size);
  charge(NK.SeqCopy, l.len);
  let i = 0;
  for (const code of l.codes) yield* guard(packCode(out, at + code.offset, code, args[i++], l.table));
}

function* pack(s: PyStruct, args: PyValue[]): NativeGen<PyBytes> {
  const l = layoutOf(s);
  if (args.length !== l.len) throw structError(`pack expected ${l.len} items for packing (got ${args.length})`);
  const out = new Uint8Array(l.size);
  yield* packInto(s, args, out, 0);
  return new PyBytes(out);
}

function unpackAt(s: PyStruct, buf: Uint8Array, at: number): PyValue {
  const l = layoutOf(s);
  charge(NK.SeqCopy, l.len);
  return newTuple(l.codes.map((c) => unpackCode(buf, at + c.offset, c, l.table)));
}

function unpack(s: PyStruct, b: PyValue): PyValue {
  const buf = readBuffer(b);
  const l = layoutOf(s);
  if (buf.length !== l.size) throw structError(`unpack requires a buffer of ${l.size} bytes`);
  return unpackAt(s, buf, 0);
}

function* packIntoBuffer(s: PyStruct, args: PyValue[]): NativeGen<PyValue> {
  const l = layoutOf(s);
  if (args.length !== l.len + 2) {
    if (args.length === 0) throw structError('pack_into expected buffer argument');
    if (args.length === 1) throw structError('pack_into expected offset argument');
    throw structError(`pack_into expected ${l.len} items for packing (got ${args.length - 2})`);
  }
  const target = args[0];
  if (!(target instanceof PyByteArray)) typeError(`argument must be read-write bytes-like object, not ${shortTypeName(typeOf(target))}`);
  const buf = (target as PyByteArray).view();
  let offset = yield* pyIndex(args[1]);
  if (typeof offset === 'bigint') indexError("cannot fit 'int' into an index-sized integer");
  let off = offset as number;
  if (off < 0) {
    if (off + l.size > 0) throw structError(`no space to pack ${l.size} bytes at offset ${off}`);
    if (off + buf.length < 0) throw structError(`offset ${off} out of range for ${buf.length}-byte buffer`);
    off += buf.length;
  }
  if (buf.length - off < l.size) {
    throw structError(`pack_into requires a buffer of at least ${l.size + off} bytes for packing ${l.size} bytes at offset ${off} (actual buffer size is ${buf.length})`);
  }
  yield* packInto(s, args.slice(2), buf, off);
  return None;
}

function* unpackFrom(s: PyStruct, b: PyValue, offsetArg: PyValue): NativeGen<PyValue> {
  const buf = readBuffer(b);
  const l = layoutOf(s);
  let off = yield* pyAsSsize(offsetArg);
  if (off < 0) {
    if (off + l.size > 0) throw structError(`not enough data to unpack ${l.size} bytes at offset ${off}`);
    if (off + buf.length < 0) throw structError(`offset ${off} out of range for ${buf.length}-byte buffer`);
    off += buf.length;
  }
  if (buf.length - off < l.size) {
    throw structError(`unpack_from requires a buffer of at least ${l.size + off} bytes for unpacking ${l.size} bytes at offset ${off} (actual buffer size is ${buf.length})`);
  }
  return unpackAt(s, buf, off);
}

const unpackIterType = syncIterType('unpack_iterator', '_struct');

class UnpackIter extends SyncIterator {
  private at = 0;
  constructor(private s: PyStruct, private buf: Uint8Array) {
    super(unpackIterType);
  }
  next(): PyValue | typeof STOP {
    const size = layoutOf(this.s).size;
    if (this.at + size > this.buf.length) return STOP;
    const r = unpackAt(this.s, this.buf, this.at);
    this.at += size;
    return r;
  }
  override lengthHint(): number {
    return Math.floor((this.buf.length - this.at) / layoutOf(this.s).size);
  }
}
method(unpackIterType, '__length_hint__', '', (it: UnpackIter) => it.lengthHint());

function iterUnpack(s: PyStruct, b: PyValue): PyValue {
  const l = layoutOf(s);
  if (l.size === 0) throw structError('cannot iteratively unpack with a struct of length 0');
  // The iterator keeps its own copy: a bytearray may change size while it is being read.
  const buf = readBuffer(b).slice();
  if (buf.length % l.size !== 0) throw structError(`iterative unpacking requires a buffer of a multiple of ${l.size} bytes`);
  return new UnpackIter(s, buf);
}

setNew(structType, '*args, **kw', (cls: PyType) => new PyStruct(cls));
// Struct.__init__(format): Argument Clinic names the class in its errors ("Struct() missing …").
const initSig = sig('Struct', 'format');
(structType.dict as PyDict).setStr('__init__', new PyBuiltin('__init__', (args: PyValue[], kw: KwArgs | null) => {
  if (!(args[0] instanceof PyStruct)) typeError(`descriptor '__init__' requires a '_struct.Struct' object but received a '${typeOf(args[0] ?? None).name}'`);
  const [f] = initSig.bind(args, kw, 1);
  init(args[0] as PyStruct, f);
  return None;
}, BuiltinKind.Slot, structType));
getter(structType, 'format', (s: PyStruct) => (s.fmt === null ? None : latin1(s.fmt)));
getter(structType, 'size', (s: PyStruct) => layoutOf(s).size);
// Struct.pack(*v) and pack_into(buffer, offset, *v) are METH_FASTCALL: no keywords.
const rawMethod = (name: string, impl: (s: PyStruct, args: PyValue[]) => NativeGen<PyValue>): void => {
  (structType.dict as PyDict).setStr(name, new PyBuiltin(name, function* (args: PyValue[], kw: KwArgs | null) {
    if (!(args[0] instanceof PyStruct)) typeError(`descriptor '${name}' for '_struct.Struct' objects doesn't apply to a '${typeOf(args[0] ?? None).name}' object`);
    if (kw !== null && kw.size > 0) typeError(`Struct.${name}() takes no keyword arguments`);
    return yield* impl(args[0] as PyStruct, args.slice(1));
  }, BuiltinKind.Method, structType, undefined, true));
};
rawMethod('pack', pack);
rawMethod('pack_into', packIntoBuffer);
method(structType, 'unpack', 'buffer, /', (s: PyStruct, b: PyValue) => unpack(s, b));
method(structType, 'unpack_from', 'buffer, offset=0', unpackFrom);
method(structType, 'iter_unpack', 'buffer, /', (s: PyStruct, b: PyValue) => iterUnpack(s, b));
method(structType, '__sizeof__', '', (s: PyStruct) => 56 + 24 * (layoutOf(s).codes.length + 1));

const MAXCACHE = 100;

export function initStruct(_interp: Interpreter, m: PyModule): void {
  const ns = m.ns;
  // cache_struct_converter: compiled formats keyed by the format object (str and bytes apart).
  const cache = new Map<string, PyStruct>();
  const cached = (f: PyValue): PyStruct => {
    const key = typeof f === 'string' ? `s${f}` : f instanceof PyBytes ? `b${latin1(f.b)}` : null;
    const hit = key === null ? undefined : cache.get(key);
    if (hit !== undefined) return hit;
    const s = new PyStruct(structType);
    init(s, f);
    if (cache.size >= MAXCACHE) cache.clear();
    if (key !== null) cache.set(key, s);
    return s;
  };
  const noKw = (name: string, kw: KwArgs | null): void => {
    if (kw !== null && kw.size > 0) typeError(`_struct.${name}() takes no keyword arguments`);
  };
  const checkPositional = (name: string, args: PyValue[], n: number): void => {
    if (args.length !== n) typeError(`${name} expected ${n} arguments, got ${args.length}`);
  };
  ns.setStr('__doc__', STRUCT_DOC);
  ns.setStr('error', structErrorType);
  ns.setStr('Struct', structType);
  defModFn(ns, '_struct', '_clearcache', '', () => {
    cache.clear();
    return None;
  });
  defModFn(ns, '_struct', 'calcsize', 'format, /', (f: PyValue) => layoutOf(cached(f)).size, 'O');
  defModRaw(ns, '_struct', 'pack', function* (args: PyValue[], kw: KwArgs | null) {
    noKw('pack', kw);
    if (args.length === 0) typeError('missing format argument');
    return yield* pack(cached(args[0]), args.slice(1));
  });
  defModRaw(ns, '_struct', 'pack_into', function* (args: PyValue[], kw: KwArgs | null) {
    noKw('pack_into', kw);
    if (args.length === 0) typeError('missing format argument');
    return yield* packIntoBuffer(cached(args[0]), args.slice(1));
  });
  defModRaw(ns, '_struct', 'unpack', (args: PyValue[], kw: KwArgs | null) => {
    noKw('unpack', kw);
    checkPositional('unpack', args, 2);
    return unpack(cached(args[0]), args[1]);
  });
  const unpackFromSig = sig('unpack_from', 'format, /, buffer, offset=0');
  defModRaw(ns, '_struct', 'unpack_from', function* (args: PyValue[], kw: KwArgs | null) {
    if (args.length === 0) typeError('unpack_from() takes at least 1 positional argument (0 given)');
    const [f, b, off] = unpackFromSig.bind(args, kw);
    return yield* unpackFrom(cached(f), b, off);
  });
  defModRaw(ns, '_struct', 'iter_unpack', (args: PyValue[], kw: KwArgs | null) => {
    noKw('iter_unpack', kw);
    checkPositional('iter_unpack', args, 2);
    return iterUnpack(cached(args[0]), args[1]);
  });
}

const STRUCT_DOC = `Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double; e:half-float.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special cases (only available in native format):
  n:ssize_t; N:size_t;
  P:an integer type that is wide enough to hold a pointer.
Special case (not in native mode unless 'long long' in platform C):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
`;

