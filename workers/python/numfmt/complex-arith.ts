/**
 * Complex arithmetic exactly as CPython 3.11's Objects/complexobject.c computes it: the textbook
 * product (no special infinity handling), Smith's division (_Py_c_quot), exponentiation by
 * squaring for small integral exponents (c_powi) and polar form otherwise (_Py_c_pow), and abs
 * via hypot. The C code reports errors through errno; here that is made explicit, and the errors
 * CPython raises from complex_div/complex_pow/complex_abs are thrown with its messages.
 */
import { pyThrow } from '../pyerror-signal';
import { atan2, cos, exp, hypot, log, pow, sin } from './complex-libm';

export interface Cx {
  re: number;
  im: number;
}

const C1: Cx = { re: 1, im: 0 };

export function cSum(a: Cx, b: Cx): Cx {
  return { re: a.re + b.re, im: a.im + b.im };
}

export function cDiff(a: Cx, b: Cx): Cx {
  return { re: a.re - b.re, im: a.im - b.im };
}

export function cNeg(a: Cx): Cx {
  return { re: -a.re, im: -a.im };
}

export function cProd(a: Cx, b: Cx): Cx {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

/** _Py_c_quot; null where C sets errno = EDOM (a zero divisor). */
export function cQuotOrNull(a: Cx, b: Cx): Cx | null {
  const absBr = b.re < 0 ? -b.re : b.re;
  const absBi = b.im < 0 ? -b.im : b.im;
  if (absBr >= absBi) {
    if (absBr === 0.0) return null;
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom };
  }
  if (absBi >= absBr) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom };
  }
  // At least one of b's parts is a NaN.
  return { re: NaN, im: NaN };
}

/** _Py_c_quot with C's result for a zero divisor (0+0j, errno EDOM), for cmath's callers. */
export function cQuot(a: Cx, b: Cx): { r: Cx; edom: boolean } {
  const r = cQuotOrNull(a, b);
  return r === null ? { r: { re: 0, im: 0 }, edom: true } : { r, edom: false };
}

/** complex / complex (complex_div). */
export function complexDiv(a: Cx, b: Cx): Cx {
  const r = cQuotOrNull(a, b);
  if (r === null) pyThrow('ZeroDivisionError', 'complex division by zero');
  return r;
}

function cPowu(x: Cx, n: number): Cx {
  let r = C1;
  let p = x;
  // n <= 100 here (complex_pow only takes this path for small exponents), so bit tests are safe.
  for (let mask = 1; n >= mask; mask <<= 1) {
    if ((n & mask) !== 0) r = cProd(r, p);
    p = cProd(p, p);
  }
  return r;
}

/** c_powi: null for EDOM (the power being divided into 1 is zero). */
function cPowi(x: Cx, n: number): Cx | null {
  if (n > 0) return cPowu(x, n);
  return cQuotOrNull(C1, cPowu(x, -n));
}

/** _Py_c_pow, with `edom` where the C code (or cos/sin of an infinity) sets errno = EDOM. */
function cPowPolar(a: Cx, b: Cx): { r: Cx; edom: boolean } {
  if (b.re === 0 && b.im === 0) return { r: { re: 1, im: 0 }, edom: false };
  if (a.re === 0 && a.im === 0) return { r: { re: 0, im: 0 }, edom: b.im !== 0 || b.re < 0 };
  const vabs = hypot(a.re, a.im);
  let len = pow(vabs, b.re);
  const at = atan2(a.im, a.re);
  let phase = at * b.re;
  if (b.im !== 0.0) {
    len /= exp(at * b.im);
    phase += b.im * log(vabs);
  }
  // glibc's cos/sin set EDOM for an infinite argument; later successful calls keep errno.
  const edom = phase === Infinity || phase === -Infinity;
  return { r: { re: len * cos(phase), im: len * sin(phase) }, edom };
}

/** complex ** complex (complex_pow without a modulus). */
export function complexPow(a: Cx, b: Cx): Cx {
  let r: Cx;
  let edom = false;
  if (b.im === 0.0 && b.re === Math.floor(b.re) && Math.abs(b.re) <= 100.0) {
    const p = cPowi(a, b.re);
    if (p === null) {
      edom = true;
      r = { re: 0, im: 0 };
    } else r = p;
  } else {
    ({ r, edom } = cPowPolar(a, b));
  }
  // _Py_ADJUST_ERANGE2: an infinite part is an overflow unless errno already holds EDOM.
  if (edom) pyThrow('ZeroDivisionError', '0.0 to a negative or complex power');
  if (r.re === Infinity || r.re === -Infinity || r.im === Infinity || r.im === -Infinity) {
    pyThrow('OverflowError', 'complex exponentiation');
  }
  return r;
}

/** _Py_c_abs: C99 says an infinite part wins over a NaN; `erange` on overflow. */
export function cAbsRaw(z: Cx): { v: number; erange: boolean } {
  if (!Number.isFinite(z.re) || !Number.isFinite(z.im)) {
    if (z.re === Infinity || z.re === -Infinity) return { v: Infinity, erange: false };
    if (z.im === Infinity || z.im === -Infinity) return { v: Infinity, erange: false };
    return { v: NaN, erange: false };
  }
  const v = hypot(z.re, z.im);
  return { v, erange: !Number.isFinite(v) };
}

/** abs(complex) (complex_abs). */
export function complexAbs(z: Cx): number {
  const { v, erange } = cAbsRaw(z);
  if (erange) pyThrow('OverflowError', 'absolute value too large');
  return v;
}

/** x ** y for floats where CPython's float_pow hands over to complex pow (negative x, fractional y). */
export function floatPowIsComplex(x: number, y: number): boolean {
  return x < 0 && x !== -Infinity && Number.isFinite(y) && y !== Math.floor(y);
}
