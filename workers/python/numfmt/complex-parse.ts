/**
 * complex(str): CPython 3.11's complex_subtype_from_string and complex_from_string_inner.
 *
 * Unicode digits/spaces are mapped to ASCII first, underscores must sit between digits (else
 * "could not convert string to complex: '...'"), then the string is scanned like C: each number is
 * the longest prefix strtod accepts (so "1e5j" is 100000j and "1e" leaves an "e" behind), in one of
 * the forms <float>, <float>j, <float><signed-float>j, <float><sign>j, <sign>j or j, optionally
 * inside parentheses, with surrounding ASCII whitespace. Anything else is "complex() arg is a
 * malformed string".
 */
import { pyThrow } from '../pyerror-signal';
import { strRepr } from './str-repr';
import { isAsciiSpace, transformDecimalAndSpaceToAscii } from './unicode-chars';

// _Py_dg_strtod's grammar (an exponent without digits is not part of the number), then
// _Py_parse_inf_or_nan's, both anchored at the current position.
const DECIMAL = /[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/y;
const INF_NAN = /([+-]?)(?:(inf)(?:inity)?|nan)/iy;

/** PyOS_string_to_double(s + pos, &end): [value, end], with end === pos when nothing parses. */
function strtod(s: string, pos: number): [number, number] {
  DECIMAL.lastIndex = pos;
  const m = DECIMAL.exec(s);
  if (m !== null) return [Number(m[0]), pos + m[0].length];
  INF_NAN.lastIndex = pos;
  const n = INF_NAN.exec(s);
  if (n === null) return [-1, pos];
  const v = n[2] === undefined ? NaN : n[1] === '-' ? -Infinity : Infinity;
  return [v, pos + n[0].length];
}

function malformed(): never {
  pyThrow('ValueError', 'complex() arg is a malformed string');
}

/** complex_from_string_inner on an ASCII string without underscores: [real, imag]. */
function parseInner(s: string): [number, number] {
  let x = 0.0;
  let y = 0.0;
  let gotBracket = false;
  let i = 0;
  const sp = () => {
    while (i < s.length && isAsciiSpace(s.charCodeAt(i))) i++;
  };
  sp();
  if (s[i] === '(') {
    // Skip over a bracket from repr().
    gotBracket = true;
    i++;
    sp();
  }
  const [z, end] = strtod(s, i);
  if (end !== i) {
    i = end;
    if (s[i] === '+' || s[i] === '-') {
      // <float><signed-float>j | <float><sign>j
      x = z;
      const [w, end2] = strtod(s, i);
      if (end2 !== i) {
        y = w;
        i = end2;
      } else {
        y = s[i] === '+' ? 1.0 : -1.0;
        i++;
      }
      if (!(s[i] === 'j' || s[i] === 'J')) malformed();
      i++;
    } else if (s[i] === 'j' || s[i] === 'J') {
      i++;
      y = z;
    } else {
      x = z;
    }
  } else {
    // Not starting with <float>: <sign>j or j.
    if (s[i] === '+' || s[i] === '-') {
      y = s[i] === '+' ? 1.0 : -1.0;
      i++;
    } else {
      y = 1.0;
    }
    if (!(s[i] === 'j' || s[i] === 'J')) malformed();
    i++;
  }
  sp();
  if (gotBracket) {
    if (s[i] !== ')') malformed();
    i++;
    sp();
  }
  if (i !== s.length) malformed();
  return [x, y];
}

/** complex(s) for a str: [real, imag]. */
export function parseComplexStr(orig: string): [number, number] {
  const s = transformDecimalAndSpaceToAscii(orig);
  // C stops at an embedded NUL: what follows makes the string malformed (length mismatch), or
  // with underscores present, unconvertible.
  const nul = s.indexOf('\u0000');
  const head = nul < 0 ? s : s.slice(0, nul);
  if (!head.includes('_')) return parseInner(s);
  // _Py_string_to_number_with_underscores: '_' only between two digits.
  const fail = (): never => pyThrow('ValueError', `could not convert string to complex: ${strRepr(orig)}`);
  let out = '';
  let prev = '';
  for (let i = 0; i < head.length; i++) {
    const c = head[i];
    if (c === '_') {
      if (!(prev >= '0' && prev <= '9')) fail();
    } else {
      if (prev === '_' && !(c >= '0' && c <= '9')) fail();
      out += c;
    }
    prev = c;
  }
  if (prev === '_' || nul >= 0) fail();
  return parseInner(out);
}
