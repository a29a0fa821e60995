/**
 * The modules of the simulated machine's threading world: `_thread` (native, on the machine),
 * CPython 3.11.7's own `threading.py` and `queue.py` (unchanged, so names, reprs, Condition's
 * FIFO notify, Semaphore barging and tracebacks through them are CPython's), `atexit`, `select`, and `_queue` (the C module, in Python: py/_queue.py).
 * Also CPython's `weakref.py`/`_weakrefset.py` on a native `_weakref` (references that never
 * die: there is no garbage collector), `logging`, and `concurrent.futures` (its thread half;
 * ProcessPoolExecutor arrives with multiprocessing).
 */
import type { Interpreter } from '../python/vm/interpreter-state';
import { initThread } from './thread-native';
import { initAtexit } from './atexit';
import { initSelect } from './select';
import threadingSrc from './py/threading.py?raw';
import queueSrc from './py/queue.py?raw';
import weakrefsetSrc from './py/_weakrefset.py?raw';
import queueNativeSrc from './py/_queue.py?raw';
import weakrefSrc from './py/weakref.py?raw';
import loggingSrc from './py/logging/__init__.py?raw';
import concurrentSrc from './py/concurrent/__init__.py?raw';
import futuresSrc from './py/concurrent/futures/__init__.py?raw';
import futuresBaseSrc from './py/concurrent/futures/_base.py?raw';
import futuresThreadSrc from './py/concurrent/futures/thread.py?raw';
import { initWeakref } from './weakref-native';
import { initGc } from './gc';
import { initContextvars } from './contextvars';

export function registerThreadModules(interp: Interpreter): void {
  interp.nativeModules.set('_thread', initThread);
  interp.nativeModules.set('atexit', initAtexit);
  interp.nativeModules.set('select', initSelect);
  interp.sourceModules.set('threading', { source: threadingSrc, isPackage: false });
  interp.sourceModules.set('queue', { source: queueSrc, isPackage: false });
  interp.sourceModules.set('_queue', { source: queueNativeSrc, isPackage: false });
  interp.sourceModules.set('_weakrefset', { source: weakrefsetSrc, isPackage: false });
  interp.nativeModules.set('_weakref', initWeakref);
  interp.nativeModules.set('gc', initGc);
  interp.nativeModules.set('_contextvars', initContextvars);
  interp.sourceModules.set('contextvars', { source: 'from _contextvars import *\n', isPackage: false });
  interp.sourceModules.set('weakref', { source: weakrefSrc, isPackage: false });
  interp.sourceModules.set('logging', { source: loggingSrc, isPackage: true });
  interp.sourceModules.set('concurrent', { source: concurrentSrc, isPackage: true });
  interp.sourceModules.set('concurrent.futures', { source: futuresSrc, isPackage: true });
  interp.sourceModules.set('concurrent.futures._base', { source: futuresBaseSrc, isPackage: false });
  interp.sourceModules.set('concurrent.futures.thread', { source: futuresThreadSrc, isPackage: false });
}
