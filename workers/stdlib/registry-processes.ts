/**
 * Processes: CPython 3.11.7's own `multiprocessing` package (unchanged unless its header says
 * otherwise) and `concurrent.futures.process`, on the simulated operating system — os.fork and
 * pipes (os/os-process.ts, machine/fork.ts) and the native `_multiprocessing.SemLock`
 * (multiprocessing-native.ts), and the C types Value and Array are made of (`ctypes`'s simple
 * types and arrays over ctypes-memory.ts) — plus CPython's `hmac` (Manager connections authenticate), a small `tempfile`, `shutil` and
 * `runpy`, and the names `array` must provide.
 */
import type { Interpreter } from '../python/vm/interpreter-state';
import { initMultiprocessing, initPosixSubprocess } from './multiprocessing-native';
import mpInitSrc from './py/multiprocessing/__init__.py?raw';
import mpConnectionSrc from './py/multiprocessing/connection.py?raw';
import mpContextSrc from './py/multiprocessing/context.py?raw';
import mpManagersSrc from './py/multiprocessing/managers.py?raw';
import mpHeapSrc from './py/multiprocessing/heap.py?raw';
import mpPoolSrc from './py/multiprocessing/pool.py?raw';
import mpPopenForkSrc from './py/multiprocessing/popen_fork.py?raw';
import mpProcessSrc from './py/multiprocessing/process.py?raw';
import mpQueuesSrc from './py/multiprocessing/queues.py?raw';
import mpReductionSrc from './py/multiprocessing/reduction.py?raw';
import mpSharedctypesSrc from './py/multiprocessing/sharedctypes.py?raw';
import mpSpawnSrc from './py/multiprocessing/spawn.py?raw';
import mpSynchronizeSrc from './py/multiprocessing/synchronize.py?raw';
import mpUtilSrc from './py/multiprocessing/util.py?raw';
import mpDummyInitSrc from './py/multiprocessing/dummy/__init__.py?raw';
import mpDummyConnectionSrc from './py/multiprocessing/dummy/connection.py?raw';
import futuresProcessSrc from './py/concurrent/futures/process.py?raw';
import tempfileSrc from './py/tempfile.py?raw';
import runpySrc from './py/runpy.py?raw';
import shutilSrc from './py/shutil.py?raw';
import hmacSrc from './py/hmac.py?raw';
import mpPopenSpawnSrc from './py/multiprocessing/popen_spawn_posix.py?raw';
import mpResourceTrackerSrc from './py/multiprocessing/resource_tracker.py?raw';
import arraySrc from './py/array.py?raw';
import ctypesSrc from './py/ctypes/__init__.py?raw';
import { initCmem } from './ctypes-memory';

const SOURCES: [string, string][] = [
  ['multiprocessing.connection', mpConnectionSrc],
  ['multiprocessing.context', mpContextSrc],
  ['multiprocessing.managers', mpManagersSrc],
  ['multiprocessing.heap', mpHeapSrc],
  ['multiprocessing.pool', mpPoolSrc],
  ['multiprocessing.popen_fork', mpPopenForkSrc],
  ['multiprocessing.process', mpProcessSrc],
  ['multiprocessing.queues', mpQueuesSrc],
  ['multiprocessing.reduction', mpReductionSrc],
  ['multiprocessing.sharedctypes', mpSharedctypesSrc],
  ['multiprocessing.spawn', mpSpawnSrc],
  ['multiprocessing.synchronize', mpSynchronizeSrc],
  ['multiprocessing.util', mpUtilSrc],
  ['multiprocessing.dummy.connection', mpDummyConnectionSrc],
  ['concurrent.futures.process', futuresProcessSrc],
  ['tempfile', tempfileSrc],
  ['shutil', shutilSrc],
  ['hmac', hmacSrc],
  ['multiprocessing.popen_spawn_posix', mpPopenSpawnSrc],
  ['multiprocessing.resource_tracker', mpResourceTrackerSrc],
  ['array', arraySrc],
];

export function registerProcessModules(interp: Interpreter): void {
  interp.nativeModules.set('_multiprocessing', initMultiprocessing);
  interp.nativeModules.set('_posixsubprocess', initPosixSubprocess);
  interp.nativeModules.set('_interleave_cmem', initCmem);
  interp.sourceModules.set('ctypes', { source: ctypesSrc, isPackage: true });
  interp.sourceModules.set('multiprocessing', { source: mpInitSrc, isPackage: true });
  interp.sourceModules.set('multiprocessing.dummy', { source: mpDummyInitSrc, isPackage: true });
  for (const [name, source] of SOURCES) interp.sourceModules.set(name, { source, isPackage: false });
  // Frozen in CPython: tracebacks name it '<frozen runpy>' and show no source.
  interp.sourceModules.set('runpy', { source: runpySrc, isPackage: false, filename: '<frozen runpy>' });
}
