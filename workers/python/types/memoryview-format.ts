/**
 * The item formats of memoryview: the native single-character struct formats of x86-64 Linux
 * (what CPython's memoryview can index, cast to and compare), reading an item as a Python value
 * (unpack_single) and writing one with CPython's checks and messages (pack_single).
 */
import type { PyValue } from '../objects/object';
import { normBig } from '../objects/object';
import { newFloat } from '../objects/float';
import { PyBytes } from '../objects/bytes';
import { PyBaseException } from '../objects/exception';
import { typeOf } from '../objects/core-types';
import { typeError, valueError, typeErrorType, valueErrorType, overflowErrorType, toPyException } from '../runtime/errors';
import { PyErrorSignal } from '../pyerror-signal';
import { pyIndex } from '../ops/subscript';
import { pyTruthy } from '../ops/truth';
import type { NativeGen } from '../vm/native';
import { asDouble } from '../../stdlib/util';

/** Item size of each native format character (get_native_fmtchar). */
const SIZES: Record<string, number> = {
  c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, f: 4, d: 8, P: 8,
};

/** The format character of a native single-character format ('@' allowed), or null. */
export function nativeChar(fmt: string): string | null {
  const f = fmt.startsWith('@') ? fmt.slice(1) : fmt;
  return f.length === 1 && Object.prototype.hasOwnProperty.call(SIZES, f) ? f : null;
}

export function nativeSize(ch: string): number {
  return SIZES[ch];
}

export const isByteFormat = (ch: string | null): boolean => ch === 'b' || ch === 'B' || ch === 'c';

/** adjust_fmt: the format character items are read with (formats are always native here). */
export function itemChar(fmt: string): string {
  return fmt.startsWith('@') ? fmt.slice(1) : fmt;
}

function dv(m: Uint8Array): DataView {
  return new DataView(m.buffer, m.byteOffset, m.byteLength);
}

/** unpack_single: the item at `off` as a Python value (little-endian, like the machine). */
export function unpackItem(m: Uint8Array, off: number, ch: string): PyValue {
  switch (ch) {
    case 'B': return m[off];
    case 'b': return (m[off] << 24) >> 24;
    case 'c': return new PyBytes(m.slice(off, off + 1));
    case '?': return m[off] !== 0;
    case 'h': return dv(m).getInt16(off, true);
    case 'H': return dv(m).getUint16(off, true);
    case 'i': return dv(m).getInt32(off, true);
    case 'I': return dv(m).getUint32(off, true);
    case 'l': case 'q': case 'n': return normBig(dv(m).getBigInt64(off, true));
    case 'L': case 'Q': case 'N': case 'P': return normBig(dv(m).getBigUint64(off, true));
    case 'f': return newFloat(dv(m).getFloat32(off, true));
    case 'd': return newFloat(dv(m).getFloat64(off, true));
    default: throw new Error(`memoryview: unexpected format ${ch}`);
  }
}

const typeErrorInt = (ch: string): never => typeError(`memoryview: invalid type for format '${ch}'`);
const valueErrorInt = (ch: string): never => valueError(`memoryview: invalid value for format '${ch}'`);

/** Integer ranges of the integer formats, as [min, max]. */
const RANGES: Record<string, [bigint, bigint]> = {
  b: [-128n, 127n], B: [0n, 255n], h: [-32768n, 32767n], H: [0n, 65535n],
  i: [-(2n ** 31n), 2n ** 31n - 1n], I: [0n, 2n ** 32n - 1n],
  l: [-(2n ** 63n), 2n ** 63n - 1n], q: [-(2n ** 63n), 2n ** 63n - 1n], n: [-(2n ** 63n), 2n ** 63n - 1n],
  L: [0n, 2n ** 64n - 1n], Q: [0n, 2n ** 64n - 1n], N: [0n, 2n ** 64n - 1n],
  // PyLong_AsVoidPtr takes negative values as signed, positive ones as unsigned.
  P: [-(2n ** 63n), 2n ** 64n - 1n],
};

/** fix_error_int: TypeError/ValueError/OverflowError of a conversion become memoryview's own. */
function* converted<T>(ch: string, conv: () => NativeGen<T>): NativeGen<T> {
  try {
    return yield* conv();
  } catch (e) {
    if (e instanceof PyBaseException || e instanceof PyErrorSignal) {
      const t = typeOf(toPyException(e));
      if (t.isSubtypeOf(typeErrorType)) typeErrorInt(ch);
      if (t.isSubtypeOf(overflowErrorType) || t.isSubtypeOf(valueErrorType)) valueErrorInt(ch);
    }
    throw e;
  }
}

/**
 * pack_single: the bytes storing `v` as one item of format `ch`. Conversions run first (they may
 * call __index__/__float__/__bool__), so the caller re-checks the view before writing.
 */
export function* packItem(v: PyValue, ch: string): NativeGen<Uint8Array> {
  const size = SIZES[ch];
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  if (ch === 'c') {
    if (!(v instanceof PyBytes)) typeErrorInt(ch);
    if ((v as PyBytes).b.length !== 1) valueErrorInt(ch);
    out[0] = (v as PyBytes).b[0];
    return out;
  }
  if (ch === '?') {
    out[0] = (yield* pyTruthy(v)) ? 1 : 0;
    return out;
  }
  if (ch === 'f' || ch === 'd') {
    const d = yield* converted(ch, () => asDouble(v));
    if (ch === 'f') view.setFloat32(0, d, true);
    else view.setFloat64(0, d, true);
    return out;
  }
  const n = BigInt(yield* converted(ch, () => pyIndex(v)));
  const [lo, hi] = RANGES[ch];
  if (n < lo || n > hi) valueErrorInt(ch);
  // Two's complement little-endian, `size` bytes.
  let u = BigInt.asUintN(size * 8, n);
  for (let i = 0; i < size; i++) {
    out[i] = Number(u & 0xffn);
    u >>= 8n;
  }
  return out;
}
