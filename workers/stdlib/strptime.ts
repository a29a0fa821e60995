/**
 * strptime for both `time.strptime` and `datetime.strptime`: a port of CPython 3.11's
 * Lib/_strptime.py in the C locale with the simulated machine's UTC zone. The format becomes a
 * case-insensitive regex built from the same directive patterns, the match must cover the whole
 * string, and the fields are combined with the same defaults, rules and error messages.
 */
import { pyThrow } from '../python/pyerror-signal';
import { raiseReError } from './re/errors';
import { ReError } from './re/translate-base';
import { DAY_NAMES, MONTH_NAMES, checkDate, isLeap, ordToYmd, ymdToOrd } from './datetime/calendar';

/** What `_strptime._strptime` returns: the struct_time fields, fraction and gmtoff_fraction. */
export interface StrptimeResult {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
  julian: number;
  /** tm_isdst: -1 unknown, 0 when %Z named UTC/GMT. */
  tz: number;
  tzname: string | null;
  gmtoff: number | null;
  /** Microseconds (%f). */
  fraction: number;
  /** The microsecond part of a %z offset, signed like the offset. */
  gmtoffFraction: number;
}

const alt = (names: string[]) => names.map((n) => n.toLowerCase()).sort((a, b) => b.length - a.length).join('|');
const DAY_ABBRS = DAY_NAMES.map((d) => d.slice(0, 3));
const MONTH_ABBRS = MONTH_NAMES.map((m) => m.slice(0, 3));

// TimeRE's table (3.11 has no %e/%D/%T/%R/%F: they are bad directives there).
const DIRECTIVES: Record<string, string> = {
  d: '(?P<d>3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9])',
  f: '(?P<f>[0-9]{1,6})',
  H: '(?P<H>2[0-3]|[0-1]\\d|\\d)',
  I: '(?P<I>1[0-2]|0[1-9]|[1-9])',
  G: '(?P<G>\\d\\d\\d\\d)',
  j: '(?P<j>36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
  m: '(?P<m>1[0-2]|0[1-9]|[1-9])',
  M: '(?P<M>[0-5]\\d|\\d)',
  S: '(?P<S>6[0-1]|[0-5]\\d|\\d)',
  U: '(?P<U>5[0-3]|[0-4]\\d|\\d)',
  W: '(?P<W>5[0-3]|[0-4]\\d|\\d)',
  w: '(?P<w>[0-6])',
  u: '(?P<u>[1-7])',
  V: '(?P<V>5[0-3]|0[1-9]|[1-4]\\d|\\d)',
  y: '(?P<y>\\d\\d)',
  Y: '(?P<Y>\\d\\d\\d\\d)',
  z: '(?P<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|Z)',
  A: `(?P<A>${alt(DAY_NAMES)})`,
  a: `(?P<a>${alt(DAY_ABBRS)})`,
  B: `(?P<B>${alt(MONTH_NAMES)})`,
  b: `(?P<b>${alt(MONTH_ABBRS)})`,
  p: '(?P<p>am|pm)',
  Z: '(?P<Z>utc|gmt)',
  '%': '%',
};
// The C locale's %c, %x and %X, as LocaleTime derives them.
const COMPOSITE: Record<string, string> = { c: '%a %b %d %H:%M:%S %Y', x: '%m/%d/%y', X: '%H:%M:%S' };

function pyRepr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

interface PatternState {
  out: string;
  /** The first directive whose group name repeats: re.error's message and position. */
  dup: { msg: string; pos: number } | null;
}

/** Capturing groups in a Python-syntax pattern: `(` not escaped and not `(?`, plus `(?P<`. */
const countGroups = (src: string) => (src.match(/(?<!\\)\((?!\?)|\(\?P</g) ?? []).length;

/**
 * TimeRE.pattern, in Python's regex syntax: escape regex characters, let whitespace runs match any
 * whitespace, expand directives (the locale's %c/%x/%X recursively).
 */
function expand(format: string, original: string, st: PatternState): void {
  let fmt = format.replace(/([\\.^$*+?(){}[\]|])/g, '\\$1').replace(/\s+/g, '\\s+');
  for (let i = fmt.indexOf('%'); i >= 0; i = fmt.indexOf('%')) {
    const d = fmt[i + 1];
    if (d === undefined) pyThrow('ValueError', `stray % in format '${original}'`);
    st.out += fmt.slice(0, i);
    if (COMPOSITE[d] !== undefined) expand(COMPOSITE[d], original, st);
    else if (DIRECTIVES[d] !== undefined) {
      const prev = st.out.indexOf(`(?P<${d}>`);
      if (prev >= 0 && st.dup === null) {
        const msg = `redefinition of group name '${d}' as group ${countGroups(st.out) + 1}; was group ${countGroups(st.out.slice(0, prev)) + 1}`;
        st.dup = { msg, pos: st.out.length + 4 };
      }
      st.out += DIRECTIVES[d];
    } else pyThrow('ValueError', `'${d === '\\' ? '%' : d}' is a bad directive in format '${original}'`);
    fmt = fmt.slice(i + 2);
  }
  st.out += fmt;
}

/** The format's regex; a repeated directive is re.error, as Python's re refuses a second group of one name. */
function compileFormat(format: string): RegExp {
  const st: PatternState = { out: '', dup: null };
  expand(format, format, st);
  if (st.dup !== null) raiseReError(new ReError(st.dup.msg, st.dup.pos), st.out, st.out);
  return new RegExp(st.out.replaceAll('(?P<', '(?<'), 'iu');
}

/** int(s) as _strptime calls it, with int()'s message for text that is not a number. */
function toInt(s: string): number {
  if (!/^\s*[+-]?\d+\s*$/.test(s)) pyThrow('ValueError', `invalid literal for int() with base 10: ${pyRepr(s)}`);
  return Number(s);
}

/** The %z offset in seconds and its microsecond remainder (both signed). */
function parseOffset(found: string): [number, number] {
  if (found === 'Z') return [0, 0];
  let z = found;
  if (z[3] === ':') {
    z = z.slice(0, 3) + z.slice(4);
    if (z.length > 5) {
      if (z[5] !== ':') pyThrow('ValueError', `Inconsistent use of : in ${found}`);
      z = z.slice(0, 5) + z.slice(6);
    }
  }
  const seconds = toInt(z.slice(1, 3)) * 3600 + toInt(z.slice(3, 5)) * 60 + (z.length > 5 ? toInt(z.slice(5, 7)) : 0);
  const fraction = Number(z.slice(8).padEnd(6, '0'));
  return z[0] === '-' ? [-seconds, -fraction] : [seconds, fraction];
}

/** Day of the year from a %U/%W week number and a weekday (_calc_julian_from_U_or_W). */
function julianFromWeek(year: number, week: number, weekday: number, startsMonday: boolean): number {
  let first = (ymdToOrd(year, 1, 1) + 6) % 7;
  if (!startsMonday) {
    first = (first + 1) % 7;
    weekday = (weekday + 1) % 7;
  }
  const week0Length = (7 - first) % 7;
  return week === 0 ? 1 + weekday - first : 1 + week0Length + 7 * (week - 1) + weekday;
}

/** (year, day of the year) from an ISO year, week and weekday (_calc_julian_from_V: no range checks). */
function julianFromIsoWeek(isoYear: number, isoWeek: number, isoWeekday: number): [number, number] {
  checkDate(isoYear, 1, 4);
  const correction = ((ymdToOrd(isoYear, 1, 4) + 6) % 7) + 1 + 3;
  const ordinal = isoWeek * 7 + isoWeekday - correction;
  if (ordinal >= 1) return [isoYear, ordinal];
  return [isoYear - 1, ordinal + ymdToOrd(isoYear, 1, 1) - ymdToOrd(isoYear - 1, 1, 1)];
}

const indexOfName = (names: string[], s: string) => names.findIndex((n) => n.toLowerCase() === s.toLowerCase());

export function parseStrptime(data: string, format: string): StrptimeResult {
  const m = compileFormat(format).exec(data);
  if (m === null || m.index !== 0) pyThrow('ValueError', `time data ${pyRepr(data)} does not match format ${pyRepr(format)}`);
  if (m![0].length !== data.length) pyThrow('ValueError', `unconverted data remains: ${data.slice(m![0].length)}`);
  const found = m!.groups ?? {};
  let year: number | null = null;
  let isoYear: number | null = null;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let fraction = 0;
  let tz = -1;
  let gmtoff: number | null = null;
  let gmtoffFraction = 0;
  let isoWeek: number | null = null;
  let weekOfYear: number | null = null;
  let weekStartsMonday = false;
  let weekday: number | null = null;
  let julian: number | null = null;
  for (const [key, v] of Object.entries(found)) {
    if (v === undefined) continue;
    switch (key) {
      case 'y': year = Number(v) + (Number(v) <= 68 ? 2000 : 1900); break;
      case 'Y': year = Number(v); break;
      case 'G': isoYear = Number(v); break;
      case 'm': month = Number(v); break;
      case 'B': month = indexOfName(MONTH_NAMES, v) + 1; break;
      case 'b': month = indexOfName(MONTH_ABBRS, v) + 1; break;
      case 'd': day = Number(v); break;
      case 'H': hour = Number(v); break;
      case 'I': {
        hour = Number(v);
        const ampm = (found.p ?? '').toLowerCase();
        if (ampm === '' || ampm === 'am') {
          if (hour === 12) hour = 0;
        } else if (hour !== 12) hour += 12;
        break;
      }
      case 'M': minute = Number(v); break;
      case 'S': second = Number(v); break;
      case 'f': fraction = Number(v.padEnd(6, '0')); break;
      case 'A': weekday = indexOfName(DAY_NAMES, v); break;
      case 'a': weekday = indexOfName(DAY_ABBRS, v); break;
      case 'w': weekday = (Number(v) + 6) % 7; break;
      case 'u': weekday = Number(v) - 1; break;
      case 'j': julian = Number(v); break;
      case 'U': case 'W': weekOfYear = Number(v); weekStartsMonday = key === 'W'; break;
      case 'V': isoWeek = Number(v); break;
      case 'z':
        // CPython's alternative is `(?-i:Z)`, which V8 cannot express yet: a lowercase 'z' matched
        // only because of the i flag, and Python's regex would not have matched at all.
        if (v === 'z') pyThrow('ValueError', `time data ${pyRepr(data)} does not match format ${pyRepr(format)}`);
        [gmtoff, gmtoffFraction] = parseOffset(v);
        break;
      case 'Z': tz = 0; break; // utc/gmt: the only zone names of the simulated machine
    }
  }
  if (year === null && isoYear !== null) {
    if (isoWeek === null || weekday === null) pyThrow('ValueError', "ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').");
    if (julian !== null) pyThrow('ValueError', "Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.");
  } else if (weekOfYear === null && isoWeek !== null) {
    if (weekday === null) pyThrow('ValueError', "ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').");
    pyThrow('ValueError', "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.");
  }
  // Without a year, Feb 29 is computed in 1904 (a leap year) and reported as 1900.
  let leapYearFix = false;
  if (year === null && month === 2 && day === 29) {
    year = 1904;
    leapYearFix = true;
  } else if (year === null) year = 1900;
  if (julian === null && weekday !== null) {
    if (weekOfYear !== null) julian = julianFromWeek(year, weekOfYear, weekday, weekStartsMonday);
    else if (isoYear !== null && isoWeek !== null) [year, julian] = julianFromIsoWeek(isoYear, isoWeek, weekday + 1);
    if (julian !== null && julian <= 0) {
      year -= 1;
      julian += isLeap(year) ? 366 : 365;
    }
  }
  if (julian === null) {
    checkDate(year, month, day);
    julian = ymdToOrd(year, month, day) - ymdToOrd(year, 1, 1) + 1;
  } else {
    checkDate(year, 1, 1);
    [year, month, day] = ordToYmd(julian - 1 + ymdToOrd(year, 1, 1));
  }
  if (weekday === null) weekday = (ymdToOrd(year, month, day) + 6) % 7;
  if (leapYearFix) year = 1900;
  return { year, month, day, hour, minute, second, weekday, julian, tz, tzname: found.Z ?? null, gmtoff, fraction, gmtoffFraction };
}
