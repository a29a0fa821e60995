/**
 * `atexit`: functions run at interpreter exit, last registered first, after threading has joined
 * the non-daemon threads (Py_FinalizeEx's order). An exception in one is reported as CPython's
 * "Exception ignored in atexit callback" and the others still run.
 */
import type { PyValue } from '../python/objects/object';
import { None } from '../python/objects/core-types';
import type { PyModule } from '../python/objects/module';
import { PyBaseException } from '../python/objects/exception';
import type { Interpreter } from '../python/vm/interpreter-state';
import type { KwArgs, NativeGen } from '../python/vm/native';
import { rawFunc, func } from '../python/runtime/define';
import { typeError } from '../python/runtime/errors';
import { pyCall } from '../python/ops/call';
import { pyRepr } from '../python/ops/strrepr';
import { pyEq } from '../python/ops/compare';
import { formatException } from '../python/vm/traceback-print';
import { defineAll } from './ioutil';
import { writeUnraisable } from './sys';

interface Callback {
  fn: PyValue;
  args: PyValue[];
  kw: KwArgs | null;
}

const callbacksOf = (interp: Interpreter) => interp.ext<Callback[]>('atexit', () => []);

/** Run and clear the registered callbacks (atexit._run_exitfuncs and interpreter exit). */
export function* runExitFuncs(interp: Interpreter): NativeGen<void> {
  const list = callbacksOf(interp);
  while (list.length > 0) {
    const cb = list.pop()!;
    try {
      yield* pyCall(cb.fn, cb.args, cb.kw);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      yield* writeUnraisable(interp, e, 'Exception ignored in atexit callback', cb.fn);
    }
  }
}

export function initAtexit(interp: Interpreter, m: PyModule): void {
  const list = callbacksOf(interp);
  defineAll(m, [
    rawFunc('register', (args: PyValue[], kw: KwArgs | null) => {
      if (args.length === 0) typeError('register() takes at least 1 argument (0 given)');
      list.push({ fn: args[0], args: args.slice(1), kw: kw !== null && kw.size > 0 ? new Map(kw) : null });
      return args[0];
    }),
    func('unregister', 'func, /', function* (fn: PyValue) {
      for (let i = list.length - 1; i >= 0; i--) if (yield* pyEq(list[i].fn, fn)) list.splice(i, 1);
      return None;
    }),
    func('_run_exitfuncs', '', function* () {
      yield* runExitFuncs(interp);
      return None;
    }),
    func('_clear', '', () => ((list.length = 0), None)),
    func('_ncallbacks', '', () => list.length),
  ]);
}
