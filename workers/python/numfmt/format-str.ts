/**
 * format(str, spec): port of CPython 3.11's format_string_internal. Width and precision count code
 * points, not UTF-16 units.
 */

import { pyThrow } from '../pyerror-signal';
import { unknownPresentationType } from './format-float';
import { parseFormatSpec } from './format-spec';
import { fillRepeat } from './number-layout';
import { cpLength, cpSlice } from './unicode-chars';

/** format(s, spec) for a str. */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec, 's', '<', typeName);
  if (f.type !== 's') unknownPresentationType(f.type, typeName);
  if (f.sign !== '') {
    if (f.sign === ' ') pyThrow('ValueError', 'Space not allowed in string format specifier');
    pyThrow('ValueError', 'Sign not allowed in string format specifier');
  }
  if (f.noNeg0) pyThrow('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) pyThrow('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') pyThrow('ValueError', "'=' alignment not allowed in string format specifier");
  if (f.width === -1 && f.precision === -1) return s;
  let len = cpLength(s);
  if ((f.width === -1 || f.width <= len) && (f.precision === -1 || f.precision >= len)) return s;
  let body = s;
  if (f.precision >= 0 && len >= f.precision) {
    len = f.precision;
    body = cpSlice(s, len);
  }
  const total = f.width > len ? f.width : len;
  let lpad = 0;
  if (f.align === '>') lpad = total - len;
  else if (f.align === '^') lpad = Math.floor((total - len) / 2);
  const rpad = total - len - lpad;
  return fillRepeat(f.fill, lpad) + body + fillRepeat(f.fill, rpad);
}
