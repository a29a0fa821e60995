/**
 * float.hex() and float.fromhex(): ports of CPython 3.11's float_hex / float_fromhex. hex() always
 * prints 13 fraction digits ('0x1.8000000000000p+1'); fromhex rounds half-even exactly, with the
 * same exponent clamping (strtol) and error order as CPython.
 */

import { pyThrow } from '../pyerror-signal';
import { decompose, signBit } from './float-bits';
import { floatRepr } from './double-to-string';
import { bitLength } from './int-norm';
import { ratioToFloat } from './int-float';
import { isAsciiSpace } from './unicode-chars';

/** float.hex(x). */
export function floatHex(x: number): string {
  if (!Number.isFinite(x)) return floatRepr(x);
  if (x === 0) return signBit(x) ? '-0x0.0p+0' : '0x0.0p+0';
  const neg = x < 0;
  const { m, e } = decompose(neg ? -x : x);
  let lead: number;
  let frac: number;
  let exp: number;
  if (m >= 2 ** 52) {
    lead = 1;
    frac = m - 2 ** 52;
    exp = e + 52;
  } else {
    lead = 0; // subnormal: 0x0.<fraction>p-1022
    frac = m;
    exp = -1022;
  }
  const hex = frac.toString(16).padStart(13, '0');
  return (neg ? '-' : '') + '0x' + lead + '.' + hex + 'p' + (exp < 0 ? '-' : '+') + Math.abs(exp);
}

function hexValue(c: string | undefined): number {
  if (c === undefined) return -1;
  const k = c.charCodeAt(0);
  if (k >= 48 && k <= 57) return k - 48;
  if (k >= 97 && k <= 102) return k - 87;
  if (k >= 65 && k <= 70) return k - 55;
  return -1;
}

const LONG_MAX = 2n ** 63n - 1n;
const LONG_MIN = -(2n ** 63n);

function parseError(): never {
  pyThrow('ValueError', 'invalid hexadecimal floating-point string');
}
function overflowError(): never {
  pyThrow('OverflowError', 'hexadecimal value too large to represent as a float');
}

/** _Py_parse_inf_or_nan at position i: [value, end] or null. */
function parseInfNan(s: string, i: number): [number, number] | null {
  let j = i;
  let neg = false;
  if (s[j] === '-') {
    neg = true;
    j++;
  } else if (s[j] === '+') j++;
  const rest = s.slice(j, j + 8).toLowerCase();
  if (rest.startsWith('inf')) {
    j += rest.startsWith('infinity') ? 8 : 3;
    return [neg ? -Infinity : Infinity, j];
  }
  if (rest.startsWith('nan')) return [NaN, j + 3];
  return null;
}

/** float.fromhex(s). */
export function floatFromHex(s: string): number {
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let x: number;
  const special = parseInfNan(s, i);
  if (special !== null) {
    [x, i] = special;
  } else {
    let negate = false;
    if (s[i] === '-') {
      negate = true;
      i++;
    } else if (s[i] === '+') i++;
    if (s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X')) i += 2;
    const intStart = i;
    while (hexValue(s[i]) >= 0) i++;
    let digits = s.slice(intStart, i);
    let fdigits = 0;
    if (s[i] === '.') {
      i++;
      const fracStart = i;
      while (hexValue(s[i]) >= 0) i++;
      fdigits = i - fracStart;
      digits += s.slice(fracStart, i);
    }
    if (digits.length === 0) parseError();
    let exp = 0n;
    if (s[i] === 'p' || s[i] === 'P') {
      i++;
      const expStart = i;
      if (s[i] === '-' || s[i] === '+') i++;
      if (!(s[i] >= '0' && s[i] <= '9')) parseError();
      while (s[i] >= '0' && s[i] <= '9') i++;
      exp = BigInt(s.slice(expStart, i));
      // strtol clamps on overflow.
      if (exp > LONG_MAX) exp = LONG_MAX;
      if (exp < LONG_MIN) exp = LONG_MIN;
    }
    // Discard leading zeros; catch extreme overflow and underflow.
    let lead = 0;
    while (lead < digits.length && digits[lead] === '0') lead++;
    digits = digits.slice(lead);
    if (digits.length === 0 || exp < LONG_MIN / 2n) x = 0;
    else {
      if (exp > LONG_MAX / 2n) overflowError();
      const e2 = exp - BigInt(4 * fdigits);
      const M = BigInt('0x' + digits);
      const topExp = e2 + BigInt(bitLength(M));
      if (topExp < -1074n) x = 0;
      else {
        if (topExp > 1024n) overflowError();
        const e = Number(e2);
        x = e >= 0 ? ratioToFloat(M << BigInt(e), 1n) : ratioToFloat(M, 1n << BigInt(-e));
        if (x === Infinity) overflowError();
      }
    }
    if (negate) x = -x;
  }
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) parseError();
  return x;
}
