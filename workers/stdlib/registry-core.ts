/**
 * Registry for the computational modules (math, time, random, functools, itertools,
 * collections, …): TypeScript initialisers for the modules (or C halves of modules) that CPython
 * writes in C, and Python sources under ./py/ for the ones CPython writes in Python.
 */
import type { Interpreter, NativeModuleInit } from '../python/vm/interpreter-state';
import { initMath } from './math';
import { initTime } from './time';
import { initRandomNative } from './random-native';
import { initItertools } from './itertools';
import { initBisect } from './bisect';
import { initHeapq } from './heapq';
import { initOperator } from './operator';
import { initCollectionsNative } from './collections-native';
import { initFunctoolsNative } from './functools-native';
import { initInterleaveHooks } from './interleave-hooks';
// Methods of the built-in mappingproxy type (type.__dict__), which collections.abc relies on.
import './mappingproxy';
import randomSrc from './py/random.py?raw';
import heapqSrc from './py/heapq.py?raw';
import collectionsSrc from './py/collections/__init__.py?raw';
import collectionsAbcSrc from './py/collections/abc.py?raw';
import collectionsUserSrc from './py/collections/_user.py?raw';
import collectionsAbcImplSrc from './py/_collections_abc.py?raw';
import abcSrc from './py/abc.py?raw';
import keywordSrc from './py/keyword.py?raw';
import functoolsSrc from './py/functools.py?raw';
import copySrc from './py/copy.py?raw';
import stringSrc from './py/string.py?raw';
import typesSrc from './py/types.py?raw';
import contextlibSrc from './py/contextlib.py?raw';
import enumSrc from './py/enum.py?raw';
import dataclassesSrc from './py/dataclasses.py?raw';
import statisticsSrc from './py/statistics.py?raw';
import numbersSrc from './py/numbers.py?raw';
import typingSrc from './py/typing.py?raw';
import pydecimalSrc from './py/_pydecimal.py?raw';
import decimalSrc from './py/decimal.py?raw';
import fractionsSrc from './py/fractions.py?raw';

const NATIVE: [string, NativeModuleInit][] = [
  ['math', initMath],
  ['time', initTime],
  ['_random', initRandomNative],
  ['itertools', initItertools],
  ['bisect', initBisect],
  ['_bisect', initBisect],
  ['_heapq', initHeapq],
  ['operator', initOperator],
  ['_operator', initOperator],
  ['_collections', initCollectionsNative],
  ['_functools', initFunctoolsNative],
  ['_interleave', initInterleaveHooks],
];

/** [name, source, isPackage] */
const SOURCE: [string, string, boolean][] = [
  ['random', randomSrc, false],
  ['heapq', heapqSrc, false],
  ['collections', collectionsSrc, true],
  ['collections.abc', collectionsAbcSrc, false],
  ['collections._user', collectionsUserSrc, false],
  ['_collections_abc', collectionsAbcImplSrc, false],
  ['abc', abcSrc, false],
  ['keyword', keywordSrc, false],
  ['functools', functoolsSrc, false],
  ['copy', copySrc, false],
  ['string', stringSrc, false],
  ['types', typesSrc, false],
  ['contextlib', contextlibSrc, false],
  ['enum', enumSrc, false],
  ['dataclasses', dataclassesSrc, false],
  ['statistics', statisticsSrc, false],
  ['numbers', numbersSrc, false],
  ['typing', typingSrc, false],
  ['_pydecimal', pydecimalSrc, false],
  ['decimal', decimalSrc, false],
  ['fractions', fractionsSrc, false],
];

export function registerCoreModules(interp: Interpreter): void {
  for (const [name, init] of NATIVE) interp.nativeModules.set(name, init);
  for (const [name, source, isPackage] of SOURCE) interp.sourceModules.set(name, { source, isPackage });
}
