/**
 * PyOS_double_to_string and repr(float): a direct port of CPython's format_float_short layout on top
 * of the dtoa-equivalent digit generators in exact-decimal.ts.
 *
 * Keeping the port literal (virtual digit string, vdigits_start/vdigits_end, trailing-dot removal)
 * is what makes every corner agree with CPython: '#' keeping trailing zeros and the dot, 'g'
 * switching to exponent form, the "add .0" rule of repr and of format() with no type, 'z' clearing
 * the sign of a rounded negative zero, and two-digit minimum exponents.
 */

import { fixedDigits, precisionDigits, shortestDigits, type Digits } from './exact-decimal';
import { signBit } from './float-bits';

export interface DtsFlags {
  /** Py_DTSF_SIGN: always emit '+' for non-negative values. */
  sign?: boolean;
  /** Py_DTSF_ADD_DOT_0: integral results get ".0" (repr, and format() with no type). */
  addDot0?: boolean;
  /** Py_DTSF_ALT: '#' alternate form. */
  alt?: boolean;
  /** Py_DTSF_NO_NEG_0: 'z' option, negative zero after rounding prints unsigned. */
  noNegZero?: boolean;
}

export type DtsCode = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';

function expSuffix(e: string, exp: number): string {
  const a = exp < 0 ? -exp : exp;
  return e + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}

/**
 * format_float_short's layout of dtoa digits. `code` is lower-case e/f/g/r, `precision` already
 * adjusted the way PyOS_double_to_string does ('e' +1, 'g' 0 -> 1).
 */
function layout(
  d: Digits, sign: string, code: string, precision: number,
  addDot0: boolean, alt: boolean, upper: boolean,
): string {
  const digits = d.digits;
  let decpt = d.decpt;
  const digitsLen = digits.length;
  let vdigitsEnd = digitsLen;
  let useExp = false;
  let exp = 0;
  switch (code) {
    case 'e':
      useExp = true;
      vdigitsEnd = precision;
      break;
    case 'f':
      vdigitsEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vdigitsEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
  else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;

  let out = sign;
  if (decpt <= 0) out += '0'.repeat(decpt - vdigitsStart) + '.' + '0'.repeat(-decpt);
  if (decpt > 0 && decpt <= digitsLen) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (digitsLen < decpt) out += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vdigitsEnd - decpt);
  else out += '0'.repeat(vdigitsEnd - digitsLen);
  if (!alt && out.charCodeAt(out.length - 1) === 46) out = out.slice(0, -1);
  if (useExp) out += expSuffix(upper ? 'E' : 'e', exp);
  return out;
}

/** PyOS_double_to_string(val, format_code, precision, flags). */
export function doubleToString(val: number, formatCode: DtsCode, precision: number, flags: DtsFlags = {}): string {
  const upper = formatCode === 'E' || formatCode === 'F' || formatCode === 'G';
  const code = upper ? formatCode.toLowerCase() : formatCode;
  const neg = signBit(val);
  if (val !== val) return (flags.sign ? '+' : '') + (upper ? 'NAN' : 'nan');
  if (val === Infinity || val === -Infinity) {
    return (neg ? '-' : flags.sign ? '+' : '') + (upper ? 'INF' : 'inf');
  }
  const a = neg ? -val : val;
  let d: Digits;
  let prec = precision;
  switch (code) {
    case 'e':
      prec = precision + 1;
      d = precisionDigits(a, prec);
      break;
    case 'f':
      d = fixedDigits(a, precision);
      break;
    case 'g':
      if (prec === 0) prec = 1;
      d = precisionDigits(a, prec);
      break;
    default:
      prec = 0;
      d = shortestDigits(a);
  }
  let sign = neg ? '-' : flags.sign ? '+' : '';
  if (neg && flags.noNegZero && (d.digits === '' || d.digits === '0')) sign = flags.sign ? '+' : '';
  return layout(d, sign, code, prec, !!flags.addDot0, !!flags.alt, upper);
}

/** repr(float) / str(float). */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return signBit(x) ? '-0.0' : '0.0';
  // Fast path: integral values below 1e16 print as "<int>.0" (JS prints them exactly).
  if (Number.isInteger(x) && x < 1e16 && x > -1e16) return String(x) + '.0';
  const neg = x < 0;
  return layout(shortestDigits(neg ? -x : x), neg ? '-' : '', 'r', 0, true, false, false);
}
