/**
 * int(str, base): CPython 3.11's PyLong_FromUnicodeObject / PyLong_FromString, including the
 * integer string conversion length limit (more than 4300 digits in a non power-of-two base raises
 * ValueError before any conversion work). Errors quote repr(original string) cut to 200 characters,
 * as CPython's "%.200R" does.
 */

import { pyThrow } from '../pyerror-signal';
import { normInt, type PyInt } from './int-norm';
import { getIntMaxStrDigits } from './int-to-str';
import { strRepr } from './str-repr';
import { cpSlice, isAsciiSpace, transformDecimalAndSpaceToAscii } from './unicode-chars';

/** _PyLong_DigitValue: 0-9, a-z/A-Z = 10..35, anything else 37. */
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 37;
}

/** For bytes input: how the error message shows the original (repr of the bytes object). */
let bytesReprOf: ((s: string) => string) | null = null;

function invalid(orig: string, base: number): never {
  const r = bytesReprOf !== null ? bytesReprOf(orig) : strRepr(orig);
  pyThrow('ValueError', `invalid literal for int() with base ${base}: ${cpSlice(r, 200)}`);
}

/** int(b, base) for bytes (one char per byte): errors quote the bytes' repr (`reprOf`). */
export function parseIntBytes(latin1: string, base: number, reprOf: (s: string) => string): PyInt {
  bytesReprOf = reprOf;
  try {
    // CPython parses the raw bytes: only ASCII digits and spaces count.
    if ((base === 0 || (base >= 2 && base <= 36)) && /[\x80-\xff]/.test(latin1)) invalid(latin1, base);
    return parseIntStr(latin1, base);
  } finally {
    bytesReprOf = null;
  }
}

/** Convert validated digits (no underscores) in `base` to an int. */
function digitsToInt(d: string, base: number): bigint | number {
  if (base === 10) return d.length <= 15 ? Number(d) : BigInt(d);
  if (base === 16) return BigInt('0x' + d);
  if (base === 8) return BigInt('0o' + d);
  if (base === 2) return BigInt('0b' + d);
  // Other bases: accumulate chunks of digits that fit exactly in a double.
  const chunk = Math.max(1, Math.floor(45 / Math.log2(base)));
  if (d.length <= chunk) return parseInt(d, base);
  let acc = 0n;
  const bigBase = BigInt(base);
  for (let i = 0; i < d.length; i += chunk) {
    const part = d.slice(i, i + chunk);
    acc = acc * bigBase ** BigInt(part.length) + BigInt(parseInt(part, base));
  }
  return acc;
}

/** int(s, base) for a str; base 0 or 2..36. */
export function parseIntStr(orig: string, base = 10): PyInt {
  if ((base !== 0 && base < 2) || base > 36) pyThrow('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  // Errors quote the base that was passed in (0 stays 0 even after a prefix picked the real base).
  const msgBase = base;
  const s = transformDecimalAndSpaceToAscii(orig);
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let neg = false;
  if (s[i] === '+') i++;
  else if (s[i] === '-') {
    i++;
    neg = true;
  }
  let errorIfNonzero = false;
  const c1 = s[i + 1];
  if (base === 0) {
    if (s[i] !== '0') base = 10;
    else if (c1 === 'x' || c1 === 'X') base = 16;
    else if (c1 === 'o' || c1 === 'O') base = 8;
    else if (c1 === 'b' || c1 === 'B') base = 2;
    else {
      // "Old" C-style octal literal, now invalid; it might still be zero though.
      errorIfNonzero = true;
      base = 10;
    }
  }
  if (s[i] === '0' && (
    (base === 16 && (c1 === 'x' || c1 === 'X')) ||
    (base === 8 && (c1 === 'o' || c1 === 'O')) ||
    (base === 2 && (c1 === 'b' || c1 === 'B')))) {
    i += 2;
    if (s[i] === '_') i++; // one underscore allowed after the prefix
  }
  if (s[i] === '_') invalid(orig, msgBase);
  // Scan digits with single underscores between them.
  const start = i;
  let digits = 0;
  let prev = '';
  let hasUnderscore = false;
  for (; i < n; i++) {
    const c = s[i];
    if (c === '_') {
      if (prev === '_') invalid(orig, msgBase);
      hasUnderscore = true;
    } else if (digitValue(s.charCodeAt(i)) < base) digits++;
    else break;
    prev = c;
  }
  if (prev === '_') invalid(orig, msgBase);
  const maxDigits = getIntMaxStrDigits();
  if ((base & (base - 1)) !== 0 && maxDigits > 0 && digits > maxDigits) {
    pyThrow(
      'ValueError',
      `Exceeds the limit (${maxDigits} digits) for integer string conversion: ` +
        `value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  if (digits === 0) invalid(orig, msgBase);
  let body = s.slice(start, i);
  if (hasUnderscore) body = body.replace(/_/g, '');
  const v = digitsToInt(body, base);
  if (errorIfNonzero && v !== 0 && v !== 0n) invalid(orig, msgBase);
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) invalid(orig, msgBase);
  if (typeof v === 'number') return neg && v !== 0 ? -v : v;
  return normInt(neg ? -v : v);
}
