/**
 * Statement code generation, following CPython 3.11's compile.c instruction shapes:
 * `while` tests at the top and again at the bottom (POP_JUMP_BACKWARD_IF_TRUE), `for` loops
 * end in JUMP_BACKWARD, try/except/finally/with use SETUP_* pseudo-instructions that the
 * assembler turns into the exception table, and break/continue/return unwind the block stack.
 */
import type * as A from '../parser/ast';
import { None } from '../objects/core-types';
import { PyTuple } from '../objects/tuple';
import type { Compiler } from './compiler';
import { docstring } from './compiler';
import { compileExpr, compileJumpIf, compileStore, compileDelete, compileCallExitWithNones, compileAwaitLike, constValue } from './expr';
import { CompileError } from './compile-error';
import type { FBlock, FBlockKind } from './unit';
import * as op from './opcodes';

export function compileStmts(c: Compiler, body: A.Stmt[], interactive = false): void {
  for (const s of body) compileStmt(c, s, interactive);
}

function err(msg: string, n: A.Pos): never {
  throw new CompileError(msg, n.lineno, n.col_offset + 1, n.end_lineno, n.end_col_offset + 1);
}

function pushBlock(c: Compiler, kind: FBlockKind, block: number, exit: number, datum: unknown = null): FBlock {
  const b: FBlock = { kind, block, exit, datum };
  c.unit.fblocks.push(b);
  return b;
}

function popBlock(c: Compiler): void {
  c.unit.fblocks.pop();
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
      for (let i = 0; i < s.decorator_list.length; i++) {
        u.emit(op.PRECALL, 0);
        u.emit(op.CALL, 0);
      }
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
      compileUnsupported(c, s, 'the match statement');
      return;
    case 'TryStar':
      compileUnsupported(c, s, 'except* (exception groups)');
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
      if (v._type === 'Constant') {
        // A bare constant (e.g. a docstring-like string) generates only a NOP for the line.
        u.emit(op.NOP);
        return;
      }
      compileExpr(c, v);
      u.setLoc(s);
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

function compileAugAssign(c: Compiler, s: A.AugAssign): void {
  const u = c.unit;
  const t = s.target;
  const binop = BINOP_ARG[s.op] + op.NB_INPLACE_OFFSET;
  switch (t._type) {
    case 'Name':
      u.setLoc(t);
      c.nameOp(t.id, 'Load');
      compileExpr(c, s.value);
      u.setLoc(s);
      u.emit(op.BINARY_OP, binop);
      u.setLoc(t);
      c.nameOp(t.id, 'Store');
      return;
    case 'Attribute': {
      compileExpr(c, t.value);
      u.setLoc(t);
      u.emit(op.COPY, 1);
      u.emit(op.LOAD_ATTR, u.addName(c.mangle(t.attr)));
      compileExpr(c, s.value);
      u.setLoc(s);
      u.emit(op.BINARY_OP, binop);
      u.setLoc(t);
      u.emit(op.SWAP, 2);
      u.emit(op.STORE_ATTR, u.addName(c.mangle(t.attr)));
      return;
    }
    case 'Subscript':
      compileExpr(c, t.value);
      compileExpr(c, t.slice);
      u.setLoc(t);
      u.emit(op.COPY, 2);
      u.emit(op.COPY, 2);
      u.emit(op.BINARY_SUBSCR);
      compileExpr(c, s.value);
      u.setLoc(s);
      u.emit(op.BINARY_OP, binop);
      u.setLoc(t);
      u.emit(op.SWAP, 3);
      u.emit(op.SWAP, 2);
      u.emit(op.STORE_SUBSCR);
      return;
    default:
      err(`'${t._type.toLowerCase()}' is an illegal expression for augmented assignment`, t);
  }
}

export const BINOP_ARG: Record<A.OperatorKind, number> = {
  Add: op.NB_ADD, BitAnd: op.NB_AND, FloorDiv: op.NB_FLOOR_DIVIDE, LShift: op.NB_LSHIFT,
  MatMult: op.NB_MATRIX_MULTIPLY, Mult: op.NB_MULTIPLY, Mod: op.NB_REMAINDER, BitOr: op.NB_OR,
  Pow: op.NB_POWER, RShift: op.NB_RSHIFT, Sub: op.NB_SUBTRACT, Div: op.NB_TRUE_DIVIDE, BitXor: op.NB_XOR,
};

function compileAnnAssign(c: Compiler, s: A.AnnAssign): void {
  const u = c.unit;
  const t = s.target;
  if (s.value) {
    compileExpr(c, s.value);
    compileStore(c, t);
  }
  if (t._type === 'Name') {
    // Module and class level simple annotations are evaluated and stored in __annotations__.
    if (s.simple && u.scope.kind !== 'function') {
      compileExpr(c, s.annotation);
      u.setLoc(s);
      u.emit(op.LOAD_NAME, u.addName('__annotations__'));
      c.loadConst(c.mangle(t.id));
      u.emit(op.STORE_SUBSCR);
    }
  } else if (t._type === 'Attribute') {
    if (!s.value) {
      compileExpr(c, t.value);
      u.emit(op.POP_TOP);
    }
  } else if (t._type === 'Subscript') {
    if (!s.value) {
      compileExpr(c, t.value);
      u.emit(op.POP_TOP);
      compileExpr(c, t.slice);
      u.emit(op.POP_TOP);
    }
  }
}

function compileAssert(c: Compiler, s: A.Assert): void {
  const u = c.unit;
  const end = u.newLabel();
  compileJumpIf(c, s.test, end, true);
  u.setLoc(s);
  u.emit(op.LOAD_ASSERTION_ERROR);
  if (s.msg) {
    compileExpr(c, s.msg);
    u.setLoc(s);
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

// ---------------------------------------------------------------------------------------------
// control flow

function compileIf(c: Compiler, s: A.If): void {
  const u = c.unit;
  const end = u.newLabel();
  const k = constTruth(s.test);
  if (k === false) {
    // Dead branch: CPython drops it (still checks it compiles).
    if (s.orelse.length > 0) compileStmts(c, s.orelse);
    else u.emit(op.NOP);
    return;
  }
  if (k === true) {
    compileStmts(c, s.body);
    return;
  }
  const next = s.orelse.length > 0 ? u.newLabel() : end;
  compileJumpIf(c, s.test, next, false);
  compileStmts(c, s.body);
  if (s.orelse.length > 0) {
    u.loc = { ...u.loc };
    u.jump(op.JUMP, end);
    u.placeLabel(next);
    compileStmts(c, s.orelse);
  }
  u.placeLabel(end);
}

/** Truth value of a constant test (for folding `while True:` and `if 0:`), else undefined. */
function constTruth(e: A.Expr): boolean | undefined {
  const v = constValue(e);
  if (v === undefined) return undefined;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (v === None) return false;
  return undefined;
}

function compileWhile(c: Compiler, s: A.While): void {
  const u = c.unit;
  const loop = u.newLabel();
  const body = u.newLabel();
  const anchor = u.newLabel();
  const exit = u.newLabel();
  const k = constTruth(s.test);
  if (k === false) {
    if (s.orelse.length > 0) compileStmts(c, s.orelse);
    return;
  }
  u.placeLabel(loop);
  pushBlock(c, 'WHILE_LOOP', loop, exit);
  if (k !== true) compileJumpIf(c, s.test, anchor, false);
  u.placeLabel(body);
  compileStmts(c, s.body);
  u.setLoc(s);
  if (k === true) u.jump(op.JUMP, body);
  else compileJumpIf(c, s.test, body, true);
  popBlock(c);
  u.placeLabel(anchor);
  if (s.orelse.length > 0) compileStmts(c, s.orelse);
  u.placeLabel(exit);
}

function compileFor(c: Compiler, s: A.For): void {
  const u = c.unit;
  const start = u.newLabel();
  const cleanup = u.newLabel();
  const end = u.newLabel();
  pushBlock(c, 'FOR_LOOP', start, end);
  compileExpr(c, s.iter);
  u.setLoc(s.iter);
  u.emit(op.GET_ITER);
  u.placeLabel(start);
  u.setLoc(s);
  u.jump(op.FOR_ITER, cleanup);
  compileStore(c, s.target);
  compileStmts(c, s.body);
  u.setLoc(s);
  u.loc = { ...u.loc, lineno: u.loc.lineno };
  u.jump(op.JUMP, start);
  u.placeLabel(cleanup);
  popBlock(c);
  compileStmts(c, s.orelse);
  u.placeLabel(end);
}

function compileAsyncFor(c: Compiler, s: A.AsyncFor): void {
  const u = c.unit;
  if (!isAsyncContext(c)) err("'async for' outside async function", s);
  const start = u.newLabel();
  const except = u.newLabel();
  const end = u.newLabel();
  compileExpr(c, s.iter);
  u.setLoc(s.iter);
  u.emit(op.GET_AITER);
  u.placeLabel(start);
  pushBlock(c, 'FOR_LOOP', start, end);
  u.setLoc(s);
  u.jump(op.SETUP_FINALLY, except);
  u.emit(op.GET_ANEXT);
  c.loadConst(None);
  compileAwaitLike(c, 3);
  u.emit(op.POP_BLOCK);
  compileStore(c, s.target);
  compileStmts(c, s.body);
  u.setLoc(s);
  u.jump(op.JUMP, start);
  popBlock(c);
  u.placeLabel(except);
  u.setLoc(s);
  u.emit(op.END_ASYNC_FOR);
  compileStmts(c, s.orelse);
  u.placeLabel(end);
}

function compileReturn(c: Compiler, s: A.Return): void {
  const u = c.unit;
  const scope = u.scope;
  if (scope.kind !== 'function') err("'return' outside function", s);
  if (s.value && scope.isCoroutine && scope.isGenerator) err("'return' with value in async generator", s);
  const value = s.value;
  const preserve = value !== null && constValue(value) === undefined;
  if (preserve) compileExpr(c, value!);
  else if (value !== null) u.emit(op.NOP);
  u.setLoc(s);
  unwindStack(c, preserve, null);
  u.setLoc(s);
  if (value === null) c.loadConst(None);
  else if (!preserve) c.loadConst(constValue(value)!);
  u.emit(op.RETURN_VALUE);
}

function findLoop(c: Compiler): FBlock | null {
  const fb = c.unit.fblocks;
  for (let i = fb.length - 1; i >= 0; i--) {
    if (fb[i].kind === 'WHILE_LOOP' || fb[i].kind === 'FOR_LOOP') return fb[i];
  }
  return null;
}

function compileBreak(c: Compiler, s: A.Break): void {
  const u = c.unit;
  const loop = findLoop(c);
  if (loop === null) err("'break' outside loop", s);
  unwindStack(c, false, loop);
  unwindBlock(c, loop!, false);
  u.setLoc(s);
  u.jump(op.JUMP, loop!.exit);
}

function compileContinue(c: Compiler, s: A.Continue): void {
  const u = c.unit;
  const loop = findLoop(c);
  if (loop === null) err("'continue' not properly in loop", s);
  unwindStack(c, false, loop);
  u.setLoc(s);
  u.jump(op.JUMP, loop!.block);
}

/** Unwind every block above `upTo` (all blocks when null), innermost first. */
function unwindStack(c: Compiler, preserveTos: boolean, upTo: FBlock | null): void {
  const blocks = c.unit.fblocks;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b === upTo) return;
    // While emitting a finally body the block must be off the stack (it may itself return).
    const saved = blocks.splice(i);
    unwindBlock(c, b, preserveTos);
    blocks.push(...saved);
  }
}

/** CPython's compiler_unwind_fblock. */
function unwindBlock(c: Compiler, b: FBlock, preserveTos: boolean): void {
  const u = c.unit;
  switch (b.kind) {
    case 'WHILE_LOOP':
    case 'EXCEPTION_HANDLER':
    case 'ASYNC_COMPREHENSION_GENERATOR':
      return;
    case 'FOR_LOOP':
      if (preserveTos) u.emit(op.SWAP, 2);
      u.emit(op.POP_TOP);
      return;
    case 'TRY_EXCEPT':
      u.emit(op.POP_BLOCK);
      return;
    case 'FINALLY_TRY': {
      u.emit(op.POP_BLOCK);
      if (preserveTos) pushBlock(c, 'POP_VALUE', -1, -1);
      const saved = u.loc;
      compileStmts(c, b.datum as A.Stmt[]);
      if (preserveTos) popBlock(c);
      u.loc = saved;
      return;
    }
    case 'FINALLY_END':
      if (preserveTos) u.emit(op.SWAP, 2);
      u.emit(op.POP_TOP);
      if (preserveTos) u.emit(op.SWAP, 2);
      u.emit(op.POP_BLOCK);
      u.emit(op.POP_EXCEPT);
      return;
    case 'WITH':
    case 'ASYNC_WITH': {
      const saved = u.setLoc(b.datum as A.Pos);
      u.emit(op.POP_BLOCK);
      if (preserveTos) u.emit(op.SWAP, 2);
      compileCallExitWithNones(c);
      if (b.kind === 'ASYNC_WITH') {
        u.emit(op.GET_AWAITABLE, 2);
        c.loadConst(None);
        compileAwaitLike(c, 3);
      }
      u.emit(op.POP_TOP);
      u.loc = saved;
      return;
    }
    case 'HANDLER_CLEANUP':
      if (b.datum !== null) u.emit(op.POP_BLOCK);
      if (preserveTos) u.emit(op.SWAP, 2);
      u.emit(op.POP_BLOCK);
      u.emit(op.POP_EXCEPT);
      if (b.datum !== null) {
        c.loadConst(None);
        c.nameOp(b.datum as string, 'Store');
        c.nameOp(b.datum as string, 'Del');
      }
      return;
    case 'POP_VALUE':
      if (preserveTos) u.emit(op.SWAP, 2);
      u.emit(op.POP_TOP);
      return;
  }
}

// ---------------------------------------------------------------------------------------------
// try / except / finally

function compileTryExcept(c: Compiler, s: A.Try): void {
  const u = c.unit;
  const body = u.newLabel();
  const except = u.newLabel();
  const orelse = u.newLabel();
  const end = u.newLabel();
  const cleanup = u.newLabel();
  u.setLoc(s);
  u.jump(op.SETUP_FINALLY, except);
  u.placeLabel(body);
  pushBlock(c, 'TRY_EXCEPT', body, -1);
  compileStmts(c, s.body);
  popBlock(c);
  u.loc = { ...u.loc, col: -1, end_col: -1 };
  u.emit(op.POP_BLOCK);
  u.placeLabel(orelse);
  compileStmts(c, s.orelse);
  u.jump(op.JUMP, end);
  u.placeLabel(except);
  u.setLoc(null);
  u.jump(op.SETUP_CLEANUP, cleanup);
  u.emit(op.PUSH_EXC_INFO);
  pushBlock(c, 'EXCEPTION_HANDLER', -1, -1);
  for (let i = 0; i < s.handlers.length; i++) {
    const h = s.handlers[i];
    if (!h.type && i < s.handlers.length - 1) err("default 'except:' must be last", h);
    u.setLoc(h);
    const next = u.newLabel();
    if (h.type) {
      compileExpr(c, h.type);
      u.setLoc(h);
      u.emit(op.CHECK_EXC_MATCH);
      u.jump(op.POP_JUMP_IF_FALSE, next);
    }
    if (h.name) {
      const cleanupBody = u.newLabel();
      c.nameOp(h.name, 'Store');
      u.jump(op.SETUP_CLEANUP, cleanupBody);
      pushBlock(c, 'HANDLER_CLEANUP', cleanupBody, -1, h.name);
      compileStmts(c, h.body);
      popBlock(c);
      u.setLoc(null);
      u.emit(op.POP_BLOCK);
      u.emit(op.POP_BLOCK);
      u.emit(op.POP_EXCEPT);
      c.loadConst(None);
      c.nameOp(h.name, 'Store');
      c.nameOp(h.name, 'Del');
      u.jump(op.JUMP, end);
      u.placeLabel(cleanupBody);
      c.loadConst(None);
      c.nameOp(h.name, 'Store');
      c.nameOp(h.name, 'Del');
      u.emit(op.RERAISE, 1);
    } else {
      const cleanupBody = u.newLabel();
      u.emit(op.POP_TOP);
      pushBlock(c, 'HANDLER_CLEANUP', cleanupBody, -1, null);
      compileStmts(c, h.body);
      popBlock(c);
      u.setLoc(null);
      u.emit(op.POP_BLOCK);
      u.emit(op.POP_EXCEPT);
      u.jump(op.JUMP, end);
    }
    u.placeLabel(next);
  }
  popBlock(c);
  u.setLoc(null);
  u.emit(op.RERAISE, 0);
  u.placeLabel(cleanup);
  u.emit(op.COPY, 3);
  u.emit(op.POP_EXCEPT);
  u.emit(op.RERAISE, 1);
  u.placeLabel(end);
}

function compileTryFinally(c: Compiler, s: A.Try): void {
  const u = c.unit;
  const body = u.newLabel();
  const end = u.newLabel();
  const exit = u.newLabel();
  const cleanup = u.newLabel();
  u.setLoc(s);
  u.jump(op.SETUP_FINALLY, end);
  u.placeLabel(body);
  pushBlock(c, 'FINALLY_TRY', body, end, s.finalbody);
  if (s.handlers.length > 0) compileTryExcept(c, { ...s, finalbody: [] });
  else compileStmts(c, s.body);
  u.emit(op.POP_BLOCK);
  popBlock(c);
  compileStmts(c, s.finalbody);
  u.jump(op.JUMP, exit);
  u.placeLabel(end);
  u.setLoc(null);
  u.jump(op.SETUP_CLEANUP, cleanup);
  u.emit(op.PUSH_EXC_INFO);
  pushBlock(c, 'FINALLY_END', end, -1);
  compileStmts(c, s.finalbody);
  popBlock(c);
  u.setLoc(null);
  u.emit(op.RERAISE, 0);
  u.placeLabel(cleanup);
  u.emit(op.COPY, 3);
  u.emit(op.POP_EXCEPT);
  u.emit(op.RERAISE, 1);
  u.placeLabel(exit);
}

// ---------------------------------------------------------------------------------------------
// with / async with

function compileWith(c: Compiler, s: A.With | A.AsyncWith, pos: number, isAsync: boolean): void {
  const u = c.unit;
  const item = s.items[pos];
  const block = u.newLabel();
  const final = u.newLabel();
  const exit = u.newLabel();
  const cleanup = u.newLabel();
  compileExpr(c, item.context_expr);
  u.setLoc(s);
  if (isAsync) {
    u.emit(op.BEFORE_ASYNC_WITH);
    u.emit(op.GET_AWAITABLE, 1);
    c.loadConst(None);
    compileAwaitLike(c, 3);
  } else u.emit(op.BEFORE_WITH);
  u.jump(op.SETUP_WITH, final);
  u.placeLabel(block);
  pushBlock(c, isAsync ? 'ASYNC_WITH' : 'WITH', block, final, s);
  if (item.optional_vars) compileStore(c, item.optional_vars);
  else {
    u.setLoc(s);
    u.emit(op.POP_TOP);
  }
  if (pos + 1 === s.items.length) compileStmts(c, s.body);
  else compileWith(c, s, pos + 1, isAsync);
  popBlock(c);
  u.setLoc(s);
  u.emit(op.POP_BLOCK);
  compileCallExitWithNones(c);
  if (isAsync) {
    u.emit(op.GET_AWAITABLE, 2);
    c.loadConst(None);
    compileAwaitLike(c, 3);
  }
  u.emit(op.POP_TOP);
  u.jump(op.JUMP, exit);
  // Exceptional exit: call __exit__(type, value, tb) and maybe suppress.
  u.placeLabel(final);
  u.jump(op.SETUP_CLEANUP, cleanup);
  u.emit(op.PUSH_EXC_INFO);
  u.emit(op.WITH_EXCEPT_START);
  if (isAsync) {
    u.emit(op.GET_AWAITABLE, 2);
    c.loadConst(None);
    compileAwaitLike(c, 3);
  }
  const suppress = u.newLabel();
  u.jump(op.POP_JUMP_IF_TRUE, suppress);
  u.emit(op.RERAISE, 2);
  u.placeLabel(suppress);
  u.emit(op.POP_TOP);
  u.emit(op.POP_BLOCK);
  u.emit(op.POP_EXCEPT);
  u.emit(op.POP_TOP);
  u.emit(op.POP_TOP);
  u.jump(op.JUMP, exit);
  u.placeLabel(cleanup);
  u.emit(op.COPY, 3);
  u.emit(op.POP_EXCEPT);
  u.emit(op.RERAISE, 1);
  u.placeLabel(exit);
}

export { docstring };
