/**
 * `select.select` on the simulated machine. With no file descriptors it is the classic portable
 * sleep (the seeds' `select.select([], [], [], 0.1)`): the thread is in I/O for the timeout and
 * the GIL is released meanwhile (selectmodule.c). Waiting on descriptors needs the simulated
 * outside world (sockets, pipes), which Interleave does not have yet: that raises clearly.
 */
import type { PyValue } from '../python/objects/object';
import { None, typeOf } from '../python/objects/core-types';
import type { PyModule } from '../python/objects/module';
import { PyFloat } from '../python/objects/float';
import { PyList } from '../python/objects/list';
import type { Interpreter } from '../python/vm/interpreter-state';
import { MachineRequest, type NativeGen } from '../python/vm/native';
import { func } from '../python/runtime/define';
import { typeError, valueError, notImplementedError, osErrorType } from '../python/runtime/errors';
import { iterToArray } from '../python/ops/iter';
import { indexFast } from '../python/ops/subscript';
import { newTuple } from '../python/objects/tuple';
import { defineAll } from './ioutil';

export function initSelect(_interp: Interpreter, m: PyModule): void {
  m.ns.setStr('error', osErrorType);
  defineAll(m, [
    func('select', 'rlist, wlist, xlist, timeout=None, /', function* (r: PyValue, w: PyValue, x: PyValue, timeout: PyValue): NativeGen {
      let fds = 0;
      for (const seq of [r, w, x]) fds += (yield* iterToArray(seq)).length;
      let ns = -1;
      if (timeout !== None) {
        let secs: number;
        if (timeout instanceof PyFloat) secs = timeout.v;
        else {
          const i = indexFast(timeout);
          if (i === null) typeError('timeout must be a float or None');
          secs = Number(i);
        }
        if (secs < 0) valueError('timeout must be non-negative');
        ns = Math.round(secs * 1e9);
      }
      if (fds > 0) notImplementedError('select.select() on file descriptors is not supported by Interleave yet (only the timeout form, select([], [], [], t))');
      if (ns < 0) notImplementedError('select.select([], [], []) with no timeout would wait forever');
      const result = newTuple([new PyList([]), new PyList([]), new PyList([])]);
      return (yield new MachineRequest('io', { ns, result })) as PyValue;
    }),
  ]);
  void typeOf;
}
