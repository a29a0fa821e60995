/**
 * datetime.strptime, following CPython's Lib/_strptime.py in the C locale: the format becomes a
 * case-insensitive regex (same directive patterns), the match must cover the whole string, and
 * the fields are combined with the same defaults and rules (%y pivot, %I with %p, %j, %U/%W with
 * a weekday, %z offsets) and the same error messages.
 */
import type { PyValue } from '../../python/objects/object';
import { None } from '../../python/objects/core-types';
import type { PyType } from '../../python/objects/type';
import { valueError } from '../../python/runtime/errors';
import { DAY_NAMES, MONTH_NAMES, ymdToOrd, ordToYmd, isoToOrd } from './calendar';
import { makeDateTime, type PyDateTime } from './objects';
import { PyTimezone, UTC } from './tz';

const alt = (names: string[]) => names.map((n) => n.toLowerCase()).sort((a, b) => b.length - a.length).join('|');

const DIRECTIVES: Record<string, string> = {
  d: '(?<d>3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])',
  f: '(?<f>[0-9]{1,6})',
  H: '(?<H>2[0-3]|[0-1]\\d|\\d)',
  I: '(?<I>1[0-2]|0[1-9]|[1-9])',
  G: '(?<G>\\d\\d\\d\\d)',
  j: '(?<j>36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
  m: '(?<m>1[0-2]|0[1-9]|[1-9])',
  M: '(?<M>[0-5]\\d|\\d)',
  S: '(?<S>6[0-1]|[0-5]\\d|\\d)',
  U: '(?<U>5[0-3]|[0-4]\\d|\\d)',
  w: '(?<w>[0-6])',
  u: '(?<u>[1-7])',
  V: '(?<V>5[0-3]|0[1-9]|[1-4]\\d|\\d)',
  y: '(?<y>\\d\\d)',
  Y: '(?<Y>\\d\\d\\d\\d)',
  z: '(?<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|Z)',
  A: `(?<A>${alt(DAY_NAMES)})`,
  a: `(?<a>${alt(DAY_NAMES.map((d) => d.slice(0, 3)))})`,
  B: `(?<B>${alt(MONTH_NAMES)})`,
  b: `(?<b>${alt(MONTH_NAMES.map((m) => m.slice(0, 3)))})`,
  p: '(?<p>am|pm)',
  Z: '(?<Z>utc|gmt)',
  '%': '%',
};
// C-locale composites (LC_date_time, LC_date, LC_time).
const COMPOSITE: Record<string, string> = { c: '%a %b %d %H:%M:%S %Y', x: '%m/%d/%y', X: '%H:%M:%S', W: '' };

function pyRepr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The regex source for a format (CPython's TimeRE.pattern). */
function patternFor(format: string, seen: Set<string>): string {
  // Escape regex characters, then let runs of whitespace match any whitespace.
  let fmt = format.replace(/([\\.^$*+?()[\]{}|])/g, '\\$1').replace(/\s+/g, '\\s+');
  let out = '';
  while (fmt.includes('%')) {
    const i = fmt.indexOf('%');
    const d = fmt[i + 1];
    out += fmt.slice(0, i);
    let piece: string;
    if (d === 'U' || d === 'W') piece = d === 'U' ? DIRECTIVES.U : DIRECTIVES.U.replace('<U>', '<W>');
    else if (COMPOSITE[d]) piece = patternFor(COMPOSITE[d], seen);
    else if (DIRECTIVES[d] !== undefined) piece = DIRECTIVES[d];
    else {
      if (d === undefined) valueError(`stray % in format ${pyRepr(format)}`);
      valueError(`'${d}' is a bad directive in format ${pyRepr(format)}`);
    }
    // A directive used twice refers back to the first match (CPython raises re.error; rare).
    const name = COMPOSITE[d] ? undefined : /^\(\?<(\w+)>/.exec(piece!)?.[1];
    if (name !== undefined) {
      if (seen.has(name)) piece = piece!.replace(`(?<${name}>`, '(?:');
      seen.add(name);
    }
    out += piece!;
    fmt = fmt.slice(i + 2);
  }
  return out + fmt;
}

export function strptimeDateTime(cls: PyType, data: string, format: string): PyDateTime {
  const src = patternFor(format, new Set());
  let re: RegExp;
  try {
    re = new RegExp(src, 'iu');
  } catch {
    return valueError(`'${format}' is a bad directive in format ${pyRepr(format)}`);
  }
  const m = re.exec(data);
  if (m === null || m.index !== 0) valueError(`time data ${pyRepr(data)} does not match format ${pyRepr(format)}`);
  if (m![0].length !== data.length) valueError(`unconverted data remains: ${data.slice(m![0].length)}`);
  const g = m!.groups ?? {};
  let year: number | null = null;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let fraction = 0;
  let weekday: number | null = null;
  let julian: number | null = null;
  let weekOfYear = -1;
  let weekStartsMonday = false;
  let isoYear: number | null = null;
  let isoWeek: number | null = null;
  let tz: PyValue = None;
  for (const [k, v] of Object.entries(g)) {
    if (v === undefined) continue;
    switch (k) {
      case 'y': {
        const n = Number(v);
        year = n <= 68 ? n + 2000 : n + 1900;
        break;
      }
      case 'Y': year = Number(v); break;
      case 'G': isoYear = Number(v); break;
      case 'm': month = Number(v); break;
      case 'B': month = MONTH_NAMES.findIndex((x) => x.toLowerCase() === v.toLowerCase()) + 1; break;
      case 'b': month = MONTH_NAMES.findIndex((x) => x.slice(0, 3).toLowerCase() === v.toLowerCase()) + 1; break;
      case 'd': day = Number(v); break;
      case 'H': hour = Number(v); break;
      case 'I': {
        hour = Number(v);
        const ampm = (g.p ?? '').toLowerCase();
        if (ampm === '' || ampm === 'am') {
          if (hour === 12) hour = 0;
        } else if (hour !== 12) hour += 12;
        break;
      }
      case 'M': minute = Number(v); break;
      case 'S': second = Number(v); break;
      case 'f': fraction = Number(v.padEnd(6, '0')); break;
      case 'A': weekday = DAY_NAMES.findIndex((x) => x.toLowerCase() === v.toLowerCase()); break;
      case 'a': weekday = DAY_NAMES.findIndex((x) => x.slice(0, 3).toLowerCase() === v.toLowerCase()); break;
      case 'w': weekday = (Number(v) + 6) % 7; break;
      case 'u': weekday = Number(v) - 1; break;
      case 'j': julian = Number(v); break;
      case 'U': weekOfYear = Number(v); weekStartsMonday = false; break;
      case 'W': weekOfYear = Number(v); weekStartsMonday = true; break;
      case 'V': isoWeek = Number(v); break;
      case 'z': tz = parseZ(v); break;
      case 'Z': break;
    }
  }
  if (isoYear !== null && julian === null) {
    if (isoWeek === null || weekday === null) valueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').");
    const [y, mo, d] = ordToYmd(isoToOrd(isoYear, isoWeek!, weekday! + 1));
    year = y;
    month = mo;
    day = d;
  } else if (isoWeek !== null && year === null) {
    valueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').");
  }
  let leapFix = false;
  if (year === null) {
    if (month === 2 && day === 29) leapFix = true;
    year = 1900;
  }
  if (julian === null && weekday !== null && weekOfYear >= 0) {
    // Day of the year from the week number and weekday (_calc_julian_from_U_or_W).
    const firstWeekday = (ymdToOrd(year, 1, 1) + 6) % 7;
    let wd = weekday;
    let first = firstWeekday;
    if (!weekStartsMonday) {
      first = (first + 1) % 7;
      wd = (wd + 1) % 7;
    }
    const weekZeroLength = (7 - first) % 7;
    julian = weekOfYear === 0 ? 1 + wd - first : weekZeroLength + 7 * (weekOfYear - 1) + 1 + wd;
    if (julian <= 0) {
      year -= 1;
      julian += (ymdToOrd(year + 1, 1, 1) - ymdToOrd(year, 1, 1));
    }
  }
  if (julian !== null) {
    const [y, mo, d] = ordToYmd(ymdToOrd(year, 1, 1) + julian - 1);
    year = y;
    month = mo;
    day = d;
  }
  if (leapFix) {
    // _strptime parses Feb 29 without a year in the leap year 1904, then datetime keeps 1900 → error
    year = 1900;
  }
  return makeDateTime(cls, year, month, day, hour, minute, second, fraction, tz);
}

function parseZ(z: string): PyValue {
  if (z.toUpperCase() === 'Z') return UTC;
  const m = /^([+-])(\d\d):?(\d\d)(?::?(\d\d)(?:\.(\d{1,6}))?)?$/.exec(z);
  if (!m) valueError(`Inconsistent use of : in ${z}`);
  const us = ((BigInt(m![2]) * 3600n + BigInt(m![3]) * 60n + BigInt(m![4] ?? '0')) * 1_000_000n) + BigInt((m![5] ?? '').padEnd(6, '0') || '0');
  const off = m![1] === '-' ? -us : us;
  return off === 0n ? UTC : new PyTimezone(off, null);
}
