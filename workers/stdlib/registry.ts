/**
 * The standard library's module table: which modules exist and how each is built (a TypeScript
 * initialiser or Python source shipped with the runtime). Split by area so that each area's
 * file owns its modules.
 */
import type { Interpreter } from '../python/vm/interpreter-state';
import { registerCoreModules } from './registry-core';
import { registerIoModules } from './registry-io';
import { registerThreadModules } from './registry-threads';
import { registerAsyncioModules } from './registry-asyncio';
import { registerProcessModules } from './registry-processes';
import { registerPickleModules } from './registry-pickle';
import { initDis } from './dis';
import { initCmath } from './cmath';

export function registerStdlib(interp: Interpreter): void {
  registerCoreModules(interp);
  registerIoModules(interp);
  registerThreadModules(interp);
  registerAsyncioModules(interp);
  registerProcessModules(interp);
  registerPickleModules(interp);
  interp.nativeModules.set('dis', initDis);
  interp.nativeModules.set('cmath', initCmath);
}
