/**
 * Double-double arithmetic: a value is the unevaluated sum h + l of two doubles with
 * |l| <= ulp(h)/2, giving about 106 bits of precision. libm.ts uses it to evaluate elementary
 * functions far more precisely than a double, so that rounding the result once gives the
 * correctly rounded answer (see libm.ts for why that is what we want).
 *
 * The building blocks are the classic error-free transformations: twoSum (Knuth) recovers the
 * rounding error of an addition, and twoProd (Dekker/Veltkamp splitting; JS has no fma) that of
 * a product. Values are small immutable objects; V8 allocates them cheaply.
 */

export interface DD {
  readonly h: number;
  readonly l: number;
}

export function dd(h: number, l = 0): DD {
  return { h, l };
}

/** a + b exactly, as a normalised pair. */
export function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return { h: s, l: (a - (s - bb)) + (b - bb) };
}

/** a + b exactly, when |a| >= |b| (or a is 0). */
export function fastTwoSum(a: number, b: number): DD {
  const s = a + b;
  return { h: s, l: b - (s - a) };
}

const SPLITTER = 134217729; // 2^27 + 1: splits a double into two 26-bit halves

/** a * b exactly (no overflow for |a|, |b| < 2^995). */
export function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  return { h: p, l: ((ah * bh - p) + ah * bl + al * bh) + al * bl };
}

export function add(a: DD, b: DD): DD {
  const s = twoSum(a.h, b.h);
  const t = twoSum(a.l, b.l);
  const u = fastTwoSum(s.h, s.l + t.h);
  return fastTwoSum(u.h, u.l + t.l);
}

export function addD(a: DD, b: number): DD {
  const s = twoSum(a.h, b);
  return fastTwoSum(s.h, s.l + a.l);
}

export function neg(a: DD): DD {
  return { h: -a.h, l: -a.l };
}

export function sub(a: DD, b: DD): DD {
  return add(a, neg(b));
}

export function mul(a: DD, b: DD): DD {
  const p = twoProd(a.h, b.h);
  return fastTwoSum(p.h, p.l + (a.h * b.l + a.l * b.h));
}

export function mulD(a: DD, b: number): DD {
  const p = twoProd(a.h, b);
  return fastTwoSum(p.h, p.l + a.l * b);
}

export function sqr(a: DD): DD {
  return mul(a, a);
}

/** a / b to double-double precision (three quotient digits, each correcting the residue). */
export function div(a: DD, b: DD): DD {
  const q1 = a.h / b.h;
  let r = sub(a, mulD(b, q1));
  const q2 = r.h / b.h;
  r = sub(r, mulD(b, q2));
  const q3 = r.h / b.h;
  return addD(fastTwoSum(q1, q2), q3);
}

/** Multiply by 2^e exactly (no intermediate overflow/underflow for any result in range). */
export function ldexp(x: number, e: number): number {
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}
