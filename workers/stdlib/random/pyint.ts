/**
 * The few Python int operations random.py needs, on the runtime's int convention (a JS number
 * when safe, else a bigint, never both for one value). Numbers stay on the fast path; anything
 * that could leave the safe range is redone in BigInt and re-canonicalised.
 */
import { pyThrow } from '../../python/pyerror-signal';

export type PyInt = number | bigint;

const MAX = 9007199254740991;

export function canon(b: bigint): PyInt {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function big(x: PyInt): bigint {
  return typeof x === 'bigint' ? x : BigInt(x);
}

export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (s <= MAX && s >= -MAX) return s;
  }
  return canon(big(a) + big(b));
}

export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a - b;
    if (s <= MAX && s >= -MAX) return s;
  }
  return canon(big(a) - big(b));
}

export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const p = a * b;
    if (p <= MAX && p >= -MAX) return p; // |p| < 2^53 means the double product was exact
  }
  return canon(big(a) * big(b));
}

/** Python's a // b (floor division), b != 0. */
export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  const x = big(a), y = big(b);
  let q = x / y; // truncates toward zero
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return canon(q);
}

/** Sign-aware three-way comparison of two ints. */
export function intCmp(a: PyInt, b: PyInt): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const x = big(a), y = big(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** int.bit_length() of a non-negative int. */
export function bitLength(n: PyInt): number {
  if (typeof n === 'number') {
    if (n < 4294967296) return 32 - Math.clz32(n);
    return 64 - Math.clz32(Math.floor(n / 4294967296));
  }
  return n === 0n ? 0 : n.toString(2).length;
}

/** int(x) for a float: truncation, with CPython's errors for infinities and NaN. */
export function floatToInt(x: number): PyInt {
  if (x !== x) pyThrow('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) pyThrow('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(x) + 0; // + 0 drops a negative zero
  return Number.isSafeInteger(t) ? t : BigInt(t);
}

/** float(n) for an int: correctly rounded (BigInt -> Number rounds to nearest even). */
export function intToFloat(n: PyInt): number {
  if (typeof n === 'number') return n;
  const f = Number(n);
  if (f === Infinity || f === -Infinity) pyThrow('OverflowError', 'int too large to convert to float');
  return f;
}

/** Exact `x < n` for a float x and an int n, as Python compares them. */
export function floatLtInt(x: number, n: PyInt): boolean {
  if (typeof n === 'number') return x < n;
  if (x !== x) return false;
  if (x === Infinity || x === -Infinity) return x < 0;
  // For an integer n, x < n exactly when floor(x) < n.
  return BigInt(Math.floor(x)) < n;
}
