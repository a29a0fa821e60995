/**
 * The `memoryview` type (Objects/memoryobject.c): construction from a buffer exporter, the
 * attributes, tobytes/tolist/hex/toreadonly/release/cast, the context manager and repr. Indexing,
 * item assignment and iteration are in memoryview-items.ts, == and hash in memoryview-compare.ts.
 */
import type { PyObject, PyValue } from '../objects/object';
import { None, typeOf, intType } from '../objects/core-types';
import { PyBytes, PyByteArray } from '../objects/bytes';
import { PyList } from '../objects/list';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyIntSub } from '../objects/int-sub';
import { BuiltinKind, PyBuiltin } from '../objects/builtin';
import type { PyDict } from '../objects/dict';
import {
  PyMemoryView, ManagedBuffer, memoryviewType, MV_C, MV_F, type BufferSource,
} from '../objects/memoryview';
import { method, slot, getter } from '../runtime/define';
import { sig } from '../runtime/args';
import { typeError, valueError, overflowError } from '../runtime/errors';
import { fakeAddress } from '../ops/strrepr';
import type { KwArgs } from '../vm/native';
import { asStr, argTypeName } from './str-args';
import { encodeStr } from './str-codecs';
import { hexOf } from './bytes-case-methods';
import { registerExport } from './buffer-exports';
import { nativeChar, nativeSize, isByteFormat, itemChar, unpackItem } from './memoryview-format';
import './memoryview-items';
import './memoryview-compare';

export { memoryviewType };

/** Does `o` export a buffer BytesIO-style (a live, resizable memory)? */
function isBufferSource(o: PyValue): o is PyValue & BufferSource {
  return typeof o === 'object' && typeof (o as Partial<BufferSource>).exportedBytes === 'function';
}

/**
 * A new view on `mbuf` (mbuf_add_view). Views of a resizable exporter are registered, so the
 * exporter refuses to resize while one of them is alive.
 */
export function newView(mbuf: ManagedBuffer, offset: number, format: string, itemsize: number, shape: number[], strides: number[], readonly: boolean): PyMemoryView {
  const v = new PyMemoryView(mbuf, offset, format, itemsize, shape, strides, readonly);
  const o = mbuf.obj;
  if (o instanceof PyByteArray) registerExport(o, v);
  else if (!(o instanceof PyBytes)) registerExport((o as unknown as BufferSource).exportOwner, v);
  return v;
}

/** A view with the same geometry as `m` (memoryview(m), toreadonly()). */
export function copyView(m: PyMemoryView, readonly = m.readonly): PyMemoryView {
  return newView(m.mbuf, m.offset, m.format, m.itemsize, m.shape.slice(), m.strides.slice(), readonly);
}

/** PyMemoryView_FromObject: a view of any buffer exporter, or null when `x` exports none. */
export function memoryviewOf(x: PyValue): PyMemoryView | null {
  if (x instanceof PyMemoryView) {
    x.check();
    return copyView(x);
  }
  if (x instanceof PyBytes) return newView(new ManagedBuffer(x, true), 0, 'B', 1, [x.b.length], [1], true);
  if (x instanceof PyByteArray) return newView(new ManagedBuffer(x, false), 0, 'B', 1, [x.length], [1], false);
  if (isBufferSource(x)) {
    const n = x.exportedBytes().length;
    return newView(new ManagedBuffer(x as PyObject, false), 0, 'B', 1, [n], [1], false);
  }
  return null;
}

const newSig = sig('memoryview', 'object');
(memoryviewType.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', (args: PyValue[], kw: KwArgs | null) => {
  const [x] = newSig.bind(args, kw, 1);
  const m = memoryviewOf(x);
  if (m === null) typeError(`memoryview: a bytes-like object is required, not '${typeOf(x).name}'`);
  return m!;
}, BuiltinKind.StaticMethod, memoryviewType));

// ---- attributes (all refuse a released view) ----

const attr = (name: string, get: (m: PyMemoryView) => PyValue): void => {
  getter(memoryviewType, name, (m: PyMemoryView) => {
    m.check();
    return get(m);
  });
};
attr('obj', (m) => m.mbuf.obj);
attr('nbytes', (m) => m.nbytes);
attr('readonly', (m) => m.readonly);
attr('itemsize', (m) => m.itemsize);
attr('format', (m) => m.format);
attr('ndim', (m) => m.ndim);
attr('shape', (m) => newTuple(m.shape.slice()));
attr('strides', (m) => newTuple(m.strides.slice()));
attr('suboffsets', () => newTuple([]));
attr('c_contiguous', (m) => (m.flags & MV_C) !== 0);
attr('f_contiguous', (m) => (m.flags & MV_F) !== 0);
attr('contiguous', (m) => (m.flags & (MV_C | MV_F)) !== 0);

// ---- methods ----

method(memoryviewType, 'tobytes', 'order=None', (m: PyMemoryView, order: PyValue) => {
  if (order !== None && asStr(order) === null) typeError(`tobytes() argument 'order' must be str or None, not ${argTypeName(order)}`);
  m.check();
  const o = order === None ? 'C' : asStr(order)!;
  if (o !== 'C' && o !== 'F' && o !== 'A') valueError("order must be 'C', 'F' or 'A'");
  return new PyBytes(m.toBytes(o === 'F'));
});

/** tolist(): nested lists for an N-dimensional view, the item itself for a 0-dimensional one. */
method(memoryviewType, 'tolist', '', (m: PyMemoryView) => {
  const mem = m.mem();
  const ch = itemChar(m.format);
  if (m.ndim === 0) return unpackItem(mem, m.offset, ch);
  const build = (dim: number, off: number): PyList => {
    const out: PyValue[] = [];
    for (let i = 0; i < m.shape[dim]; i++) {
      const o = off + i * m.strides[dim];
      out.push(dim === m.ndim - 1 ? unpackItem(mem, o, ch) : build(dim + 1, o));
    }
    return new PyList(out);
  };
  return build(0, m.offset);
});

method(memoryviewType, 'hex', 'sep=?, bytes_per_sep=1', function* (m: PyMemoryView, sep: PyValue | undefined, per: PyValue) {
  m.check();
  return yield* hexOf(m.toBytes(), sep, per);
});

method(memoryviewType, 'toreadonly', '', (m: PyMemoryView) => {
  m.check();
  return copyView(m, true);
});

method(memoryviewType, 'release', '', (m: PyMemoryView) => {
  m.release();
  return None;
});
method(memoryviewType, '__enter__', '', (m: PyMemoryView) => {
  m.check();
  return m;
});
method(memoryviewType, '__exit__', '*args', (m: PyMemoryView) => {
  m.release();
  return None;
});

slot(memoryviewType, '__repr__', '', (m: PyMemoryView) => `<${m.released || m.mbuf.released ? 'released ' : ''}memory at ${fakeAddress(m)}>`);

// object.__sizeof__ of CPython's layout: 144 bytes plus shape, strides and suboffsets (3 × 8 per dimension).
slot(memoryviewType, '__sizeof__', '', (m: PyMemoryView) => 144 + 24 * Math.max(1, m.ndim));

slot(memoryviewType, '__len__', '', (m: PyMemoryView) => {
  m.check();
  return m.ndim === 0 ? 1 : m.shape[0];
});

// ---- cast ----

/** copy_shape: the dimensions of cast()'s shape argument, with CPython's checks. */
function castShape(seq: PyValue[]): number[] {
  const dims: number[] = [];
  let len = 1;
  for (const x of seq) {
    if (!(typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || x instanceof PyIntSub || (typeof x === 'object' && x.cls.isSubtypeOf(intType)))) {
      typeError('memoryview.cast(): elements of shape must be integers');
    }
    const v = typeof x === 'boolean' ? (x ? 1 : 0) : x instanceof PyIntSub ? x.v : (x as number | bigint);
    if (typeof v === 'bigint') overflowError('Python int too large to convert to C ssize_t');
    if ((v as number) <= 0) valueError('memoryview.cast(): elements of shape must be integers > 0');
    len *= v as number;
    if (len > Number.MAX_SAFE_INTEGER) valueError('memoryview.cast(): product(shape) > SSIZE_MAX');
    dims.push(v as number);
  }
  return dims;
}

method(memoryviewType, 'cast', 'format, shape=?', (m: PyMemoryView, format: PyValue, shape: PyValue | undefined) => {
  const fmt = asStr(format);
  if (fmt === null) typeError(`cast() argument 'format' must be str, not ${argTypeName(format)}`);
  m.check();
  if (!(m.flags & MV_C)) typeError('memoryview: casts are restricted to C-contiguous views');
  if ((shape !== undefined || m.ndim !== 1) && m.shape.includes(0)) typeError('memoryview: cannot cast view with zeros in shape or strides');
  let items: PyValue[] | null = null;
  if (shape !== undefined) {
    if (!(shape instanceof PyList || shape instanceof PyTuple)) typeError('shape must be a list or a tuple');
    items = (shape as PyList | PyTuple).items.slice();
    if (items.length > 64) valueError('memoryview: number of dimensions must not exceed 64');
    if (m.ndim !== 1 && items.length !== 1) typeError('memoryview: cast must be 1D -> ND or ND -> 1D');
  }
  // cast_to_1D: the format must be native, and one side of the cast a byte format.
  encodeStr(fmt!, 'ascii', 'strict');
  const ch = nativeChar(fmt!);
  if (ch === null) valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
  if (!isByteFormat(nativeChar(m.format)) && !isByteFormat(ch)) typeError('memoryview: cannot cast between two non-byte formats');
  const size = nativeSize(ch!);
  const len = m.nbytes;
  if (len % size !== 0) typeError('memoryview: length is not a multiple of itemsize');
  if (items === null) return newView(m.mbuf, m.offset, fmt!, size, [len / size], [size], m.readonly);
  // cast_to_ND: C-contiguous strides for the new shape.
  const dims = castShape(items);
  const strides = new Array<number>(dims.length);
  let total = size;
  for (let i = dims.length - 1; i >= 0; i--) {
    strides[i] = total;
    total *= dims[i];
  }
  if (total !== len) typeError('memoryview: product(shape) * itemsize != buffer size');
  return newView(m.mbuf, m.offset, fmt!, size, dims, strides, m.readonly);
});
