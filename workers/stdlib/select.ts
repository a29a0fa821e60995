/**
 * `select.select` on the simulated machine (simsocket.ts does the work). With no file
 * descriptors it is the classic portable sleep (the seeds' `select.select([], [], [], 0.1)`): the
 * thread is in I/O for the timeout and the GIL is released meanwhile (selectmodule.c). With
 * simulated sockets it waits until one is readable. There is no poll/epoll: selectors uses
 * SelectSelector, as on a platform that has only select().
 */
import type { PyValue } from '../python/objects/object';
import type { PyModule } from '../python/objects/module';
import type { Interpreter } from '../python/vm/interpreter-state';
import type { NativeGen } from '../python/vm/native';
import { func } from '../python/runtime/define';
import { osErrorType } from '../python/runtime/errors';
import { defineAll } from './ioutil';
import { simSelect } from './simsocket';

export function initSelect(interp: Interpreter, m: PyModule): void {
  m.ns.setStr('error', osErrorType);
  defineAll(m, [
    func('select', 'rlist, wlist, xlist, timeout=None, /', function* (r: PyValue, w: PyValue, x: PyValue, timeout: PyValue): NativeGen {
      return yield* simSelect(interp, r, w, x, timeout);
    }),
  ]);
}
