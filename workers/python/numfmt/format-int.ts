/**
 * format(int, spec): port of CPython 3.11's format_long_internal and the int __format__ dispatch.
 *
 * Integer types b c d o x X n format the int itself; float types (e E f F g G %) convert it with
 * float(int) first (OverflowError for huge ints). Callers format bool the same way when the spec is
 * non-empty (passing 1/0 and typeName 'bool'); an empty spec means str(x), which for bool is
 * 'True'/'False' and is the caller's job.
 */

import { pyThrow } from '../pyerror-signal';
import { formatFloatWithSpec, unknownPresentationType } from './format-float';
import { parseFormatSpec, type FormatSpec } from './format-spec';
import { intToFloat } from './int-float';
import type { PyInt } from './int-norm';
import { intToStr } from './int-to-str';
import { layoutNumber } from './number-layout';

const C_LONG_MAX = 2n ** 63n - 1n;
const C_LONG_MIN = -(2n ** 63n);

function formatLongInternal(x: PyInt, spec: FormatSpec): string {
  if (spec.precision !== -1) pyThrow('ValueError', 'Precision not allowed in integer format specifier');
  if (spec.noNeg0) pyThrow('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (spec.type === 'c') {
    if (spec.sign !== '') pyThrow('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) pyThrow('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof x === 'bigint' && (x > C_LONG_MAX || x < C_LONG_MIN)) {
      pyThrow('OverflowError', 'Python int too large to convert to C long');
    }
    const n = Number(x);
    if (n < 0 || n > 0x10ffff) pyThrow('OverflowError', '%c arg not in range(0x110000)');
    return layoutNumber(spec, '', '', '', false, String.fromCodePoint(n), '');
  }
  let base = 10;
  let prefix = '';
  switch (spec.type) {
    case 'b': base = 2; prefix = '0b'; break;
    case 'o': base = 8; prefix = '0o'; break;
    case 'x': base = 16; prefix = '0x'; break;
    case 'X': base = 16; prefix = '0X'; break;
  }
  let digits = intToStr(x, base);
  let signChar = '';
  if (digits.charCodeAt(0) === 45) {
    signChar = '-';
    digits = digits.slice(1);
  }
  if (spec.type === 'X') digits = digits.toUpperCase();
  // 'n' groups by the C locale, i.e. not at all.
  const grouping = spec.type === 'n' ? '' : spec.grouping;
  return layoutNumber(spec, signChar, spec.alternate ? prefix : '', digits, false, '', grouping);
}

/** Format an int with an already parsed spec (defaults 'd' / '>'). */
export function formatIntWithSpec(x: PyInt, spec: FormatSpec, typeName = 'int'): string {
  switch (spec.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatLongInternal(x, spec);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatWithSpec(intToFloat(x), spec);
    default:
      unknownPresentationType(spec.type, typeName);
  }
}

/** format(x, spec) for an int. `typeName` appears in error messages ('bool' for booleans). */
export function formatInt(x: PyInt, spec: string, typeName = 'int'): string {
  if (spec === '') return intToStr(x);
  return formatIntWithSpec(x, parseFormatSpec(spec, 'd', '>', typeName), typeName);
}
