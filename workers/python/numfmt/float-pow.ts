/**
 * Correctly rounded x**y for finite x > 0 (x != 1) and finite y != 0: the libm part of CPython's
 * float_pow. CPython calls the platform pow() (glibc: correctly rounded in practice), while V8's
 * Math.pow is off by an ulp surprisingly often (2**0.5, 1e10**7 ...), so we compute it ourselves:
 *
 * - integer exponents with a moderate exact result: exact BigInt power, one correct rounding (this
 *   also gets exact halfway cases right);
 * - everything else: exp(y·log(x)) in double-double arithmetic (~100 bits), then rounded once.
 *   (glibc's pow is not quite correctly rounded either: its documented bound is 0.52 ulp, so in
 *   rare near-halfway cases CPython-on-glibc prints the other neighbour; the fixtures record the
 *   correctly rounded value next to CPython's for exactly those cases.)
 *   log uses the atanh series on a mantissa reduced to [1/√2, √2] (relative accuracy even near
 *   x = 1, where |y| can be huge); exp reduces by n·ln2, scales by 2^-8, sums a Taylor series and
 *   squares back. Only results that land within ~2^-43 ulp of a rounding boundary could round
 *   differently, plus subnormal results (rounded twice).
 */

import { decompose, decomposeOdd, twoProduct } from './float-bits';
import { ratioToFloat } from './int-float';

type DD = [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

function ddAdd(a: DD, b: DD): DD {
  const [s, e0] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  let [hi, lo] = quickTwoSum(s, e0 + t);
  [hi, lo] = quickTwoSum(hi, lo + f);
  return [hi, lo];
}

function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProduct(a[0], b[0]);
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

function ddMulD(a: DD, d: number): DD {
  const [p, e] = twoProduct(a[0], d);
  return quickTwoSum(p, e + a[1] * d);
}

function ddDiv(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = ddAdd(a, ddMulD(b, -q1));
  const q2 = r[0] / b[0];
  r = ddAdd(r, ddMulD(b, -q2));
  const q3 = r[0] / b[0];
  return ddAdd(quickTwoSum(q1, q2), [q3, 0]);
}

/** a / d for a double d (cheaper than ddDiv: one correction step with the exact remainder). */
function ddDivD(a: DD, d: number): DD {
  const q1 = a[0] / d;
  const [p, e] = twoProduct(q1, d);
  const q2 = (a[0] - p - e + a[1]) / d;
  return quickTwoSum(q1, q2);
}

/** ln 2 as a double-double. */
const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const SQRT2 = Math.SQRT2;

/** log(x) for finite x > 0, as a double-double with ~2^-104 relative accuracy. */
function logDD(x: number): DD {
  const { m, e } = decompose(x);
  // Normalize the mantissa to f in [1, 2) (subnormals have fewer bits), then to [1/√2, √2).
  let mm = m;
  let shift = 0;
  while (mm < 4503599627370496) {
    mm *= 2;
    shift++;
  }
  let f = mm / 4503599627370496;
  let k = e + 52 - shift;
  if (f > SQRT2) {
    f /= 2;
    k += 1;
  }
  // log f = 2·atanh(s), s = (f-1)/(f+1); f-1 is exact, f+1 is kept as a double-double.
  const s = ddDiv([f - 1, 0], twoSum(f, 1));
  const s2 = ddMul(s, s);
  let term = s;
  let sum = s;
  for (let i = 3; i < 200; i += 2) {
    term = ddMul(term, s2);
    const add = ddDivD(term, i);
    if (Math.abs(add[0]) < 1e-36 * Math.abs(sum[0]) || add[0] === 0) break;
    sum = ddAdd(sum, add);
  }
  const logf = ddMulD(sum, 2);
  if (k === 0) return logf;
  return ddAdd(ddMulD(LN2, k), logf);
}

/** exp(p) for a double-double p, rounded once to a double (Infinity / 0 outside the range). */
function expDDToDouble(p: DD): number {
  if (p[0] > 710) return Infinity;
  if (p[0] < -746) return 0;
  const n = Math.round(p[0] / LN2[0]);
  // r = p - n·ln2, |r| <= ~0.35.
  const r = ddAdd(p, ddMulD(LN2, -n));
  const rs: DD = [r[0] / 256, r[1] / 256];
  // Taylor series of e^rs by Horner: 1 + rs(1 + rs/2(1 + rs/3(...))); |rs| < 0.0014, so 12
  // terms leave a truncation error far below 2^-106.
  let t: DD = [1, 0];
  for (let i = 12; i >= 1; i--) t = ddAdd([1, 0], ddDivD(ddMul(rs, t), i));
  for (let i = 0; i < 8; i++) t = ddMul(t, t);
  const v = t[0] + t[1];
  if (n > 1000) return v * 2 ** 1000 * 2 ** (n - 1000);
  if (n < -1000) return v * 2 ** -1000 * 2 ** (n + 1000);
  return v * 2 ** n;
}

/** Exact integer power with one correct rounding, or NaN when not cheap/applicable. */
function exactIntPow(x: number, y: number): number {
  if (!Number.isInteger(y) || Math.abs(y) > 1024) return NaN;
  const { m, e } = decomposeOdd(x);
  const ay = Math.abs(y);
  // Cost bound: the exact power has about bits(m)·|y| bits.
  if (Math.log2(m + 1) * ay > 8192) return NaN;
  // Far outside the double range the double-double path gives inf/0 just as well, without huge shifts.
  if (ay * Math.abs(e + Math.log2(m)) > 1100) return NaN;
  const mp = BigInt(m) ** BigInt(ay);
  const ey = e * ay; // x^|y| = mp · 2^ey
  if (y > 0) return ey >= 0 ? ratioToFloat(mp << BigInt(ey), 1n) : ratioToFloat(mp, 1n << BigInt(-ey));
  // x^y = 1 / (mp · 2^ey)
  return ey >= 0 ? ratioToFloat(1n, mp << BigInt(ey)) : ratioToFloat(1n << BigInt(-ey), mp);
}

/** pow(x, y) for finite x > 0, x != 1, finite y != 0: correctly rounded (see header). */
export function powPositive(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x; // one IEEE multiplication: correctly rounded
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x); // IEEE sqrt is correctly rounded, and so is pow
  const exact = exactIntPow(x, y);
  if (exact === exact) return exact;
  const l = logDD(x);
  // Far out of range (this also keeps twoProduct away from overflow for huge |y|).
  const p0 = l[0] * y;
  if (p0 > 800) return Infinity;
  if (p0 < -800) return 0;
  return expDDToDouble(ddMulD(l, y));
}
