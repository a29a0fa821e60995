/**
 * A compilation unit: the instructions, constants and names of one code object being built,
 * plus the compiler's block stack (CPython's fblocks) for break/continue/return unwinding.
 * Jump operands are label ids until the assembler resolves them.
 */
import type { PyValue } from '../objects/object';
import { PyObject } from '../objects/object';
import { PyFloat } from '../objects/float';
import { PyTuple } from '../objects/tuple';
import { PyBytes } from '../objects/bytes';
import { PyCode } from './code';
import { isJump } from './opcodes';
import type { Scope } from './symtable';
import type * as A from '../parser/ast';

export interface Loc {
  lineno: number;
  end_lineno: number;
  col: number;
  end_col: number;
}

export const NO_LOC: Loc = { lineno: -1, end_lineno: -1, col: -1, end_col: -1 };

export type FBlockKind =
  | 'WHILE_LOOP' | 'FOR_LOOP' | 'TRY_EXCEPT' | 'FINALLY_TRY' | 'FINALLY_END' | 'WITH' | 'ASYNC_WITH'
  | 'HANDLER_CLEANUP' | 'POP_VALUE' | 'EXCEPTION_HANDLER' | 'ASYNC_COMPREHENSION_GENERATOR';

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
    return this.labels.length - 1;
  }

  placeLabel(l: number): void {
    this.labels[l] = this.ops.length;
  }

  emit(op: number, arg = 0): number {
    this.ops.push(op);
    this.args.push(arg);
    this.locs.push(this.loc);
    return this.ops.length - 1;
  }

  /** Emit a jump whose operand is a label. */
  jump(op: number, label: number): void {
    if (!isJump(op)) throw new Error('not a jump');
    this.emit(op, label);
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

  addConst(v: PyValue): number {
    const key = constKey(v);
    if (key !== null) {
      const i = this.constKeys.get(key);
      if (i !== undefined) return i;
      this.constKeys.set(key, this.consts.length);
    }
    this.consts.push(v);
    return this.consts.length - 1;
  }

  setLoc(n: A.Pos | null): Loc {
    const old = this.loc;
    this.loc = n === null ? NO_LOC : { lineno: n.lineno, end_lineno: n.end_lineno, col: n.col_offset, end_col: n.end_col_offset };
    return old;
  }

  /** qualname prefix for a nested definition. */
  childQualname(name: string, isFunctionScope: boolean): string {
    if (this.kind === 'module') return name;
    if (isFunctionScope) return `${this.qualname}.<locals>.${name}`;
    return `${this.qualname}.${name}`;
  }

  localIndex(name: string): number {
    const i = this.varnames.indexOf(name);
    if (i < 0) throw new Error(`internal: no local ${name}`);
    return i;
  }

  /** localsplus index of a cell or free variable. */
  derefIndex(name: string): number {
    const vi = this.varnames.indexOf(name);
    if (vi >= 0 && this.cellvars.includes(name)) return vi;
    const nonArgCells = this.cellvars.filter((c) => !this.varnames.includes(c));
    const ci = nonArgCells.indexOf(name);
    if (ci >= 0) return this.varnames.length + ci;
    const fi = this.freevars.indexOf(name);
    if (fi >= 0) return this.varnames.length + nonArgCells.length + fi;
    throw new Error(`internal: no cell/free ${name}`);
  }

  newCode(): PyCode {
    const c = new PyCode();
    c.name = this.name;
    c.qualname = this.qualname;
    c.firstlineno = this.firstlineno;
    return c;
  }
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
  if (v instanceof PyBytes) return `y${Array.from(v.b).join(',')}`;
  if (v instanceof PyTuple) {
    const parts = v.items.map(constKey);
    return parts.includes(null) ? null : `t(${parts.join('|')})`;
  }
  if (v instanceof PyCode) return null;
  if (v instanceof PyObject) return `o${v.cls.name}`; // None, Ellipsis singletons
  return null;
}
