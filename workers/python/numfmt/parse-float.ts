/**
 * float(str): CPython 3.11's PyFloat_FromString. Unicode digits/spaces are first mapped to ASCII,
 * underscores are allowed only between digits, surrounding (C-locale) whitespace is stripped, then
 * the rest must be a decimal literal or inf/infinity/nan (any case, optional sign). Errors repeat
 * the original string's repr.
 */

import { pyThrow } from '../pyerror-signal';
import { strRepr } from './str-repr';
import { isAsciiSpace, transformDecimalAndSpaceToAscii } from './unicode-chars';

const DECIMAL = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const INF_NAN = /^([+-]?)(?:(inf|infinity)|nan)$/i;

function fail(orig: string): never {
  pyThrow('ValueError', `could not convert string to float: ${strRepr(orig)}`);
}

/** Parse an ASCII body (no surrounding whitespace, no underscores) or return null. */
function parseBody(s: string): number | null {
  if (DECIMAL.test(s)) return Number(s); // V8 string->double is correctly rounded
  const m = INF_NAN.exec(s);
  if (m === null) return null;
  if (m[2] === undefined) return NaN;
  return m[1] === '-' ? -Infinity : Infinity;
}

/** float(s) for a str. */
export function parseFloatStr(orig: string): number {
  let s = transformDecimalAndSpaceToAscii(orig);
  if (s.includes('_')) {
    // _Py_string_to_number_with_underscores: '_' only between two digits.
    let out = '';
    let prev = '';
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === '_') {
        if (!(prev >= '0' && prev <= '9')) fail(orig);
      } else {
        if (prev === '_' && !(c >= '0' && c <= '9')) fail(orig);
        out += c;
      }
      prev = c;
    }
    if (prev === '_') fail(orig);
    s = out;
  }
  let start = 0;
  let end = s.length;
  while (start < end && isAsciiSpace(s.charCodeAt(start))) start++;
  if (start === end) fail(orig);
  while (end - 1 > start && isAsciiSpace(s.charCodeAt(end - 1))) end--;
  const r = parseBody(start === 0 && end === s.length ? s : s.slice(start, end));
  if (r === null) fail(orig);
  return r;
}
