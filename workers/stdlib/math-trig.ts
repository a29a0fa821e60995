/**
 * tan, atan, atan2 and asin correctly rounded, as glibc's IBM Accurate Mathematical Library
 * gives them (V8's fdlibm versions differ from CPython by an ulp on a few percent of arguments).
 * Each is evaluated in double-double with the kernels of random/libm.ts (argument reduction by
 * pi/2, sin/cos series, asin by a Newton step) and rounded once.
 */
import { getPi, sinCosReduced, reduceHalfPi, asinSmall } from './random/libm';
import { add, addD, dd, div, fastTwoSum, mul, sub, twoProd, type DD } from './random/double-double';

function round(v: DD): number {
  return fastTwoSum(v.h, v.l).h;
}

export function tan(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  if (x === 0) return x;
  const { k, r } = reduceHalfPi(Math.abs(x));
  const { sin: s, cos: c } = sinCosReduced(r);
  let t = (k & 1) === 0 ? div(s, c) : div(c, s);
  if ((k & 1) === 1) t = { h: -t.h, l: -t.l };
  const v = round(t);
  return x < 0 ? -v : v;
}

/** atan of a double-double 0 <= u <= 1: a Newton step on tan from Math.atan's estimate. */
function atanUnit(u: DD): DD {
  const w0 = Math.atan(u.h);
  const { sin: s, cos: c } = sinCosReduced(dd(w0));
  const t = div(s, c);
  // atan(u) = w0 + atan((u - t) / (1 + u t)); the quotient is ~1 ulp, so atan(q) = q here.
  const q = div(sub(u, t), addD(mul(u, t), 1));
  return addD(q, w0);
}

/** atan(|num| / |den|) for finite non-zero magnitudes, in double-double. */
function atanRatio(num: number, den: number): DD {
  if (num <= den) return atanUnit(div(dd(num), dd(den)));
  return sub(getPi().halfPi, atanUnit(div(dd(den), dd(num))));
}

export function atan(x: number): number {
  if (x !== x || x === 0) return x;
  const ax = Math.abs(x);
  const v = ax === Infinity ? round(getPi().halfPi) : round(atanRatio(ax, 1));
  return x < 0 ? -v : v;
}

export function atan2(y: number, x: number): number {
  if (y !== y || x !== x || y === 0 || x === 0 || !Number.isFinite(y) || !Number.isFinite(x)) return Math.atan2(y, x);
  const a = atanRatio(Math.abs(y), Math.abs(x));
  const v = round(x < 0 ? sub(getPi().pi, a) : a);
  return y < 0 ? -v : v;
}

export function asin(x: number): number {
  if (x !== x || x > 1 || x < -1) return NaN;
  if (x === 0) return x;
  const ax = Math.abs(x);
  let r: DD;
  if (ax <= 0.5) r = asinSmall(dd(ax));
  else {
    // asin x = pi/2 - 2 asin(sqrt((1-x)/2)); 1-x and the halving are exact.
    const z = (1 - ax) / 2;
    const s0 = Math.sqrt(z);
    const sq = twoProd(s0, s0);
    const root = z === 0 ? dd(0) : addD(dd(s0), ((z - sq.h) - sq.l) / (2 * s0));
    const a = asinSmall(root);
    r = sub(getPi().halfPi, { h: a.h * 2, l: a.l * 2 });
  }
  const v = round(r);
  return x < 0 ? -v : v;
}

void add;
