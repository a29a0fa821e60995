/**
 * `datetime.timedelta`: days/seconds/microseconds normalised as CPython does, built and operated
 * on as an exact microsecond count (BigInt) so float arguments and float products round
 * half-to-even exactly like CPython's (which uses float.as_integer_ratio()).
 */
import { PyObject, type PyValue } from '../../python/objects/object';
import { NotImplemented, typeOf, objectType } from '../../python/objects/core-types';
import type { PyType } from '../../python/objects/type';
import { PyFloat, newFloat } from '../../python/objects/float';
import { PyIntSub } from '../../python/objects/int-sub';
import { newTuple } from '../../python/objects/tuple';
import { method, getter, slot } from '../../python/runtime/define';
import { typeError, valueError, overflowError, zeroDivisionError } from '../../python/runtime/errors';
import { hashInt } from '../../python/hashing';
import { normBig } from '../../python/objects/object';
import { setNew, cType } from '../ioutil';
import { cArgs } from './calendar';

export const timedeltaType = cType('datetime.timedelta', objectType, { valueKeyed: true });

export const US_PER_DAY = 86_400_000_000n;
const MAX_DAYS = 999999999n;

export class PyTimedelta extends PyObject {
  constructor(
    cls: PyType,
    readonly days: number,
    readonly seconds: number,
    readonly us: number,
  ) {
    super(cls);
  }
  total(): bigint {
    return BigInt(this.days) * US_PER_DAY + BigInt(this.seconds) * 1_000_000n + BigInt(this.us);
  }
}

timedeltaType.alloc = (cls) => new PyTimedelta(cls, 0, 0, 0);

/** A timedelta from a microsecond count (OverflowError past ±999999999 days). */
export function tdFromUs(us: bigint, cls: PyType = timedeltaType): PyTimedelta {
  let days = us / US_PER_DAY;
  let rem = us % US_PER_DAY;
  if (rem < 0n) {
    rem += US_PER_DAY;
    days -= 1n;
  }
  if (days > MAX_DAYS || days < -MAX_DAYS) overflowError(`days=${days}; must have magnitude <= 999999999`);
  return new PyTimedelta(cls, Number(days), Number(rem / 1_000_000n), Number(rem % 1_000_000n));
}

/** Exact ratio of a finite double: x = n / d with d a power of two. */
export function floatRatio(x: number): [bigint, bigint] {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) valueError('cannot convert float NaN to integer');
    overflowError('cannot convert float infinity to integer');
  }
  if (Number.isInteger(x)) return [BigInt(x), 1n];
  let d = 1n;
  let v = x;
  while (!Number.isInteger(v)) {
    v *= 2;
    d *= 2n;
  }
  return [BigInt(v), d];
}

/** round(n / d) with ties to even (d > 0). */
export function divRoundEven(n: bigint, d: bigint): bigint {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  let q = n / d;
  let r = n % d;
  if (r < 0n) {
    q -= 1n;
    r += d;
  }
  const twice = 2n * r;
  if (twice > d || (twice === d && q % 2n !== 0n)) q += 1n;
  return q;
}

export function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return (n % d !== 0n && (n < 0n) !== (d < 0n)) ? q - 1n : q;
}

const FACTORS: [string, bigint][] = [
  ['days', US_PER_DAY], ['seconds', 1_000_000n], ['microseconds', 1n], ['milliseconds', 1000n],
  ['minutes', 60_000_000n], ['hours', 3_600_000_000n], ['weeks', 7n * US_PER_DAY],
];

setNew(timedeltaType, '*args, **kw', (cls: PyType, args: PyValue[], kw: Map<string, PyValue> | null) => {
  const vals = cArgs('__new__', FACTORS.map((f) => f[0]), 0, args, kw);
  // Sum exactly: integer parts as BigInt, float parts as a dyadic fraction.
  let num = 0n;
  let den = 1n;
  FACTORS.forEach(([name, factor], i) => {
    const v0 = vals[i];
    if (v0 === undefined) return;
    const v = v0 instanceof PyIntSub ? v0.v : v0;
    let n: bigint;
    let d = 1n;
    if (typeof v === 'number' || typeof v === 'bigint') n = BigInt(v);
    else if (typeof v === 'boolean') n = v ? 1n : 0n;
    else if (v instanceof PyFloat) [n, d] = floatRatio(v.v);
    else return typeError(`unsupported type for timedelta ${name} component: ${typeOf(v).name}`);
    n *= factor;
    if (d === den) num += n;
    else if (d > den) {
      num = num * (d / den) + n;
      den = d;
    } else num += n * (den / d);
  });
  return tdFromUs(den === 1n ? num : divRoundEven(num, den), cls);
});

function fmtHms(secs: number, us: number): string {
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  const s = secs % 60;
  const base = `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return us ? `${base}.${String(us).padStart(6, '0')}` : base;
}

export function tdStr(td: PyTimedelta): string {
  const hms = fmtHms(td.seconds, td.us);
  if (td.days === 0) return hms;
  return `${td.days} day${Math.abs(td.days) === 1 ? '' : 's'}, ${hms}`;
}

export function tdRepr(td: PyTimedelta): string {
  const parts: string[] = [];
  if (td.days) parts.push(`days=${td.days}`);
  if (td.seconds) parts.push(`seconds=${td.seconds}`);
  if (td.us) parts.push(`microseconds=${td.us}`);
  const name = td.cls === timedeltaType ? 'datetime.timedelta' : td.cls.qualname;
  return `${name}(${parts.length ? parts.join(', ') : '0'})`;
}

const T = timedeltaType;
getter(T, 'days', (t: PyTimedelta) => t.days);
getter(T, 'seconds', (t: PyTimedelta) => t.seconds);
getter(T, 'microseconds', (t: PyTimedelta) => t.us);
method(T, 'total_seconds', '', (t: PyTimedelta) => {
  const us = t.total();
  return newFloat(Number(us) / 1e6);
});
slot(T, '__repr__', '', (t: PyTimedelta) => tdRepr(t));
slot(T, '__str__', '', (t: PyTimedelta) => tdStr(t));
slot(T, '__hash__', '', (t: PyTimedelta) => {
  const h = hashInt(normBig(t.total()));
  return typeof h === 'bigint' ? normBig(h) : h;
});
slot(T, '__bool__', '', (t: PyTimedelta) => t.days !== 0 || t.seconds !== 0 || t.us !== 0);
slot(T, '__neg__', '', (t: PyTimedelta) => tdFromUs(-t.total()));
slot(T, '__pos__', '', (t: PyTimedelta) => tdFromUs(t.total()));
slot(T, '__abs__', '', (t: PyTimedelta) => tdFromUs(t.days < 0 ? -t.total() : t.total()));
slot(T, '__reduce__', '', (t: PyTimedelta) => newTuple([t.cls, newTuple([t.days, t.seconds, t.us])]));

const isTd = (x: PyValue): x is PyTimedelta => x instanceof PyTimedelta;
slot(T, '__add__', 'other, /', (a: PyTimedelta, b: PyValue) => (isTd(b) ? tdFromUs(a.total() + b.total()) : NotImplemented));
slot(T, '__radd__', 'other, /', (a: PyTimedelta, b: PyValue) => (isTd(b) ? tdFromUs(a.total() + b.total()) : NotImplemented));
slot(T, '__sub__', 'other, /', (a: PyTimedelta, b: PyValue) => (isTd(b) ? tdFromUs(a.total() - b.total()) : NotImplemented));
slot(T, '__rsub__', 'other, /', (a: PyTimedelta, b: PyValue) => (isTd(b) ? tdFromUs(b.total() - a.total()) : NotImplemented));

function mul(a: PyTimedelta, b: PyValue): PyValue {
  if (b instanceof PyIntSub) b = b.v;
  if (typeof b === 'number' || typeof b === 'bigint') return tdFromUs(a.total() * BigInt(b));
  if (typeof b === 'boolean') return tdFromUs(b ? a.total() : 0n);
  if (b instanceof PyFloat) {
    const [n, d] = floatRatio(b.v);
    return tdFromUs(divRoundEven(a.total() * n, d));
  }
  return NotImplemented;
}
slot(T, '__mul__', 'other, /', mul);
slot(T, '__rmul__', 'other, /', mul);
slot(T, '__truediv__', 'other, /', (a: PyTimedelta, b: PyValue) => {
  if (isTd(b)) {
    const d = b.total();
    if (d === 0n) zeroDivisionError('division by zero');
    return newFloat(Number(a.total()) / Number(d));
  }
  if (b instanceof PyIntSub) b = b.v;
  if (typeof b === 'number' || typeof b === 'bigint' || typeof b === 'boolean') {
    const d = BigInt(b);
    if (d === 0n) zeroDivisionError('integer division or modulo by zero');
    return tdFromUs(divRoundEven(a.total(), d));
  }
  if (b instanceof PyFloat) {
    const [n, d] = floatRatio(b.v);
    if (n === 0n) zeroDivisionError('float division by zero');
    return tdFromUs(divRoundEven(a.total() * d, n));
  }
  return NotImplemented;
});
slot(T, '__floordiv__', 'other, /', (a: PyTimedelta, b: PyValue) => {
  if (isTd(b)) {
    const d = b.total();
    if (d === 0n) zeroDivisionError('integer division or modulo by zero');
    return normBig(floorDiv(a.total(), d));
  }
  if (b instanceof PyIntSub) b = b.v;
  if (typeof b === 'number' || typeof b === 'bigint' || typeof b === 'boolean') {
    const d = BigInt(b);
    if (d === 0n) zeroDivisionError('integer division or modulo by zero');
    return tdFromUs(floorDiv(a.total(), d));
  }
  return NotImplemented;
});
function modUs(a: bigint, d: bigint): bigint {
  if (d === 0n) zeroDivisionError('integer modulo by zero');
  return a - floorDiv(a, d) * d;
}
slot(T, '__mod__', 'other, /', (a: PyTimedelta, b: PyValue) => (isTd(b) ? tdFromUs(modUs(a.total(), b.total())) : NotImplemented));
slot(T, '__divmod__', 'other, /', (a: PyTimedelta, b: PyValue) => {
  if (!isTd(b)) return NotImplemented;
  const d = b.total();
  if (d === 0n) zeroDivisionError('integer division or modulo by zero');
  return newTuple([normBig(floorDiv(a.total(), d)), tdFromUs(modUs(a.total(), d))]);
});

function cmp(op: (c: number) => boolean) {
  return (a: PyTimedelta, b: PyValue) => {
    if (!isTd(b)) return NotImplemented;
    const x = a.total();
    const y = b.total();
    return op(x < y ? -1 : x > y ? 1 : 0);
  };
}
slot(T, '__eq__', 'other, /', cmp((c) => c === 0));
slot(T, '__ne__', 'other, /', cmp((c) => c !== 0));
slot(T, '__lt__', 'other, /', cmp((c) => c < 0));
slot(T, '__le__', 'other, /', cmp((c) => c <= 0));
slot(T, '__gt__', 'other, /', cmp((c) => c > 0));
slot(T, '__ge__', 'other, /', cmp((c) => c >= 0));

export function initTimedeltaAttrs(): void {
  const d = timedeltaType.dict!;
  d.setStr('min', new PyTimedelta(timedeltaType, -999999999, 0, 0));
  d.setStr('max', new PyTimedelta(timedeltaType, 999999999, 86399, 999999));
  d.setStr('resolution', new PyTimedelta(timedeltaType, 0, 0, 1));
}
initTimedeltaAttrs();
