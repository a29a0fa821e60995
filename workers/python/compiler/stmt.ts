/**
 * Statement code generation, following CPython 3.11's compile.c (compiler_visit_stmt): simple
 * statements here, control flow (if/while/for/try/with/return/break/continue) in stmt-flow.ts,
 * the match statement in match.ts.
 * Every statement sets the current location to itself and, like CPython, does not restore it:
 * some constructs leave it unset (e.g. an expression statement's POP_TOP is artificial), and the
 * assembler gives such instructions the line of what precedes them.
 */
import type * as A from '../parser/ast';
import { None } from '../objects/core-types';
import { PyTuple } from '../objects/tuple';
import type { Compiler } from './compiler';
import { docstring } from './compiler';
import { compileExpr, compileJumpIf, compileStore, compileDelete, constValue, updateStartLocationToMatchAttr } from './expr';
import { CompileError } from './compile-error';
import * as op from './opcodes';
import { NO_LOC } from './unit';
import {
  compileIf, compileWhile, compileFor, compileAsyncFor, compileReturn, compileBreak, compileContinue,
  compileTryExcept, compileTryStarExcept, compileTryFinally, compileWith,
} from './stmt-flow';
import { compileMatch } from './match';
import { checkAssert } from './syntax-warnings';

export function compileStmts(c: Compiler, body: A.Stmt[], interactive = false): void {
  for (const s of body) compileStmt(c, s, interactive);
}

function err(msg: string, n: A.Pos): never {
  throw new CompileError(msg, n.lineno, n.col_offset + 1, n.end_lineno, n.end_col_offset + 1);
}

export function compileStmt(c: Compiler, s: A.Stmt, interactive = false): void {
  const u = c.unit;
  u.setLoc(s);
  switch (s._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      for (const d of s.decorator_list) compileExpr(c, d);
      u.setLoc(s);
      c.makeFunction(s, s.name);
      c.applyDecorators(s.decorator_list);
      c.nameOp(s.name, 'Store');
      return;
    case 'ClassDef':
      c.compileClass(s);
      return;
    case 'Return':
      compileReturn(c, s);
      return;
    case 'Delete':
      for (const t of s.targets) compileDelete(c, t);
      return;
    case 'Assign': {
      compileExpr(c, s.value);
      for (let i = 0; i < s.targets.length; i++) {
        if (i < s.targets.length - 1) {
          u.setLoc(s);
          u.emit(op.COPY, 1);
        }
        compileStore(c, s.targets[i]);
      }
      return;
    }
    case 'AugAssign':
      compileAugAssign(c, s);
      return;
    case 'AnnAssign':
      compileAnnAssign(c, s);
      return;
    case 'For':
      compileFor(c, s);
      return;
    case 'AsyncFor':
      compileAsyncFor(c, s);
      return;
    case 'While':
      compileWhile(c, s);
      return;
    case 'If':
      compileIf(c, s);
      return;
    case 'With':
      compileWith(c, s, 0, false);
      return;
    case 'AsyncWith':
      if (!isAsyncContext(c)) err("'async with' outside async function", s);
      compileWith(c, s, 0, true);
      return;
    case 'Match':
      compileMatch(c, s);
      return;
    case 'TryStar':
      if (s.finalbody.length > 0) compileTryFinally(c, s);
      else compileTryStarExcept(c, s);
      return;
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        compileExpr(c, s.exc);
        n = 1;
        if (s.cause) {
          compileExpr(c, s.cause);
          n = 2;
        }
      }
      u.setLoc(s);
      u.emit(op.RAISE_VARARGS, n);
      return;
    }
    case 'Try':
      if (s.finalbody.length > 0) compileTryFinally(c, s);
      else compileTryExcept(c, s);
      return;
    case 'Assert':
      compileAssert(c, s);
      return;
    case 'Import':
      compileImport(c, s);
      return;
    case 'ImportFrom':
      compileImportFrom(c, s);
      return;
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Expr': {
      const v = s.value;
      if (interactive) {
        compileExpr(c, v);
        u.setLoc(s);
        u.emit(op.POP_TOP);
        return;
      }
      if (constValue(v) !== undefined) {
        // A bare constant (after folding, e.g. a docstring-like string) is only a NOP for the line.
        u.emit(op.NOP);
        return;
      }
      compileExpr(c, v);
      // The POP_TOP is artificial: it takes its line from the expression before it.
      u.loc = NO_LOC;
      u.emit(op.POP_TOP);
      return;
    }
    case 'Pass':
      u.emit(op.NOP);
      return;
    case 'Break':
      compileBreak(c, s);
      return;
    case 'Continue':
      compileContinue(c, s);
      return;
  }
}

function isAsyncContext(c: Compiler): boolean {
  return c.unit.scope.isCoroutine;
}

/** Constructs we parse but do not run: raise NotImplementedError when execution reaches them. */
function compileUnsupported(c: Compiler, s: A.Stmt, what: string): void {
  const u = c.unit;
  u.setLoc(s);
  u.emit(op.LOAD_GLOBAL, (u.addName('NotImplementedError') << 1) | 1);
  c.loadConst(`${what} is not supported by Interleave yet`);
  u.emit(op.PRECALL, 1);
  u.emit(op.CALL, 1);
  u.emit(op.RAISE_VARARGS, 1);
}

// ---------------------------------------------------------------------------------------------
// simple statements

/** compiler_augassign: the target is read and written at its own location. */
function compileAugAssign(c: Compiler, s: A.AugAssign): void {
  const u = c.unit;
  const t = s.target;
  const binop = BINOP_ARG[s.op] + op.NB_INPLACE_OFFSET;
  const saved = u.setLoc(t);
  switch (t._type) {
    case 'Attribute':
      compileExpr(c, t.value);
      u.emit(op.COPY, 1);
      updateStartLocationToMatchAttr(c, t);
      u.emit(op.LOAD_ATTR, u.addName(c.mangle(t.attr)));
      break;
    case 'Subscript':
      compileExpr(c, t.value);
      compileExpr(c, t.slice);
      u.emit(op.COPY, 2);
      u.emit(op.COPY, 2);
      u.emit(op.BINARY_SUBSCR);
      break;
    case 'Name':
      c.nameOp(t.id, 'Load');
      break;
    default:
      err(`'${t._type.toLowerCase()}' is an illegal expression for augmented assignment`, t);
  }
  u.loc = saved;
  compileExpr(c, s.value);
  u.emit(op.BINARY_OP, binop);
  u.setLoc(t);
  switch (t._type) {
    case 'Attribute':
      updateStartLocationToMatchAttr(c, t);
      u.emit(op.SWAP, 2);
      u.emit(op.STORE_ATTR, u.addName(c.mangle(t.attr)));
      break;
    case 'Subscript':
      u.emit(op.SWAP, 3);
      u.emit(op.SWAP, 2);
      u.emit(op.STORE_SUBSCR);
      break;
    case 'Name':
      c.nameOp(t.id, 'Store');
      break;
  }
}

export const BINOP_ARG: Record<A.OperatorKind, number> = {
  Add: op.NB_ADD, BitAnd: op.NB_AND, FloorDiv: op.NB_FLOOR_DIVIDE, LShift: op.NB_LSHIFT,
  MatMult: op.NB_MATRIX_MULTIPLY, Mult: op.NB_MULTIPLY, Mod: op.NB_REMAINDER, BitOr: op.NB_OR,
  Pow: op.NB_POWER, RShift: op.NB_RSHIFT, Sub: op.NB_SUBTRACT, Div: op.NB_TRUE_DIVIDE, BitXor: op.NB_XOR,
};

/** compiler_annassign: assign first; module/class annotations are evaluated (and stored). */
function compileAnnAssign(c: Compiler, s: A.AnnAssign): void {
  const u = c.unit;
  const t = s.target;
  const evaluates = u.scope.kind !== 'function';
  if (s.value) {
    compileExpr(c, s.value);
    compileStore(c, t);
  }
  if (t._type === 'Name') {
    if (s.simple && evaluates) {
      compileExpr(c, s.annotation);
      u.emit(op.LOAD_NAME, u.addName('__annotations__'));
      c.loadConst(c.mangle(t.id));
      u.emit(op.STORE_SUBSCR);
    }
  } else if (t._type === 'Attribute') {
    if (!s.value) checkAnnExpr(c, t.value);
  } else if (t._type === 'Subscript') {
    if (!s.value) {
      checkAnnExpr(c, t.value);
      checkAnnSubscr(c, t.slice);
    }
  }
  // A complex target's annotation is evaluated last (only in modules and classes).
  if (!s.simple && evaluates) checkAnnExpr(c, s.annotation);
}

function checkAnnExpr(c: Compiler, e: A.Expr): void {
  compileExpr(c, e);
  c.unit.emit(op.POP_TOP);
}

/** check_ann_subscr: every part of a subscript must be defined at run time. */
function checkAnnSubscr(c: Compiler, e: A.Expr): void {
  if (e._type === 'Slice') {
    if (e.lower) checkAnnExpr(c, e.lower);
    if (e.upper) checkAnnExpr(c, e.upper);
    if (e.step) checkAnnExpr(c, e.step);
  } else if (e._type === 'Tuple') {
    for (const x of e.elts) checkAnnSubscr(c, x);
  } else checkAnnExpr(c, e);
}

/**
 * compiler_assert. The raise has the current location: the statement's, or the test's when it
 * ends in a comparison (compiler_jump_if leaves the location there).
 */
function compileAssert(c: Compiler, s: A.Assert): void {
  const u = c.unit;
  checkAssert(c, s.test);
  const end = u.newLabel();
  compileJumpIf(c, s.test, end, true);
  u.emit(op.LOAD_ASSERTION_ERROR);
  if (s.msg) {
    compileExpr(c, s.msg);
    u.emit(op.PRECALL, 0);
    u.emit(op.CALL, 0);
  }
  u.emit(op.RAISE_VARARGS, 1);
  u.placeLabel(end);
}

function compileImport(c: Compiler, s: A.Import): void {
  const u = c.unit;
  for (const a of s.names) {
    u.setLoc(s);
    c.loadConst(0);
    c.loadConst(None);
    u.emit(op.IMPORT_NAME, u.addName(a.name));
    if (a.asname) {
      const parts = a.name.split('.');
      if (parts.length > 1) {
        for (let i = 1; i < parts.length; i++) {
          u.emit(op.IMPORT_FROM, u.addName(parts[i]));
          if (i < parts.length - 1) {
            u.emit(op.SWAP, 2);
            u.emit(op.POP_TOP);
          }
        }
        c.nameOp(a.asname, 'Store');
        u.emit(op.POP_TOP);
      } else c.nameOp(a.asname, 'Store');
    } else {
      c.nameOp(a.name.split('.')[0], 'Store');
    }
  }
}

function compileImportFrom(c: Compiler, s: A.ImportFrom): void {
  const u = c.unit;
  u.setLoc(s);
  c.loadConst(s.level);
  c.loadConst(new PyTuple(s.names.map((a) => a.name)));
  u.emit(op.IMPORT_NAME, u.addName(s.module ?? ''));
  if (s.names.length === 1 && s.names[0].name === '*') {
    u.emit(op.IMPORT_STAR);
    return;
  }
  for (const a of s.names) {
    u.emit(op.IMPORT_FROM, u.addName(a.name));
    c.nameOp(a.asname ?? a.name, 'Store');
  }
  u.emit(op.POP_TOP);
}

export { docstring };
