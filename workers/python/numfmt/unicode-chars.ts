/**
 * The few Unicode character facts numeric parsing/formatting needs, matching CPython 3.11
 * (Unicode 14.0) rather than the JS engine's ICU version.
 *
 * - `float()`, `int()` and format-spec widths accept any Unicode decimal digit (category Nd), so we
 *   keep CPython's table of the code points whose digit value is 0: Unicode guarantees Nd
 *   characters come in contiguous runs of ten ascending from zero, so a digit's value is its offset
 *   from the run start. (The table is fixed to Unicode 14 so newer JS engines do not accept Kawi or
 *   Nag Mundari digits that CPython 3.11 rejects.)
 * - `str.isspace()` whitespace (bidi WS/B/S or Zs), used when `float()`/`int()` map Unicode spaces to
 *   ASCII before parsing.
 */

/** Code points whose Unicode decimal value is 0 (CPython 3.11 / Unicode 14.0), sorted. */
const DECIMAL_ZEROS: readonly number[] = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
  0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
  0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0,
  0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0,
  0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce,
  0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/** Py_UNICODE_TODECIMAL: the decimal digit value of a code point, or -1. */
export function decimalValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x660) return -1;
  // Binary search for the last run start <= cp.
  let lo = 0;
  let hi = DECIMAL_ZEROS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (DECIMAL_ZEROS[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  const d = cp - DECIMAL_ZEROS[lo];
  return d >= 0 && d <= 9 ? d : -1;
}

/** Python's str.isspace() for one code point. */
export function isPySpace(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20);
  return (
    cp === 0x85 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000
  );
}

/** C-locale isspace (Py_ISSPACE): what the ASCII-level number parsers strip. */
export function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode digits become ASCII digits, Unicode
 * whitespace becomes ' ', and the first other non-ASCII character becomes '?' (ending the string,
 * which guarantees the parse fails). ASCII input is returned unchanged.
 */
export function transformDecimalAndSpaceToAscii(s: string): string {
  // Fast path: plain ASCII (below DEL, which CPython also treats as "non-ASCII" here).
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 127) out += ch;
    else if (isPySpace(cp)) out += ' ';
    else {
      const d = decimalValue(cp);
      if (d < 0) return out + '?';
      out += String.fromCharCode(0x30 + d);
    }
  }
  return out;
}

/** Number of code points in a JS string (astral characters count once). */
export function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The first `n` code points of `s`. */
export function cpSlice(s: string, n: number): string {
  if (n >= s.length) return s;
  let i = 0;
  let count = 0;
  while (i < s.length && count < n) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    } else i++;
    count++;
  }
  return s.slice(0, i);
}
