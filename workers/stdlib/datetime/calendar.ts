/**
 * Proleptic Gregorian calendar arithmetic for datetime (ported from CPython's _pydatetime):
 * ordinals (0001-01-01 is day 1), days in month, ISO weeks; plus the C-style argument binding
 * the datetime constructors use ("function missing required argument 'day' (pos 3)").
 */
import type { PyValue } from '../../python/objects/object';
import { typeOf, None } from '../../python/objects/core-types';
import { PyFloat } from '../../python/objects/float';
import { PyIntSub } from '../../python/objects/int-sub';
import { typeError, valueError, overflowError } from '../../python/runtime/errors';
import type { KwArgs } from '../../python/vm/native';

export const MINYEAR = 1;
export const MAXYEAR = 9999;
export const MAXORDINAL = 3652059;

const DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH = [-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

export function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

export function daysBeforeYear(y: number): number {
  const n = y - 1;
  return n * 365 + Math.floor(n / 4) - Math.floor(n / 100) + Math.floor(n / 400);
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m];
}

export function daysBeforeMonth(y: number, m: number): number {
  return DAYS_BEFORE_MONTH[m] + (m > 2 && isLeap(y) ? 1 : 0);
}

export function ymdToOrd(y: number, m: number, d: number): number {
  return daysBeforeYear(y) + daysBeforeMonth(y, m) + d;
}

const DI400Y = daysBeforeYear(401);
const DI100Y = daysBeforeYear(101);
const DI4Y = daysBeforeYear(5);

export function ordToYmd(n0: number): [number, number, number] {
  let n = n0 - 1;
  const n400 = Math.floor(n / DI400Y);
  n -= n400 * DI400Y;
  let year = n400 * 400 + 1;
  const n100 = Math.floor(n / DI100Y);
  n -= n100 * DI100Y;
  const n4 = Math.floor(n / DI4Y);
  n -= n4 * DI4Y;
  const n1 = Math.floor(n / 365);
  n -= n1 * 365;
  year += n100 * 100 + n4 * 4 + n1;
  if (n1 === 4 || n100 === 4) return [year - 1, 12, 31];
  const leap = n1 === 3 && (n4 !== 24 || n100 === 3);
  let month = (n + 50) >> 5;
  let preceding = DAYS_BEFORE_MONTH[month] + (month > 2 && leap ? 1 : 0);
  if (preceding > n) {
    month -= 1;
    preceding -= DAYS_IN_MONTH[month] + (month === 2 && leap ? 1 : 0);
  }
  return [year, month, n - preceding + 1];
}

/** Monday = 0. */
export function weekdayOf(y: number, m: number, d: number): number {
  return (ymdToOrd(y, m, d) + 6) % 7;
}

function isoWeek1Monday(year: number): number {
  const firstday = ymdToOrd(year, 1, 1);
  const firstweekday = (firstday + 6) % 7;
  let week1monday = firstday - firstweekday;
  if (firstweekday > 3) week1monday += 7;
  return week1monday;
}

export function isoCalendar(y: number, m: number, d: number): [number, number, number] {
  let year = y;
  let week1monday = isoWeek1Monday(year);
  const today = ymdToOrd(y, m, d);
  let week = Math.floor((today - week1monday) / 7);
  let day = (today - week1monday) - week * 7;
  if (week < 0) {
    year -= 1;
    week1monday = isoWeek1Monday(year);
    week = Math.floor((today - week1monday) / 7);
    day = (today - week1monday) - week * 7;
  } else if (week >= 52 && today >= isoWeek1Monday(year + 1)) {
    year += 1;
    week = 0;
  }
  return [year, week + 1, day + 1];
}

/** date.fromisocalendar's validation and conversion → ordinal. */
export function isoToOrd(year: number, week: number, day: number): number {
  if (year < MINYEAR || year > MAXYEAR) valueError(`Year is out of range: ${year}`);
  if (week <= 0 || week >= 53) {
    let outOfRange = true;
    if (week === 53) {
      const first = ymdToOrd(year, 1, 1) % 7;
      if (first === 4 || (first === 3 && isLeap(year))) outOfRange = false;
    }
    if (outOfRange) valueError(`Invalid week: ${week}`);
  }
  if (day <= 0 || day > 7) valueError(`Invalid weekday: ${day} (range is [1, 7])`);
  return isoWeek1Monday(year) + (week - 1) * 7 + (day - 1);
}

export function checkDate(y: number, m: number, d: number): void {
  if (y < MINYEAR || y > MAXYEAR) valueError(`year ${y} is out of range`);
  if (m < 1 || m > 12) valueError('month must be in 1..12');
  if (d < 1 || d > daysInMonth(y, m)) valueError('day is out of range for month');
}

export function checkTime(h: number, mi: number, s: number, us: number, fold: number): void {
  if (h < 0 || h > 23) valueError('hour must be in 0..23');
  if (mi < 0 || mi > 59) valueError('minute must be in 0..59');
  if (s < 0 || s > 59) valueError('second must be in 0..59');
  if (us < 0 || us > 999999) valueError('microsecond must be in 0..999999');
  if (fold !== 0 && fold !== 1) valueError('fold must be either 0 or 1');
}

export function checkOrdinal(n: number): void {
  if (n < 1 || n > MAXORDINAL) overflowError('date value out of range');
}

/** An int argument (PyLong_AsLong): floats and strs are TypeErrors. */
export function intOf(x: PyValue): number {
  if (x instanceof PyIntSub) x = x.v;
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') overflowError('Python int too large to convert to C long');
  if (x instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
  return typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
}

/**
 * C-style keyword binding (PyArg_ParseTupleAndKeywords) with its messages. Returns one entry per
 * name, undefined when absent; `required` names must be given.
 */
export function cArgs(fname: string, names: string[], required: number, args: PyValue[], kw: KwArgs | null): (PyValue | undefined)[] {
  const total = args.length + (kw === null ? 0 : kw.size);
  const who = fname === 'function' ? 'function' : `${fname}()`;
  if (total > names.length) typeError(`${who} takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${total} given)`);
  const out: (PyValue | undefined)[] = names.map((_, i) => (i < args.length ? args[i] : kw?.get(names[i])));
  // Missing arguments are reported before stray or duplicate keywords, as getargs.c does.
  for (let i = 0; i < required; i++) if (out[i] === undefined) typeError(`${who} missing required argument '${names[i]}' (pos ${i + 1})`);
  if (kw !== null) {
    for (const k of kw.keys()) {
      const i = names.indexOf(k);
      if (i < 0) typeError(`'${k}' is an invalid keyword argument for ${fname === 'function' ? 'this function' : `${fname}()`}`);
      if (i < args.length) typeError(`argument for ${who} given by name ('${k}') and position (${i + 1})`);
    }
  }
  return out;
}

export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How CPython's argument errors name a value's type ('None' for None). */
export function argType(x: PyValue): string {
  return x === None ? 'None' : typeOf(x).name;
}
