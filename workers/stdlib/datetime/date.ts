/**
 * `datetime.date`: construction and the alternative constructors (today from the virtual clock,
 * fromtimestamp, fromordinal, fromisoformat, fromisocalendar), calendar queries, formatting,
 * arithmetic with timedelta, and comparisons (never with datetime, as in CPython).
 */
import type { PyValue } from '../../python/objects/object';
import { None, NotImplemented, typeOf } from '../../python/objects/core-types';
import type { PyType } from '../../python/objects/type';
import { PyFloat } from '../../python/objects/float';
import { PyIntSub } from '../../python/objects/int-sub';
import { PyTuple } from '../../python/objects/tuple';
import { method, getter, slot, classMethod } from '../../python/runtime/define';
import { typeError, valueError } from '../../python/runtime/errors';
import { hashString } from '../../python/hashing';
import { pyStr } from '../../python/ops/strrepr';
import { callMethod } from '../../python/ops/call';
import { currentThread } from '../../python/vm/current';
import type { KwArgs, NativeGen } from '../../python/vm/native';
import { structSeqType } from '../sys';
import { setNew } from '../ioutil';
import { dateFromState } from './pickle';
import { argType, cArgs, intOf, ymdToOrd, ordToYmd, checkOrdinal, isoCalendar, isoToOrd, DAY_NAMES, MONTH_NAMES } from './calendar';
import { PyTimedelta, tdFromUs, US_PER_DAY, floatRatio, divRoundEven } from './timedelta';
import { dateType, datetimeType, PyDate, PyDateTime, makeDate, reprName } from './objects';
import { strftime, dateIso, parseIsoDate } from './format';

export const isoCalendarDateType = structSeqType('IsoCalendarDate', 'datetime', ['year', 'week', 'weekday']);
export const structTimeType = structSeqType('struct_time', 'time', ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst']);

/** Microseconds since the epoch on the virtual clock (UTC; the simulated machine's local time). */
export function nowUs(): bigint {
  const interp = currentThread().interp;
  return (interp.options.epochNs + BigInt(Math.round(interp.nowNs()))) / 1000n;
}

/** A POSIX timestamp (int or float seconds) → microseconds, rounded half-even like CPython. */
export function timestampUs(t: PyValue): bigint {
  if (t instanceof PyIntSub) t = t.v;
  if (typeof t === 'number' || typeof t === 'bigint') return BigInt(t) * 1_000_000n;
  if (typeof t === 'boolean') return t ? 1_000_000n : 0n;
  if (t instanceof PyFloat) {
    const [n, d] = floatRatio(t.v);
    return divRoundEven(n * 1_000_000n, d);
  }
  return typeError(`'${typeOf(t).name}' object cannot be interpreted as an integer`);
}

/** Days since 0001-01-01 (ordinal) of the epoch. */
export const EPOCH_ORD = 719163;

export function timetuple(y: number, m: number, d: number, h: number, mi: number, s: number, dst: number): PyTuple {
  const ord = ymdToOrd(y, m, d);
  return new PyTuple([y, m, d, h, mi, s, (ord + 6) % 7, ord - ymdToOrd(y, 1, 1) + 1, dst], structTimeType);
}

setNew(dateType, '*args, **kw', (cls: PyType, args: PyValue[], kw: KwArgs | null) => {
  const pickled = dateFromState(cls, args);
  if (pickled !== null) return pickled;
  const [y, m, d] = cArgs('function', ['year', 'month', 'day'], 3, args, kw);
  return makeDate(cls, intOf(y!), intOf(m!), intOf(d!));
});

const D = dateType;
classMethod(D, 'today', '', (cls: PyType) => {
  const us = nowUs();
  const days = Number(us / US_PER_DAY);
  const [y, m, d] = ordToYmd(EPOCH_ORD + days);
  if (cls.isSubtypeOf(datetimeType)) {
    const rest = Number(us % US_PER_DAY);
    const secs = Math.floor(rest / 1e6);
    return new PyDateTime(cls, y, m, d, Math.floor(secs / 3600), Math.floor(secs / 60) % 60, secs % 60, rest % 1e6, None, 0);
  }
  return makeDate(cls, y, m, d);
});
classMethod(D, 'fromtimestamp', 'timestamp, /', (cls: PyType, t: PyValue) => {
  const us = timestampUs(t);
  let days = us / US_PER_DAY;
  if (us % US_PER_DAY < 0n) days -= 1n;
  const ord = EPOCH_ORD + Number(days);
  checkOrdinal(ord);
  const [y, m, d] = ordToYmd(ord);
  return makeDate(cls, y, m, d);
});
classMethod(D, 'fromordinal', 'ordinal, /', (cls: PyType, n: PyValue) => {
  const ord = intOf(n);
  if (ord < 1) valueError('ordinal must be >= 1');
  const [y, m, d] = ordToYmd(ord);
  return makeDate(cls, y, m, d);
});
classMethod(D, 'fromisoformat', 'date_string, /', (cls: PyType, s: PyValue) => {
  if (typeof s !== 'string') typeError('fromisoformat: argument must be str');
  const [y, m, d] = parseIsoDate(s as string);
  return makeDate(cls, y, m, d);
});
classMethod(D, 'fromisocalendar', 'year, week, day', (cls: PyType, y: PyValue, w: PyValue, d: PyValue) => {
  const [yy, mm, dd] = ordToYmd(isoToOrd(intOf(y), intOf(w), intOf(d)));
  return makeDate(cls, yy, mm, dd);
});

getter(D, 'year', (o: PyDate) => o.y);
getter(D, 'month', (o: PyDate) => o.m);
getter(D, 'day', (o: PyDate) => o.d);
method(D, 'toordinal', '', (o: PyDate) => ymdToOrd(o.y, o.m, o.d));
method(D, 'weekday', '', (o: PyDate) => (ymdToOrd(o.y, o.m, o.d) + 6) % 7);
method(D, 'isoweekday', '', (o: PyDate) => ((ymdToOrd(o.y, o.m, o.d) + 6) % 7) + 1);
method(D, 'isocalendar', '', (o: PyDate) => new PyTuple(isoCalendar(o.y, o.m, o.d), isoCalendarDateType));
method(D, 'isoformat', '', (o: PyDate) => dateIso(o.y, o.m, o.d));
method(D, 'timetuple', '', (o: PyDate) => timetuple(o.y, o.m, o.d, 0, 0, 0, -1));
method(D, 'ctime', '', (o: PyDate) => ctime(o.y, o.m, o.d, 0, 0, 0));
method(D, 'replace', '*args, **kw', (o: PyDate, args: PyValue[], kw: KwArgs | null) => {
  const [y, m, d] = cArgs('replace', ['year', 'month', 'day'], 0, args, kw);
  return makeDate(o.cls, y === undefined ? o.y : intOf(y), m === undefined ? o.m : intOf(m), d === undefined ? o.d : intOf(d));
});
method(D, 'strftime', 'format', (o: PyDate, fmt: PyValue) => {
  if (typeof fmt !== 'string') typeError(`strftime() argument 1 must be str, not ${argType(fmt)}`);
  return strftime(fmt as string, { y: o.y, m: o.m, d: o.d, h: 0, mi: 0, s: 0, us: 0, z: '', Z: '' });
});
slot(D, '__format__', 'fmt, /', function* (o: PyDate, fmt: PyValue): NativeGen {
  if (typeof fmt !== 'string') typeError(`__format__() argument 1 must be str, not ${argType(fmt)}`);
  if (fmt === '') return yield* pyStr(o);
  return yield* callMethod(typeOf(o).lookup('strftime')!, o, [fmt]);
});
slot(D, '__repr__', '', (o: PyDate) => `${reprName(o)}(${o.y}, ${o.m}, ${o.d})`);
slot(D, '__str__', '', function* (o: PyDate): NativeGen {
  return yield* callMethod(typeOf(o).lookup('isoformat')!, o, []);
});
slot(D, '__hash__', '', (o: PyDate) => {
  const h = hashString(`date${o.y}-${o.m}-${o.d}`);
  return typeof h === 'bigint' ? Number(BigInt.asIntN(52, h)) : h;
});
// __reduce__: ./pickle.ts.

function isPlainDate(x: PyValue): x is PyDate {
  return x instanceof PyDate && !(x instanceof PyDateTime);
}

function addDays(o: PyDate, days: number): PyDate {
  const ord = ymdToOrd(o.y, o.m, o.d) + days;
  checkOrdinal(ord);
  const [y, m, d] = ordToYmd(ord);
  return makeDate(o.cls, y, m, d);
}
slot(D, '__add__', 'other, /', (o: PyDate, td: PyValue) => (td instanceof PyTimedelta && isPlainDate(o) ? addDays(o, td.days) : NotImplemented));
slot(D, '__radd__', 'other, /', (o: PyDate, td: PyValue) => (td instanceof PyTimedelta && isPlainDate(o) ? addDays(o, td.days) : NotImplemented));
slot(D, '__sub__', 'other, /', (o: PyDate, x: PyValue) => {
  if (!isPlainDate(o)) return NotImplemented;
  if (x instanceof PyTimedelta) return addDays(o, -x.days);
  if (isPlainDate(x)) return tdFromUs(BigInt(ymdToOrd(o.y, o.m, o.d) - ymdToOrd(x.y, x.m, x.d)) * US_PER_DAY);
  return NotImplemented;
});

function dateCmp(op: (c: number) => boolean) {
  return (a: PyDate, b: PyValue) => {
    if (!isPlainDate(b) || !isPlainDate(a)) return NotImplemented;
    const x = ymdToOrd(a.y, a.m, a.d);
    const y = ymdToOrd(b.y, b.m, b.d);
    return op(x < y ? -1 : x > y ? 1 : 0);
  };
}
slot(D, '__eq__', 'other, /', dateCmp((c) => c === 0));
slot(D, '__ne__', 'other, /', dateCmp((c) => c !== 0));
slot(D, '__lt__', 'other, /', dateCmp((c) => c < 0));
slot(D, '__le__', 'other, /', dateCmp((c) => c <= 0));
slot(D, '__gt__', 'other, /', dateCmp((c) => c > 0));
slot(D, '__ge__', 'other, /', dateCmp((c) => c >= 0));

export function ctime(y: number, m: number, d: number, h: number, mi: number, s: number): string {
  const wd = (ymdToOrd(y, m, d) + 6) % 7;
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${DAY_NAMES[wd].slice(0, 3)} ${MONTH_NAMES[m - 1].slice(0, 3)} ${String(d).padStart(2, ' ')} ${p2(h)}:${p2(mi)}:${p2(s)} ${String(y).padStart(4, '0')}`;
}

D.dict!.setStr('min', new PyDate(D, 1, 1, 1));
D.dict!.setStr('max', new PyDate(D, 9999, 12, 31));
D.dict!.setStr('resolution', tdFromUs(US_PER_DAY));
