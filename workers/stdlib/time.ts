/**
 * The `time` module on the interpreter's virtual clock: time() is options.epochNs plus the
 * virtual time elapsed (interp.nowNs()), sleep() advances virtual time, and the process/thread
 * clocks are the same virtual clock. The playground's local time zone is UTC (localtime's
 * tm_zone is 'UTC', gmtime's is 'GMT', as on a UTC Linux machine). Nothing reads the real clock.
 */
import { PyObject, type PyValue } from '../python/objects/object';
import { PyDict as PyDictClass } from '../python/objects/dict';
import { simpleNamespaceType } from './sys';
import type { PyModule } from '../python/objects/module';
import type { Interpreter } from '../python/vm/interpreter-state';
import { None, typeOf, tupleType, builtinType } from '../python/objects/core-types';
import { PyTuple, newTuple } from '../python/objects/tuple';
import { PyType } from '../python/objects/type';
import { PyFloat, newFloat } from '../python/objects/float';
import { PyBuiltin, BuiltinKind } from '../python/objects/builtin';
import type { PyDict } from '../python/objects/dict';
import { normBig } from '../python/objects/object';
import { getter, method } from '../python/runtime/define';
import { typeError, valueError, overflowError } from '../python/runtime/errors';
import { pyRepr } from '../python/ops/strrepr';
import { iterToArray } from '../python/ops/iter';
import { indexFast } from '../python/ops/subscript';
import { MachineRequest, type NativeGen } from '../python/vm/native';
import { defModFn, setTpName } from './util';
import { gmtime, timegm, strftime, asctime, type Tm } from './time-format';
import { parseStrptime } from './strptime';

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];

/** struct_time: a 9-tuple whose tm_zone / tm_gmtoff live outside the tuple part. */
class StructTime extends PyTuple {
  constructor(items: PyValue[], readonly zone: PyValue, readonly gmtoff: PyValue, cls: PyType = structTimeType) {
    super(items, cls);
  }
}

export const structTimeType = setTpName(builtinType('struct_time', tupleType, { module: 'time' }), 'time', 'struct_time');
structTimeType.layout = tupleType;
FIELDS.forEach((f, i) => getter(structTimeType, f, (s: PyTuple) => s.items[i]));
getter(structTimeType, 'tm_zone', (s: PyTuple) => (s instanceof StructTime ? s.zone : None));
getter(structTimeType, 'tm_gmtoff', (s: PyTuple) => (s instanceof StructTime ? s.gmtoff : None));
(structTimeType.dict as PyDict).setStr('n_sequence_fields', 9);
(structTimeType.dict as PyDict).setStr('n_fields', 11);
(structTimeType.dict as PyDict).setStr('n_unnamed_fields', 0);
method(structTimeType, '__repr__', '', function* (s: PyTuple) {
  const parts: string[] = [];
  for (let i = 0; i < FIELDS.length; i++) parts.push(`${FIELDS[i]}=${yield* pyRepr(s.items[i])}`);
  return `time.struct_time(${parts.join(', ')})`;
});
method(structTimeType, '__reduce__', '', (s: StructTime) => newTuple([structTimeType, newTuple([newTuple(s.items.slice())])]));
(structTimeType.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', function* (args: PyValue[], kw) {
  const cls = args[0] as PyType;
  const seq = args.length > 1 ? args[1] : kw?.get('sequence');
  if (seq === undefined) typeError("time.struct_time() missing required argument 'sequence' (pos 1)");
  const items = yield* iterToArray(seq!);
  if (items.length < 9) typeError(`time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
  if (items.length > 11) typeError(`time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
  return new StructTime(items.slice(0, 9), items[9] ?? None, items[10] ?? None, cls);
}, BuiltinKind.StaticMethod, structTimeType));

function toStruct(t: Tm): StructTime {
  return new StructTime([t.year, t.mon, t.mday, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst], t.zone ?? None, t.gmtoff ?? None);
}

/** Seconds argument of gmtime/localtime/ctime: None → now; ints and floats (floored). */
function* secondsArg(interp: Interpreter, x: PyValue | undefined): NativeGen<number> {
  if (x === undefined || x === None) return Math.floor(nowSeconds(interp));
  let v: number;
  if (x instanceof PyFloat) {
    if (x.v !== x.v) valueError('Invalid value NaN (not a number)');
    v = Math.floor(x.v);
  } else {
    const i = indexFast(x);
    if (i === null) typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
    v = Number(i);
  }
  if (!(Math.abs(v) < 9.2e18)) overflowError('timestamp out of range for platform time_t');
  if (Math.abs(v) > 67767976233316800) overflowError('timestamp out of range for platform time_t');
  return v;
}

function nowNs(interp: Interpreter): bigint {
  return interp.options.epochNs + BigInt(Math.round(interp.nowNs()));
}
function nowSeconds(interp: Interpreter): number {
  return Number(nowNs(interp)) / 1e9;
}

const RANGE_ERRORS: [number, number, number, string][] = [
  // index, min, max, message (after CPython's gettmarg/checktm adjustments)
  [1, 1, 12, 'month out of range'],
  [2, 1, 31, 'day of month out of range'],
  [3, 0, 23, 'hour out of range'],
  [4, 0, 59, 'minute out of range'],
  [5, 0, 61, 'seconds out of range'],
  [7, 1, 366, 'day of year out of range'],
];

/** gettmarg(): a struct_time or 9-tuple of ints to a Tm (with strftime's range checks). */
function* tupleArg(interp: Interpreter, x: PyValue | undefined, fn: string, check: boolean): NativeGen<Tm> {
  if (x === undefined) return gmtime(Math.floor(nowSeconds(interp)), 'UTC');
  if (!(x instanceof PyTuple)) typeError(`Tuple or struct_time argument required`);
  const t = x as PyTuple;
  if (t.items.length !== 9) typeError(`${fn}(): illegal time tuple argument`);
  const n: number[] = [];
  for (const v of t.items) {
    const i = indexFast(v);
    if (i === null) typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
    n.push(Number(i));
  }
  if (check) {
    if (n[1] === 0) n[1] = 1;
    if (n[2] === 0) n[2] = 1;
    if (n[7] === 0) n[7] = 1;
    for (const [i, lo, hi, msg] of RANGE_ERRORS) if (n[i] < lo || n[i] > hi) valueError(msg);
    if (n[6] < 0) valueError('day of week out of range');
    n[6] = n[6] % 7;
    if (n[8] < -1) n[8] = -1;
    else if (n[8] > 1) n[8] = 1;
  }
  const zone = t instanceof StructTime && typeof t.zone === 'string' ? t.zone : null;
  const gmtoff = t instanceof StructTime && typeof t.gmtoff === 'number' ? t.gmtoff : null;
  return { year: n[0], mon: n[1], mday: n[2], hour: n[3], min: n[4], sec: n[5], wday: n[6], yday: n[7], isdst: n[8], zone, gmtoff };
}

export function initTime(interp: Interpreter, m: PyModule): void {
  const ns = m.ns;
  const def = (name: string, params: string, impl: (...a: any[]) => any) => defModFn(ns, 'time', name, params, impl);
  const virtualNs = () => Math.round(interp.nowNs());

  ns.setStr('struct_time', structTimeType);
  ns.setStr('timezone', 0);
  ns.setStr('altzone', 0);
  ns.setStr('daylight', 0);
  ns.setStr('tzname', newTuple(['UTC', 'UTC']));
  for (const c of ['CLOCK_REALTIME', 'CLOCK_MONOTONIC', 'CLOCK_PROCESS_CPUTIME_ID', 'CLOCK_THREAD_CPUTIME_ID']) {
    ns.setStr(c, ['CLOCK_REALTIME', 'CLOCK_MONOTONIC', 'CLOCK_PROCESS_CPUTIME_ID', 'CLOCK_THREAD_CPUTIME_ID'].indexOf(c));
  }

  def('time', '', () => newFloat(nowSeconds(interp)));
  def('time_ns', '', () => normBig(nowNs(interp)));
  for (const name of ['perf_counter', 'monotonic']) {
    def(name, '', () => newFloat(virtualNs() / 1e9));
    def(`${name}_ns`, '', () => virtualNs());
  }
  // CPU time: the running thread's, or all of the process's threads'.
  const threadCpu = () => interp.currentThreadRef?.cost ?? 0;
  const processCpu = () => interp.threads.reduce((sum, t) => sum + t.cost, 0);
  def('thread_time', '', () => newFloat(threadCpu() / 1e9));
  def('thread_time_ns', '', () => Math.round(threadCpu()));
  def('process_time', '', () => newFloat(processCpu() / 1e9));
  def('process_time_ns', '', () => Math.round(processCpu()));
  def('sleep', 'secs, /', function* (x: PyValue) {
    let secs: number;
    if (x instanceof PyFloat) {
      if (x.v !== x.v) valueError('Invalid value NaN (not a number)');
      secs = x.v;
    } else {
      const i = indexFast(x);
      if (i === null) typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
      secs = Number(i);
    }
    if (secs < 0) valueError('sleep length must be non-negative');
    if (!Number.isFinite(secs) || secs > 9.2e9) overflowError('timestamp out of range for platform time_t');
    // pysleep releases the GIL around the wait, even for sleep(0) (reference §1.2).
    return (yield new MachineRequest('sleep', { ns: Math.round(secs * 1e9), result: None })) as PyValue;
  });
  def('gmtime', 'seconds=None, /', function* (x: PyValue) {
    return toStruct(gmtime(yield* secondsArg(interp, x), 'GMT'));
  });
  def('localtime', 'seconds=None, /', function* (x: PyValue) {
    return toStruct(gmtime(yield* secondsArg(interp, x), 'UTC'));
  });
  def('mktime', 'time_tuple, /', function* (x: PyValue) {
    const t = yield* tupleArg(interp, x, 'mktime', false);
    return newFloat(timegm(t.year, t.mon, t.mday, t.hour, t.min, t.sec));
  });
  def('asctime', 'time_tuple=?, /', function* (x: PyValue | undefined) {
    return asctime(yield* tupleArg(interp, x, 'asctime', true));
  });
  def('ctime', 'seconds=None, /', function* (x: PyValue) {
    return asctime(gmtime(yield* secondsArg(interp, x), 'UTC'));
  });
  def('strftime', 'format, time_tuple=?, /', function* (fmt: PyValue, x: PyValue | undefined) {
    if (typeof fmt !== 'string') typeError(`strftime() argument 1 must be str, not ${typeOf(fmt).name}`);
    const t = yield* tupleArg(interp, x, 'strftime', true);
    return strftime(fmt as string, t);
  });
  def('strptime', 'string, format=?, /', (s: PyValue, fmt: PyValue | undefined) => {
    if (typeof s !== 'string') typeError(`strptime() argument 0 must be str, not <class '${typeOf(s).name}'>`);
    const f = fmt === undefined ? '%a %b %d %H:%M:%S %Y' : fmt;
    if (typeof f !== 'string') typeError(`strptime() argument 1 must be str, not <class '${typeOf(f).name}'>`);
    const t = parseStrptime(s as string, f as string);
    return new StructTime([t.year, t.month, t.day, t.hour, t.minute, t.second, t.weekday, t.julian, t.tz], t.tzname ?? None, t.gmtoff ?? None);
  });
  // The clocks of CPython on Linux (their values here are the simulated machine's virtual time).
  const CLOCKS: Record<string, [string, boolean, boolean]> = {
    time: ['clock_gettime(CLOCK_REALTIME)', false, true],
    monotonic: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
    perf_counter: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
    process_time: ['clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', true, false],
    thread_time: ['clock_gettime(CLOCK_THREAD_CPUTIME_ID)', true, false],
  };
  def('get_clock_info', 'name, /', (name: PyValue) => {
    const info = typeof name === 'string' ? CLOCKS[name] : undefined;
    if (info === undefined) valueError('unknown clock');
    const ns = new PyObject(simpleNamespaceType);
    ns.dict = new PyDictClass();
    ns.dict.setStr('implementation', info![0]);
    ns.dict.setStr('monotonic', info![1]);
    ns.dict.setStr('adjustable', info![2]);
    ns.dict.setStr('resolution', newFloat(1e-9));
    return ns;
  });
}
