/**
 * A compilation unit: the instructions, constants and names of one code object being built,
 * plus the compiler's block stack (CPython's fblocks) for break/continue/return unwinding.
 * Jump operands are label ids until the assembler resolves them.
 */
import type { PyValue } from '../objects/object';
import { PyObject } from '../objects/object';
import { PyFloat } from '../objects/float';
import { PyComplex } from '../objects/complex';
import { PyTuple } from '../objects/tuple';
import { PyBytes } from '../objects/bytes';
import { PyCode } from './code';
import type { PySet } from '../objects/set';
import { isJump, RETURN_VALUE, RAISE_VARARGS, RERAISE, SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH } from './opcodes';
import { type Scope, Sc } from './symtable';
import type * as A from '../parser/ast';

export interface Loc {
  lineno: number;
  end_lineno: number;
  col: number;
  end_col: number;
}

/** Tag of a cell/free operand not yet resolved to a localsplus index (see Unit.derefIndex). */
export const DEREF_TAG = 1 << 28;

export const NO_LOC: Loc = { lineno: -1, end_lineno: -1, col: -1, end_col: -1 };

export type FBlockKind =
  | 'WHILE_LOOP' | 'FOR_LOOP' | 'TRY_EXCEPT' | 'FINALLY_TRY' | 'FINALLY_END' | 'WITH' | 'ASYNC_WITH'
  | 'HANDLER_CLEANUP' | 'POP_VALUE' | 'EXCEPTION_HANDLER' | 'EXCEPTION_GROUP_HANDLER' | 'ASYNC_COMPREHENSION_GENERATOR';

export interface FBlock {
  kind: FBlockKind;
  /** Loop start label (continue target). */
  block: number;
  /** Loop exit label (break target). */
  exit: number;
  /** FINALLY_TRY: the finally body; WITH: the with statement; HANDLER_CLEANUP: the bound name. */
  datum: unknown;
}

export class Unit {
  ops: number[] = [];
  args: number[] = [];
  locs: Loc[] = [];
  /** Label id → instruction index (-1 until placed). */
  labels: number[] = [];
  /**
   * Block bookkeeping for the assembler's CFG (see cfg.ts). CPython allocates a block for every
   * label when it is created and an implicit one for the first instruction after a jump, return
   * or raise; a few of its passes walk blocks newest-first, so we record the allocation order.
   */
  labelSeq: number[] = [];
  /** Order in which labels were placed (several labels can share a position). */
  placeOrder: number[] = [];
  /** Instruction index → allocation number of the implicit block starting there. */
  implicitStarts = new Map<number, number>();
  /** Blocks allocated so far (0 is the entry block). */
  allocCount = 1;
  private placed = 0;
  private needNewBlock = false;
  consts: PyValue[] = [];
  private constKeys = new Map<string, number>();
  names: string[] = [];
  private nameIndex = new Map<string, number>();
  /** localsplus layout. */
  varnames: string[] = [];
  cellvars: string[] = [];
  freevars: string[] = [];
  fblocks: FBlock[] = [];
  loc: Loc = NO_LOC;
  firstlineno: number;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  flags = 0;
  name: string;
  qualname: string;
  /** Children code objects get their qualname prefix from here. */
  private readonly nestedCounter = new Map<string, number>();
  /** The implicit return the assembler adds returns None (false for eval-mode code and generator lambdas). */
  returnsNone = true;
  /** Inside a class body, `__class__` references use the cell; tracks comprehension nesting. */
  inAsyncComprehension = false;

  constructor(
    readonly scope: Scope,
    name: string,
    qualname: string,
    firstlineno: number,
    readonly kind: 'module' | 'class' | 'function' | 'lambda' | 'comprehension',
  ) {
    this.name = name;
    this.qualname = qualname;
    this.firstlineno = firstlineno;
  }

  newLabel(): number {
    this.labels.push(-1);
    this.labelSeq.push(this.allocCount++);
    this.placeOrder.push(-1);
    return this.labels.length - 1;
  }

  placeLabel(l: number): void {
    this.labels[l] = this.ops.length;
    this.placeOrder[l] = this.placed++;
    this.needNewBlock = false;
  }

  emit(op: number, arg = 0): number {
    if (this.needNewBlock) {
      this.implicitStarts.set(this.ops.length, this.allocCount++);
      this.needNewBlock = false;
    }
    this.needNewBlock = endsBlock(op);
    this.ops.push(op);
    this.args.push(arg);
    this.locs.push(this.loc);
    return this.ops.length - 1;
  }

  /** Emit an artificial instruction (no line, CPython's ADDOP_NOLINE) without changing `loc`. */
  emitNoLine(op: number, arg = 0): number {
    const saved = this.loc;
    this.loc = NO_LOC;
    const i = this.emit(op, arg);
    this.loc = saved;
    return i;
  }

  /** Emit a jump whose operand is a label. */
  jump(op: number, label: number): void {
    if (!isJump(op)) throw new Error('not a jump');
    this.emit(op, label);
  }

  /** An artificial jump (CPython's ADDOP_JUMP_NOLINE). */
  jumpNoLine(op: number, label: number): void {
    if (!isJump(op)) throw new Error('not a jump');
    this.emitNoLine(op, label);
  }

  addName(n: string): number {
    let i = this.nameIndex.get(n);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(n);
      this.nameIndex.set(n, i);
    }
    return i;
  }

  /** The compilation's constant cache (set by the compiler). */
  constCache: Map<string, PyValue> = new Map();

  addConst(v: PyValue): number {
    v = this.mergeConst(v);
    const key = constKey(v);
    if (key !== null) {
      const i = this.constKeys.get(key);
      if (i !== undefined) return i;
      this.constKeys.set(key, this.consts.length);
    }
    this.consts.push(v);
    return this.consts.length - 1;
  }

  /**
   * merge_consts_recursive: an equal constant seen before anywhere in this compilation (items of
   * constant tuples included) is that same object, so `(b'k', b'k')[0] is (b'k', b'k')[1]` and
   * identity-keyed machinery such as pickle's memo sees one object, as in CPython.
   */
  private mergeConst(v: PyValue): PyValue {
    if (typeof v !== 'object') return v;
    const key = constKey(v);
    if (key === null) return v;
    const seen = this.constCache.get(key);
    if (seen !== undefined) return seen;
    if (v instanceof PyTuple) for (let i = 0; i < v.items.length; i++) v.items[i] = this.mergeConst(v.items[i]);
    this.constCache.set(key, v);
    return v;
  }

  setLoc(n: A.Pos | null): Loc {
    const old = this.loc;
    this.loc = n === null ? NO_LOC : { lineno: n.lineno, end_lineno: n.end_lineno, col: n.col_offset, end_col: n.end_col_offset };
    return old;
  }

  /**
   * compiler_set_qualname: the qualified name of a definition nested in this unit. Inside a
   * function or lambda it is `outer.<locals>.name`, inside a class or comprehension `outer.name`;
   * a def or class whose name this unit declares `global` is just `name`.
   */
  childQualname(name: string, isDefOrClass: boolean, mangledName = name): string {
    if (this.kind === 'module') return name;
    if (isDefOrClass && this.scope.resolved.get(mangledName) === Sc.GlobalExplicit) return name;
    if (this.kind === 'function' || this.kind === 'lambda') return `${this.qualname}.<locals>.${name}`;
    return `${this.qualname}.${name}`;
  }

  /**
   * Index of a fast local. Like CPython's compiler, parameters come first and every other local
   * takes the next index when the compiler first emits an instruction using it.
   */
  localIndex(name: string): number {
    let i = this.varnames.indexOf(name);
    if (i < 0) i = this.varnames.push(name) - 1;
    return i;
  }

  /**
   * localsplus operand of a cell or free variable. Cells and free variables come after all the
   * locals, whose number is only known at the end (CPython's fix_cell_offsets), so except for
   * parameters that are cells the result is tagged and resolved by the assembler (resolveDeref).
   */
  derefIndex(name: string): number {
    const vi = this.varnames.indexOf(name);
    if (vi >= 0 && this.cellvars.includes(name)) return vi;
    const nonArgCells = this.cellvars.filter((c) => !this.varnames.includes(c));
    const ci = nonArgCells.indexOf(name);
    if (ci >= 0) return DEREF_TAG + ci;
    const fi = this.freevars.indexOf(name);
    if (fi >= 0) return DEREF_TAG + nonArgCells.length + fi;
    throw new Error(`internal: no cell/free ${name}`);
  }

  /** The final localsplus index of a derefIndex() operand. */
  resolveDeref(arg: number): number {
    return arg >= DEREF_TAG ? this.varnames.length + (arg - DEREF_TAG) : arg;
  }

  newCode(): PyCode {
    const c = new PyCode();
    c.name = this.name;
    c.qualname = this.qualname;
    c.firstlineno = this.firstlineno;
    return c;
  }
}

/** CPython starts a new block after a jump (not SETUP_*), return, raise or re-raise. */
function endsBlock(o: number): boolean {
  if (o === RETURN_VALUE || o === RAISE_VARARGS || o === RERAISE) return true;
  return isJump(o) && o !== SETUP_FINALLY && o !== SETUP_CLEANUP && o !== SETUP_WITH;
}

/** Dedup key for constants: type-tagged, so 1, 1.0 and True stay distinct. */
function constKey(v: PyValue): string | null {
  switch (typeof v) {
    case 'number':
      return `i${v}`;
    case 'bigint':
      return `i${v}`;
    case 'boolean':
      return `b${v}`;
    case 'string':
      return `s${v}`;
  }
  if (v instanceof PyFloat) return Object.is(v.v, -0) ? 'f-0' : `f${v.v}`;
  if (v instanceof PyComplex) return `c${Object.is(v.re, -0) ? '-0' : v.re},${Object.is(v.im, -0) ? '-0' : v.im}`;
  if (v instanceof PyBytes) return `y${Array.from(v.b).join(',')}`;
  if (v instanceof PyTuple) {
    const parts = v.items.map(constKey);
    return parts.includes(null) ? null : `t${JSON.stringify(parts)}`;
  }
  if (v instanceof PyCode) return null;
  if (v instanceof PyObject && v.cls.name === 'frozenset') {
    // Equal frozensets are one constant (merge_consts_recursive); the first one's order stays.
    const parts = (v as PySet).items().map(constKey);
    return parts.includes(null) ? null : `F${JSON.stringify(parts.sort())}`;
  }
  if (v instanceof PyObject) return `o${v.cls.name}`; // None, Ellipsis singletons
  return null;
}
