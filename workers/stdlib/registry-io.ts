/** Registry for modules about the outside world and text (io, os, datetime, hashlib, re, traceback, …). */
import type { Interpreter } from '../python/vm/interpreter-state';

export function registerIoModules(interp: Interpreter): void {
  void interp;
}
