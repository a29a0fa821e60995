/**
 * Our instructions laid out the way CPython 3.11 would store them in `co_code`: CPython's opcode
 * numbers, EXTENDED_ARG prefixes for operands over 255, zeroed inline-cache entries after the
 * instructions that have them, and jump operands relative to the next instruction. `co_code`,
 * the `dis` module and the exception table's byte offsets all come from here, so a teacher who
 * compares with CPython's `dis` sees the same offsets.
 *
 * Internally the VM uses dense opcode numbers and absolute instruction-index jump targets; this
 * file is the only translation between the two.
 */
import type { PyCode } from './code';
import { opInfo, isBackwardJump } from './opcodes';
import { CPY_OPMAP, CPY_CACHES, CPY_EXTENDED_ARG } from './cpython-opcodes';

export interface CpythonLayout {
  /** Byte offset where each instruction starts (its first EXTENDED_ARG, if any); [n] is the end. */
  readonly start: Int32Array;
  /** The instruction's own opcode unit's byte offset (after its EXTENDED_ARG prefixes). */
  readonly opOffset: Int32Array;
  /** CPython's encoded operand (relative for jumps). */
  readonly arg: Int32Array;
  /** CPython opcode number per instruction. */
  readonly cpyOp: Int32Array;
  /** co_code. */
  readonly bytes: Uint8Array;
}

const layouts = new WeakMap<PyCode, CpythonLayout>();

function extendedArgs(arg: number): number {
  return arg > 0xffffff ? 3 : arg > 0xffff ? 2 : arg > 0xff ? 1 : 0;
}

/** CPython opcode number for one of ours (every opcode the assembler emits exists in 3.11). */
export function cpythonOpcode(op: number): number {
  const name = opInfo(op).name;
  const n = CPY_OPMAP[name];
  if (n === undefined) throw new Error(`opcode ${name} has no CPython 3.11 equivalent`);
  return n;
}

export function cpythonLayout(code: PyCode): CpythonLayout {
  const cached = layouts.get(code);
  if (cached) return cached;
  const n = code.ninstrs;
  const cpyOp = new Int32Array(n);
  const caches = new Int32Array(n);
  const ext = new Int32Array(n);
  const arg = new Int32Array(n);
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const op = code.instrs[2 * i];
    cpyOp[i] = cpythonOpcode(op);
    caches[i] = CPY_CACHES[opInfo(op).name] ?? 0;
  }
  // Like CPython's assembler: EXTENDED_ARG prefixes change offsets, which change relative jump
  // operands, which may need prefixes in turn; repeat until nothing moves.
  for (let changed = true; changed; ) {
    changed = false;
    let off = 0;
    for (let i = 0; i < n; i++) {
      start[i] = off;
      off += 2 * (ext[i] + 1 + caches[i]);
    }
    start[n] = off;
    for (let i = 0; i < n; i++) {
      const op = code.instrs[2 * i];
      let a = code.instrs[2 * i + 1];
      if (opInfo(op).operand === 'jump') {
        const next = start[i + 1] >> 1;
        const target = start[a] >> 1;
        a = isBackwardJump(op) ? next - target : target - next;
      } else if (opInfo(op).operand === 'none') {
        a = 0;
      }
      arg[i] = a;
      const e = extendedArgs(a);
      if (e !== ext[i]) {
        ext[i] = e;
        changed = true;
      }
    }
  }
  const opOffset = new Int32Array(n);
  const bytes = new Uint8Array(start[n]);
  for (let i = 0; i < n; i++) {
    let p = start[i];
    for (let k = ext[i]; k > 0; k--) {
      bytes[p] = CPY_EXTENDED_ARG;
      bytes[p + 1] = (arg[i] >>> (8 * k)) & 0xff;
      p += 2;
    }
    opOffset[i] = p;
    bytes[p] = cpyOp[i];
    bytes[p + 1] = arg[i] & 0xff;
  }
  const layout = { start, opOffset, arg, cpyOp, bytes };
  layouts.set(code, layout);
  return layout;
}
