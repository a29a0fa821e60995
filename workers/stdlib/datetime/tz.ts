/**
 * `datetime.tzinfo` (the abstract base user time zones subclass) and `datetime.timezone` (fixed
 * offsets, `timezone.utc`), plus the helpers the other types use to ask any tzinfo — native or
 * a Python subclass — for its utcoffset/tzname/dst with CPython's checks.
 */
import { PyObject, type PyValue } from '../../python/objects/object';
import { None, typeOf } from '../../python/objects/core-types';
import type { PyType } from '../../python/objects/type';
import { newTuple } from '../../python/objects/tuple';
import { method, slot } from '../../python/runtime/define';
import { typeError, valueError, notImplementedError } from '../../python/runtime/errors';
import { callMethod } from '../../python/ops/call';
import { hashString } from '../../python/hashing';
import type { NativeGen } from '../../python/vm/native';
import { setNew, cType } from '../ioutil';
import { argType } from './calendar';
import { PyTimedelta, timedeltaType, tdFromUs, tdRepr, US_PER_DAY } from './timedelta';

export const tzinfoType = cType('datetime.tzinfo');
export const timezoneType = cType('datetime.timezone', tzinfoType, { final: true, valueKeyed: true });

tzinfoType.alloc = (cls) => new PyObject(cls);
setNew(tzinfoType, '*args, **kw', (cls: PyType) => {
  const o = new PyObject(cls);
  return o;
});

export class PyTimezone extends PyObject {
  constructor(
    readonly offsetUs: bigint,
    readonly name: string | null,
  ) {
    super(timezoneType);
  }
}

export const UTC = new PyTimezone(0n, null);

function checkOffset(us: bigint, what: PyValue): void {
  if (us <= -US_PER_DAY || us >= US_PER_DAY) {
    valueError(`offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${tdRepr(what as PyTimedelta)}.`);
  }
}

setNew(timezoneType, 'offset, name=?', (_cls: PyType, offset: PyValue, name: PyValue | undefined) => {
  if (!(offset instanceof PyTimedelta)) typeError(`timezone() argument 1 must be datetime.timedelta, not ${argType(offset)}`);
  if (name !== undefined && typeof name !== 'string') typeError(`timezone() argument 2 must be str, not ${argType(name)}`);
  // timezone is final, so `cls` is always timezone itself.
  return makeTimezone((offset as PyTimedelta).total(), (name as string | undefined) ?? null, offset);
});

/** timezone(timedelta(microseconds=us), name): range-checked; the UTC singleton for a nameless 0. */
export function makeTimezone(us: bigint, name: string | null, offset: PyValue = tdFromUs(us)): PyTimezone {
  checkOffset(us, offset);
  return name === null && us === 0n ? UTC : new PyTimezone(us, name);
}

/** 'UTC+05:30' as timezone's default name (seconds and microseconds when present). */
export function offsetText(us: bigint, sep = ':', utcPrefix = true): string {
  if (us === 0n && utcPrefix) return 'UTC';
  const sign = us < 0n ? '-' : '+';
  let a = us < 0n ? -us : us;
  const micro = Number(a % 1_000_000n);
  a /= 1_000_000n;
  const secs = Number(a);
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  const s = secs % 60;
  let out = `${sign}${String(h).padStart(2, '0')}${sep}${String(m).padStart(2, '0')}`;
  if (s || micro) out += `${sep}${String(s).padStart(2, '0')}`;
  if (micro) out += `.${String(micro).padStart(6, '0')}`;
  return utcPrefix ? `UTC${out}` : out;
}

function tzName(tz: PyTimezone): string {
  return tz.name ?? offsetText(tz.offsetUs);
}

const Z = timezoneType;
method(Z, 'utcoffset', 'dt, /', (tz: PyTimezone) => tdFromUs(tz.offsetUs));
method(Z, 'dst', 'dt, /', () => None);
method(Z, 'tzname', 'dt, /', (tz: PyTimezone) => tzName(tz));
slot(Z, '__str__', '', (tz: PyTimezone) => tzName(tz));
slot(Z, '__repr__', '', (tz: PyTimezone) => {
  if (tz === UTC) return 'datetime.timezone.utc';
  const off = tdRepr(tdFromUs(tz.offsetUs));
  return tz.name === null ? `datetime.timezone(${off})` : `datetime.timezone(${off}, '${tz.name}')`;
});
slot(Z, '__eq__', 'other, /', (tz: PyTimezone, o: PyValue) => (o instanceof PyTimezone ? o.offsetUs === tz.offsetUs : false));
slot(Z, '__hash__', '', (tz: PyTimezone) => {
  const h = hashString(`tz${tz.offsetUs}`);
  return typeof h === 'bigint' ? Number(BigInt.asIntN(52, h)) : h;
});
slot(Z, '__getinitargs__', '', (tz: PyTimezone) => (tz.name === null ? newTuple([tdFromUs(tz.offsetUs)]) : newTuple([tdFromUs(tz.offsetUs), tz.name])));

// The abstract base: subclasses implement these.
method(tzinfoType, 'utcoffset', 'dt, /', () => notImplementedError('a tzinfo subclass must implement utcoffset()'));
method(tzinfoType, 'dst', 'dt, /', () => notImplementedError('a tzinfo subclass must implement dst()'));
method(tzinfoType, 'tzname', 'dt, /', () => notImplementedError('a tzinfo subclass must implement tzname()'));

/** tz.utcoffset(dt) in microseconds, or null; validates the result like CPython. */
export function* utcoffsetUs(tz: PyValue, dt: PyValue, which = 'utcoffset'): NativeGen<bigint | null> {
  if (tz === None) return null;
  if (tz instanceof PyTimezone) return which === 'dst' ? null : tz.offsetUs;
  const f = typeOf(tz).lookup(which);
  if (f === undefined) typeError(`'${typeOf(tz).name}' object has no attribute '${which}'`);
  const r = yield* callMethod(f!, tz, [dt]);
  if (r === None) return null;
  if (!(r instanceof PyTimedelta)) typeError(`tzinfo.${which}() must return None or timedelta, not '${typeOf(r).name}'`);
  const us = (r as PyTimedelta).total();
  if (us <= -US_PER_DAY || us >= US_PER_DAY) {
    valueError(`offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${tdRepr(r as PyTimedelta)}.`);
  }
  return us;
}

export function* tznameOf(tz: PyValue, dt: PyValue): NativeGen<PyValue> {
  if (tz === None) return None;
  if (tz instanceof PyTimezone) return tzName(tz);
  const f = typeOf(tz).lookup('tzname');
  const r = yield* callMethod(f!, tz, [dt]);
  if (r !== None && typeof r !== 'string') typeError(`tzinfo.tzname() must return None or a string, not '${typeOf(r).name}'`);
  return r;
}

export function checkTzinfo(tz: PyValue): void {
  if (tz !== None && !typeOf(tz).isSubtypeOf(tzinfoType)) {
    typeError(`tzinfo argument must be None or of a tzinfo subclass, not type '${typeOf(tz).name}'`);
  }
}

export { timedeltaType };
