/** Lookups in a code object's exception table (CPython 3.11's zero-cost exception handling). */
import type { PyCode } from '../compiler/code';

/** Index of the entry covering instruction `instr` (entries are 5 ints), or -1. */
export function findHandlerIndex(code: PyCode, instr: number): number {
  const t = code.exceptionTable;
  for (let i = 0; i < t.length; i += 5) {
    if (instr >= t[i] && instr < t[i + 1]) return i;
  }
  return -1;
}

/** The handler covering instruction `instr`: [target, depth, lasti] or null. */
export function findHandler(code: PyCode, instr: number): [number, number, boolean] | null {
  const i = findHandlerIndex(code, instr);
  if (i < 0) return null;
  const t = code.exceptionTable;
  return [t[i + 2], t[i + 3], t[i + 4] === 1];
}
