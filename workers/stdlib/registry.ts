/**
 * The standard library's module table: which modules exist and how each is built (a TypeScript
 * initialiser or Python source shipped with the runtime). Split by area so that each area's
 * file owns its modules.
 */
import type { Interpreter } from '../python/vm/interpreter-state';
import { registerCoreModules } from './registry-core';
import { registerIoModules } from './registry-io';
import { registerThreadModules } from './registry-threads';
import { initDis } from './dis';
import { initCmath } from './cmath';
import { notImplementedError } from '../python/runtime/errors';

export function registerStdlib(interp: Interpreter): void {
  registerCoreModules(interp);
  registerIoModules(interp);
  registerThreadModules(interp);
  interp.nativeModules.set('dis', initDis);
  interp.nativeModules.set('cmath', initCmath);
  // No event loop yet: importing asyncio fails clearly instead of with "No module named".
  interp.nativeModules.set('asyncio', () => notImplementedError(
    'the asyncio module is not supported by Interleave yet (there is no event loop; async def and await work when a coroutine is driven by hand with coro.send(None))',
  ));
}
