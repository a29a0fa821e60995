/**
 * Bit-level access to IEEE-754 doubles and an error-free product.
 *
 * Exact decimal conversion needs the double as m·2^e with integer m; `twoProduct` (Dekker/Veltkamp,
 * no FMA needed) gives x·y exactly as hi+lo so the common small-precision formatting cases can be
 * rounded exactly without BigInt.
 */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Index of the high word: detect endianness once instead of assuming little-endian.
const HI = (() => {
  f64[0] = 1;
  return u32[1] === 0x3ff00000 ? 1 : 0;
})();
const LO = 1 - HI;

/** Decompose a finite, positive, nonzero double as m·2^e (m an integer < 2^53). */
export function decompose(x: number): { m: number; e: number } {
  f64[0] = x;
  const hi = u32[HI];
  const lo = u32[LO];
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff) * 4294967296 + lo;
  if (bexp === 0) return { m: frac, e: -1074 };
  return { m: frac + 4503599627370496, e: bexp - 1075 };
}

/** Same as `decompose` but with m made odd (the exponent is then the 2-adic valuation of x). */
export function decomposeOdd(x: number): { m: number; e: number } {
  let { m, e } = decompose(x);
  // m < 2^53: peel off low zero bits using the 32-bit halves.
  let lo = m % 4294967296;
  if (lo === 0) {
    m /= 4294967296;
    e += 32;
    lo = m % 4294967296;
  }
  const tz = 31 - Math.clz32(lo & -lo);
  m /= 2 ** tz;
  e += tz;
  return { m, e };
}

/** True if the sign bit is set (distinguishes -0.0 from 0.0). */
export function signBit(x: number): boolean {
  return x < 0 || (x === 0 && 1 / x < 0);
}

const SPLITTER = 134217729; // 2^27 + 1

/** x·y = hi + lo exactly (no overflow/underflow assumed). */
export function twoProduct(x: number, y: number): [number, number] {
  const p = x * y;
  let c = SPLITTER * x;
  const xh = c - (c - x);
  const xl = x - xh;
  c = SPLITTER * y;
  const yh = c - (c - y);
  const yl = y - yh;
  const err = xh * yh - p + xh * yl + xl * yh + xl * yl;
  return [p, err];
}

/** Exact powers of ten representable as doubles (10^0 .. 10^22). */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

const TWO50 = 2 ** 50;

/**
 * round_half_even(x·10^k) for x > 0 and 0 <= k <= 22, computed exactly with doubles, or -1 when
 * the result would be too large (>= 2^50) for the exact argument below.
 *
 * Proof sketch: y = x·10^k = hi + lo exactly (twoProduct). With hi < 2^50, ulp(hi) <= 2^-3 and
 * |lo| <= 2^-4, so y - floor(hi) lies in (-1/2, 1) and the answer is fl or fl+1. t = frac(hi) - 1/2
 * is exact (a multiple of ulp(hi) below 1, or Sterbenz when hi < 1), and the sign of fl(t + lo) is the
 * sign of the exact sum, which decides up/down/tie. When hi < 1/4 the answer is 0 without lo.
 */
export function fastRoundScaled(x: number, k: number): number {
  const [hi, lo] = twoProduct(x, POW10[k]);
  if (!(hi < TWO50)) return -1;
  if (hi < 0.25) return 0;
  const fl = Math.floor(hi);
  const s = hi - fl - 0.5 + lo;
  if (s < 0) return fl;
  if (s > 0) return fl + 1;
  return fl % 2 === 0 ? fl : fl + 1;
}

/** Compare the exact value x·10^k (x > 0, 0 <= k <= 22) with a double c: -1, 0 or 1. */
export function cmpScaled(x: number, k: number, c: number): number {
  const [hi, lo] = twoProduct(x, POW10[k]);
  if (hi !== c) return hi < c ? -1 : 1;
  return lo < 0 ? -1 : lo > 0 ? 1 : 0;
}
