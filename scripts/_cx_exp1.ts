import { readFileSync } from 'node:fs';
import { floatFromHex } from '../workers/python/numfmt/float-hex';
import { twoProd, add, addD, sub, div, dd, fastTwoSum, mulD, type DD } from '../workers/stdlib/random/double-double';
import { sinCosReduced, halfPiDD } from '../workers/stdlib/random/libm';
const data = JSON.parse(readFileSync('/tmp/cx/hyp.json', 'utf8')) as string[][];
const H = (s: string) => s === 'inf' ? Infinity : floatFromHex(s);
function kernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number, t2: number;
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
const SCALE = 2 ** -600, LARGE = 2 ** 511, TINY = 2 ** -511, EPS = 2 ** -54;
function hypotG(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
    return x + y;
  }
  x = Math.abs(x); y = Math.abs(y);
  let ax = x < y ? y : x; const ay = x < y ? x : y;
  if (ax > LARGE) {
    if (ay <= ax * EPS) return ax + ay;
    return kernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < TINY) {
    if (ax >= ay / EPS) return ax + ay;
    ax = kernel(ax / SCALE, ay / SCALE) * SCALE;
    return ax;
  }
  if (ay <= ax * EPS) return ax + ay;
  return kernel(ax, ay);
}
const HP = halfPiDD();
const PI: DD = { h: HP.h * 2, l: HP.l * 2 };
function atanUnit(t: DD): DD {
  const a0 = Math.atan(t.h);
  const { sin: s, cos: c } = sinCosReduced(dd(a0));
  const num = sub(s, mulDD(t, c));
  const den = add(c, mulDD(t, s));
  return addD(neg2(div(num, den)), a0);
}
function mulDD(a: DD, b: DD): DD { const p = twoProd(a.h, b.h); return fastTwoSum(p.h, p.l + (a.h * b.l + a.l * b.h)); }
function neg2(a: DD): DD { return { h: -a.h, l: -a.l }; }
function atan2CR(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  if (y === 0 || !Number.isFinite(x) || !Number.isFinite(y)) return Math.atan2(y, x);
  if (x === 0) return Math.atan2(y, x);
  const ax = Math.abs(x), ay = Math.abs(y);
  let r: DD;
  const swap = ay > ax;
  const num = swap ? ax : ay, den = swap ? ay : ax;
  const q = num / den;
  if (q < 2 ** -500) {
    if (!swap && x > 0) return y < 0 ? -q : q;
    r = swap ? sub(HP, dd(q)) : sub(PI, dd(q));
    if (swap && x < 0) r = add(HP, dd(q));
  } else {
    const e = Math.floor(Math.log2(den));
    const sc = 2 ** -e;
    const t = div(dd(num * sc), dd(den * sc));
    const a = atanUnit(t);
    r = swap ? sub(HP, a) : a;
    if (x < 0) r = sub(PI, r);
  }
  const v = r.h + r.l;
  return y < 0 ? -v : v;
}
let m1 = 0, m2 = 0;
const ex: string[] = [];
for (const [xs, ys, hs, as] of data) {
  const x = H(xs), y = H(ys), h = H(hs), a = H(as);
  if (!Object.is(hypotG(x, y), h)) m1++;
  if (!Object.is(atan2CR(y, x), a)) { m2++; if (ex.length < 8) ex.push(`${xs} ${ys} ${as} ${atan2CR(y,x)} ${Math.atan2(y,x)}`); }
}
console.log('n', data.length, 'glibc hypot mism', m1, 'CR atan2 mism', m2);
console.log(ex.join('\n'));
