/**
 * repr(complex) and format(complex, spec): ports of CPython 3.11's complex_repr and
 * format_complex_internal.
 *
 * repr prints each part in the shortest round-tripping form without ".0" ('r' mode), drops a real
 * part that is +0.0 (so 1j, -0j, but (-0+1j)), and otherwise wraps "(re±imj)". format() with no
 * presentation type follows the same rules; with a type both parts are always printed, unwrapped.
 * Each part is laid out like a float without padding, then the whole is padded once; '0' fill and
 * '=' alignment are errors because they cannot apply to a two-part number.
 */
import { pyThrow } from '../pyerror-signal';
import { doubleToString, type DtsCode } from './double-to-string';
import { signBit } from './float-bits';
import { unknownPresentationType, layoutFloatDigits } from './format-float';
import { parseFormatSpec, type FormatSpec } from './format-spec';
import { fillRepeat } from './number-layout';

const INT_MAX = 2147483647;

/** repr(complex) / str(complex). */
export function complexRepr(re: number, im: number): string {
  if (re === 0 && !signBit(re)) return doubleToString(im, 'r', 0) + 'j';
  return '(' + doubleToString(re, 'r', 0) + doubleToString(im, 'r', 0, { sign: true }) + 'j)';
}

/** One part as fill_number writes it: sign per `sign`, digits grouped, no padding. */
function layoutPart(buf: string, spec: FormatSpec, sign: string): string {
  return layoutFloatDigits(buf, { ...spec, fill: ' ', align: '<', width: -1, sign });
}

function formatWithSpec(re: number, im: number, spec: FormatSpec): string {
  if (spec.precision > INT_MAX) pyThrow('ValueError', 'precision too big');
  if (spec.fill === '0') pyThrow('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (spec.align === '=') {
    pyThrow('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  }
  let type = spec.type;
  let precision = spec.precision;
  let defaultPrecision = 6;
  let skipRe = false;
  let addParens = false;
  if (type === '') {
    // Omitted type: like str(self), but honouring precision, width and the rest.
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && !signBit(re)) skipRe = true;
    else addParens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const flags = { alt: spec.alternate, noNegZero: spec.noNeg0 };
  const reBuf = doubleToString(re, type as DtsCode, precision, flags);
  const imBuf = doubleToString(im, type as DtsCode, precision, flags);
  // The imaginary part always carries a sign, unless it stands alone.
  const body = (skipRe ? '' : layoutPart(reBuf, spec, spec.sign)) + layoutPart(imBuf, spec, skipRe ? spec.sign : '+') + 'j';
  const inner = addParens ? '(' + body + ')' : body;
  // calc_padding over the whole; every character written so far is ASCII.
  const n = inner.length;
  const total = spec.width > n ? spec.width : n;
  let lpad = 0;
  if (spec.align === '>') lpad = total - n;
  else if (spec.align === '^') lpad = Math.floor((total - n) / 2);
  return fillRepeat(spec.fill, lpad) + inner + fillRepeat(spec.fill, total - n - lpad);
}

/** format(z, spec) for a complex. `typeName` appears in error messages (subclasses). */
export function formatComplex(re: number, im: number, spec: string, typeName = 'complex'): string {
  const f = parseFormatSpec(spec, '', '>', typeName);
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      return formatWithSpec(re, im, f);
    default:
      return unknownPresentationType(f.type, typeName);
  }
}
