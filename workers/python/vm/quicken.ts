/**
 * The executable copy of a code object's instructions, with superinstructions fused in (the
 * idea of CPython 3.11's LOAD_FAST__LOAD_FAST & co. and COMPARE_OP_INT_JUMP). Only the first
 * instruction of a pair is replaced; the second stays, so a jump to it still works. The
 * dispatch loop falls back to the plain first instruction when the budget cannot cover both.
 * BINARY_OPs of the operators CPython 3.11 does not specialise become BINARY_OP_GENERIC, the same
 * instruction under a number of its own so that it can cost more (the cost model, docs/cost-model.md).
 */
import type { PyCode } from '../compiler/code';
import * as O from '../compiler/opcodes';
import { codeHooksFor, type CodeHooks } from './code-hooks';

declare module '../compiler/code' {
  interface PyCode {
    execInstrs?: Int32Array;
    /** Set on the few library functions the machine watches (vm/code-hooks.ts). */
    hooks?: CodeHooks;
  }
}

const PAIRS: [number, number, number][] = [
  [O.PRECALL, O.CALL, O.PRECALL__CALL],
  [O.LOAD_FAST, O.LOAD_FAST, O.LOAD_FAST__LOAD_FAST],
  [O.LOAD_FAST, O.LOAD_CONST, O.LOAD_FAST__LOAD_CONST],
  [O.LOAD_CONST, O.LOAD_FAST, O.LOAD_CONST__LOAD_FAST],
  [O.STORE_FAST, O.LOAD_FAST, O.STORE_FAST__LOAD_FAST],
  [O.STORE_FAST, O.STORE_FAST, O.STORE_FAST__STORE_FAST],
];

const JUMPS_AFTER_COMPARE = new Set([
  O.POP_JUMP_FORWARD_IF_FALSE, O.POP_JUMP_FORWARD_IF_TRUE, O.POP_JUMP_BACKWARD_IF_FALSE, O.POP_JUMP_BACKWARD_IF_TRUE,
]);

const SPECIALISED_BINOPS = new Set([
  O.NB_ADD, O.NB_SUBTRACT, O.NB_MULTIPLY,
  O.NB_ADD + O.NB_INPLACE_OFFSET, O.NB_SUBTRACT + O.NB_INPLACE_OFFSET, O.NB_MULTIPLY + O.NB_INPLACE_OFFSET,
]);

export function execInstrs(code: PyCode): Int32Array {
  if (code.execInstrs !== undefined) return code.execInstrs;
  const src = code.instrs;
  const out = Int32Array.from(src);
  const n = src.length >> 1;
  for (let i = 0; i < n; i++) {
    // + - * (and +=, -=, *=) are the operators CPython 3.11 specialises; the rest cost more.
    if (src[2 * i] === O.BINARY_OP && !SPECIALISED_BINOPS.has(src[2 * i + 1])) out[2 * i] = O.BINARY_OP_GENERIC;
  }
  for (let i = 0; i + 1 < n; i++) {
    const a = src[2 * i];
    const b = src[2 * i + 2];
    if (a === O.COMPARE_OP && JUMPS_AFTER_COMPARE.has(b)) {
      out[2 * i] = O.COMPARE_OP__POP_JUMP;
      i++;
      continue;
    }
    for (const [first, second, fused] of PAIRS) {
      if (a === first && b === second) {
        out[2 * i] = fused;
        i++;
        break;
      }
    }
  }
  const hooks = codeHooksFor(code.filename, code.qualname);
  if (hooks !== undefined) hookInstrs(code, out, hooks);
  code.execInstrs = out;
  return out;
}

/** The function's first RESUME and every RETURN_VALUE call its hooks (vm/code-hooks.ts). */
function hookInstrs(code: PyCode, out: Int32Array, hooks: CodeHooks): void {
  code.hooks = hooks;
  let entry = hooks.onEntry !== undefined;
  for (let i = 0; i < out.length; i += 2) {
    if (entry && out[i] === O.RESUME && out[i + 1] === 0) {
      out[i] = O.RESUME_HOOKED;
      entry = false;
    } else if (hooks.onReturn !== undefined && out[i] === O.RETURN_VALUE) out[i] = O.RETURN_VALUE_HOOKED;
  }
}
