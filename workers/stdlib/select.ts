/**
 * `select.select` on the simulated machine (simsocket.ts does the work). With no file
 * descriptors it is the classic portable sleep (the seeds' `select.select([], [], [], 0.1)`): the
 * thread is in I/O for the timeout and the GIL is released meanwhile (selectmodule.c). With
 * simulated sockets it waits until one is readable; `select.epoll` does the same for selectors'
 * EpollSelector (the DefaultSelector on Linux).
 */
import type { PyValue } from '../python/objects/object';
import type { PyModule } from '../python/objects/module';
import type { Interpreter } from '../python/vm/interpreter-state';
import type { NativeGen } from '../python/vm/native';
import { func } from '../python/runtime/define';
import { osErrorType } from '../python/runtime/errors';
import { defineAll } from './ioutil';
import { simSelect, epollType, EPOLL_CONSTANTS } from './simsocket';

export function initSelect(interp: Interpreter, m: PyModule): void {
  m.ns.setStr('error', osErrorType);
  // epoll, as on Linux: selectors.DefaultSelector is EpollSelector, whose millisecond rounding
  // makes asyncio's timers fire up to 1 ms late, as they do on CPython.
  m.ns.setStr('epoll', epollType);
  for (const [k, v] of Object.entries(EPOLL_CONSTANTS)) m.ns.setStr(k, v);
  defineAll(m, [
    func('select', 'rlist, wlist, xlist, timeout=None, /', function* (r: PyValue, w: PyValue, x: PyValue, timeout: PyValue): NativeGen {
      return yield* simSelect(interp, r, w, x, timeout);
    }),
  ]);
}
