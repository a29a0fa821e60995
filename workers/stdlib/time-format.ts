/**
 * Calendar arithmetic and the text formats of the `time` module, as glibc (C locale) and
 * CPython's Lib/_strptime.py produce and parse them. Pure code: errors are PyErrorSignals.
 *
 * A broken-down time here is `Tm` with Python's conventions (month 1-12, wday 0 = Monday,
 * yday 1-366), which is what struct_time holds.
 */
import { pyThrow } from '../python/pyerror-signal';

export interface Tm {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  isdst: number;
  zone: string | null;
  gmtoff: number | null;
}

export const DAY_ABBR = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
export const DAY_NAME = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MON_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MON_NAME = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** Days from 1970-01-01 to y-m-d (proleptic Gregorian; Howard Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [y + (m <= 2 ? 1 : 0), m, d];
}

/** Monday = 0. */
export function weekday(y: number, m: number, d: number): number {
  return (((daysFromCivil(y, m, d) + 3) % 7) + 7) % 7;
}

export function yearDay(y: number, m: number, d: number): number {
  return daysFromCivil(y, m, d) - daysFromCivil(y, 1, 1) + 1;
}

/** gmtime(): seconds since the epoch (already floored) to a broken-down UTC time. */
export function gmtime(secs: number, zone: string): Tm {
  const days = Math.floor(secs / 86400);
  let rem = secs - days * 86400;
  const [year, mon, mday] = civilFromDays(days);
  const hour = Math.floor(rem / 3600);
  rem -= hour * 3600;
  const min = Math.floor(rem / 60);
  const sec = rem - min * 60;
  return { year, mon, mday, hour, min, sec, wday: (((days + 3) % 7) + 7) % 7, yday: yearDay(year, mon, mday), isdst: 0, zone, gmtoff: 0 };
}

/** timegm/mktime in UTC: fields may be out of range and are normalised like C does. */
export function timegm(year: number, mon: number, mday: number, hour: number, min: number, sec: number): number {
  const y = year + Math.floor((mon - 1) / 12);
  const m = ((((mon - 1) % 12) + 12) % 12) + 1;
  return (daysFromCivil(y, m, 1) + mday - 1) * 86400 + hour * 3600 + min * 60 + sec;
}

const pad = (n: number, w: number, c = '0') => {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= w ? s : c.repeat(w - s.length) + s);
};

/** ISO 8601 week-based year and week number. */
function isoWeek(t: Tm): [number, number] {
  const wdayIso = t.wday + 1; // 1 = Monday
  const thursdayYday = t.yday - wdayIso + 4; // yday of this week's Thursday
  let year = t.year;
  let yday = thursdayYday;
  if (yday < 1) {
    year--;
    yday += isLeap(year) ? 366 : 365;
  } else if (yday > (isLeap(year) ? 366 : 365)) {
    yday -= isLeap(year) ? 366 : 365;
    year++;
  }
  return [year, Math.floor((yday - 1) / 7) + 1];
}

/** glibc strftime in the C locale. Unknown directives are copied as they are. */
export function strftime(fmt: string, t: Tm): string {
  let out = '';
  const cWday = (t.wday + 1) % 7; // C's tm_wday: Sunday = 0
  const yday0 = t.yday - 1;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch !== '%' || i + 1 >= fmt.length) {
      out += ch;
      continue;
    }
    const d = fmt[++i];
    const h12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
    switch (d) {
      case 'a': out += DAY_ABBR[t.wday] ?? '?'; break;
      case 'A': out += DAY_NAME[t.wday] ?? '?'; break;
      case 'b': case 'h': out += MON_ABBR[t.mon - 1] ?? '?'; break;
      case 'B': out += MON_NAME[t.mon - 1] ?? '?'; break;
      case 'c': out += strftime('%a %b %e %H:%M:%S %Y', t); break;
      case 'C': out += pad(Math.floor(t.year / 100), 2); break;
      case 'd': out += pad(t.mday, 2); break;
      case 'D': out += strftime('%m/%d/%y', t); break;
      case 'e': out += pad(t.mday, 2, ' '); break;
      case 'F': out += strftime('%Y-%m-%d', t); break;
      case 'G': out += String(isoWeek(t)[0]); break;
      case 'g': out += pad(((isoWeek(t)[0] % 100) + 100) % 100, 2); break;
      case 'H': out += pad(t.hour, 2); break;
      case 'I': out += pad(h12, 2); break;
      case 'j': out += pad(t.yday, 3); break;
      case 'k': out += pad(t.hour, 2, ' '); break;
      case 'l': out += pad(h12, 2, ' '); break;
      case 'm': out += pad(t.mon, 2); break;
      case 'M': out += pad(t.min, 2); break;
      case 'n': out += '\n'; break;
      case 'p': out += t.hour < 12 ? 'AM' : 'PM'; break;
      case 'P': out += t.hour < 12 ? 'am' : 'pm'; break;
      case 'r': out += strftime('%I:%M:%S %p', t); break;
      case 'R': out += strftime('%H:%M', t); break;
      case 's': out += String(timegm(t.year, t.mon, t.mday, t.hour, t.min, t.sec) - (t.gmtoff ?? 0)); break;
      case 'S': out += pad(t.sec, 2); break;
      case 't': out += '\t'; break;
      case 'T': out += strftime('%H:%M:%S', t); break;
      case 'u': out += String(t.wday + 1); break;
      case 'U': out += pad(Math.floor((yday0 + 7 - cWday) / 7), 2); break;
      case 'V': out += pad(isoWeek(t)[1], 2); break;
      case 'w': out += String(cWday); break;
      case 'W': out += pad(Math.floor((yday0 + 7 - ((cWday + 6) % 7)) / 7), 2); break;
      case 'x': out += strftime('%m/%d/%y', t); break;
      case 'X': out += strftime('%H:%M:%S', t); break;
      case 'y': out += pad(((t.year % 100) + 100) % 100, 2); break;
      case 'Y': out += String(t.year); break;
      case 'z': {
        const off = t.gmtoff ?? 0;
        const a = Math.abs(off);
        out += (off < 0 ? '-' : '+') + pad(Math.floor(a / 3600), 2) + pad(Math.floor((a % 3600) / 60), 2);
        break;
      }
      case 'Z': out += t.zone ?? 'UTC'; break;
      case '%': out += '%'; break;
      default: out += '%' + d;
    }
  }
  return out;
}

/** asctime(): "Thu Jan  1 00:00:00 1970" (glibc's fixed format, using the tuple's own wday). */
export function asctime(t: Tm): string {
  return `${DAY_ABBR[t.wday] ?? '???'} ${MON_ABBR[t.mon - 1] ?? '???'} ${pad(t.mday, 2, ' ')} ${pad(t.hour, 2)}:${pad(t.min, 2)}:${pad(t.sec, 2)} ${t.year}`;
}

// ---- strptime: Lib/_strptime.py's regular expressions (JS regexes agree on these) ----

const alt = (names: string[]) => names.map((n) => n.toLowerCase()).sort((a, b) => b.length - a.length).join('|');
const DIRECTIVES: Record<string, string> = {
  d: '(?<d>3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9])',
  f: '(?<f>[0-9]{1,6})',
  H: '(?<H>2[0-3]|[0-1]\\d|\\d)',
  I: '(?<I>1[0-2]|0[1-9]|[1-9])',
  G: '(?<G>\\d\\d\\d\\d)',
  j: '(?<j>36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
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
  A: `(?<A>${alt(DAY_NAME)})`,
  a: `(?<a>${alt(DAY_ABBR)})`,
  B: `(?<B>${alt(MON_NAME)})`,
  b: `(?<b>${alt(MON_ABBR)})`,
  p: '(?<p>am|pm)',
  Z: '(?<Z>utc|gmt)',
  '%': '%',
};
DIRECTIVES.W = DIRECTIVES.U.replace('<U>', '<W>');
DIRECTIVES.e = DIRECTIVES.d;
const COMPOSITE: Record<string, string> = { c: '%a %b %d %H:%M:%S %Y', x: '%m/%d/%y', X: '%H:%M:%S', D: '%m/%d/%y', T: '%H:%M:%S', R: '%H:%M', F: '%Y-%m-%d' };

function pyStrRepr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function compilePattern(format: string, seen: Set<string>): string {
  let out = '';
  const esc = (c: string) => c.replace(/[.^$*+?()[\]{}|\\]/g, '\\$&');
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '%' && i + 1 < format.length) {
      const d = format[++i];
      if (COMPOSITE[d] !== undefined) {
        out += compilePattern(COMPOSITE[d], seen);
        continue;
      }
      const p = DIRECTIVES[d];
      if (p === undefined) pyThrow('ValueError', `'${d}' is a bad directive in format '%${d}'`);
      if (d !== '%' && seen.has(d)) {
        // A repeated directive becomes a backreference in _strptime (re would reject a duplicate name).
        out += `\\k<${d}>`;
        continue;
      }
      seen.add(d);
      out += p;
    } else if (c === '%') {
      pyThrow('ValueError', "stray % in format '" + format + "'");
    } else if (/\s/.test(c)) {
      while (i + 1 < format.length && /\s/.test(format[i + 1])) i++;
      out += '\\s+';
    } else out += esc(c);
  }
  return out;
}

/** time.strptime core: the struct_time fields CPython's _strptime computes. */
export function strptime(data: string, format: string): Tm {
  const re = new RegExp('^(?:' + compilePattern(format, new Set()) + ')', 'i');
  const m = re.exec(data);
  if (m === null) pyThrow('ValueError', `time data ${pyStrRepr(data)} does not match format ${pyStrRepr(format)}`);
  if (m![0].length !== data.length) pyThrow('ValueError', `unconverted data remains: ${data.slice(m![0].length)}`);
  const g = m!.groups ?? {};
  let year: number | null = null;
  let month = 1, day = 1, hour = 0, minute = 0, second = 0;
  let weekdayV: number | null = null;
  let julian: number | null = null;
  let tz = -1;
  let gmtoff: number | null = null;
  let zone: string | null = null;
  if (g.y !== undefined) {
    year = Number(g.y);
    year += year <= 68 ? 2000 : 1900;
  }
  if (g.Y !== undefined) year = Number(g.Y);
  if (g.m !== undefined) month = Number(g.m);
  if (g.B !== undefined) month = MON_NAME.findIndex((n) => n.toLowerCase() === g.B.toLowerCase()) + 1;
  if (g.b !== undefined) month = MON_ABBR.findIndex((n) => n.toLowerCase() === g.b.toLowerCase()) + 1;
  if (g.d !== undefined) day = Number(g.d);
  if (g.H !== undefined) hour = Number(g.H);
  if (g.I !== undefined) {
    hour = Number(g.I);
    const ampm = (g.p ?? '').toLowerCase();
    if (ampm === '' || ampm === 'am') {
      if (hour === 12) hour = 0;
    } else if (hour !== 12) hour += 12;
  }
  if (g.M !== undefined) minute = Number(g.M);
  if (g.S !== undefined) second = Number(g.S);
  if (g.A !== undefined) weekdayV = DAY_NAME.findIndex((n) => n.toLowerCase() === g.A.toLowerCase());
  if (g.a !== undefined) weekdayV = DAY_ABBR.findIndex((n) => n.toLowerCase() === g.a.toLowerCase());
  if (g.w !== undefined) weekdayV = (Number(g.w) + 6) % 7;
  if (g.u !== undefined) weekdayV = Number(g.u) - 1;
  if (g.j !== undefined) julian = Number(g.j);
  if (g.Z !== undefined) {
    zone = g.Z;
    tz = 0;
  }
  if (g.z !== undefined) {
    const z = g.z;
    if (z === 'Z' || z === 'z') gmtoff = 0;
    else {
      const s = z.replace(/:/g, '');
      const sign = s[0] === '-' ? -1 : 1;
      gmtoff = sign * (Number(s.slice(1, 3)) * 3600 + Number(s.slice(3, 5)) * 60 + (s.length > 5 ? Number(s.slice(5, 7)) : 0));
    }
  }
  let leapYearFix = false;
  if (year === null && month === 2 && day === 29) {
    year = 1904;
    leapYearFix = true;
  } else if (year === null) year = 1900;
  const y = year!;
  const dim = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (day > dim[month - 1]) pyThrow('ValueError', 'day is out of range for month');
  if (julian === null) julian = yearDay(y, month, day);
  else {
    const [yy, mm, dd] = civilFromDays(daysFromCivil(y, 1, 1) + julian - 1);
    year = yy;
    month = mm;
    day = dd;
  }
  if (weekdayV === null) weekdayV = weekday(year!, month, day);
  if (leapYearFix) year = 1900;
  return { year: year!, mon: month, mday: day, hour, min: minute, sec: second, wday: weekdayV, yday: julian, isdst: tz, zone, gmtoff };
}
