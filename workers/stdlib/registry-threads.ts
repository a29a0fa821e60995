/**
 * The modules of the simulated machine's threading world: `_thread` (native, on the machine),
 * CPython 3.11.7's own `threading.py` and `queue.py` (unchanged, so names, reprs, Condition's
 * FIFO notify, Semaphore barging and tracebacks through them are CPython's), `atexit`, `select`, and `_queue` (the C module, in Python: py/_queue.py).
 */
import type { Interpreter } from '../python/vm/interpreter-state';
import { initThread } from './thread-native';
import { initAtexit } from './atexit';
import { initSelect } from './select';
import threadingSrc from './py/threading.py?raw';
import queueSrc from './py/queue.py?raw';
import weakrefsetSrc from './py/_weakrefset.py?raw';
import queueNativeSrc from './py/_queue.py?raw';

export function registerThreadModules(interp: Interpreter): void {
  interp.nativeModules.set('_thread', initThread);
  interp.nativeModules.set('atexit', initAtexit);
  interp.nativeModules.set('select', initSelect);
  interp.sourceModules.set('threading', { source: threadingSrc, isPackage: false });
  interp.sourceModules.set('queue', { source: queueSrc, isPackage: false });
  interp.sourceModules.set('_queue', { source: queueNativeSrc, isPackage: false });
  interp.sourceModules.set('_weakrefset', { source: weakrefsetSrc, isPackage: false });
}
