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
