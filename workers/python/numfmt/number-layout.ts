/**
 * Padding, sign and digit grouping for formatted numbers: a port of CPython's calc_number_widths,
 * fill_number and _PyUnicode_InsertThousandsGrouping.
 *
 * The subtle part is '0' fill with '=' alignment (what a leading '0' in the spec means): the zero
 * padding is produced by the grouping routine itself, so separators are inserted among the padding
 * zeros too (format(1234, '010,') == '00,001,234').
 */

import { pyThrow } from '../pyerror-signal';
import type { FormatSpec, Grouping } from './format-spec';
import { cpLength } from './unicode-chars';

/** Longest string we try to build; beyond it CPython would be out of memory anyway. */
const MAX_LEN = 0x1fffffe8;

/** Repeat a fill string, raising MemoryError instead of a JS RangeError for absurd widths. */
export function fillRepeat(fill: string, n: number): string {
  if (n <= 0) return '';
  if (n * fill.length > MAX_LEN) pyThrow('MemoryError', '');
  return fill.repeat(n);
}

/** Group ASCII `digits`, left-padding with zeros up to `minWidth` (port of InsertThousandsGrouping). */
export function groupDigits(digits: string, minWidth: number, sep: string, size: number): string {
  if (minWidth > MAX_LEN) pyThrow('MemoryError', '');
  minWidth = Math.max(0, minWidth);
  let remaining = digits.length;
  let pos = remaining;
  const parts: string[] = [];
  let loopBroken = false;
  if (size > 0) {
    for (;;) {
      const len = Math.min(size, Math.max(remaining, minWidth, 1));
      const nZeros = Math.max(0, len - remaining);
      const nChars = Math.max(0, Math.min(remaining, len));
      parts.push((nZeros ? '0'.repeat(nZeros) : '') + digits.slice(pos - nChars, pos));
      pos -= nChars;
      remaining -= nChars;
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) {
        loopBroken = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!loopBroken) {
    const len = Math.max(remaining, minWidth, 1);
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    parts.push((nZeros ? '0'.repeat(nZeros) : '') + digits.slice(pos - nChars, pos));
  }
  if (parts.length === 1) return parts[0];
  return parts.reverse().join(sep);
}

/** Separator and group size for a grouping option (LT_NO_LOCALE / LT_DEFAULT_LOCALE / ...). */
export function groupingInfo(g: Grouping): [string, number] {
  switch (g) {
    case ',': return [',', 3];
    case '_': return ['_', 3];
    case '_4': return ['_', 4];
    default: return ['', 0];
  }
}

/**
 * Lay out a number: <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>.
 * `signChar` is '-' if the number is negative, `intDigits` the ASCII digits before the decimal
 * point (may be empty, e.g. for 'inf' or the 'c' type), `remainder` what follows the point
 * (fraction, exponent, '%', or the character for 'c').
 */
export function layoutNumber(
  spec: FormatSpec, signChar: string, prefix: string, intDigits: string,
  hasDecimal: boolean, remainder: string, grouping: Grouping,
): string {
  let sign = '';
  if (spec.sign === '+') sign = signChar === '-' ? '-' : '+';
  else if (spec.sign === ' ') sign = signChar === '-' ? '-' : ' ';
  else if (signChar === '-') sign = '-';
  const remLen = remainder.length <= 1 ? remainder.length : cpLength(remainder);
  const nNonDigit = sign.length + prefix.length + (hasDecimal ? 1 : 0) + remLen;
  const [sep, size] = groupingInfo(grouping);
  const minWidth = spec.fill === '0' && spec.align === '=' ? spec.width - nNonDigit : 0;
  const grouped = intDigits.length === 0 ? '' : groupDigits(intDigits, minWidth, sep, size);
  const nPadding = spec.width - (nNonDigit + grouped.length);
  let lpad = '';
  let spad = '';
  let rpad = '';
  if (nPadding > 0) {
    switch (spec.align) {
      case '<':
        rpad = fillRepeat(spec.fill, nPadding);
        break;
      case '^': {
        const l = Math.floor(nPadding / 2);
        lpad = fillRepeat(spec.fill, l);
        rpad = fillRepeat(spec.fill, nPadding - l);
        break;
      }
      case '=':
        spad = fillRepeat(spec.fill, nPadding);
        break;
      default:
        lpad = fillRepeat(spec.fill, nPadding);
    }
  }
  return lpad + sign + prefix + spad + grouped + (hasDecimal ? '.' : '') + remainder + rpad;
}
