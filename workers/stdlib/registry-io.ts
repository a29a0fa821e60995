/** Registry for modules about the outside world and text (io, os, datetime, hashlib, re, traceback, struct, …). */
import type { Interpreter } from '../python/vm/interpreter-state';
import { initIo } from './io/module';
import { initOs } from './os/os';
import { initPosixpath } from './os/path';
import { initStat } from './os/stat';
import { initHashlib } from './hashlib';
import { initRe } from './re/module';
import { initDatetime } from './datetime/module';
import { initTraceback } from './traceback';
import { initJson } from './json/module';
import { initTextwrap } from './textwrap';
import { initPprint } from './pprint';
import { initWarnings } from './warnings';
import { initPlatform } from './platform';
import { initStruct } from './struct';
// CPython's struct.py: `from _struct import *` over the native module.
import structSrc from './py/struct.py?raw';

export function registerIoModules(interp: Interpreter): void {
  const native = interp.nativeModules;
  native.set('io', initIo);
  native.set('_io', initIo);
  native.set('os', initOs);
  native.set('stat', initStat);
  native.set('hashlib', initHashlib);
  native.set('re', initRe);
  native.set('datetime', initDatetime);
  native.set('traceback', initTraceback);
  native.set('json', initJson);
  native.set('textwrap', initTextwrap);
  native.set('pprint', initPprint);
  native.set('warnings', initWarnings);
  native.set('platform', initPlatform);
  native.set('posixpath', (_interp, m) => initPosixpath(m));
  native.set('_struct', initStruct);
  interp.sourceModules.set('struct', { source: structSrc, isPackage: false });
}
