/**
 * Where CPython 3.9 checks the eval breaker (reference §2.2): at the top of the loop before
 * nearly every instruction, except after the instructions that end in FAST_DISPATCH (LOAD_FAST,
 * LOAD_CONST, STORE_FAST, POP_TOP, DUP_TOP/ROT_*, NOP, JUMP_FORWARD …). Our bytecode is 3.11's,
 * so its 3.11-only bookkeeping instructions (PUSH_NULL, PRECALL, KW_NAMES, RESUME) also
 * count as fast: they did not exist in 3.9 and must not add switch points.
 */
import * as O from '../python/compiler/opcodes';
import type { PyThreadState } from '../python/vm/thread';
import type { Frame } from '../python/vm/frame';

const FAST = new Set<number>([
  O.NOP, O.LOAD_FAST, O.LOAD_CONST, O.STORE_FAST, O.POP_TOP, O.COPY, O.SWAP, O.JUMP_FORWARD,
  O.PUSH_NULL, O.PRECALL, O.KW_NAMES, O.RESUME, O.RESUME_HOOKED,
  // Superinstructions: judged by their first half (a budget of 1 runs only that half).
  O.LOAD_FAST__LOAD_FAST, O.LOAD_FAST__LOAD_CONST, O.LOAD_CONST__LOAD_FAST,
  O.STORE_FAST__LOAD_FAST, O.STORE_FAST__STORE_FAST, O.PRECALL__CALL,
]);

/** May a 3.9 interpreter switch threads before the thread's next instruction? */
export function canSwitchUnder39(th: PyThreadState): boolean {
  const top = th.top;
  if (top === null || top.native) return true;
  const f = top as Frame;
  if (f.pc < 2) return true;
  return !FAST.has(f.instrs[f.pc - 2]);
}
