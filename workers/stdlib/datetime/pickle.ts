/**
 * Pickling of date, time, datetime and tzinfo as CPython's _datetime does it: the reduce value is
 * (type, (state bytes[, tzinfo])) with the C struct's packed bytes (date: year hi/lo, month,
 * day; time: hour, minute, second, microsecond in 3 bytes; datetime: both; `fold` as the top bit
 * of the month/hour byte for protocols above 3), and the constructors accept that state back.
 * tzinfo.__reduce__ is (type, __getinitargs__() or (), state).
 */
import type { PyValue } from '../../python/objects/object';
import { None, typeOf } from '../../python/objects/core-types';
import type { PyType } from '../../python/objects/type';
import { PyBytes } from '../../python/objects/bytes';
import { newTuple } from '../../python/objects/tuple';
import { method } from '../../python/runtime/define';
import { pyAsCInt } from '../../python/ops/subscript';
import { pyGetAttrOpt } from '../../python/ops/attr';
import { pyCall } from '../../python/ops/call';
import { objectGetstate } from '../../python/types/reduce';
import type { NativeGen } from '../../python/vm/native';
import { dateType, timeType, datetimeType, PyDate, PyDateTime, PyTime } from './objects';
import { tzinfoType, checkTzinfo } from './tz';

function dateBytes(o: PyDate): number[] {
  return [o.y >> 8, o.y & 0xff, o.m, o.d];
}
function timeBytes(h: number, mi: number, s: number, us: number): number[] {
  return [h, mi, s, us >> 16, (us >> 8) & 0xff, us & 0xff];
}

function withTz(state: number[], tz: PyValue): PyValue {
  const b = new PyBytes(Uint8Array.from(state));
  return tz === None ? newTuple([b]) : newTuple([b, tz]);
}

function datetimeState(o: PyDateTime, proto: number): PyValue {
  const state = [...dateBytes(o), ...timeBytes(o.h, o.mi, o.s, o.us)];
  if (proto > 3 && o.fold) state[2] |= 0x80;
  return withTz(state, o.tz);
}

function timeState(t: PyTime, proto: number): PyValue {
  const state = timeBytes(t.h, t.mi, t.s, t.us);
  if (proto > 3 && t.fold) state[0] |= 0x80;
  return withTz(state, t.tz);
}

method(dateType, '__reduce__', '', (o: PyDate) => newTuple([o.cls, newTuple([new PyBytes(Uint8Array.from(dateBytes(o)))])]));
method(datetimeType, '__reduce__', '', (o: PyDateTime) => newTuple([o.cls, datetimeState(o, 2)]));
method(datetimeType, '__reduce_ex__', 'proto, /', function* (o: PyDateTime, proto: PyValue) {
  return newTuple([o.cls, datetimeState(o, yield* pyAsCInt(proto))]);
});
method(timeType, '__reduce__', '', (t: PyTime) => newTuple([t.cls, timeState(t, 2)]));
method(timeType, '__reduce_ex__', 'proto, /', function* (t: PyTime, proto: PyValue) {
  return newTuple([t.cls, timeState(t, yield* pyAsCInt(proto))]);
});
method(tzinfoType, '__reduce__', '', function* (tz: PyValue): NativeGen {
  const getinitargs = yield* pyGetAttrOpt(tz, '__getinitargs__');
  const args = getinitargs === undefined ? newTuple([]) : yield* pyCall(getinitargs, []);
  return newTuple([typeOf(tz), args, yield* objectGetstate(tz, false)]);
});

/** The pickled state argument, when a constructor is given one (bytes of the right size). */
function stateOf(args: PyValue[], size: number, sane: (b: Uint8Array) => boolean): Uint8Array | null {
  const s = args[0];
  if (!(s instanceof PyBytes) || s.b.length !== size || !sane(s.b)) return null;
  return s.b;
}

/** date(state): date_from_pickle. */
export function dateFromState(cls: PyType, args: PyValue[]): PyDate | null {
  if (args.length !== 1) return null;
  const b = stateOf(args, 4, (x) => x[2] >= 1 && x[2] <= 12);
  if (b === null) return null;
  const o = cls.isSubtypeOf(datetimeType) ? new PyDateTime(cls, 1, 1, 1, 0, 0, 0, 0, None, 0) : new PyDate(cls, 1, 1, 1);
  o.y = (b[0] << 8) | b[1];
  o.m = b[2];
  o.d = b[3];
  return o;
}

/** datetime(state[, tzinfo]): datetime_from_pickle (the top bit of the month byte is fold). */
export function datetimeFromState(cls: PyType, args: PyValue[]): PyDateTime | null {
  if (args.length < 1 || args.length > 2) return null;
  const b = stateOf(args, 10, (x) => (x[2] & 0x7f) >= 1 && (x[2] & 0x7f) <= 12);
  if (b === null) return null;
  const tz = args.length === 2 ? args[1] : None;
  checkTzinfo(tz);
  return new PyDateTime(cls, (b[0] << 8) | b[1], b[2] & 0x7f, b[3], b[4], b[5], b[6], (b[7] << 16) | (b[8] << 8) | b[9], tz, b[2] >> 7);
}

/** time(state[, tzinfo]): time_from_pickle (the top bit of the hour byte is fold). */
export function timeFromState(cls: PyType, args: PyValue[]): PyTime | null {
  if (args.length < 1 || args.length > 2) return null;
  const b = stateOf(args, 6, (x) => (x[0] & 0x7f) < 24);
  if (b === null) return null;
  const tz = args.length === 2 ? args[1] : None;
  checkTzinfo(tz);
  return new PyTime(cls, b[0] & 0x7f, b[1], b[2], (b[3] << 16) | (b[4] << 8) | b[5], tz, b[0] >> 7);
}
