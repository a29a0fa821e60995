/**
 * PyCode: a compiled code object (CPython's co_* fields, in our own layout).
 *
 * Instructions are (opcode, operand) pairs in one Int32Array; an instruction's index is its
 * position / 2. Every instruction has a source span in `positions` (4 ints: lineno, end_lineno,
 * col, end_col; col values are 0-based UTF-16 indices, -1 when unknown) — tracebacks, the editor's
 * current-line highlight and the bytecode panel all read it.
 */
import { PyObject, type PyValue } from '../objects/object';
import { codeType } from '../objects/core-types';

/** QUICKENING_WARMUP_DELAY: the code is quickened (specialized) at its 8th RESUME/backward jump. */
export const WARM_AFTER = 8;

export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
export const CO_NOFREE = 0x40;
export const CO_COROUTINE = 0x80;
export const CO_ITERABLE_COROUTINE = 0x100;
export const CO_ASYNC_GENERATOR = 0x200;

/** Kinds of localsplus slots (CPython's CO_FAST_*). */
export const FAST_LOCAL = 0x20;
export const FAST_CELL = 0x40;
export const FAST_FREE = 0x80;

export class PyCode extends PyObject {
  name = '';
  qualname = '';
  filename = '';
  firstlineno = 1;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  flags = 0;
  /** (opcode, operand) pairs. */
  instrs: Int32Array = new Int32Array(0);
  /** lineno, end_lineno, col, end_col per instruction. */
  positions: Int32Array = new Int32Array(0);
  consts: PyValue[] = [];
  names: string[] = [];
  /** Names of the localsplus slots: locals (args first), then cells, then free variables. */
  localsplusNames: string[] = [];
  localsplusKinds: Uint8Array = new Uint8Array(0);
  /** Number of free variables (the last slots of localsplus). */
  nfree = 0;
  /** Max value-stack depth (the frame's array is localsplus + stacksize long). */
  stacksize = 0;
  /** Exception table entries: start, end (exclusive), target, depth, lasti — instruction indices. */
  exceptionTable: Int32Array = new Int32Array(0);
  /** Per-instruction "line started here" flag for dis (CPython's line starts). */
  lineStarts: Uint8Array = new Uint8Array(0);
  /**
   * CPython 3.11's co_warmup: RESUMEs executed, up to WARM_AFTER. Until then CPython runs the
   * code unspecialized, where every call of a built-in function checks the recursion limit (see
   * vm/call-units.ts). (CPython counts backward jumps too; we leave them out of the loop's hot
   * path, so module-level code stays "cold".)
   */
  warm = 0;
  /** Frames of this code add no traceback entries: C code in CPython (stdlib `_interleave.hide_frames`). */
  hidden?: boolean;

  constructor() {
    super(codeType);
  }

  private template: unknown[] | null = null;
  /** A packed array of undefined, as long as a frame's locals + value stack. */
  stackTemplate(): PyValue[] {
    if (this.template === null) {
      const t: unknown[] = [];
      // Two spare slots beyond co_stacksize, plus one, as the VM has always allocated.
      const n = this.localsplusNames.length + this.stacksize + 3;
      for (let i = 0; i < n; i++) t.push(undefined);
      this.template = t;
    }
    return this.template as PyValue[];
  }

  get nlocalsplus(): number {
    return this.localsplusNames.length;
  }

  get ninstrs(): number {
    return this.instrs.length >> 1;
  }

  /** Varnames in CPython's sense: the localsplus names that are plain locals (incl. cell args). */
  get varnames(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.localsplusNames.length; i++) {
      if (this.localsplusKinds[i] & FAST_LOCAL) out.push(this.localsplusNames[i]);
    }
    return out;
  }

  get cellvars(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.localsplusNames.length; i++) {
      if (this.localsplusKinds[i] & FAST_CELL) out.push(this.localsplusNames[i]);
    }
    return out;
  }

  get freevars(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.localsplusNames.length; i++) {
      if (this.localsplusKinds[i] & FAST_FREE) out.push(this.localsplusNames[i]);
    }
    return out;
  }

  lineOf(instr: number): number {
    return this.positions[instr * 4];
  }
}
