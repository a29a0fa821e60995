/**
 * The math functions random.py needs (log, exp, sin, cos, acos, pow), correctly rounded, plus
 * Python's error behaviour for them.
 *
 * Why not Math.*: CPython calls the C library, and on Linux glibc's log/exp/sin/cos/acos/pow are
 * accurate to about 0.52 ulp, so they return the correctly rounded result for all but roughly
 * 1 input in 1000. V8's fdlibm-derived Math functions differ from glibc on about 1 input in 15
 * (measured on random arguments). Evaluating in double-double (about 106 bits) and rounding once
 * reproduces glibc except where glibc itself is not correctly rounded. Everything here is
 * deterministic and platform independent.
 *
 * Methods (error bounds are relative, before the final rounding):
 *  - exp: x = k*ln2 + r with ln2 split in three parts; exp(r) from a Taylor series of r/256 in
 *    expm1 form, squared back 8 times. ~2^-97.
 *  - log: near 1 the atanh series of (x-1)/(x+1) directly; elsewhere x = 2^e * m, m near a grid
 *    point c = 1 + j/64 whose log comes from the same series (cached), so the series argument
 *    stays below 1/256. ~2^-99.
 *  - sin/cos: reduction by pi/2 in four parts for |x| < 2^20, else exact BigInt reduction with
 *    2/pi to 1300 bits; then Taylor series on |r| <= pi/4. pi itself is computed once with BigInt
 *    (Machin's formula), so no long constants are transcribed.
 *  - acos: via asin of a small argument (and sqrt((1-|x|)/2) near +-1, where acos is steep),
 *    one Newton step on sin from Math.asin's estimate.
 *  - pow: exp(y * log x) with both in double-double.
 * Results that land in the subnormal range are rounded once, at the subnormal precision.
 */
import { pyThrow } from '../../python/pyerror-signal';
import {
  add, addD, dd, div, fastTwoSum, ldexp, mul, mulD, neg, sqr, sub, twoProd, twoSum, type DD,
} from './double-double';

// ---------------------------------------------------------------- constants, computed once

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** floor(log2 |x|) for finite non-zero x, read from the bits (Math.log2 can be off by one). */
function exponentOf(x: number): number {
  f64[0] = x;
  const biased = (u32[HI] >>> 20) & 0x7ff;
  if (biased !== 0) return biased - 1023;
  f64[0] = x * 2 ** 64;
  return ((u32[HI] >>> 20) & 0x7ff) - 1023 - 64;
}

/** 1/n! for n = 0..MAX_FACT as double-doubles. */
const MAX_FACT = 32;
const INV_FACT: DD[] = (() => {
  const out: DD[] = [dd(1)];
  let f = dd(1);
  for (let n = 1; n <= MAX_FACT; n++) {
    f = mulD(f, n); // n! < 2^118 is exact in double-double up to n = 32
    out.push(div(dd(1), f));
  }
  return out;
})();

/** 1/(2k+1) as double-doubles, for the atanh series. */
const INV_ODD: DD[] = Array.from({ length: 40 }, (_, k) => div(dd(1), dd(2 * k + 1)));

interface PiData {
  /** pi/2 as four doubles: 33 + 33 + 33 + 53 bits, so k * (first three) is exact for k < 2^20. */
  halfPiParts: [number, number, number, number];
  halfPi: DD;
  pi: DD;
  /** floor(2/pi * 2^TWO_OVER_PI_BITS). */
  twoOverPi: bigint;
}
const PI_BITS = 1400n;
const TWO_OVER_PI_BITS = 1300n;
let piData: PiData | null = null;

/** atan(1/n) * 2^bits (for n >= 2), by its alternating power series in BigInt fixed point. */
function atanInvFixed(n: bigint, bits: bigint): bigint {
  const guard = 32n;
  const one = 1n << (bits + guard);
  let sum = 0n;
  let term = one / n;
  const n2 = n * n;
  for (let k = 1n, sign = 1n; term !== 0n; k += 2n, sign = -sign) {
    sum += (sign * term) / k;
    term /= n2;
  }
  return sum >> guard;
}

/**
 * Split v = fixed / 2^scale (with 2^top <= v < 2^(top+1)) into doubles holding consecutive bit
 * fields of the given widths, plus a last double with the rest rounded to 53 bits. Fields with
 * few bits make k * field exact for small integers k (Cody-Waite reduction).
 */
function bitFields(fixed: bigint, scale: bigint, top: number, widths: number[]): number[] {
  const out: number[] = [];
  let pos = BigInt(top); // exponent of the next bit to take
  let rest = fixed;
  for (const w of [...widths, 64]) {
    const low = pos - BigInt(w) + 1n; // exponent of the field's lowest bit
    const shift = scale + low; // index of that bit in `fixed`
    const v = rest >> shift;
    out.push(Number(v) * 2 ** Number(low)); // the 64-bit last field rounds to 53 bits here
    rest -= v << shift;
    pos = low - 1n;
  }
  return out;
}

/** pi to PI_BITS bits by Machin's formula pi/4 = 4 atan(1/5) - atan(1/239). */
export function getPi(): PiData {
  if (piData) return piData;
  const piFixed = 4n * (4n * atanInvFixed(5n, PI_BITS) - atanInvFixed(239n, PI_BITS)); // pi * 2^PI_BITS
  const [p1, p2, p3, p4] = bitFields(piFixed >> 1n, PI_BITS, 0, [33, 33, 33]);
  const halfPi = add(add(dd(p1), dd(p2)), add(dd(p3), dd(p4)));
  piData = {
    halfPiParts: [p1, p2, p3, p4],
    halfPi,
    pi: { h: halfPi.h * 2, l: halfPi.l * 2 },
    twoOverPi: (1n << (TWO_OVER_PI_BITS + PI_BITS + 1n)) / piFixed,
  };
  return piData;
}

/**
 * ln 2 in three parts (42 + 42 + 53 bits, 137 in all) so that k * part is exact for the 11-bit
 * exponents k of exp and log. From ln 2 = 2 atanh(1/3) = 2 * sum 3^-(2k+1)/(2k+1) in BigInt.
 */
const LN2: { a: number; b: number; c: number; dd: DD } = (() => {
  const bits = 200n;
  let sum = 0n;
  let p = (1n << (bits + 32n)) / 3n;
  for (let k = 1n; p !== 0n; k += 2n, p /= 9n) sum += p / k;
  const [a, b, c] = bitFields((2n * sum) >> 32n, bits, -1, [42, 42]);
  return { a, b, c, dd: add(add(dd(a), dd(b)), dd(c)) };
})();

// ---------------------------------------------------------------- final rounding

/**
 * Round the double-double v * 2^k to a double, once. For normal results the normalised high
 * word is already that rounding; a subnormal result must be rounded at 2^-1074 directly, since
 * rounding to 53 bits first and then scaling could round twice.
 */
function roundScaled(v: DD, k: number): number {
  const n = fastTwoSum(v.h, v.l);
  if (n.h === 0) return 0;
  const e = exponentOf(n.h) + k; // binary exponent of the result
  if (e >= -1022) return ldexp(n.h, k); // normal (or overflowing to Infinity): exact scaling
  if (e < -1076) return n.h > 0 ? 0 : -0;
  // Count in units of 2^-1074 (uh < 2^52 is exact) and round half to even.
  const uh = ldexp(n.h, k + 1074);
  const ul = ldexp(n.l, k + 1074);
  const fl = Math.floor(uh);
  const frac = (uh - fl) + ul; // uh - fl is exact and |ul| is below half a unit
  const odd = fl % 2 !== 0;
  let q = fl;
  if (frac > 0.5 || (frac === 0.5 && odd)) q = fl + 1;
  else if (frac < -0.5 || (frac === -0.5 && odd)) q = fl - 1;
  return q * 5e-324;
}

// ---------------------------------------------------------------- exp

const EXP_OVERFLOW = 709.782712893384; // above this exp(x) rounds to infinity
const EXP_UNDERFLOW = -745.1332191019412; // below this exp(x) rounds to 0

/** exp of a double-double argument as (mantissa DD, power of two); |x| < ~750. */
function expCore(x: DD): { m: DD; k: number } {
  const k = Math.round(x.h / LN2.dd.h);
  // r = x - k*ln2 with the error-free pieces subtracted one at a time.
  let r = twoSum(x.h, -k * LN2.a);
  r = addD(r, x.l);
  r = addD(r, -k * LN2.b);
  r = add(r, neg(twoProd(k, LN2.c)));
  // expm1(r/256) by Horner, then (1 + e)^2 - 1 = e * (e + 2), eight times.
  const s: DD = { h: r.h / 256, l: r.l / 256 };
  let p = INV_FACT[10];
  for (let n = 9; n >= 1; n--) p = add(mul(p, s), INV_FACT[n]);
  let e = mul(p, s);
  for (let i = 0; i < 8; i++) e = mul(e, addD(e, 2));
  return { m: addD(e, 1), k };
}

/** Correctly rounded e^x (overflow gives Infinity, as C does; see pyExp for Python's errors). */
export function exp(x: number): number {
  if (x !== x) return x;
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_UNDERFLOW - 1) return 0;
  if (x === 0) return 1;
  const { m, k } = expCore(dd(x));
  return roundScaled(m, k);
}

// ---------------------------------------------------------------- log

/** 2 * atanh(s) = log((1+s)/(1-s)) for small double-double s, by its odd power series. */
function atanh2(s: DD, terms: number): DD {
  const s2 = sqr(s);
  let p = INV_ODD[terms - 1];
  for (let k = terms - 2; k >= 0; k--) p = add(mul(p, s2), INV_ODD[k]);
  const r = mul(p, s);
  return { h: r.h * 2, l: r.l * 2 };
}

/** log(1 + j/64) for j = 0..64, filled on demand. */
const LOG_GRID: (DD | undefined)[] = new Array(65);
function logGrid(j: number): DD {
  let v = LOG_GRID[j];
  if (!v) {
    // s = (c-1)/(c+1) <= 1/3; 40 terms reach 2^-110.
    v = atanh2(div(dd(j), dd(128 + j)), 40);
    LOG_GRID[j] = v;
  }
  return v;
}


/** log(x) in double-double for finite x > 0. */
function logDD(x: number): DD {
  if (x > 0.984375 && x < 1.015625) {
    // Direct series: x-1 is exact here and s < 1/127, so no cancellation against e*ln2.
    const s = div(dd(x - 1), twoSum(x, 1));
    return atanh2(s, 11);
  }
  const e = exponentOf(x);
  const m = ldexp(x, -e); // in [1, 2), exact
  const j = Math.round((m - 1) * 64);
  const c = 1 + j / 64;
  // log m = log c + 2 atanh((m - c)/(m + c)); m - c is exact (Sterbenz).
  const s = div(dd(m - c), twoSum(m, c));
  let r = add(logGrid(j), atanh2(s, 8));
  if (e !== 0) r = add(add(twoProd(e, LN2.a), twoProd(e, LN2.b)), add(twoProd(e, LN2.c), r));
  return r;
}

/** Correctly rounded natural log (C semantics: log(0) = -Infinity, log(x<0) = NaN). */
export function log(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === 0) return -Infinity;
  if (x < 0) return NaN;
  if (x === 1) return 0;
  const r = logDD(x);
  return fastTwoSum(r.h, r.l).h;
}

// ---------------------------------------------------------------- sin / cos

/** sin and cos of a reduced double-double argument |r| <= ~pi/4, by Taylor series. */
export function sinCosReduced(r: DD): { sin: DD; cos: DD } {
  const r2 = sqr(r);
  const nr2 = neg(r2);
  // sin r = r * sum (-r^2)^k/(2k+1)!, cos r = sum (-r^2)^k/(2k)!; 2k+1 <= 29 keeps terms < 2^-110.
  let s = INV_FACT[29];
  for (let n = 27; n >= 1; n -= 2) s = add(mul(s, nr2), INV_FACT[n]);
  let c = INV_FACT[30];
  for (let n = 28; n >= 0; n -= 2) c = add(mul(c, nr2), INV_FACT[n]);
  return { sin: mul(s, r), cos: c };
}

/** Reduce |x| modulo pi/2: x = k*pi/2 + r, |r| <= pi/4 (approximately), r in double-double. */
export function reduceHalfPi(ax: number): { k: number; r: DD } {
  const pd = getPi();
  if (ax <= 0.785398163397448) return { k: 0, r: dd(ax) };
  if (ax < 1048576) {
    const k = Math.round(ax / pd.halfPi.h);
    const [p1, p2, p3, p4] = pd.halfPiParts;
    let r = twoSum(ax, -k * p1); // k*p1 exact; nearly cancels, so this is exact too
    r = addD(r, -k * p2);
    r = addD(r, -k * p3);
    r = add(r, neg(twoProd(k, p4)));
    return { k, r };
  }
  // Large arguments: exact product of the double's integer mantissa with 2/pi in fixed point.
  f64[0] = ax;
  const hiw = u32[HI], low = u32[1 - HI];
  const biased = (hiw >>> 20) & 0x7ff;
  const mant = (BigInt(hiw & 0xfffff) << 32n) | BigInt(low) | (1n << 52n);
  const e = BigInt(biased - 1075); // ax = mant * 2^e, e >= -32 here
  const shift = TWO_OVER_PI_BITS - e;
  const prod = mant * pd.twoOverPi; // = ax * 2/pi * 2^shift
  let k = prod >> shift;
  let frac = prod & ((1n << shift) - 1n);
  const halfUnit = 1n << (shift - 1n);
  let negFrac = false;
  if (frac >= halfUnit) {
    frac = (1n << shift) - frac;
    k += 1n;
    negFrac = true;
  }
  // frac / 2^shift to double-double, keeping 110 significant bits even when frac is tiny.
  const len = BigInt(frac.toString(2).length);
  const drop = len > 110n ? len - 110n : 0n;
  const top = frac >> drop;
  const th = Number(top);
  const tl = Number(top - BigInt(th));
  const scale = Number(drop - shift);
  let f: DD = fastTwoSum(ldexp(th, scale), ldexp(tl, scale));
  if (negFrac) f = neg(f);
  return { k: Number(k & 3n), r: mul(f, pd.halfPi) };
}

function sinCos(x: number): { sin: number; cos: number } {
  const { k, r } = reduceHalfPi(Math.abs(x));
  const sc = sinCosReduced(r);
  const s = fastTwoSum(sc.sin.h, sc.sin.l).h;
  const c = fastTwoSum(sc.cos.h, sc.cos.l).h;
  let sv: number, cv: number;
  switch (((k % 4) + 4) % 4) {
    case 0: sv = s; cv = c; break;
    case 1: sv = c; cv = -s; break;
    case 2: sv = -s; cv = -c; break;
    default: sv = -c; cv = s; break;
  }
  if (x < 0) sv = -sv;
  return { sin: sv, cos: cv };
}

/** Correctly rounded sin (C semantics: sin(+-Infinity) = NaN). */
export function sin(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  if (x === 0) return x;
  return sinCos(x).sin;
}

/** Correctly rounded cos. */
export function cos(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  return sinCos(x).cos;
}

// ---------------------------------------------------------------- acos

/** asin of a double-double 0 <= z <= ~0.5, one Newton step on sin from a double estimate. */
export function asinSmall(z: DD): DD {
  const w0 = Math.asin(z.h);
  const { sin: s, cos: c } = sinCosReduced(dd(w0));
  return addD(div(sub(z, s), c), w0);
}

/** Correctly rounded acos (C semantics: NaN outside [-1, 1]). */
export function acos(x: number): number {
  if (x !== x || x > 1 || x < -1) return NaN;
  if (x === 1) return 0;
  const pd = getPi();
  let r: DD;
  if (Math.abs(x) <= 0.5) {
    r = sub(pd.halfPi, asinSmall(dd(x)));
  } else {
    // acos x = 2 asin(sqrt((1-x)/2)) for x > 0; 1-|x| and the halving are exact.
    const z = (1 - Math.abs(x)) / 2;
    const s0 = Math.sqrt(z);
    const res = twoProd(s0, s0);
    const sq = z === 0 ? dd(0) : addD(dd(s0), ((z - res.h) - res.l) / (2 * s0));
    const a = asinSmall(sq);
    const twice = { h: a.h * 2, l: a.l * 2 };
    r = x > 0 ? twice : sub(pd.pi, twice);
  }
  return fastTwoSum(r.h, r.l).h;
}

// ---------------------------------------------------------------- pow

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1;
}

/** Correctly rounded x^y with C99 pow's special cases (overflow gives Infinity). */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return (y > 0) === (ax > 1) ? Infinity : 0;
  }
  if (x === 0 || x === Infinity || x === -Infinity) return Math.pow(x, y); // exact special values
  let negate = false;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    negate = isOddInteger(y);
    x = -x;
  }
  // Quick magnitude screen; exact boundary handling happens in expCore/roundScaled.
  const est = y * Math.log(x);
  let v: number;
  if (est > EXP_OVERFLOW + 1) v = Infinity;
  else if (est < EXP_UNDERFLOW - 2) v = 0;
  else {
    const l = logDD(x);
    const t = add(twoProd(y, l.h), dd(y * l.l));
    if (t.h > EXP_OVERFLOW + 1e-6) v = Infinity;
    else {
      const { m, k } = expCore(t);
      v = roundScaled(m, k);
    }
  }
  return negate ? -v : v;
}

// ---------------------------------------------------------------- Python-level wrappers

/** math.log(x) for a float: ValueError('math domain error') for x <= 0. */
export function pyLog(x: number): number {
  if (x <= 0) pyThrow('ValueError', 'math domain error');
  return log(x);
}

/** math.exp(x): OverflowError('math range error') when a finite x overflows. */
export function pyExp(x: number): number {
  const r = exp(x);
  if (r === Infinity && x !== Infinity) pyThrow('OverflowError', 'math range error');
  return r;
}

/** math.sin / math.cos: ValueError for infinities. */
export function pySin(x: number): number {
  if (x === Infinity || x === -Infinity) pyThrow('ValueError', 'math domain error');
  return sin(x);
}
export function pyCos(x: number): number {
  if (x === Infinity || x === -Infinity) pyThrow('ValueError', 'math domain error');
  return cos(x);
}

/** math.acos: ValueError outside [-1, 1]. */
export function pyAcos(x: number): number {
  if (x > 1 || x < -1) pyThrow('ValueError', 'math domain error');
  return acos(x);
}

/** math.sqrt: ValueError for negatives (IEEE sqrt is already correctly rounded). */
export function pySqrt(x: number): number {
  if (x < 0) pyThrow('ValueError', 'math domain error');
  return Math.sqrt(x);
}

/**
 * float ** float as Python evaluates it (float_pow): 0.0 to a negative power is
 * ZeroDivisionError, overflow is OverflowError (34, 'Numerical result out of range').
 * A negative base with a non-integral exponent gives a complex in Python; it returns NaN here
 * (random.py never reaches it).
 */
export function pyPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x !== x) return x;
  if (y !== y) return x === 1 ? 1 : y;
  if (x === 0 && y < 0 && y !== -Infinity) pyThrow('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  if (x === 0 && y === -Infinity) pyThrow('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  const r = pow(x, y);
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x) && Number.isFinite(y)) {
    pyThrow('OverflowError', "(34, 'Numerical result out of range')");
  }
  return r;
}

/** Python float %: the result takes the divisor's sign. */
export function pyFloatMod(x: number, y: number): number {
  if (y === 0) pyThrow('ZeroDivisionError', 'float modulo');
  let m = x % y;
  if (m !== 0) {
    if ((y < 0) !== (m < 0)) m += y;
  } else {
    m = y < 0 ? -0 : 0;
  }
  return m;
}

/** Exposed for tests: pi/2 in double-double from the BigInt computation. */
export function halfPiDD(): DD {
  return getPi().halfPi;
}
