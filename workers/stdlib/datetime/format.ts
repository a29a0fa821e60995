/**
 * Text forms of dates and times: strftime with glibc's C-locale directives (what CPython passes
 * through to the C library, plus its own %f %z %Z), isoformat, and the ISO 8601 parsing of
 * fromisoformat (Python 3.11's accepted forms).
 */
import { valueError } from '../../python/runtime/errors';
import { DAY_NAMES, MONTH_NAMES, ymdToOrd, isoCalendar, isoToOrd, ordToYmd, daysInMonth } from './calendar';

export interface Fields {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  us: number;
}

/** The broken-down time plus what %z / %Z expand to ('' for naive values). */
export interface StrftimeInput extends Fields {
  z: string;
  Z: string;
}

const pad = (n: number, w: number, c = '0') => {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= w ? s : c.repeat(w - s.length) + s);
};

export function strftime(fmt: string, t: StrftimeInput): string {
  const ord = ymdToOrd(t.y, t.m, t.d);
  const wdayMon = (ord + 6) % 7;
  const wdaySun = (wdayMon + 1) % 7;
  const yday = ord - ymdToOrd(t.y, 1, 1);
  const hour12 = t.h % 12 === 0 ? 12 : t.h % 12;
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%') {
      out += c;
      continue;
    }
    if (i + 1 >= fmt.length) {
      out += '%';
      break;
    }
    let j = i + 1;
    // glibc flags: '-' (no padding), '_' (space padding), '0'; E/O modifiers are ignored.
    let flag = '';
    while ('-_0^#'.includes(fmt[j]) && j < fmt.length - 1) flag = fmt[j++];
    while ('EO'.includes(fmt[j]) && j < fmt.length - 1) j++;
    const d = fmt[j];
    const num = (n: number, w: number, c0 = '0') => (flag === '-' ? String(n) : flag === '_' ? pad(n, w, ' ') : flag === '0' ? pad(n, w, '0') : pad(n, w, c0));
    let r: string | null;
    switch (d) {
      case 'a': r = DAY_NAMES[wdayMon].slice(0, 3); break;
      case 'A': r = DAY_NAMES[wdayMon]; break;
      case 'b': case 'h': r = MONTH_NAMES[t.m - 1].slice(0, 3); break;
      case 'B': r = MONTH_NAMES[t.m - 1]; break;
      case 'c': r = strftime('%a %b %e %H:%M:%S %Y', t); break;
      case 'C': r = num(Math.floor(t.y / 100), 2); break;
      case 'd': r = num(t.d, 2); break;
      case 'D': case 'x': r = strftime('%m/%d/%y', t); break;
      case 'e': r = num(t.d, 2, ' '); break;
      case 'f': r = pad(t.us, 6); break;
      case 'F': r = strftime('%Y-%m-%d', t); break;
      case 'g': r = num(isoCalendar(t.y, t.m, t.d)[0] % 100, 2); break;
      case 'G': r = String(isoCalendar(t.y, t.m, t.d)[0]); break;
      case 'H': r = num(t.h, 2); break;
      case 'I': r = num(hour12, 2); break;
      case 'j': r = num(yday + 1, 3); break;
      case 'k': r = num(t.h, 2, ' '); break;
      case 'l': r = num(hour12, 2, ' '); break;
      case 'm': r = num(t.m, 2); break;
      case 'M': r = num(t.mi, 2); break;
      case 'n': r = '\n'; break;
      case 'p': r = t.h < 12 ? 'AM' : 'PM'; break;
      case 'P': r = t.h < 12 ? 'am' : 'pm'; break;
      case 'r': r = strftime('%I:%M:%S %p', t); break;
      case 'R': r = strftime('%H:%M', t); break;
      case 's': r = String((ord - 719163) * 86400 + t.h * 3600 + t.mi * 60 + t.s); break;
      case 'S': r = num(t.s, 2); break;
      case 't': r = '\t'; break;
      case 'T': case 'X': r = strftime('%H:%M:%S', t); break;
      case 'u': r = String(wdayMon + 1); break;
      case 'U': r = num(Math.floor((yday + 7 - wdaySun) / 7), 2); break;
      case 'V': r = num(isoCalendar(t.y, t.m, t.d)[1], 2); break;
      case 'w': r = String(wdaySun); break;
      case 'W': r = num(Math.floor((yday + 7 - wdayMon) / 7), 2); break;
      case 'y': r = num(t.y % 100, 2); break;
      case 'Y': r = flag === '0' ? pad(t.y, 4) : String(t.y); break;
      case 'z': r = t.z; break;
      case 'Z': r = t.Z; break;
      case '%': r = '%'; break;
      default: r = null;
    }
    if (r === null) {
      out += fmt.slice(i, j + 1);
    } else out += r;
    i = j;
  }
  return out;
}

/** %z text: +HHMM[SS[.ffffff]] */
export function offsetZ(us: bigint | null): string {
  if (us === null) return '';
  const sign = us < 0n ? '-' : '+';
  let a = us < 0n ? -us : us;
  const micro = Number(a % 1_000_000n);
  a /= 1_000_000n;
  const secs = Number(a);
  let out = `${sign}${pad(Math.floor(secs / 3600), 2)}${pad(Math.floor((secs % 3600) / 60), 2)}`;
  if (secs % 60 || micro) out += pad(secs % 60, 2);
  if (micro) out += `.${pad(micro, 6)}`;
  return out;
}

export function dateIso(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function timeIso(h: number, mi: number, s: number, us: number, timespec: string): string {
  switch (timespec) {
    case 'auto': return us ? timeIso(h, mi, s, us, 'microseconds') : timeIso(h, mi, s, us, 'seconds');
    case 'hours': return pad(h, 2);
    case 'minutes': return `${pad(h, 2)}:${pad(mi, 2)}`;
    case 'seconds': return `${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`;
    case 'milliseconds': return `${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(Math.floor(us / 1000), 3)}`;
    case 'microseconds': return `${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(us, 6)}`;
    default: return valueError('Unknown timespec value');
  }
}

// ---- fromisoformat ------------------------------------------------------------------------

function invalid(s: string): never {
  return valueError(`Invalid isoformat string: ${JSON.stringify(s).replace(/^"|"$/g, "'")}`);
}

/** A date part: YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D] → [y, m, d]. */
export function parseIsoDate(s: string, whole: string = s): [number, number, number] {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  m = /^(\d{4})-W(\d{2})(?:-(\d))?$/.exec(s) ?? /^(\d{4})W(\d{2})(\d)?$/.exec(s);
  if (m) return ordToYmd(isoToOrd(Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])));
  return invalid(whole);
}

/** A time part with an optional offset → [h, mi, s, us, offsetUs | null]. */
export function parseIsoTime(s: string, whole: string = s): [number, number, number, number, bigint | null] {
  let body = s;
  let off: bigint | null = null;
  const zi = body.search(/[Z+-]/);
  if (zi >= 0) {
    const tz = body.slice(zi);
    body = body.slice(0, zi);
    if (tz === 'Z') off = 0n;
    else {
      const t = /^([+-])(\d{2})(?::?(\d{2})(?::?(\d{2})(?:\.(\d{1,6}))?)?)?$/.exec(tz);
      if (!t) invalid(whole);
      const us = ((BigInt(t![2]) * 3600n + BigInt(t![3] ?? '0') * 60n + BigInt(t![4] ?? '0')) * 1_000_000n) + BigInt((t![5] ?? '').padEnd(6, '0') || '0');
      off = t![1] === '-' ? -us : us;
      if (off <= -86_400_000_000n || off >= 86_400_000_000n) invalid(whole);
    }
  }
  const m = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?$/.exec(body);
  if (!m) return invalid(whole);
  const colons = body.includes(':');
  if (colons && m[2] !== undefined && body[2] !== ':') invalid(whole);
  const frac = m[4] === undefined ? 0 : Number(m[4].slice(0, 6).padEnd(6, '0'));
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0), frac, off];
}

export function parseIsoDateTime(s: string): [number, number, number, number, number, number, number, bigint | null] {
  // The date part is 7, 8 or 10 characters; one separator character follows.
  let dateLen: number;
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) dateLen = 10;
  else if (/^\d{4}-?W\d{2}(-?\d)?/.test(s)) {
    const m = /^\d{4}-?W\d{2}(-?\d)?/.exec(s)!;
    dateLen = m[0].length;
  } else if (/^\d{8}/.test(s)) dateLen = 8;
  else return invalid(s);
  const [y, mo, d] = parseIsoDate(s.slice(0, dateLen), s);
  if (s.length === dateLen) return [y, mo, d, 0, 0, 0, 0, null];
  const rest = s.slice(dateLen + 1);
  if (rest === '') invalid(s);
  const [h, mi, sec, us, off] = parseIsoTime(rest, s);
  return [y, mo, d, h, mi, sec, us, off];
}

export { daysInMonth };
