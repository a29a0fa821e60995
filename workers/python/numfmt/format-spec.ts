/**
 * The format-spec mini-language parser (format(), str.format, f-strings): a port of CPython 3.11's
 * parse_internal_render_format_spec, including its exact error messages and order of checks.
 *
 * The spec is walked by code point (fill may be an astral character; width and precision accept
 * any Unicode decimal digits, as CPython's get_integer does). Parsed specs are cached because the
 * same literal spec is typically formatted many times (f-strings in loops).
 */

import { pyThrow } from '../pyerror-signal';
import { decimalValue } from './unicode-chars';

/** Thousands grouping: none, ',' or '_' every 3 digits, or '_' every 4 (b/o/x/X). */
export type Grouping = '' | ',' | '_' | '_4';

export interface FormatSpec {
  /** Fill character (one code point, possibly a surrogate pair). */
  fill: string;
  /** '<', '>', '^' or '=' (the default for the object type if not given). */
  align: string;
  /** '+', '-', ' ' or '' when not given. */
  sign: string;
  /** 'z' option: coerce negative zero (floats). */
  noNeg0: boolean;
  /** '#' alternate form. */
  alternate: boolean;
  /** Minimum width, -1 when not given. */
  width: number;
  grouping: Grouping;
  /** Precision, -1 when not given. */
  precision: number;
  /** Presentation type (one code point) or '' when not given and the default is "none". */
  type: string;
}

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;

function isAlign(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/** get_integer: reads Unicode decimal digits; returns [value, digitsConsumed, newPos]. */
function getInteger(cps: string[], pos: number): [number, number, number] {
  let acc = 0;
  let big: bigint | null = null;
  let n = 0;
  for (; pos < cps.length; pos++, n++) {
    const d = decimalValue(cps[pos].codePointAt(0)!);
    if (d < 0) break;
    if (big === null && acc < 1e14) acc = acc * 10 + d;
    else {
      big = (big ?? BigInt(acc)) * 10n + BigInt(d);
      if (big > PY_SSIZE_T_MAX) pyThrow('ValueError', 'Too many decimal digits in format string');
    }
  }
  return [big === null ? acc : Number(big), n, pos];
}

function invalidThousandsSeparatorType(sep: string, type: string): never {
  const cp = type === '' ? 0 : type.codePointAt(0)!;
  if (cp > 32 && cp < 128) pyThrow('ValueError', `Cannot specify '${sep}' with '${type}'.`);
  pyThrow('ValueError', `Cannot specify '${sep}' with '\\x${cp.toString(16)}'.`);
}

function parse(spec: string, defaultType: string, defaultAlign: string, typeName: string): FormatSpec {
  const cps = Array.from(spec);
  const end = cps.length;
  let pos = 0;
  let fill = ' ';
  let align = defaultAlign;
  let alignSpecified = false;
  let fillSpecified = false;
  let sign = '';
  let noNeg0 = false;
  let alternate = false;
  let grouping: Grouping = '';
  let precision = -1;
  let type = defaultType;

  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    align = cps[pos + 1];
    fill = cps[pos];
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    align = cps[pos];
    alignSpecified = true;
    pos++;
  }
  if (end - pos >= 1 && (cps[pos] === '+' || cps[pos] === '-' || cps[pos] === ' ')) {
    sign = cps[pos];
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === 'z') {
    noNeg0 = true;
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === '#') {
    alternate = true;
    pos++;
  }
  // The special case for 0-padding (backwards compat): '0' means fill '0' and '=' alignment.
  if (!fillSpecified && end - pos >= 1 && cps[pos] === '0') {
    fill = '0';
    if (!alignSpecified && defaultAlign === '>') align = '=';
    pos++;
  }
  let [width, consumed, p] = getInteger(cps, pos);
  pos = p;
  if (consumed === 0) width = -1;
  if (end - pos > 0 && cps[pos] === ',') {
    grouping = ',';
    pos++;
  }
  if (end - pos > 0 && cps[pos] === '_') {
    if (grouping !== '') pyThrow('ValueError', "Cannot specify both ',' and '_'.");
    grouping = '_';
    pos++;
  }
  if (end - pos > 0 && cps[pos] === ',' && grouping === '_') {
    pyThrow('ValueError', "Cannot specify both ',' and '_'.");
  }
  if (end - pos > 0 && cps[pos] === '.') {
    pos++;
    [precision, consumed, p] = getInteger(cps, pos);
    pos = p;
    if (consumed === 0) pyThrow('ValueError', 'Format specifier missing precision');
  }
  if (end - pos > 1) {
    pyThrow('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (end - pos === 1) {
    // CPython stores the type in a C char where NUL means "no type": an explicit '\x00' behaves
    // like an omitted type for float and is an unknown code '\x0' for int and str.
    type = cps[pos] === '\u0000' ? '' : cps[pos];
    pos++;
  }
  if (grouping !== '') {
    switch (type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (grouping === '_') {
          grouping = '_4';
          break;
        }
        invalidThousandsSeparatorType(grouping, type);
        break;
      default:
        invalidThousandsSeparatorType(grouping, type);
    }
  }
  return { fill, align, sign, noNeg0, alternate, width, grouping, precision, type };
}

const cache = new Map<string, FormatSpec>();
const CACHE_MAX = 512;

/**
 * Parse a format spec. `defaultType` is the object's default presentation type ('d' for int, ''
 * for float meaning "none", 's' for str), `defaultAlign` its default alignment ('>' for numbers,
 * '<' for str), `typeName` the Python type name used in error messages. The returned object is
 * shared (cached): do not mutate it.
 */
export function parseFormatSpec(
  spec: string, defaultType = '', defaultAlign = '>', typeName = 'float',
): FormatSpec {
  const key = defaultType + '\u0000' + defaultAlign + '\u0000' + spec;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const r = parse(spec, defaultType, defaultAlign, typeName);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, r);
  return r;
}
