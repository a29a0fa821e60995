/** The `sys` module. */
import type { PyValue } from '../python/objects/object';
import { None, typeOf, tupleType, builtinType } from '../python/objects/core-types';
import { PyModule } from '../python/objects/module';
import { PyList } from '../python/objects/list';
import { PyTuple, newTuple } from '../python/objects/tuple';
import { PyBaseException } from '../python/objects/exception';
import type { Interpreter } from '../python/vm/interpreter-state';
import { func, defineIn, getter, method } from '../python/runtime/define';
import { typeError, valueError, recursionErrorType, systemExitType, throwPy } from '../python/runtime/errors';
import { currentThread, currentFrame } from '../python/vm/current';
import { topmostException } from '../python/vm/frames';
import { pyRepr } from '../python/ops/strrepr';
import { pyIndex } from '../python/ops/subscript';
import { callMethod } from '../python/ops/call';
import { StdStream } from './streams';
import { newFloat, PyFloat } from '../python/objects/float';
import { PyTraceback } from '../python/vm/vm-hooks';
import { INT_MAX_STR_DIGITS } from '../python/numfmt/int-to-str';

/** sys.version_info and friends: a tuple subclass with named fields (struct sequence). */
export function structSeqType(name: string, module: string, fields: string[]) {
  const t = builtinType(name, tupleType, { module });
  t.layout = tupleType;
  fields.forEach((f, i) => getter(t, f, (s: PyTuple) => s.items[i]));
  method(t, '__repr__', '', function* (s: PyTuple) {
    const parts: string[] = [];
    for (let i = 0; i < fields.length; i++) parts.push(`${fields[i]}=${yield* pyRepr(s.items[i])}`);
    return `${module}.${name}(${parts.join(', ')})`;
  });
  return t;
}

const versionInfoType = structSeqType('version_info', 'sys', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
const floatInfoType = structSeqType('float_info', 'sys', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);

export function initSys(interp: Interpreter, m: PyModule): void {
  const ns = m.ns;
  const set = (k: string, v: PyValue) => ns.setStr(k, v);
  const stdout = new StdStream('stdout');
  const stderr = new StdStream('stderr');
  const stdin = new StdStream('stdin');
  set('stdout', stdout);
  set('stderr', stderr);
  set('stdin', stdin);
  set('__stdout__', stdout);
  set('__stderr__', stderr);
  set('__stdin__', stdin);
  set('argv', new PyList(interp.options.argv.slice()));
  const mainDir = interp.options.argv[0].includes('/') ? interp.options.argv[0].slice(0, interp.options.argv[0].lastIndexOf('/')) : '';
  set('path', new PyList([mainDir]));
  set('modules', interp.modules);
  set('maxsize', 9223372036854775807n);
  set('maxunicode', 0x10ffff);
  set('byteorder', 'little');
  set('platform', 'linux');
  set('version', '3.11.7 (main, Interleave) [TypeScript]');
  set('hexversion', 0x30b07f0);
  set('api_version', 1013);
  set('version_info', new PyTuple([3, 11, 7, 'final', 0], versionInfoType));
  set('implementation', None);
  set('executable', '/usr/bin/python3');
  set('prefix', '/usr');
  set('dont_write_bytecode', true);
  set('builtin_module_names', newTuple(['builtins', 'sys', 'time', 'math', 'itertools', 'gc']));
  set('float_info', new PyTuple([newFloat(Number.MAX_VALUE), 1024, 308, newFloat(2.2250738585072014e-308), -1021, -307, 15, 53, newFloat(Number.EPSILON), 2, 1], floatInfoType));
  set('float_repr_style', 'short');
  let switchInterval = 0.005;
  let maxStrDigits = INT_MAX_STR_DIGITS;

  const fns = [
    func('exit', 'status=None, /', (status: PyValue) => {
      throw new PyBaseException(systemExitType, status === None ? [] : [status]);
    }),
    func('getrecursionlimit', '', () => interp.recursionLimit),
    func('setrecursionlimit', 'limit, /', function* (limit: PyValue) {
      if (typeof limit !== 'number' && typeof limit !== 'bigint') typeError("'" + typeOf(limit).name + "' object cannot be interpreted as an integer");
      const n = Number(yield* pyIndex(limit));
      if (n < 1) valueError('recursion limit must be greater or equal than 1');
      const depth = currentThread().depth;
      if (n <= depth) throwPy(recursionErrorType, `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`);
      interp.recursionLimit = Math.min(n, 100_000);
      return None;
    }),
    func('getswitchinterval', '', () => newFloat(switchInterval)),
    func('setswitchinterval', 'interval, /', (v: PyValue) => {
      const x = v instanceof PyFloat ? v.v : typeof v === 'number' ? v : NaN;
      if (!(x > 0)) valueError('switch interval must be strictly positive');
      switchInterval = x;
      return None;
    }),
    func('get_int_max_str_digits', '', () => maxStrDigits),
    func('set_int_max_str_digits', 'maxdigits', (n: PyValue) => {
      maxStrDigits = Number(n);
      return None;
    }),
    func('getdefaultencoding', '', () => 'utf-8'),
    func('getfilesystemencoding', '', () => 'utf-8'),
    func('getsizeof', 'object, default=?, /', function* (o: PyValue) {
      const f = typeOf(o).lookup('__sizeof__');
      if (f === undefined) return 16;
      return (yield* callMethod(f, o, [])) as number;
    }),
    func('intern', 'string, /', (s: PyValue) => {
      if (typeof s !== 'string') typeError(`intern() argument must be str, not ${typeOf(s).name}`);
      return s;
    }),
    func('exc_info', '', () => {
      const e = topmostException(currentThread());
      if (e === null) return newTuple([None, None, None]);
      return newTuple([e.cls, e, e.traceback === null ? None : new PyTraceback(e.traceback)]);
    }),
    func('exception', '', () => topmostException(currentThread()) ?? None),
    func('_getframe', 'depth=0, /', () => {
      const f = currentFrame();
      void f;
      return typeError('sys._getframe() is not supported by Interleave yet');
    }),
    func('settrace', 'function, /', () => None),
    func('gettrace', '', () => None),
  ];
  for (const f of fns) defineIn(ns, f, 'sys');
}
