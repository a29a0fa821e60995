/**
 * format(float, spec): port of CPython 3.11's format_float_internal.
 *
 * No type means "repr when no precision, else like 'g' but with at least one digit after the
 * point" (Py_DTSF_ADD_DOT_0, which also lowers the exponent-switch threshold by one). '%' scales by
 * 100 in floating point before formatting (as CPython does), 'n' is 'g' in the C locale (no
 * grouping), 'z' drops the sign of a zero result.
 */

import { pyThrow } from '../pyerror-signal';
import { doubleToString, floatRepr, type DtsCode } from './double-to-string';
import { parseFormatSpec, type FormatSpec } from './format-spec';
import { layoutNumber } from './number-layout';

const INT_MAX = 2147483647;

/** unknown_presentation_type's ValueError. */
export function unknownPresentationType(type: string, typeName: string): never {
  const cp = type.codePointAt(0) ?? 0;
  if (cp > 32 && cp < 128) {
    pyThrow('ValueError', `Unknown format code '${type}' for object of type '${typeName}'`);
  }
  pyThrow('ValueError', `Unknown format code '\\x${cp.toString(16)}' for object of type '${typeName}'`);
}

/** Format a float with an already parsed spec whose type is one of '' e E f F g G n %. */
export function formatFloatWithSpec(value: number, spec: FormatSpec): string {
  if (spec.precision > INT_MAX) pyThrow('ValueError', 'precision too big');
  let type = spec.type;
  let precision = spec.precision;
  let defaultPrecision = 6;
  let addDot0 = false;
  let addPct = false;
  let val = value;
  if (type === '') {
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  if (type === '%') {
    type = 'f';
    val *= 100;
    addPct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';

  let buf = doubleToString(val, type as DtsCode, precision, {
    addDot0, alt: spec.alternate, noNegZero: spec.noNeg0,
  });
  if (addPct) buf += '%';

  if (spec.sign !== '+' && spec.sign !== ' ' && spec.width === -1 && spec.type !== 'n' && spec.grouping === '') {
    return buf; // fast path, as in CPython
  }
  return layoutFloatDigits(buf, spec);
}

/**
 * CPython's parse_number + fill_number for a formatted float `buf` (optional '-', digits, an
 * optional '.', the rest): sign, grouping and padding per `spec`. Shared with complex.
 */
export function layoutFloatDigits(buf: string, spec: FormatSpec): string {
  let signChar = '';
  let i = 0;
  if (buf.charCodeAt(0) === 45) {
    signChar = '-';
    i = 1;
  }
  let j = i;
  while (j < buf.length) {
    const c = buf.charCodeAt(j);
    if (c < 48 || c > 57) break;
    j++;
  }
  const hasDecimal = buf.charCodeAt(j) === 46;
  const remainder = buf.slice(hasDecimal ? j + 1 : j);
  // 'n' uses the current locale, which is "C" in CPython unless setlocale() was called: no grouping.
  const grouping = spec.type === 'n' ? '' : spec.grouping;
  return layoutNumber(spec, signChar, '', buf.slice(i, j), hasDecimal, remainder, grouping);
}

/** format(x, spec) for a float. `typeName` appears in error messages (subclasses). */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  const f = parseFormatSpec(spec, '', '>', typeName);
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatWithSpec(x, f);
    default:
      unknownPresentationType(f.type, typeName);
  }
}
