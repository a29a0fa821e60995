/**
 * The C library functions complex arithmetic and cmath call that V8 does not provide the glibc
 * way: hypot (a literal port of glibc 2.35+'s dbl-64 e_hypot.c, the non-FMA kernel that x86-64
 * builds use; Math.hypot differs from it on ~20% of random arguments), atan2 and tan (correctly
 * rounded in double-double; glibc's are correctly rounded on all but ~1 in 2000 arguments, while
 * V8's fdlibm ones differ on ~13%).
 *
 * exp/log/sin/cos/pow come from the correctly rounded kernels of stdlib/random/libm.ts, which is
 * what glibc returns in practice (see that file); they are re-exported so complex code has one
 * import for "the C library".
 */
import {
  add, addD, dd, div, fastTwoSum, mul, neg, sub, type DD,
} from '../../stdlib/random/double-double';
import { getPi, reduceHalfPi, sinCosReduced } from '../../stdlib/random/libm';

export { exp, log, sin, cos, pow } from '../../stdlib/random/libm';

const SCALE = 2 ** -600;
const LARGE_VAL = 2 ** 511;
const TINY_VAL = 2 ** -511;
const EPS = 2 ** -54;

/** glibc's hypot kernel for ax >= ay >= 0 whose squares neither overflow nor underflow. */
function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

/** C hypot(x, y) as glibc computes it (an infinity wins over a NaN). */
export function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
    return NaN;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  let ax = x < y ? y : x;
  const ay = x < y ? x : y;
  if (ax > LARGE_VAL) {
    if (ay <= ax * EPS) return ax + ay;
    return hypotKernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < TINY_VAL) {
    if (ax >= ay / EPS) return ax + ay;
    ax = hypotKernel(ax / SCALE, ay / SCALE) * SCALE;
    return ax;
  }
  if (ay <= ax * EPS) return ax + ay;
  return hypotKernel(ax, ay);
}

/** atan(t) for a double-double 0 < t <= 1: one Newton step on sin(a) - t·cos(a) from Math.atan. */
function atanUnit(t: DD): DD {
  const a0 = Math.atan(t.h);
  const { sin: s, cos: c } = sinCosReduced(dd(a0));
  const num = sub(s, mul(t, c));
  const den = add(c, mul(t, s));
  return addD(neg(div(num, den)), a0);
}

/** Correctly rounded C atan2(y, x), including C99's signed-zero and infinity cases. */
export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  // Zeros and infinities: Math.atan2 follows C99 Annex F exactly, and its constants are the
  // correctly rounded multiples of pi/4.
  if (y === 0 || x === 0 || !Number.isFinite(x) || !Number.isFinite(y)) return Math.atan2(y, x);
  const pd = getPi();
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const swap = ay > ax;
  const num = swap ? ax : ay;
  const den = swap ? ay : ax;
  const q = num / den;
  let r: DD;
  if (q < 2 ** -500) {
    // atan(q) = q to far below an ulp; the quotient itself is correctly rounded.
    if (!swap && x > 0) return y < 0 ? -q : q;
    if (swap) r = x < 0 ? addD(pd.halfPi, q) : addD(pd.halfPi, -q);
    else r = addD(pd.pi, -q);
  } else {
    // Scale both by the same power of two so the double-double division cannot overflow.
    const e = Math.floor(Math.log2(den));
    const sc = 2 ** -Math.max(-1000, Math.min(1000, e));
    const a = atanUnit(div(dd(num * sc), dd(den * sc)));
    r = swap ? sub(pd.halfPi, a) : a;
    if (x < 0) r = sub(pd.pi, r);
  }
  const v = fastTwoSum(r.h, r.l).h;
  return y < 0 ? -v : v;
}

/** Correctly rounded C tan(x) (NaN for infinities). */
export function tan(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  // tan x = x(1 + x²/3 + ...) rounds to x itself below 2^-27 (and keeps the sign of zero).
  if (Math.abs(x) < 2 ** -27) return x;
  const { k, r } = reduceHalfPi(Math.abs(x));
  const { sin: s, cos: c } = sinCosReduced(r);
  const t = (k & 1) === 0 ? div(s, c) : neg(div(c, s));
  const v = fastTwoSum(t.h, t.l).h;
  return x < 0 ? -v : v;
}
