/**
 * printf-style ('%') numeric conversions: d i u o x X e E f F g G c. Port of CPython 3.11's
 * mainformatlong/_PyUnicode_FormatLong, formatfloat, formatchar and unicode_format_arg_output
 * (sign handling, '0' padding that goes after the sign and the 0x/0o prefix, '-' left justify).
 * Argument fetching, '*' widths and s/r/a/% are the caller's business.
 */

import { pyThrow } from '../pyerror-signal';
import { doubleToString, type DtsCode } from './double-to-string';
import { floatToInt, intToFloat } from './int-float';
import type { PyInt } from './int-norm';
import { intToStr } from './int-to-str';
import { fillRepeat } from './number-layout';
import { cpLength } from './unicode-chars';

export interface PercentFlags {
  minus: boolean;
  plus: boolean;
  space: boolean;
  zero: boolean;
  alt: boolean;
}

const INT_MAX = 2147483647;

/** _PyUnicode_FormatLong: digits with optional 0x/0o prefix and precision zero-fill. */
function formatLong(val: PyInt, alt: boolean, prec: number, type: string): string {
  if (prec > INT_MAX - 3) pyThrow('OverflowError', 'precision too large');
  let base = 10;
  if (type === 'o') base = 8;
  else if (type === 'x' || type === 'X') base = 16;
  let s = intToStr(val, base);
  let sign = '';
  if (s.charCodeAt(0) === 45) {
    sign = '-';
    s = s.slice(1);
  }
  if (prec > s.length) s = fillRepeat('0', prec - s.length) + s;
  let prefix = '';
  if (alt && base !== 10) prefix = type === 'o' ? '0o' : '0x';
  let out = sign + prefix + s;
  if (type === 'X') out = out.toUpperCase();
  return out;
}

/**
 * unicode_format_arg_output for a converted value `str` (width/prec -1 when absent). `signed` is
 * CPython's arg->sign (true for numeric conversions): it enables the '+'/' ' flags and '0' fill.
 * Exported so the caller can pad %s/%r/%a/%c-of-str results the same way (after truncating them
 * to the precision itself, as CPython does for s/r/a).
 */
export function percentOutput(str: string, conv: string, flags: PercentFlags, width: number, prec: number, signed: boolean): string {
  let len = str.length === 1 ? 1 : cpLength(str);
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !(flags.plus || flags.space)) {
    return str;
  }
  const fill = signed && flags.zero ? '0' : ' ';
  let pindex = 0;
  let signchar = '';
  let hasSign = signed;
  if (hasSign) {
    const ch = str[0];
    if (ch === '-' || ch === '+') {
      signchar = ch;
      len--;
      pindex++;
    } else if (flags.plus) signchar = '+';
    else if (flags.space) signchar = ' ';
    else hasSign = false;
  }
  if (width < len) width = len;
  let out = '';
  if (hasSign) {
    if (fill !== ' ') out += signchar;
    if (width > len) width--;
  }
  const altPrefix = flags.alt && (conv === 'x' || conv === 'X' || conv === 'o');
  if (altPrefix) {
    if (fill !== ' ') {
      out += str.slice(pindex, pindex + 2);
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !flags.minus) {
    out += fillRepeat(fill, width - len);
    width = len;
  }
  if (fill === ' ') {
    if (hasSign) out += signchar;
    if (altPrefix) {
      out += str.slice(pindex, pindex + 2);
      pindex += 2;
    }
  }
  out += str.slice(pindex);
  if (width > len) out += fillRepeat(' ', width - len);
  return out;
}

/**
 * Format one numeric %-conversion. `x` is the argument: a Python int (number | bigint, with
 * isFloat false) or a float (number, isFloat true). `width`/`precision` are null when absent.
 */
export function percentFormatNumber(
  conv: string, x: PyInt, flags: PercentFlags, width: number | null, precision: number | null, isFloat: boolean,
): string {
  const w = width ?? -1;
  const p = precision ?? -1;
  switch (conv) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
      let iv: PyInt;
      if (isFloat) {
        if (conv === 'o' || conv === 'x' || conv === 'X') {
          pyThrow('TypeError', `%${conv} format: an integer is required, not float`);
        }
        iv = floatToInt(x as number);
      } else iv = x;
      return percentOutput(formatLong(iv, flags.alt, p, conv), conv, flags, w, p, true);
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      const fv = isFloat ? (x as number) : intToFloat(x);
      const s = doubleToString(fv, conv as DtsCode, p < 0 ? 6 : p, { alt: flags.alt });
      return percentOutput(s, conv, flags, w, p, true);
    }
    case 'c': {
      if (isFloat) pyThrow('TypeError', '%c requires int or char');
      if (x < 0 || x > 0x10ffff) pyThrow('OverflowError', '%c arg not in range(0x110000)');
      const ch = String.fromCodePoint(Number(x));
      if (w === -1 && p === -1) return ch;
      return percentOutput(ch, conv, flags, w, p, false);
    }
    default:
      throw new Error(`percentFormatNumber: unsupported conversion '${conv}'`);
  }
}
