/**
 * Hyperbolic functions and log10 as glibc computes them (fdlibm's e_cosh.c, e_sinh.c, s_tanh.c,
 * s_asinh.c, e_acosh.c, e_log10.c), on the correctly rounded exp/log of random/libm.ts — which
 * is what glibc's own exp/log give. V8's Math.cosh etc. use a different exp and differ from
 * CPython by an ulp on several percent of arguments. expm1/log1p are fdlibm's in both V8 and
 * glibc, so Math.expm1/Math.log1p are used as they are.
 */
import { exp, log } from './random/libm';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function hi(x: number): number {
  f64[0] = x;
  return u32[1] | 0;
}
function lo(x: number): number {
  f64[0] = x;
  return u32[0];
}

export function cosh(x: number): number {
  const ix = hi(x) & 0x7fffffff;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1;
      const t = Math.expm1(ax);
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(ax);
  const lx = lo(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

export function sinh(x: number): number {
  const jx = hi(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = Math.expm1(ax);
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * exp(ax);
  const lx = lo(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307 * 1.0e307;
}

export function tanh(x: number): number {
  const jx = hi(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return jx >= 0 ? 1 / x + 1 : 1 / x - 1;
  let z: number;
  if (ix < 0x40360000) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1 + x);
    if (ix >= 0x3ff00000) {
      const t = Math.expm1(2 * Math.abs(x));
      z = 1 - 2 / (t + 2);
    } else {
      const t = Math.expm1(-2 * Math.abs(x));
      z = -t / (t + 2);
    }
  } else z = 1 - 1e-300;
  return jx >= 0 ? z : -z;
}

const LN2 = 6.93147180559945286227e-01;

export function asinh(x: number): number {
  const ix = hi(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  let w: number;
  const xa = Math.abs(x);
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = log(xa) + LN2;
  } else if (ix > 0x40000000) {
    w = log(2.0 * xa + 1 / (Math.sqrt(xa * xa + 1) + xa));
  } else {
    const t = xa * xa;
    w = Math.log1p(xa + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 || Object.is(x, -0) ? -w : w;
}

export function acosh(x: number): number {
  const hx = hi(x);
  if (hx < 0x3ff00000) return NaN;
  if (hx >= 0x41b00000) {
    if (hx >= 0x7ff00000) return x + x;
    return log(x) + LN2;
  }
  if (x === 1) return 0.0;
  if (hx > 0x40000000) {
    const t = x * x;
    return log(2.0 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
}

const TWO54 = 1.80143985094819840000e+16;
const IVLN10 = 4.34294481903251816668e-01;
const LOG10_2HI = 3.01029995663611771306e-01;
const LOG10_2LO = 3.69423907715893078616e-13;

/** log10 for x > 0 (callers handle zero, negatives and non-finite values). */
export function log10(xIn: number): number {
  let x = xIn;
  let k = 0;
  let hx = hi(x);
  if (hx < 0x00100000) {
    k -= 54;
    x *= TWO54;
    hx = hi(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  const i = (k & 0x80000000) >>> 31 === 1 || k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  f64[0] = x;
  u32[1] = hx;
  x = f64[0];
  const z = y * LOG10_2LO + IVLN10 * log(x);
  return z + y * LOG10_2HI;
}
