/**
 * Exact conversions and comparisons between Python ints (number | bigint) and floats:
 * int -> float (correctly rounded), float -> int (truncation), int / int true division (correctly
 * rounded even for huge bigints), exact int-vs-float comparison, as_integer_ratio, is_integer.
 */

import { pyThrow } from '../pyerror-signal';
import { decompose } from './float-bits';
import { bitLength, normInt, toBig, type PyInt } from './int-norm';

const TWO53 = 2 ** 53;

/** float(int): correctly rounded (half-even); OverflowError when too large. */
export function intToFloat(x: PyInt): number {
  if (typeof x === 'number') return x;
  // ECMAScript specifies Number(bigint) as round-to-nearest-even of the exact value.
  const f = Number(x);
  if (f === Infinity || f === -Infinity) pyThrow('OverflowError', 'int too large to convert to float');
  return f;
}

/** int(float): truncation toward zero. */
export function floatToInt(x: number): PyInt {
  if (x !== x) pyThrow('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) pyThrow('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  if (t >= -Number.MAX_SAFE_INTEGER && t <= Number.MAX_SAFE_INTEGER) return t === 0 ? 0 : t;
  return BigInt(t);
}

/**
 * Correctly rounded n/d for bigints n >= 0, d > 0, as a double (Infinity when it overflows).
 * Takes a 55+-bit quotient plus a sticky bit, then rounds half-even at the precision the result's
 * exponent allows (fewer bits for subnormals).
 */
export function ratioToFloat(n: bigint, d: bigint): number {
  if (n === 0n) return 0;
  const shift = bitLength(n) - bitLength(d) - 56;
  let q: bigint;
  let sticky: boolean;
  if (shift >= 0) {
    const dd = d << BigInt(shift);
    q = n / dd;
    sticky = q * dd !== n;
  } else {
    const nn = n << BigInt(-shift);
    q = nn / d;
    sticky = q * d !== nn;
  }
  // value = (q + frac) · 2^shift with q having 55 or 56 bits.
  const qbits = bitLength(q);
  const lsbExp = Math.max(qbits + shift - 53, -1074);
  if (qbits + shift > 1024) return Infinity;
  const drop = lsbExp - shift; // >= 2
  const dropB = BigInt(drop);
  let m = q >> dropB;
  const rem = q - (m << dropB);
  const half = 1n << (dropB - 1n);
  if (rem > half || (rem === half && (sticky || (m & 1n) === 1n))) m += 1n;
  // m <= 2^53 and -1074 <= lsbExp <= 971, so both factors are exact doubles and the product is
  // exact (or Infinity when rounding carried past the largest finite double).
  return Number(m) * 2 ** lsbExp;
}

/** int / int (true division), correctly rounded. */
export function intTrueDiv(a: PyInt, b: PyInt): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) pyThrow('ZeroDivisionError', 'division by zero');
    // Both operands are exact doubles, and IEEE division is correctly rounded.
    if (a <= TWO53 && a >= -TWO53 && b <= TWO53 && b >= -TWO53) return a / b;
  }
  const A = toBig(a);
  const B = toBig(b);
  if (B === 0n) pyThrow('ZeroDivisionError', 'division by zero');
  const neg = (A < 0n) !== (B < 0n);
  const r = ratioToFloat(A < 0n ? -A : A, B < 0n ? -B : B);
  if (r === Infinity) pyThrow('OverflowError', 'integer division result too large for a float');
  return neg ? -r : r;
}

/**
 * Exact comparison of an int with a float: -1 (i < f), 0, 1 (i > f), or NaN when f is NaN
 * (all ordered comparisons false, != true).
 */
export function compareIntFloat(i: PyInt, f: number): number {
  if (f !== f) return NaN;
  if (typeof i === 'number') return i < f ? -1 : i > f ? 1 : 0; // safe ints are exact doubles
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const fl = Math.floor(f);
  const bf = BigInt(fl);
  if (i < bf) return -1;
  if (i > bf) return 1;
  return fl === f ? 0 : -1; // i == floor(f) < f when f has a fraction
}

/** float.as_integer_ratio(): [numerator, denominator] in lowest terms. */
export function floatAsIntegerRatio(x: number): [PyInt, PyInt] {
  if (x !== x) pyThrow('ValueError', 'cannot convert NaN to integer ratio');
  if (x === Infinity || x === -Infinity) pyThrow('OverflowError', 'cannot convert Infinity to integer ratio');
  if (x === 0) return [0, 1];
  const neg = x < 0;
  let { m, e } = decompose(neg ? -x : x);
  // Strip factors of two shared with the denominator 2^-e.
  while (e < 0 && m % 2 === 0) {
    m /= 2;
    e++;
  }
  let n: bigint = BigInt(m);
  let d = 1n;
  if (e >= 0) n <<= BigInt(e);
  else d <<= BigInt(-e);
  if (neg) n = -n;
  return [normInt(n), normInt(d)];
}

/** float.is_integer(). */
export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.floor(x) === x;
}
