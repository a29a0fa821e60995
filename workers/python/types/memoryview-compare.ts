/**
 * memoryview == and hash (memory_richcompare, memory_hash). Views compare equal to any buffer
 * (bytes, bytearray, another view) of the same shape whose items are equal as Python values —
 * so a cast('i') view can equal a 'B' view, and a float view holding NaN is not equal even to
 * itself; ordering is not supported. Only read-only views of byte formats hash, like the bytes.
 */
import type { PyValue } from '../objects/object';
import { NotImplemented } from '../objects/core-types';
import { PyBytes } from '../objects/bytes';
import { PyFloat } from '../objects/float';
import { PyMemoryView, memoryviewType } from '../objects/memoryview';
import { slot } from '../runtime/define';
import { valueError } from '../runtime/errors';
import { CMP_DUNDER } from '../ops/compare';
import { pyHash } from '../ops/hash';
import { hashBytes, hashToPyInt } from '../hashing';
import type { NativeGen } from '../vm/native';
import { isByteFormat, nativeChar, itemChar, unpackItem } from './memoryview-format';
import { memoryviewOf } from './memoryview';

/** Python == between two unpacked items (ints, bools, floats, 1-byte bytes). */
function itemsEqual(a: PyValue, b: PyValue): boolean {
  if (a instanceof PyBytes || b instanceof PyBytes) return a instanceof PyBytes && b instanceof PyBytes && a.b[0] === b.b[0];
  const num = (x: PyValue): number | bigint => (typeof x === 'boolean' ? (x ? 1 : 0) : x instanceof PyFloat ? x.v : (x as number | bigint));
  // Loose equality compares a bigint with a number exactly (and NaN with nothing).
  // eslint-disable-next-line eqeqeq
  return num(a) == num(b);
}

/** equiv_shape: same number of dimensions and the same extents (up to a zero extent). */
function sameShape(v: PyMemoryView, w: PyMemoryView): boolean {
  if (v.ndim !== w.ndim) return false;
  for (let i = 0; i < v.ndim; i++) {
    if (v.shape[i] !== w.shape[i]) return false;
    if (v.shape[i] === 0) break;
  }
  return true;
}

function valuesEqual(v: PyMemoryView, w: PyMemoryView): boolean {
  if (!sameShape(v, w)) return false;
  const vm = v.mem();
  const wm = w.mem();
  const vc = itemChar(v.format);
  const wc = itemChar(w.format);
  const vo = v.offsets();
  const wo = w.offsets();
  for (let i = 0; i < vo.length; i++) {
    if (!itemsEqual(unpackItem(vm, vo[i], vc), unpackItem(wm, wo[i], wc))) return false;
  }
  return true;
}

/** memory_richcompare for == (null: NotImplemented). A released view equals only itself. */
function mvEquals(v: PyMemoryView, w: PyValue): boolean | null {
  if (v.released || v.mbuf.released) return v === w;
  if (w instanceof PyMemoryView) return w.released || w.mbuf.released ? v === w : valuesEqual(v, w);
  const ww = memoryviewOf(w);
  if (ww === null) return null;
  try {
    return valuesEqual(v, ww);
  } finally {
    ww.release();
  }
}

CMP_DUNDER.forEach((name, op) => {
  slot(memoryviewType, name, 'value, /', (v: PyMemoryView, w: PyValue) => {
    if (name !== '__eq__' && name !== '__ne__') return NotImplemented;
    const eq = mvEquals(v, w);
    if (eq === null) return NotImplemented;
    return op === 2 ? eq : !eq;
  });
});

slot(memoryviewType, '__hash__', '', function* (m: PyMemoryView): NativeGen {
  if (m.hash === null) {
    m.check();
    if (!m.readonly) valueError('cannot hash writable memoryview object');
    if (!isByteFormat(nativeChar(m.format))) valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    // The exporter must be hashable too (a read-only view of a bytearray is not).
    yield* pyHash(m.mbuf.obj);
    m.hash = hashToPyInt(hashBytes(m.toBytes()));
  }
  return m.hash;
});
