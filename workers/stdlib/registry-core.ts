/** Registry for the computational modules (math, time, random, functools, itertools, collections, …). */
import type { Interpreter } from '../python/vm/interpreter-state';

export function registerCoreModules(interp: Interpreter): void {
  void interp;
}
