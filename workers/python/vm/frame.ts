/**
 * Frames live in our own objects, never on the JS call stack, so a thread can be paused after any
 * instruction and recursion depth is bounded by the Python recursion limit, not by V8.
 *
 * A Python frame keeps its fast locals, cells and value stack in one array (CPython's
 * "localsplus"): slots [0, nlocalsplus) are variables, the value stack grows above them.
 * A NativeFrame holds a running native generator (see native.ts) in the same chain.
 */
import type { PyValue } from '../objects/object';
import type { PyDict } from '../objects/dict';
import type { PyFunction } from '../objects/function';
import type { PyCode } from '../compiler/code';
import type { PyGenerator } from '../objects/generator';
import type { PyTuple } from '../objects/tuple';
import type { NativeGen } from './native';
import type { PyBuiltin } from '../objects/builtin';
import { execInstrs } from './quicken';

/** How a finished frame's result reaches the frame below it. */
export const enum Deliver {
  /** Push the result on the caller's stack; the caller continues after its CALL. */
  Push,
  /**
   * Store the result in the caller's `pending` slot; the caller re-executes the instruction that
   * made the call (FOR_ITER, SEND), which consumes it. Used when "returned" and "yielded" differ.
   */
  Pending,
  /** __init__ called by instantiation: check it returned None, then push `initSelf`. */
  Init,
  /** Result is discarded and the frame below continues (module bodies run by import). */
  Discard,
  /**
   * A user `__op__(a, b)` called by BINARY_OP for two instances of the same class: its result is
   * pushed unless NotImplemented, which (no reflected method applies) is the operator's
   * TypeError. `initSelf` holds the left operand.
   */
  Binop,
}

export type AnyFrame = Frame | NativeFrame;

export class Frame {
  readonly native = false as const;
  code: PyCode;
  instrs: Int32Array;
  /** Index into `instrs` of the next instruction (2 × instruction index). */
  pc: number;
  /** Instruction index of the instruction being executed or last executed (tb_lasti / f_lineno). */
  lasti: number;
  stack: PyValue[];
  sp: number;
  globals: PyDict;
  builtins: PyDict;
  /** The locals mapping for module, class and exec frames; null for optimized function frames. */
  locals: PyDict | null;
  /**
   * A class namespace that is not an exact dict (from a metaclass __prepare__): name loads and
   * stores go through its __getitem__/__setitem__ (`locals` then holds its storage when it is a
   * dict subclass, else an unused placeholder). Null otherwise.
   */
  localsMap: PyValue | null;
  func: PyFunction | null;
  back: AnyFrame | null;
  gen: PyGenerator | null;
  deliver: Deliver;
  /**
   * Result parked for a re-executed instruction (see Deliver.Pending); undefined = none.
   * A GenReturn means the generator/iterator finished (with that return value); STOP means an
   * iterator was exhausted.
   */
  pending: unknown;
  /** Keyword names recorded by KW_NAMES for the next CALL. */
  kwnames: PyTuple | null;
  /** The instance being initialised when deliver === Deliver.Init (the left operand for Binop). */
  initSelf: PyValue | undefined;
  /** Referenced from a traceback (or otherwise kept): never recycled. */
  pinned: boolean;

  constructor(code: PyCode, globals: PyDict, builtins: PyDict, locals: PyDict | null, func: PyFunction | null) {
    this.code = code;
    this.instrs = execInstrs(code);
    this.pc = 0;
    this.lasti = 0;
    // Copy of a packed all-undefined template: no holes (fast element loads) and a cheap copy.
    this.stack = code.stackTemplate().slice();
    this.sp = code.nlocalsplus;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.localsMap = null;
    this.func = func;
    this.back = null;
    this.gen = null;
    this.deliver = Deliver.Push;
    this.pending = undefined;
    this.kwnames = null;
    this.initSelf = undefined;
    this.pinned = false;
  }

  get lineno(): number {
    return this.code.positions[this.lasti * 4];
  }
}

/** Reused frames of plain function calls, per code object (see recycleFrame). */
const MAX_POOLED = 64;
declare module '../compiler/code' {
  interface PyCode {
    framePool?: Frame[];
  }
}

/** A frame for a call of `func`: a recycled one when available, else a new one. */
export function acquireFrame(code: PyCode, func: PyFunction): Frame {
  const pool = code.framePool;
  if (pool !== undefined && pool.length > 0) {
    const f = pool.pop()!;
    f.globals = func.globals;
    f.builtins = func.builtins;
    f.func = func;
    return f;
  }
  return new Frame(code, func.globals, func.builtins, null, func);
}

/**
 * Return a finished plain-function frame to its code's pool. Only frames nobody can still see
 * are recycled (not generator frames, not frames in a traceback); their locals are cleared so a
 * reused frame starts unbound like a new one.
 */
export function recycleFrame(f: Frame): void {
  if (f.pinned || f.gen !== null || f.locals !== null) return;
  const code = f.code;
  const pool = code.framePool ?? (code.framePool = []);
  if (pool.length >= MAX_POOLED) return;
  const stack = f.stack;
  for (let i = 0; i < stack.length; i++) stack[i] = undefined as unknown as PyValue;
  f.pc = 0;
  f.lasti = 0;
  f.sp = code.nlocalsplus;
  f.back = null;
  f.deliver = Deliver.Push;
  f.pending = undefined;
  f.kwnames = null;
  f.initSelf = undefined;
  pool.push(f);
}

export class NativeFrame {
  readonly native = true as const;
  back: AnyFrame | null;
  deliver: Deliver;
  /** Value to send into the generator when it is next resumed. */
  sendValue: unknown;
  /** Exception to throw into the generator when it is next resumed (instead of sendValue). */
  throwValue: unknown;
  hasThrow: boolean;
  /** Pushed by a CALL instruction: CPython 3.11 checks the eval breaker when such a call returns. */
  callSite: boolean;
  /** Not yet run: its first step is charged as a native call (runtime/cost.ts NK.NativeFrame). */
  fresh: boolean;
  /**
   * Pushed to call a Python function (pyCall, or CALL_FUNCTION_EX with plain arguments): while
   * its pending request is that call (`tailPending`), all it will do is return the result — so
   * fork() can give the child a copy of it (machine/fork.ts).
   */
  passthrough: boolean;
  tailPending: boolean;
  constructor(
    readonly gen: NativeGen<unknown>,
    /** The builtin that produced the generator, for RecursionError/traceback context. */
    readonly origin: PyBuiltin | null,
  ) {
    this.back = null;
    this.deliver = Deliver.Push;
    this.sendValue = undefined;
    this.throwValue = undefined;
    this.hasThrow = false;
    this.callSite = false;
    this.fresh = true;
    this.passthrough = false;
    this.tailPending = false;
  }
}
