/**
 * `datetime.datetime`: date + time + tzinfo. The virtual clock drives now()/utcnow()/today()
 * (the simulated machine's local time zone is UTC); arithmetic and comparisons follow CPython's
 * naive/aware rules and messages.
 */
import type { PyValue } from '../../python/objects/object';
import { None, NotImplemented, typeOf } from '../../python/objects/core-types';
import type { PyType } from '../../python/objects/type';
import { newFloat } from '../../python/objects/float';
import { method, getter, slot, classMethod } from '../../python/runtime/define';
import { typeError, overflowError } from '../../python/runtime/errors';
import { pyRepr } from '../../python/ops/strrepr';
import { callMethod } from '../../python/ops/call';
import { hashString } from '../../python/hashing';
import type { KwArgs, NativeGen } from '../../python/vm/native';
import { setNew } from '../ioutil';
import { datetimeFromState } from './pickle';
import { argType, cArgs, intOf, ymdToOrd, ordToYmd, MAXORDINAL } from './calendar';
import { PyTimedelta, tdFromUs, US_PER_DAY } from './timedelta';
import { datetimeType, dateType, PyDate, PyDateTime, PyTime, makeDateTime, reprName, timeType } from './objects';
import { checkTzinfo, utcoffsetUs, tznameOf, tzinfoType, PyTimezone, UTC } from './tz';
import { strftime, dateIso, timeIso, offsetZ, parseIsoDateTime } from './format';
import { isoOffset } from './time';
import { nowUs, timestampUs, EPOCH_ORD, timetuple, ctime } from './date';

/** Microseconds since 0001-01-01T00:00 of the wall-clock fields (no offset applied). */
export function localUs(o: PyDateTime): bigint {
  return BigInt(ymdToOrd(o.y, o.m, o.d)) * US_PER_DAY + BigInt(((o.h * 60 + o.mi) * 60 + o.s) * 1e6 + o.us);
}

/** A datetime of class `cls` from wall-clock microseconds since 0001-01-01 (range-checked). */
export function fromLocalUs(cls: PyType, us: bigint, tz: PyValue, fold = 0): PyDateTime {
  let days = us / US_PER_DAY;
  let rest = us % US_PER_DAY;
  if (rest < 0n) {
    rest += US_PER_DAY;
    days -= 1n;
  }
  if (days < 1n || days > BigInt(MAXORDINAL)) overflowError('date value out of range');
  const [y, m, d] = ordToYmd(Number(days));
  const r = Number(rest);
  const secs = Math.floor(r / 1e6);
  return new PyDateTime(cls, y, m, d, Math.floor(secs / 3600), Math.floor(secs / 60) % 60, secs % 60, r % 1e6, tz, fold);
}

const EPOCH_US = BigInt(EPOCH_ORD) * US_PER_DAY;

/** tz.fromutc(dt): native timezones add their offset; Python tzinfos run their own method. */
export function* fromUtc(cls: PyType, utcLocalUs: bigint, tz: PyValue): NativeGen<PyValue> {
  if (tz === None) return fromLocalUs(cls, utcLocalUs, None);
  if (tz instanceof PyTimezone) return fromLocalUs(cls, utcLocalUs + tz.offsetUs, tz);
  const f = typeOf(tz).lookup('fromutc')!;
  return yield* callMethod(f, tz, [fromLocalUs(cls, utcLocalUs, tz)]);
}

setNew(datetimeType, '*args, **kw', (cls: PyType, args: PyValue[], kw: KwArgs | null) => {
  const pickled = datetimeFromState(cls, args);
  if (pickled !== null) return pickled;
  const names = ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'];
  const v = cArgs('function', names, 3, args, kw);
  const n = (i: number) => (v[i] === undefined ? 0 : intOf(v[i]!));
  const tz = v[7] ?? None;
  checkTzinfo(tz);
  return makeDateTime(cls, n(0), n(1), n(2), n(3), n(4), n(5), n(6), tz, n(8));
});

const DT = datetimeType;
classMethod(DT, 'now', 'tz=None', function* (cls: PyType, tz: PyValue): NativeGen {
  checkTzinfo(tz);
  return yield* fromUtc(cls, nowUs() + EPOCH_US, tz);
});
classMethod(DT, 'utcnow', '', (cls: PyType) => fromLocalUs(cls, nowUs() + EPOCH_US, None));
classMethod(DT, 'fromtimestamp', 'timestamp, tz=None', function* (cls: PyType, t: PyValue, tz: PyValue): NativeGen {
  checkTzinfo(tz);
  return yield* fromUtc(cls, timestampUs(t) + EPOCH_US, tz);
});
classMethod(DT, 'utcfromtimestamp', 'timestamp, /', (cls: PyType, t: PyValue) => fromLocalUs(cls, timestampUs(t) + EPOCH_US, None));
classMethod(DT, 'fromisoformat', 'date_string, /', (cls: PyType, s: PyValue) => {
  if (typeof s !== 'string') typeError('fromisoformat: argument must be str');
  const [y, m, d, h, mi, sec, us, off] = parseIsoDateTime(s as string);
  const tz = off === null ? None : off === 0n ? UTC : new PyTimezone(off, null);
  return makeDateTime(cls, y, m, d, h, mi, sec, us, tz);
});
classMethod(DT, 'combine', 'date, time, tzinfo=?', (cls: PyType, d: PyValue, t: PyValue, tz: PyValue | undefined) => {
  if (!(d instanceof PyDate)) typeError(`combine() argument 1 must be datetime.date, not ${argType(d)}`);
  if (!(t instanceof PyTime)) typeError(`combine() argument 2 must be datetime.time, not ${argType(t)}`);
  const dd = d as PyDate;
  const tt = t as PyTime;
  const zone = tz === undefined ? tt.tz : tz;
  checkTzinfo(zone);
  return makeDateTime(cls, dd.y, dd.m, dd.d, tt.h, tt.mi, tt.s, tt.us, zone, tt.fold);
});

getter(DT, 'hour', (o: PyDateTime) => o.h);
getter(DT, 'minute', (o: PyDateTime) => o.mi);
getter(DT, 'second', (o: PyDateTime) => o.s);
getter(DT, 'microsecond', (o: PyDateTime) => o.us);
getter(DT, 'tzinfo', (o: PyDateTime) => o.tz);
getter(DT, 'fold', (o: PyDateTime) => o.fold);
method(DT, 'date', '', (o: PyDateTime) => new PyDate(dateType, o.y, o.m, o.d));
method(DT, 'time', '', (o: PyDateTime) => new PyTime(timeType, o.h, o.mi, o.s, o.us, None, o.fold));
method(DT, 'timetz', '', (o: PyDateTime) => new PyTime(timeType, o.h, o.mi, o.s, o.us, o.tz, o.fold));
method(DT, 'replace', '*args, **kw', (o: PyDateTime, args: PyValue[], kw: KwArgs | null) => {
  const names = ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'];
  const v = cArgs('replace', names, 0, args, kw);
  const cur = [o.y, o.m, o.d, o.h, o.mi, o.s, o.us];
  const n = (i: number) => (v[i] === undefined ? cur[i] : intOf(v[i]!));
  const tz = v[7] === undefined ? o.tz : v[7];
  checkTzinfo(tz);
  return makeDateTime(o.cls, n(0), n(1), n(2), n(3), n(4), n(5), n(6), tz, v[8] === undefined ? o.fold : intOf(v[8]));
});
method(DT, 'utcoffset', '', function* (o: PyDateTime): NativeGen {
  const us = yield* utcoffsetUs(o.tz, o);
  return us === null ? None : tdFromUs(us);
});
method(DT, 'dst', '', function* (o: PyDateTime): NativeGen {
  const us = yield* utcoffsetUs(o.tz, o, 'dst');
  return us === null ? None : tdFromUs(us);
});
method(DT, 'tzname', '', function* (o: PyDateTime): NativeGen {
  return yield* tznameOf(o.tz, o);
});
method(DT, 'astimezone', 'tz=None', function* (o: PyDateTime, tz: PyValue): NativeGen {
  checkTzinfo(tz);
  const off = (yield* utcoffsetUs(o.tz, o)) ?? 0n;
  const utc = localUs(o) - off;
  // The simulated machine's local zone is UTC, named like CPython names it there.
  const target = tz === None ? new PyTimezone(0n, 'UTC') : tz;
  return yield* fromUtc(o.cls, utc, target);
});
method(DT, 'timestamp', '', function* (o: PyDateTime): NativeGen {
  const off = (yield* utcoffsetUs(o.tz, o)) ?? 0n;
  return newFloat(Number(localUs(o) - off - EPOCH_US) / 1e6);
});
method(DT, 'timetuple', '', function* (o: PyDateTime): NativeGen {
  const dst = yield* utcoffsetUs(o.tz, o, 'dst');
  return timetuple(o.y, o.m, o.d, o.h, o.mi, o.s, o.tz === None ? -1 : dst === null ? -1 : dst !== 0n ? 1 : 0);
});
method(DT, 'utctimetuple', '', function* (o: PyDateTime): NativeGen {
  const off = (yield* utcoffsetUs(o.tz, o)) ?? 0n;
  const u = fromLocalUs(DT, localUs(o) - off, None);
  return timetuple(u.y, u.m, u.d, u.h, u.mi, u.s, 0);
});
method(DT, 'ctime', '', (o: PyDateTime) => ctime(o.y, o.m, o.d, o.h, o.mi, o.s));
method(DT, 'isoformat', "sep='T', timespec='auto'", function* (o: PyDateTime, sep: PyValue, spec: PyValue): NativeGen {
  if (typeof sep !== 'string' || Array.from(sep).length !== 1) typeError(`isoformat() argument 1 must be a unicode character, not ${typeOf(sep).name}`);
  if (typeof spec !== 'string') typeError(`isoformat() argument 2 must be str, not ${argType(spec)}`);
  return dateIso(o.y, o.m, o.d) + sep + timeIso(o.h, o.mi, o.s, o.us, spec as string) + isoOffset(yield* utcoffsetUs(o.tz, o));
});
method(DT, 'strftime', 'format', function* (o: PyDateTime, fmt: PyValue): NativeGen {
  if (typeof fmt !== 'string') typeError(`strftime() argument 1 must be str, not ${argType(fmt)}`);
  const off = yield* utcoffsetUs(o.tz, o);
  const name = yield* tznameOf(o.tz, o);
  return strftime(fmt as string, { y: o.y, m: o.m, d: o.d, h: o.h, mi: o.mi, s: o.s, us: o.us, z: offsetZ(off), Z: name === None ? '' : (name as string) });
});
slot(DT, '__str__', '', function* (o: PyDateTime): NativeGen {
  return yield* callMethod(typeOf(o).lookup('isoformat')!, o, [' ']);
});
slot(DT, '__repr__', '', function* (o: PyDateTime): NativeGen {
  let inner = `${o.y}, ${o.m}, ${o.d}, ${o.h}, ${o.mi}`;
  if (o.us) inner += `, ${o.s}, ${o.us}`;
  else if (o.s) inner += `, ${o.s}`;
  if (o.tz !== None) inner += `, tzinfo=${yield* pyRepr(o.tz)}`;
  if (o.fold) inner += ', fold=1';
  return `${reprName(o)}(${inner})`;
});
// __reduce__ / __reduce_ex__: ./pickle.ts.

/** Microseconds since 0001-01-01 in UTC (aware) or wall clock (naive), and whether aware. */
function* key(o: PyDateTime): NativeGen<[bigint, boolean]> {
  const off = yield* utcoffsetUs(o.tz, o);
  return off === null ? [localUs(o), false] : [localUs(o) - off, true];
}
slot(DT, '__hash__', '', function* (o: PyDateTime): NativeGen {
  const [k] = yield* key(o);
  const h = hashString(`dt${k}`);
  return typeof h === 'bigint' ? Number(BigInt.asIntN(52, h)) : h;
});
slot(DT, '__add__', 'other, /', (o: PyDateTime, td: PyValue) => (td instanceof PyTimedelta ? fromLocalUs(o.cls, localUs(o) + td.total(), o.tz) : NotImplemented));
slot(DT, '__radd__', 'other, /', (o: PyDateTime, td: PyValue) => (td instanceof PyTimedelta ? fromLocalUs(o.cls, localUs(o) + td.total(), o.tz) : NotImplemented));
slot(DT, '__sub__', 'other, /', function* (o: PyDateTime, x: PyValue): NativeGen {
  if (x instanceof PyTimedelta) return fromLocalUs(o.cls, localUs(o) - x.total(), o.tz);
  if (!(x instanceof PyDateTime)) return NotImplemented;
  if (o.tz === x.tz) return tdFromUs(localUs(o) - localUs(x));
  const [a, awareA] = yield* key(o);
  const [b, awareB] = yield* key(x);
  if (awareA !== awareB) typeError("can't subtract offset-naive and offset-aware datetimes");
  return tdFromUs(a - b);
});

function dtCmp(name: string, op: (c: number) => boolean) {
  return function* (a: PyDateTime, b: PyValue): NativeGen {
    if (!(b instanceof PyDateTime)) {
      if (b instanceof PyDate && name !== '__eq__' && name !== '__ne__') typeError(`can't compare ${a.cls.name} to ${b.cls.name}`);
      return NotImplemented;
    }
    let x: bigint;
    let y: bigint;
    if (a.tz === b.tz) {
      x = localUs(a);
      y = localUs(b);
    } else {
      const [ka, awareA] = yield* key(a);
      const [kb, awareB] = yield* key(b);
      if (awareA !== awareB) {
        if (name === '__eq__') return false;
        if (name === '__ne__') return true;
        typeError("can't compare offset-naive and offset-aware datetimes");
      }
      x = ka;
      y = kb;
    }
    return op(x < y ? -1 : x > y ? 1 : 0);
  };
}
slot(DT, '__eq__', 'other, /', dtCmp('__eq__', (c) => c === 0));
slot(DT, '__ne__', 'other, /', dtCmp('__ne__', (c) => c !== 0));
slot(DT, '__lt__', 'other, /', dtCmp('__lt__', (c) => c < 0));
slot(DT, '__le__', 'other, /', dtCmp('__le__', (c) => c <= 0));
slot(DT, '__gt__', 'other, /', dtCmp('__gt__', (c) => c > 0));
slot(DT, '__ge__', 'other, /', dtCmp('__ge__', (c) => c >= 0));

// tzinfo.fromutc: the default algorithm for Python subclasses (utcoffset and dst).
method(tzinfoType, 'fromutc', 'dt, /', function* (tz: PyValue, dt: PyValue): NativeGen {
  if (!(dt instanceof PyDateTime)) typeError('fromutc: argument must be a datetime');
  const d = dt as PyDateTime;
  if (d.tz !== tz) typeError('fromutc: dt.tzinfo is not self');
  const off = yield* utcoffsetUs(tz, d);
  const dst = yield* utcoffsetUs(tz, d, 'dst');
  if (off === null) typeError('fromutc: non-None utcoffset() result required');
  if (dst === null) typeError('fromutc: non-None dst() result required');
  const shifted = fromLocalUs(d.cls, localUs(d) + off! - dst!, tz);
  const dst2 = (yield* utcoffsetUs(tz, shifted, 'dst')) ?? 0n;
  return fromLocalUs(d.cls, localUs(shifted) + dst2, tz);
});

DT.dict!.setStr('min', new PyDateTime(DT, 1, 1, 1, 0, 0, 0, 0, None, 0));
DT.dict!.setStr('max', new PyDateTime(DT, 9999, 12, 31, 23, 59, 59, 999999, None, 0));
DT.dict!.setStr('resolution', tdFromUs(1n));
