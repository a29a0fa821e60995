/**
 * memoryview's item access (memory_subscript, memory_ass_sub, memory_iter): an int or a tuple of
 * ints reads one item as a Python value of the view's format, a slice makes a new view sharing
 * the memory (any step), assignment packs a value into a writable view or copies a buffer of
 * the same structure into a one-dimensional slice. CPython's checks and messages, in its order.
 */
import { STOP, type PyValue, type Stop } from '../objects/object';
import { Ellipsis, typeOf, builtinType, objectType, None } from '../objects/core-types';
import { PySlice } from '../objects/range';
import { PyTuple } from '../objects/tuple';
import { SyncIterator } from '../objects/iterators';
import { PyMemoryView, memoryviewType } from '../objects/memoryview';
import { slot } from '../runtime/define';
import { typeError, indexError, valueError, notImplementedError } from '../runtime/errors';
import { indexFast, pyIndex, sliceIndices } from '../ops/subscript';
import { stopIteration } from '../vm/generators';
import type { NativeGen } from '../vm/native';
import { itemChar, unpackItem, packItem } from './memoryview-format';
import { newView, memoryviewOf } from './memoryview';

/** _PyIndex_Check: ints, bools and objects with __index__. */
const isIndex = (k: PyValue): boolean => indexFast(k) !== null || typeOf(k).lookup('__index__') !== undefined;

/** PyNumber_AsSsize_t(key, PyExc_IndexError). */
function* ssizeIndex(k: PyValue): NativeGen<number> {
  const i = yield* pyIndex(k);
  if (typeof i === 'bigint') indexError("cannot fit 'int' into an index-sized integer");
  return i as number;
}

/** lookup_dimension: the byte offset of item `index` along `dim`, from `off`. */
function lookupDim(m: PyMemoryView, off: number, dim: number, index: number): number {
  const n = m.shape[dim];
  if (index < 0) index += n;
  if (index < 0 || index >= n) indexError(`index out of bounds on dimension ${dim + 1}`);
  return off + m.strides[dim] * index;
}

const isMultiIndex = (k: PyValue): k is PyTuple => k instanceof PyTuple && k.items.every(isIndex);
const isMultiSlice = (k: PyValue): boolean => k instanceof PyTuple && k.items.length > 0 && k.items.every((x) => x instanceof PySlice);

/** ptr_from_tuple: the offset of the item a full tuple of indices names. */
function* offsetOfTuple(m: PyMemoryView, key: PyTuple): NativeGen<number> {
  if (key.items.length < m.ndim) notImplementedError('sub-views are not implemented');
  if (key.items.length > m.ndim) typeError(`cannot index ${m.ndim}-dimension view with ${key.items.length}-element tuple`);
  let off = m.offset;
  for (let d = 0; d < key.items.length; d++) off = lookupDim(m, off, d, yield* ssizeIndex(key.items[d]));
  return off;
}

/** init_slice on the first dimension: the sliced view's offset, length and stride. */
function sliceDim0(m: PyMemoryView, k: PySlice): [number, number, number] {
  const [start, , step, n] = sliceIndices(k, m.shape[0]);
  return [m.offset + m.strides[0] * start, n, m.strides[0] * step];
}

slot(memoryviewType, '__getitem__', 'key, /', function* (m: PyMemoryView, k: PyValue) {
  m.check();
  const ch = itemChar(m.format);
  if (m.ndim === 0) {
    if (k instanceof PyTuple && k.items.length === 0) return unpackItem(m.mem(), m.offset, ch);
    if (k === Ellipsis) return m;
    typeError('invalid indexing of 0-dim memory');
  }
  if (isIndex(k)) {
    const i = yield* ssizeIndex(k);
    if (m.ndim !== 1) notImplementedError('multi-dimensional sub-views are not implemented');
    const off = lookupDim(m, m.offset, 0, i);
    return unpackItem(m.mem(), off, ch);
  }
  if (k instanceof PySlice) {
    const [off, n, stride] = sliceDim0(m, k);
    return newView(m.mbuf, off, m.format, m.itemsize, [n, ...m.shape.slice(1)], [stride, ...m.strides.slice(1)], m.readonly);
  }
  if (isMultiIndex(k)) {
    const off = yield* offsetOfTuple(m, k);
    return unpackItem(m.mem(), off, ch);
  }
  if (isMultiSlice(k)) notImplementedError('multi-dimensional slicing is not implemented');
  return typeError('memoryview: invalid slice key');
});

/** Write one packed item, checking again that the view survived the conversion (gh-92888). */
function* storeItem(m: PyMemoryView, off: number, v: PyValue): NativeGen<void> {
  const bytes = yield* packItem(v, itemChar(m.format));
  m.mem().set(bytes, off);
}

/** PyObject_GetBuffer(value, PyBUF_FULL_RO) for a slice assignment's right-hand side. */
function sourceView(v: PyValue): PyMemoryView {
  if (v instanceof PyMemoryView) {
    v.check();
    return v;
  }
  const s = memoryviewOf(v);
  if (s === null) typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return s!;
}

const bareFormat = (f: string): string => (f.startsWith('@') ? f.slice(1) : f);

/** copy_single: copy `src` into a 1-D slice of `m` (the source is read first: overlap-safe). */
function copyInto(m: PyMemoryView, off: number, n: number, stride: number, src: PyMemoryView): void {
  // equiv_structure: same format and itemsize, same shape.
  if (bareFormat(src.format) !== bareFormat(m.format) || src.itemsize !== m.itemsize || src.ndim !== 1 || src.shape[0] !== n) {
    valueError('memoryview assignment: lvalue and rvalue have different structures');
  }
  const data = src.toBytes();
  const mem = m.mem();
  const size = m.itemsize;
  for (let i = 0; i < n; i++) mem.set(data.subarray(i * size, (i + 1) * size), off + i * stride);
}

slot(memoryviewType, '__setitem__', 'key, value, /', function* (m: PyMemoryView, k: PyValue, v: PyValue) {
  m.check();
  if (m.readonly) typeError('cannot modify read-only memory');
  if (m.ndim === 0) {
    if (k === Ellipsis || (k instanceof PyTuple && k.items.length === 0)) {
      yield* storeItem(m, m.offset, v);
      return None;
    }
    typeError('invalid indexing of 0-dim memory');
  }
  if (isIndex(k)) {
    if (m.ndim > 1) notImplementedError('sub-views are not implemented');
    const off = lookupDim(m, m.offset, 0, yield* ssizeIndex(k));
    yield* storeItem(m, off, v);
    return None;
  }
  if (k instanceof PySlice && m.ndim === 1) {
    // The rvalue's buffer is requested before the slice is computed, as in CPython.
    const src = sourceView(v);
    try {
      const [off, n, stride] = sliceDim0(m, k);
      copyInto(m, off, n, stride, src);
    } finally {
      if (src !== v) src.release();
    }
    return None;
  }
  if (isMultiIndex(k)) {
    const off = yield* offsetOfTuple(m, k);
    yield* storeItem(m, off, v);
    return None;
  }
  if (k instanceof PySlice || isMultiSlice(k)) notImplementedError('memoryview slice assignments are currently restricted to ndim = 1');
  return typeError('memoryview: invalid slice key');
});

slot(memoryviewType, '__delitem__', 'key, /', (m: PyMemoryView) => {
  m.check();
  if (m.readonly) typeError('cannot modify read-only memory');
  return typeError('cannot delete memory');
});

// ---- iteration ----

const memoryIteratorType = builtinType('memory_iterator', objectType, { final: true });

class MemoryIterator extends SyncIterator {
  i = 0;
  private readonly ch: string;
  constructor(private seq: PyMemoryView | null) {
    super(memoryIteratorType);
    this.ch = itemChar(seq!.format);
  }
  next(): PyValue | Stop {
    const m = this.seq;
    if (m === null) return STOP;
    if (this.i < m.shape[0]) {
      return unpackItem(m.mem(), m.offset + m.strides[0] * this.i++, this.ch);
    }
    this.seq = null;
    return STOP;
  }
}

slot(memoryviewType, '__iter__', '', (m: PyMemoryView) => {
  // CPython 3.11 forgets this check (iter() of a released view raises SystemError).
  m.check();
  if (m.ndim === 0) typeError('invalid indexing of 0-dim memory');
  if (m.ndim !== 1) notImplementedError('multi-dimensional sub-views are not implemented');
  return new MemoryIterator(m);
});
slot(memoryIteratorType, '__iter__', '', (it: MemoryIterator) => it);
slot(memoryIteratorType, '__next__', '', (it: MemoryIterator) => {
  const v = it.next();
  if (v === STOP) throw stopIteration(None);
  return v;
});
