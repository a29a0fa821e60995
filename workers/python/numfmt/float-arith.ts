/**
 * Float arithmetic with CPython semantics where IEEE/JS differ: floor division, modulo and divmod
 * (CPython's _float_div_mod, including signed zeros and quotient snapping), pow (float_pow's special
 * cases and errno-based errors), round() with and without ndigits, and round(int, negative ndigits).
 */

import { pyThrow, pyThrowErrno, ERANGE } from '../pyerror-signal';
import { fixedDigits } from './exact-decimal';
import { fastRoundScaled, POW10, signBit } from './float-bits';
import { bitLength, normInt, pow10Big, toBig, type PyInt } from './int-norm';
import { floatToInt } from './int-float';
import { powPositive } from './float-pow';

/** float / float. */
export function floatDiv(x: number, y: number): number {
  if (y === 0) pyThrow('ZeroDivisionError', 'float division by zero');
  return x / y;
}

/** _float_div_mod: [floordiv, mod] for y != 0. JS `%` is C fmod (exact, sign of x). */
function divMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  // C's `if (mod)` is true for NaN, unlike JS truthiness: compare with 0 explicitly.
  if (mod !== 0) {
    // Ensure the remainder has the same sign as the denominator.
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    // Zero remainder: give it the sign of the denominator.
    mod = wx < 0 ? -0.0 : 0.0;
  }
  let floordiv: number;
  if (div !== 0) {
    // Snap the quotient to the nearest integral value.
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    // Zero quotient: same sign as the true quotient.
    floordiv = signBit(vx / wx) ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}

/** float // float. */
export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) pyThrow('ZeroDivisionError', 'float floor division by zero');
  return divMod(x, y)[0];
}

/** float % float (float_rem). */
export function floatMod(x: number, y: number): number {
  if (y === 0) pyThrow('ZeroDivisionError', 'float modulo');
  let mod = x % y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) mod += y;
  } else {
    mod = y < 0 ? -0.0 : 0.0;
  }
  return mod;
}

/** divmod(float, float). */
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) pyThrow('ZeroDivisionError', 'float divmod()');
  return divMod(x, y);
}

function isOddInteger(x: number): boolean {
  return Math.abs(x) % 2 === 1;
}

/** float ** float (float_pow). */
export function floatPow(iv: number, iw: number): number {
  if (iw === 0) return 1.0; // v**0 is 1, even 0**0 and nan**0
  if (iv !== iv) return iv;
  if (iw !== iw) return iv === 1.0 ? 1.0 : iw;
  if (iw === Infinity || iw === -Infinity) {
    const a = Math.abs(iv);
    if (a === 1.0) return 1.0;
    if (iw > 0 === a > 1.0) return Infinity;
    return 0.0;
  }
  if (iv === Infinity || iv === -Infinity) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0.0 : 0.0) : 0.0;
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) pyThrow('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return odd ? iv : 0.0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) {
      // CPython returns a complex number here. This pure library has no complex values: the
      // runtime checks floatPowIsComplex (complex-arith.ts) first and never gets here.
      if (powPositive(-iv, iw) === Infinity) pyThrow('OverflowError', 'complex exponentiation');
      pyThrow('NotImplementedError', 'complex numbers are not supported');
    }
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0;
  const ix = powPositive(iv, iw);
  if (ix === Infinity) pyThrowErrno('OverflowError', ERANGE);
  return negate ? -ix : ix;
}

/** C round(): half away from zero. */
function cRound(x: number): number {
  const t = Math.trunc(x);
  return Math.abs(x - t) >= 0.5 ? t + Math.sign(x) : t;
}

/** round(x) with no ndigits: round half to even, returned as a Python int. */
export function roundHalfEvenToInt(x: number): PyInt {
  if (x !== x) pyThrow('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) pyThrow('OverflowError', 'cannot convert float infinity to integer');
  let rounded = cRound(x);
  if (Math.abs(x - rounded) === 0.5) rounded = 2.0 * cRound(x / 2.0);
  return floatToInt(rounded);
}

/** The ndigits range outside of which round(x, ndigits) is x itself or a signed zero. */
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/**
 * round(x, ndigits) for a float: the correctly rounded decimal (half-even on the exact binary
 * value), converted back to the nearest double.
 */
export function roundFloat(x: number, ndigits: number | bigint): number {
  if (!Number.isFinite(x)) return x;
  const nd = typeof ndigits === 'bigint'
    ? (ndigits > 400n ? 400 : ndigits < -400n ? -400 : Number(ndigits))
    : ndigits;
  if (nd > NDIGITS_MAX) return x;
  if (nd < NDIGITS_MIN) return 0.0 * x;
  const neg = signBit(x);
  const a = neg ? -x : x;
  if (nd >= 0 && nd <= 22) {
    // Exact: N and 10^nd are exact doubles, so N / 10^nd is the correctly rounded decimal N·10^-nd.
    const n = fastRoundScaled(a, nd);
    if (n >= 0) {
      const r = n / POW10[nd];
      return neg ? -r : r;
    }
  }
  const d = fixedDigits(a, nd);
  // Same string dtoa's caller builds: [-]0<digits>e<exp>, then correctly rounded strtod.
  const r = Number('0' + d.digits + 'e' + (d.decpt - d.digits.length));
  if (r === Infinity) pyThrow('OverflowError', 'rounded value too large to represent');
  return neg ? -r : r;
}

/** round(int, ndigits): unchanged for ndigits >= 0, else to a multiple of 10^-ndigits, half-even. */
export function roundInt(x: PyInt, ndigits: number | bigint): PyInt {
  if (ndigits >= 0) return x;
  const X = toBig(x);
  const k = -Number(ndigits);
  // |x| < 2^bits <= 10^(bits·log10(2) + 1): when 10^k > 2|x| the nearest multiple is 0, which
  // also avoids computing 10^huge.
  if (k > bitLength(X) * 0.30103 + 2) return 0;
  const p = pow10Big(k);
  // _PyLong_DivmodNear: floor divmod, then move to the nearest (even on ties) quotient.
  let q = X / p;
  let r = X - q * p;
  if (r < 0n) {
    q -= 1n;
    r += p;
  }
  const r2 = r * 2n;
  if (r2 > p || (r2 === p && (q & 1n) === 1n)) q += 1n;
  return normInt(q * p);
}
