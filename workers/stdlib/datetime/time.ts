/** `datetime.time`: a time of day with an optional tzinfo — reprs, isoformat, strftime, comparisons. */
import type { PyValue } from '../../python/objects/object';
import { None, NotImplemented, typeOf } from '../../python/objects/core-types';
import type { PyType } from '../../python/objects/type';
import { method, getter, slot, classMethod } from '../../python/runtime/define';
import { typeError } from '../../python/runtime/errors';
import { pyRepr, pyStr } from '../../python/ops/strrepr';
import { callMethod } from '../../python/ops/call';
import { hashString } from '../../python/hashing';
import type { KwArgs, NativeGen } from '../../python/vm/native';
import { setNew } from '../ioutil';
import { timeFromState } from './pickle';
import { argType, cArgs, intOf, checkTime } from './calendar';
import { tdFromUs } from './timedelta';
import { timeType, PyTime, reprName } from './objects';
import { checkTzinfo, utcoffsetUs, tznameOf, PyTimezone, UTC } from './tz';
import { strftime, timeIso, parseIsoTime, offsetZ } from './format';

export function makeTime(cls: PyType, h: number, mi: number, s: number, us: number, tz: PyValue, fold: number): PyTime {
  checkTime(h, mi, s, us, fold);
  checkTzinfo(tz);
  return new PyTime(cls, h, mi, s, us, tz, fold);
}

/** '+05:30' style offset suffix for isoformat ('' when naive). */
export function isoOffset(us: bigint | null): string {
  if (us === null) return '';
  const z = offsetZ(us);
  // +HHMM[SS[.ffffff]] → +HH:MM[:SS[.ffffff]]
  return z.slice(0, 3) + ':' + z.slice(3, 5) + (z.length > 5 ? ':' + z.slice(5) : '');
}

setNew(timeType, '*args, **kw', (cls: PyType, args: PyValue[], kw: KwArgs | null) => {
  const pickled = timeFromState(cls, args);
  if (pickled !== null) return pickled;
  const [h, mi, s, us, tz, fold] = cArgs('function', ['hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'], 0, args, kw);
  return makeTime(cls, h === undefined ? 0 : intOf(h), mi === undefined ? 0 : intOf(mi), s === undefined ? 0 : intOf(s), us === undefined ? 0 : intOf(us), tz ?? None, fold === undefined ? 0 : intOf(fold));
});

const T = timeType;
classMethod(T, 'fromisoformat', 'time_string, /', (cls: PyType, s: PyValue) => {
  if (typeof s !== 'string') typeError('fromisoformat: argument must be str');
  const [h, mi, sec, us, off] = parseIsoTime((s as string).replace(/^T/, ''), s as string);
  return makeTime(cls, h, mi, sec, us, off === null ? None : off === 0n ? UTC : new PyTimezone(off, null), 0);
});
getter(T, 'hour', (t: PyTime) => t.h);
getter(T, 'minute', (t: PyTime) => t.mi);
getter(T, 'second', (t: PyTime) => t.s);
getter(T, 'microsecond', (t: PyTime) => t.us);
getter(T, 'tzinfo', (t: PyTime) => t.tz);
getter(T, 'fold', (t: PyTime) => t.fold);
method(T, 'isoformat', "timespec='auto'", function* (t: PyTime, spec: PyValue): NativeGen {
  if (typeof spec !== 'string') typeError(`isoformat() argument 1 must be str, not ${argType(spec)}`);
  return timeIso(t.h, t.mi, t.s, t.us, spec as string) + isoOffset(yield* utcoffsetUs(t.tz, None));
});
method(T, 'utcoffset', '', function* (t: PyTime): NativeGen {
  const us = yield* utcoffsetUs(t.tz, None);
  return us === null ? None : tdFromUs(us);
});
method(T, 'dst', '', function* (t: PyTime): NativeGen {
  const us = yield* utcoffsetUs(t.tz, None, 'dst');
  return us === null ? None : tdFromUs(us);
});
method(T, 'tzname', '', function* (t: PyTime): NativeGen {
  return yield* tznameOf(t.tz, None);
});
method(T, 'replace', '*args, **kw', (t: PyTime, args: PyValue[], kw: KwArgs | null) => {
  const [h, mi, s, us, tz, fold] = cArgs('replace', ['hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'], 0, args, kw);
  return makeTime(t.cls, h === undefined ? t.h : intOf(h), mi === undefined ? t.mi : intOf(mi), s === undefined ? t.s : intOf(s), us === undefined ? t.us : intOf(us), tz === undefined ? t.tz : tz, fold === undefined ? t.fold : intOf(fold));
});
method(T, 'strftime', 'format', function* (t: PyTime, fmt: PyValue): NativeGen {
  if (typeof fmt !== 'string') typeError(`strftime() argument 1 must be str, not ${argType(fmt)}`);
  const off = yield* utcoffsetUs(t.tz, None);
  const name = yield* tznameOf(t.tz, None);
  return strftime(fmt as string, { y: 1900, m: 1, d: 1, h: t.h, mi: t.mi, s: t.s, us: t.us, z: offsetZ(off), Z: name === None ? '' : (name as string) });
});
slot(T, '__format__', 'fmt, /', function* (t: PyTime, fmt: PyValue): NativeGen {
  if (typeof fmt !== 'string') typeError(`__format__() argument 1 must be str, not ${argType(fmt)}`);
  if (fmt === '') return yield* pyStr(t);
  return yield* callMethod(typeOf(t).lookup('strftime')!, t, [fmt]);
});
slot(T, '__str__', '', function* (t: PyTime): NativeGen {
  return yield* callMethod(typeOf(t).lookup('isoformat')!, t, []);
});
slot(T, '__repr__', '', function* (t: PyTime): NativeGen {
  let inner = `${t.h}, ${t.mi}`;
  if (t.us) inner += `, ${t.s}, ${t.us}`;
  else if (t.s) inner += `, ${t.s}`;
  if (t.tz !== None) inner += `, tzinfo=${yield* pyRepr(t.tz)}`;
  if (t.fold) inner += ', fold=1';
  return `${reprName(t)}(${inner})`;
});
slot(T, '__bool__', '', () => true);
// __reduce__ / __reduce_ex__: ./pickle.ts.

function* timeKey(t: PyTime): NativeGen<bigint> {
  const us = BigInt(((t.h * 60 + t.mi) * 60 + t.s) * 1e6 + t.us);
  const off = yield* utcoffsetUs(t.tz, None);
  return off === null ? us : us - off;
}
slot(T, '__hash__', '', function* (t: PyTime): NativeGen {
  const h = hashString(`time${yield* timeKey(t)}`);
  return typeof h === 'bigint' ? Number(BigInt.asIntN(52, h)) : h;
});
function timeCmp(name: string, op: (c: number) => boolean) {
  return function* (a: PyTime, b: PyValue): NativeGen {
    if (!(b instanceof PyTime)) return NotImplemented;
    const oa = yield* utcoffsetUs(a.tz, None);
    const ob = yield* utcoffsetUs(b.tz, None);
    if ((oa === null) !== (ob === null)) {
      if (name === '__eq__') return false;
      if (name === '__ne__') return true;
      typeError("can't compare offset-naive and offset-aware times");
    }
    const x = yield* timeKey(a);
    const y = yield* timeKey(b);
    return op(x < y ? -1 : x > y ? 1 : 0);
  };
}
slot(T, '__eq__', 'other, /', timeCmp('__eq__', (c) => c === 0));
slot(T, '__ne__', 'other, /', timeCmp('__ne__', (c) => c !== 0));
slot(T, '__lt__', 'other, /', timeCmp('__lt__', (c) => c < 0));
slot(T, '__le__', 'other, /', timeCmp('__le__', (c) => c <= 0));
slot(T, '__gt__', 'other, /', timeCmp('__gt__', (c) => c > 0));
slot(T, '__ge__', 'other, /', timeCmp('__ge__', (c) => c >= 0));

T.dict!.setStr('min', new PyTime(T, 0, 0, 0, 0, None, 0));
T.dict!.setStr('max', new PyTime(T, 23, 59, 59, 999999, None, 0));
T.dict!.setStr('resolution', tdFromUs(1n));
