/**
 * The functions of cmath, ported from CPython 3.11's Modules/cmathmodule.c (read to learn the
 * algorithms; the code is our own). Why these formulas and not the textbook ones: they avoid
 * spurious overflow for huge arguments (CM_LARGE_DOUBLE), lost precision for subnormal ones
 * (rescaling by 2^53) and near |z| = 1 (log1p), and return C99 Annex G special values.
 *
 * Like the C code, each function reports errors through `errno` (EDOM → ValueError "math domain
 * error", ERANGE → OverflowError "math range error"); callers reset it, call, then check. The real
 * libm functions are the glibc-equivalent ones (see numfmt/complex-libm.ts, math-fdlibm.ts).
 */
import { cAbsRaw, cQuot, cNeg, type Cx } from '../python/numfmt/complex-arith';
import { atan2, cos, exp, hypot, log, sin, tan } from '../python/numfmt/complex-libm';
import { asinh as rAsinh, cosh as rCosh, sinh as rSinh, tanh as rTanh } from './math-fdlibm';
import { SPECIAL, specialType, type Table } from './cmath-special';

export const EDOM = 33;
export const ERANGE = 34;
export let errno = 0;
export function setErrno(e: number): void {
  errno = e;
}

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const CM_LARGE_DOUBLE = DBL_MAX / 4;
const CM_SQRT_LARGE_DOUBLE = Math.sqrt(CM_LARGE_DOUBLE);
const CM_LOG_LARGE_DOUBLE = log(CM_LARGE_DOUBLE);
const CM_SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
// 2^CM_SCALE_UP turns a subnormal into a normal; CM_SCALE_DOWN undoes it under a square root.
const CM_SCALE_UP = 53;
const CM_SCALE_DOWN = -27;
const M_LN2 = 0.6931471805599453094;
const M_LN10 = 2.302585092994045684;
const DBL_MANT_DIG = 53;
const PI = Math.PI;
const E = Math.E;

function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0);
  return neg ? -Math.abs(x) : Math.abs(x);
}

function ldexp(x: number, e: number): number {
  return x * 2 ** e;
}

/** _Py_log1p: log1p keeping the sign of a zero argument. */
function log1p(x: number): number {
  return x === 0 ? x : Math.log1p(x);
}

const isInf = (x: number): boolean => x === Infinity || x === -Infinity;

/** SPECIAL_VALUE: the table entry (errno = 0) when a part is not finite, else null. */
function special(z: Cx, table: Table): Cx | null {
  if (Number.isFinite(z.re) && Number.isFinite(z.im)) return null;
  errno = 0;
  const r = table[specialType(z.re)][specialType(z.im)];
  return { re: r.re, im: r.im };
}

export function cSqrt(z: Cx): Cx {
  const sv = special(z, SPECIAL.sqrt);
  if (sv !== null) return sv;
  if (z.re === 0 && z.im === 0) return { re: 0, im: z.im };
  let ax = Math.abs(z.re);
  const ay = Math.abs(z.im);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot(ax, ay) could be subnormal: rescale.
    ax = ldexp(ax, CM_SCALE_UP);
    s = ldexp(Math.sqrt(ax + hypot(ax, ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  errno = 0;
  if (z.re >= 0) return { re: s, im: copysign(d, z.im) };
  return { re: d, im: copysign(s, z.im) };
}

export function cAcos(z: Cx): Cx {
  const sv = special(z, SPECIAL.acos);
  if (sv !== null) return sv;
  let r: Cx;
  if (Math.abs(z.re) > CM_LARGE_DOUBLE || Math.abs(z.im) > CM_LARGE_DOUBLE) {
    r = {
      re: atan2(Math.abs(z.im), z.re),
      im: -copysign(log(hypot(z.re / 2, z.im / 2)) + M_LN2 * 2, z.im),
    };
  } else {
    const s1 = cSqrt({ re: 1 - z.re, im: -z.im });
    const s2 = cSqrt({ re: 1 + z.re, im: z.im });
    r = { re: 2 * atan2(s1.re, s2.re), im: rAsinh(s2.re * s1.im - s2.im * s1.re) };
  }
  errno = 0;
  return r;
}

export function cAcosh(z: Cx): Cx {
  const sv = special(z, SPECIAL.acosh);
  if (sv !== null) return sv;
  let r: Cx;
  if (Math.abs(z.re) > CM_LARGE_DOUBLE || Math.abs(z.im) > CM_LARGE_DOUBLE) {
    r = { re: log(hypot(z.re / 2, z.im / 2)) + M_LN2 * 2, im: atan2(z.im, z.re) };
  } else {
    const s1 = cSqrt({ re: z.re - 1, im: z.im });
    const s2 = cSqrt({ re: z.re + 1, im: z.im });
    r = { re: rAsinh(s1.re * s2.re + s1.im * s2.im), im: 2 * atan2(s1.im, s2.re) };
  }
  errno = 0;
  return r;
}

export function cAsinh(z: Cx): Cx {
  const sv = special(z, SPECIAL.asinh);
  if (sv !== null) return sv;
  let r: Cx;
  if (Math.abs(z.re) > CM_LARGE_DOUBLE || Math.abs(z.im) > CM_LARGE_DOUBLE) {
    const re = z.im >= 0
      ? copysign(log(hypot(z.re / 2, z.im / 2)) + M_LN2 * 2, z.re)
      : -copysign(log(hypot(z.re / 2, z.im / 2)) + M_LN2 * 2, -z.re);
    r = { re, im: atan2(z.im, Math.abs(z.re)) };
  } else {
    const s1 = cSqrt({ re: 1 + z.im, im: -z.re });
    const s2 = cSqrt({ re: 1 - z.im, im: z.re });
    r = { re: rAsinh(s1.re * s2.im - s2.re * s1.im), im: atan2(z.im, s1.re * s2.re - s1.im * s2.im) };
  }
  errno = 0;
  return r;
}

/** asin(z) = -i asinh(iz). */
export function cAsin(z: Cx): Cx {
  const s = cAsinh({ re: -z.im, im: z.re });
  return { re: s.im, im: -s.re };
}

export function cAtanh(z: Cx): Cx {
  const sv = special(z, SPECIAL.atanh);
  if (sv !== null) return sv;
  // Reduce to z.re >= 0 with atanh(z) = -atanh(-z).
  if (z.re < 0) return cNeg(cAtanh(cNeg(z)));
  const ay = Math.abs(z.im);
  if (z.re > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
    // Large |z|: atanh(z) ~ 1/z ± i·pi/2.
    const h = hypot(z.re / 2, z.im / 2);
    errno = 0;
    return { re: z.re / 4 / h / h, im: copysign(PI / 2, z.im) };
  }
  if (z.re === 1 && ay < CM_SQRT_DBL_MIN) {
    // C99: atanh(1 ± 0i) is inf ± 0i (and a domain error).
    if (ay === 0) {
      errno = EDOM;
      return { re: Infinity, im: z.im };
    }
    errno = 0;
    return {
      re: -log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))),
      im: copysign(atan2(2, -ay) / 2, z.im),
    };
  }
  errno = 0;
  return {
    re: log1p((4 * z.re) / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4,
    im: -atan2(-2 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2,
  };
}

/** atan(z) = -i atanh(iz). */
export function cAtan(z: Cx): Cx {
  const s = cAtanh({ re: -z.im, im: z.re });
  return { re: s.im, im: -s.re };
}

/** cosh/sinh share their structure; `odd` selects sinh. */
function coshSinh(z: Cx, odd: boolean): Cx {
  if (!Number.isFinite(z.re) || !Number.isFinite(z.im)) {
    let r: Cx;
    if (isInf(z.re) && Number.isFinite(z.im) && z.im !== 0) {
      // cosh/sinh(±inf + iy): infinities whose signs follow cos y and sin y.
      const sre = copysign(Infinity, cos(z.im));
      const sim = copysign(Infinity, sin(z.im));
      if (z.re > 0) r = { re: sre, im: sim };
      else r = odd ? { re: -sre, im: sim } : { re: sre, im: -sim };
    } else {
      const t = odd ? SPECIAL.sinh : SPECIAL.cosh;
      const v = t[specialType(z.re)][specialType(z.im)];
      r = { re: v.re, im: v.im };
    }
    errno = isInf(z.im) && z.re === z.re ? EDOM : 0;
    return r;
  }
  let r: Cx;
  if (Math.abs(z.re) > CM_LOG_LARGE_DOUBLE) {
    // cosh(x) may overflow where cosh(z) does not: use x - 1 and multiply by e.
    const xm1 = z.re - copysign(1, z.re);
    r = odd
      ? { re: cos(z.im) * rSinh(xm1) * E, im: sin(z.im) * rCosh(xm1) * E }
      : { re: cos(z.im) * rCosh(xm1) * E, im: sin(z.im) * rSinh(xm1) * E };
  } else {
    r = odd
      ? { re: cos(z.im) * rSinh(z.re), im: sin(z.im) * rCosh(z.re) }
      : { re: cos(z.im) * rCosh(z.re), im: sin(z.im) * rSinh(z.re) };
  }
  errno = isInf(r.re) || isInf(r.im) ? ERANGE : 0;
  return r;
}

export function cCosh(z: Cx): Cx {
  return coshSinh(z, false);
}

export function cSinh(z: Cx): Cx {
  return coshSinh(z, true);
}

/** cos(z) = cosh(iz). */
export function cCos(z: Cx): Cx {
  return cCosh({ re: -z.im, im: z.re });
}

/** sin(z) = -i sinh(iz). */
export function cSin(z: Cx): Cx {
  const s = cSinh({ re: -z.im, im: z.re });
  return { re: s.im, im: -s.re };
}

export function cExp(z: Cx): Cx {
  if (!Number.isFinite(z.re) || !Number.isFinite(z.im)) {
    let r: Cx;
    if (isInf(z.re) && Number.isFinite(z.im) && z.im !== 0) {
      r = z.re > 0
        ? { re: copysign(Infinity, cos(z.im)), im: copysign(Infinity, sin(z.im)) }
        : { re: copysign(0, cos(z.im)), im: copysign(0, sin(z.im)) };
    } else {
      const v = SPECIAL.exp[specialType(z.re)][specialType(z.im)];
      r = { re: v.re, im: v.im };
    }
    errno = isInf(z.im) && (Number.isFinite(z.re) || z.re === Infinity) ? EDOM : 0;
    return r;
  }
  let r: Cx;
  if (z.re > CM_LOG_LARGE_DOUBLE) {
    const l = exp(z.re - 1);
    r = { re: l * cos(z.im) * E, im: l * sin(z.im) * E };
  } else {
    const l = exp(z.re);
    r = { re: l * cos(z.im), im: l * sin(z.im) };
  }
  errno = isInf(r.re) || isInf(r.im) ? ERANGE : 0;
  return r;
}

/** c_log: rescaled for huge and subnormal |z|, log1p near |z| = 1; log(0) is a domain error. */
export function cLog(z: Cx): Cx {
  const sv = special(z, SPECIAL.log);
  if (sv !== null) return sv;
  const ax = Math.abs(z.re);
  const ay = Math.abs(z.im);
  let re: number;
  if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) {
    re = log(hypot(ax / 2, ay / 2)) + M_LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
    } else {
      errno = EDOM;
      return { re: -Infinity, im: atan2(z.im, z.re) };
    }
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      re = log1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      re = log(h);
    }
  }
  errno = 0;
  return { re, im: atan2(z.im, z.re) };
}

export function cLog10(z: Cx): Cx {
  const r = cLog(z);
  return { re: r.re / M_LN10, im: r.im / M_LN10 };
}

/** log(x)/log(base) given lx = log(x): the second c_log resets errno (so log(0, 2) is -inf+nanj). */
export function cLogBase(lx: Cx, base: Cx): Cx {
  const q = cQuot(lx, cLog(base));
  if (q.edom) errno = EDOM;
  return q.r;
}

export function cTanh(z: Cx): Cx {
  if (!Number.isFinite(z.re) || !Number.isFinite(z.im)) {
    let r: Cx;
    if (isInf(z.re) && Number.isFinite(z.im) && z.im !== 0) {
      r = { re: z.re > 0 ? 1 : -1, im: copysign(0, 2 * sin(z.im) * cos(z.im)) };
    } else {
      const v = SPECIAL.tanh[specialType(z.re)][specialType(z.im)];
      r = { re: v.re, im: v.im };
    }
    errno = isInf(z.im) && Number.isFinite(z.re) ? EDOM : 0;
    return r;
  }
  let r: Cx;
  if (Math.abs(z.re) > CM_LOG_LARGE_DOUBLE) {
    // 1 - tanh(x)^2 ~ 4 exp(-2|x|) for large |x| (cosh would overflow).
    r = { re: copysign(1, z.re), im: 4 * sin(z.im) * cos(z.im) * exp(-2 * Math.abs(z.re)) };
  } else {
    const tx = rTanh(z.re);
    const ty = tan(z.im);
    const cx = 1 / rCosh(z.re);
    const txty = tx * ty;
    const denom = 1 + txty * txty;
    r = { re: (tx * (1 + ty * ty)) / denom, im: ((ty / denom) * cx) * cx };
  }
  errno = 0;
  return r;
}

/** tan(z) = -i tanh(iz). */
export function cTan(z: Cx): Cx {
  const s = cTanh({ re: -z.im, im: z.re });
  return { re: s.im, im: -s.re };
}

/** phase(z): glibc's atan2 sets ERANGE when a non-zero y/x underflows to zero. */
export function cPhase(z: Cx): number {
  const phi = atan2(z.im, z.re);
  errno = phi === 0 && z.im !== 0 && Number.isFinite(z.re) ? ERANGE : 0;
  return phi;
}

/** polar(z): (abs, phase); _Py_c_abs overwrites atan2's errno unless a part is a NaN. */
export function cPolar(z: Cx): [number, number] {
  const phi = cPhase(z);
  const a = cAbsRaw(z);
  const nanPath = !(Number.isFinite(z.re) && Number.isFinite(z.im)) && !isInf(z.re) && !isInf(z.im);
  if (!nanPath) errno = a.erange ? ERANGE : 0;
  return [a.v, phi];
}

export function cRect(r: number, phi: number): Cx {
  if (!Number.isFinite(r) || !Number.isFinite(phi)) {
    let z: Cx;
    if (isInf(r) && Number.isFinite(phi) && phi !== 0) {
      const c = copysign(Infinity, cos(phi));
      const s = copysign(Infinity, sin(phi));
      z = r > 0 ? { re: c, im: s } : { re: -c, im: -s };
    } else {
      const v = SPECIAL.rect[specialType(r)][specialType(phi)];
      z = { re: v.re, im: v.im };
    }
    errno = r !== 0 && r === r && isInf(phi) ? EDOM : 0;
    return z;
  }
  errno = 0;
  // phi == 0: r·phi keeps the sign of zero without a cos/sin call (bpo-18513).
  if (phi === 0) return { re: r, im: r * phi };
  return { re: r * cos(phi), im: r * sin(phi) };
}

/** isclose(a, b, rel_tol, abs_tol) after the tolerances were checked. */
export function cIsClose(a: Cx, b: Cx, relTol: number, absTol: number): boolean {
  if (a.re === b.re && a.im === b.im) return true;
  if (isInf(a.re) || isInf(a.im) || isInf(b.re) || isInf(b.im)) return false;
  const diff = cAbsRaw({ re: a.re - b.re, im: a.im - b.im }).v;
  return diff <= relTol * cAbsRaw(b).v || diff <= relTol * cAbsRaw(a).v || diff <= absTol;
}
