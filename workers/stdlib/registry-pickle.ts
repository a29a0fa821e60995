/**
 * Registry for pickling: CPython 3.11's own `pickle.py` (adapted to the C `_pickle` module's
 * messages, see its header), `copyreg.py` and `_compat_pickle.py` (unchanged), the exceptions of
 * `_pickle` (py/_pickle.py), and the native `_codecs` functions pickle.py calls.
 */
import type { Interpreter } from '../python/vm/interpreter-state';
import { initCodecsNative } from './codecs-native';
import pickleSrc from './py/pickle.py?raw';
import pickleNativeSrc from './py/_pickle.py?raw';
import copyregSrc from './py/copyreg.py?raw';
import compatPickleSrc from './py/_compat_pickle.py?raw';

export function registerPickleModules(interp: Interpreter): void {
  interp.nativeModules.set('_codecs', initCodecsNative);
  interp.sourceModules.set('pickle', { source: pickleSrc, isPackage: false });
  interp.sourceModules.set('_pickle', { source: pickleNativeSrc, isPackage: false });
  interp.sourceModules.set('copyreg', { source: copyregSrc, isPackage: false });
  interp.sourceModules.set('_compat_pickle', { source: compatPickleSrc, isPackage: false });
}
