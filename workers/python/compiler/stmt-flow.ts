/**
 * Control-flow statements, ported from CPython 3.11's compile.c function by function (if, while,
 * for, async for, return, break, continue, try/except, try/finally, with, async with, and the
 * frame-block unwinding behind return/break/continue). The labels are created in the same order
 * as CPython's blocks and placed at the same points, and the current location is set and unset
 * (NO_LOC: an artificial instruction) exactly where CPython does, because the assembler's passes
 * depend on both: line numbers decide which NOPs survive and which jumps may be threaded.
 *
 * `while` tests at the top and again at the bottom (POP_JUMP_BACKWARD_IF_TRUE), `for` loops end
 * in JUMP_BACKWARD, and try/except/finally/with use SETUP_* pseudo-instructions that the
 * assembler turns into the exception table.
 */
import type * as A from '../parser/ast';
import { None } from '../objects/core-types';
import type { Compiler } from './compiler';
import { compileExpr, compileJumpIf, compileStore, compileCallExitWithNones, compileAwaitLike, constValue } from './expr';
import { compileIterable } from './expr-build';
import { CompileError } from './compile-error';
import { type FBlock, type FBlockKind, NO_LOC } from './unit';
import { compileStmts } from './stmt';
import * as op from './opcodes';

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

export function compileIf(c: Compiler, s: A.If): void {
  const u = c.unit;
  const end = u.newLabel();
  const next = s.orelse.length > 0 ? u.newLabel() : end;
  // A constant test is left to the optimizer (LOAD_CONST + POP_JUMP become NOP or JUMP).
  compileJumpIf(c, s.test, next, false);
  compileStmts(c, s.body);
  if (s.orelse.length > 0) {
    u.jumpNoLine(op.JUMP, end);
    u.placeLabel(next);
    compileStmts(c, s.orelse);
  }
  u.placeLabel(end);
}

export function compileWhile(c: Compiler, s: A.While): void {
  const u = c.unit;
  const loop = u.newLabel();
  const body = u.newLabel();
  const anchor = u.newLabel();
  const end = u.newLabel();
  u.placeLabel(loop);
  pushBlock(c, 'WHILE_LOOP', loop, end);
  compileJumpIf(c, s.test, anchor, false);
  u.placeLabel(body);
  compileStmts(c, s.body);
  u.setLoc(s);
  compileJumpIf(c, s.test, body, true);
  popBlock(c);
  u.placeLabel(anchor);
  compileStmts(c, s.orelse);
  u.placeLabel(end);
}

export function compileFor(c: Compiler, s: A.For): void {
  const u = c.unit;
  const start = u.newLabel();
  const body = u.newLabel();
  const cleanup = u.newLabel();
  const end = u.newLabel();
  pushBlock(c, 'FOR_LOOP', start, end);
  compileIterable(c, s.iter);
  u.emit(op.GET_ITER);
  u.placeLabel(start);
  u.jump(op.FOR_ITER, cleanup);
  u.placeLabel(body);
  compileStore(c, s.target);
  compileStmts(c, s.body);
  // The jump back is artificial.
  u.loc = NO_LOC;
  u.jump(op.JUMP, start);
  u.placeLabel(cleanup);
  popBlock(c);
  compileStmts(c, s.orelse);
  u.placeLabel(end);
}

export function compileAsyncFor(c: Compiler, s: A.AsyncFor): void {
  const u = c.unit;
  if (!c.unit.scope.isCoroutine) err("'async for' outside async function", s);
  const start = u.newLabel();
  const except = u.newLabel();
  const end = u.newLabel();
  compileExpr(c, s.iter); // fold_iter does not apply to `async for`
  u.emit(op.GET_AITER);
  u.placeLabel(start);
  pushBlock(c, 'FOR_LOOP', start, end);
  // SETUP_FINALLY guards the __anext__ call.
  u.jump(op.SETUP_FINALLY, except);
  u.emit(op.GET_ANEXT);
  c.loadConst(None);
  compileAwaitLike(c, 3);
  u.emit(op.POP_BLOCK);
  compileStore(c, s.target);
  compileStmts(c, s.body);
  u.loc = NO_LOC;
  u.jump(op.JUMP, start);
  popBlock(c);
  u.placeLabel(except);
  // END_ASYNC_FOR succeeds the `for`, not the body: it is located at the iterator.
  u.setLoc(s.iter);
  u.emit(op.END_ASYNC_FOR);
  compileStmts(c, s.orelse);
  u.placeLabel(end);
}

export function compileReturn(c: Compiler, s: A.Return): void {
  const u = c.unit;
  const scope = u.scope;
  if (scope.kind !== 'function') err("'return' outside function", s);
  if (s.value && scope.isCoroutine && scope.isGenerator) err("'return' with value in async generator", s);
  const value = s.value;
  const k = value !== null ? constValue(value) : undefined;
  const preserve = value !== null && k === undefined;
  if (preserve) compileExpr(c, value!);
  else if (value !== null) {
    // An instruction with the returned constant's line.
    u.setLoc(value);
    u.emit(op.NOP);
  }
  if (value === null || value.lineno !== s.lineno) {
    u.setLoc(s);
    u.emit(op.NOP);
  }
  unwindStack(c, preserve, false);
  if (value === null) c.loadConst(None);
  else if (!preserve) c.loadConst(k!);
  u.emit(op.RETURN_VALUE);
}

export function compileBreak(c: Compiler, s: A.Break): void {
  const u = c.unit;
  u.emit(op.NOP);
  const loop = unwindStack(c, false, true);
  if (loop === null) {
    u.setLoc(s);
    err("'break' outside loop", s);
  }
  unwindBlock(c, loop, false);
  u.jump(op.JUMP, loop.exit);
}

export function compileContinue(c: Compiler, s: A.Continue): void {
  const u = c.unit;
  u.emit(op.NOP);
  const loop = unwindStack(c, false, true);
  if (loop === null) err("'continue' not properly in loop", s);
  u.jump(op.JUMP, loop.block);
}

/**
 * compiler_unwind_fblock_stack: unwind the blocks innermost first, stopping at the innermost loop
 * when `toLoop` (returned). While a block is unwound it and the blocks inside it are off the
 * stack (a `finally` body compiled here may itself return or break).
 */
function unwindStack(c: Compiler, preserveTos: boolean, toLoop: boolean): FBlock | null {
  const blocks = c.unit.fblocks;
  if (blocks.length === 0) return null;
  const top = blocks[blocks.length - 1];
  if (toLoop && (top.kind === 'WHILE_LOOP' || top.kind === 'FOR_LOOP')) return top;
  blocks.pop();
  unwindBlock(c, top, preserveTos);
  const loop = unwindStack(c, preserveTos, toLoop);
  blocks.push(top);
  return loop;
}

/** compiler_unwind_fblock. */
function unwindBlock(c: Compiler, b: FBlock, preserveTos: boolean): void {
  const u = c.unit;
  switch (b.kind) {
    case 'WHILE_LOOP':
    case 'EXCEPTION_HANDLER':
    case 'ASYNC_COMPREHENSION_GENERATOR':
      return;
    case 'EXCEPTION_GROUP_HANDLER': {
      const l = u.loc;
      throw new CompileError("'break', 'continue' and 'return' cannot appear in an except* block", l.lineno, l.col + 1, l.end_lineno, l.end_col + 1);
    }
    case 'FOR_LOOP':
      // Pop the iterator.
      if (preserveTos) u.emit(op.SWAP, 2);
      u.emit(op.POP_TOP);
      return;
    case 'TRY_EXCEPT':
      u.emit(op.POP_BLOCK);
      return;
    case 'FINALLY_TRY':
      // This POP_BLOCK gets the line of the unwinding statement.
      u.emit(op.POP_BLOCK);
      if (preserveTos) pushBlock(c, 'POP_VALUE', -1, -1);
      compileStmts(c, b.datum as A.Stmt[]);
      if (preserveTos) popBlock(c);
      // The finally body appears to run after the unwinding statement, which is artificial.
      u.loc = NO_LOC;
      return;
    case 'FINALLY_END':
      if (preserveTos) u.emit(op.SWAP, 2);
      u.emit(op.POP_TOP); // exc_value
      if (preserveTos) u.emit(op.SWAP, 2);
      u.emit(op.POP_BLOCK);
      u.emit(op.POP_EXCEPT);
      return;
    case 'WITH':
    case 'ASYNC_WITH':
      u.setLoc(b.datum as A.Pos);
      u.emit(op.POP_BLOCK);
      if (preserveTos) u.emit(op.SWAP, 2);
      compileCallExitWithNones(c);
      if (b.kind === 'ASYNC_WITH') {
        u.emit(op.GET_AWAITABLE, 2);
        c.loadConst(None);
        compileAwaitLike(c, 3);
      }
      u.emit(op.POP_TOP);
      // The exit appears to run after the unwinding statement.
      u.loc = NO_LOC;
      return;
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

/** COPY 3, POP_EXCEPT, RERAISE 1: restore the previous exception and re-raise with lasti. */
function popExceptAndReraise(c: Compiler): void {
  const u = c.unit;
  u.emit(op.COPY, 3);
  u.emit(op.POP_EXCEPT);
  u.emit(op.RERAISE, 1);
}

export function compileTryExcept(c: Compiler, s: A.Try): void {
  const u = c.unit;
  const body = u.newLabel();
  const except = u.newLabel();
  const end = u.newLabel();
  const cleanup = u.newLabel();
  u.jump(op.SETUP_FINALLY, except);
  u.placeLabel(body);
  pushBlock(c, 'TRY_EXCEPT', body, -1);
  compileStmts(c, s.body);
  popBlock(c);
  u.emitNoLine(op.POP_BLOCK);
  compileStmts(c, s.orelse);
  u.jumpNoLine(op.JUMP, end);
  u.placeLabel(except);
  u.loc = NO_LOC;
  u.jump(op.SETUP_CLEANUP, cleanup);
  u.emit(op.PUSH_EXC_INFO);
  // The runtime pushes the exception being handled.
  pushBlock(c, 'EXCEPTION_HANDLER', -1, -1);
  for (let i = 0; i < s.handlers.length; i++) {
    const h = s.handlers[i];
    u.setLoc(h);
    if (!h.type && i < s.handlers.length - 1) err("default 'except:' must be last", h);
    const next = u.newLabel();
    if (h.type) {
      compileExpr(c, h.type);
      u.emit(op.CHECK_EXC_MATCH);
      u.jump(op.POP_JUMP_IF_FALSE, next);
    }
    if (h.name) {
      const cleanupEnd = u.newLabel();
      const cleanupBody = u.newLabel();
      c.nameOp(h.name, 'Store');
      // try: body finally: name = None; del name
      u.jump(op.SETUP_CLEANUP, cleanupEnd);
      u.placeLabel(cleanupBody);
      pushBlock(c, 'HANDLER_CLEANUP', cleanupBody, -1, h.name);
      compileStmts(c, h.body);
      popBlock(c);
      u.loc = NO_LOC;
      u.emit(op.POP_BLOCK);
      u.emit(op.POP_BLOCK);
      u.emit(op.POP_EXCEPT);
      c.loadConst(None);
      c.nameOp(h.name, 'Store');
      c.nameOp(h.name, 'Del');
      u.jump(op.JUMP, end);
      u.placeLabel(cleanupEnd);
      u.loc = NO_LOC;
      c.loadConst(None);
      c.nameOp(h.name, 'Store');
      c.nameOp(h.name, 'Del');
      u.emit(op.RERAISE, 1);
    } else {
      const cleanupBody = u.newLabel();
      u.emit(op.POP_TOP); // exc_value
      u.placeLabel(cleanupBody);
      pushBlock(c, 'HANDLER_CLEANUP', cleanupBody, -1, null);
      compileStmts(c, h.body);
      popBlock(c);
      u.loc = NO_LOC;
      u.emit(op.POP_BLOCK);
      u.emit(op.POP_EXCEPT);
      u.jump(op.JUMP, end);
    }
    u.placeLabel(next);
  }
  u.loc = NO_LOC;
  popBlock(c);
  u.emit(op.RERAISE, 0);
  u.placeLabel(cleanup);
  popExceptAndReraise(c);
  u.placeLabel(end);
}

/**
 * compiler_try_star_except: each `except* T` splits the exception (CHECK_EG_MATCH) and runs its
 * body on the matching part; what the bodies raise and the unmatched rest are collected in a list
 * that PREP_RERAISE_STAR turns into the exception to re-raise (if any).
 */
export function compileTryStarExcept(c: Compiler, s: A.TryStar): void {
  const u = c.unit;
  const body = u.newLabel();
  let except = u.newLabel();
  const orelse = u.newLabel();
  const end = u.newLabel();
  const cleanup = u.newLabel();
  const reraiseStar = u.newLabel();
  u.jump(op.SETUP_FINALLY, except);
  u.placeLabel(body);
  pushBlock(c, 'TRY_EXCEPT', body, -1);
  compileStmts(c, s.body);
  popBlock(c);
  u.emitNoLine(op.POP_BLOCK);
  u.jumpNoLine(op.JUMP, orelse);
  const n = s.handlers.length;
  u.placeLabel(except);
  u.loc = NO_LOC;
  u.jump(op.SETUP_CLEANUP, cleanup);
  u.emit(op.PUSH_EXC_INFO);
  pushBlock(c, 'EXCEPTION_GROUP_HANDLER', -1, -1);
  for (let i = 0; i < n; i++) {
    const h = s.handlers[i];
    u.setLoc(h);
    except = u.newLabel();
    const exceptWithError = u.newLabel();
    const noMatch = u.newLabel();
    if (i === 0) {
      // [exc] -> [orig, [], exc]: the list collects what the except* bodies raise.
      u.emit(op.COPY, 1);
      u.emit(op.BUILD_LIST, 0);
      u.emit(op.SWAP, 2);
    }
    if (h.type) {
      compileExpr(c, h.type);
      u.emit(op.CHECK_EG_MATCH);
      u.emit(op.COPY, 1);
      u.jump(op.POP_JUMP_IF_NONE, noMatch);
    }
    const cleanupEnd = u.newLabel();
    const cleanupBody = u.newLabel();
    if (h.name) c.nameOp(h.name, 'Store');
    else u.emit(op.POP_TOP); // the match
    u.jump(op.SETUP_CLEANUP, cleanupEnd);
    u.placeLabel(cleanupBody);
    pushBlock(c, 'HANDLER_CLEANUP', cleanupBody, -1, h.name ?? null);
    compileStmts(c, h.body);
    popBlock(c);
    u.loc = NO_LOC;
    u.emit(op.POP_BLOCK);
    if (h.name) {
      c.loadConst(None);
      c.nameOp(h.name, 'Store');
      c.nameOp(h.name, 'Del');
    }
    u.jump(op.JUMP, except);
    u.placeLabel(cleanupEnd);
    u.loc = NO_LOC;
    if (h.name) {
      c.loadConst(None);
      c.nameOp(h.name, 'Store');
      c.nameOp(h.name, 'Del');
    }
    // An exception raised in the body joins the list.
    u.emit(op.LIST_APPEND, 3);
    u.emit(op.POP_TOP); // lasti
    u.jump(op.JUMP, exceptWithError);
    u.placeLabel(except);
    u.emit(op.NOP);
    u.jump(op.JUMP, exceptWithError);
    u.placeLabel(noMatch);
    u.emit(op.POP_TOP); // the match (None)
    u.placeLabel(exceptWithError);
    if (i === n - 1) {
      // The unhandled rest (or None) joins the list.
      u.emit(op.LIST_APPEND, 1);
      u.jump(op.JUMP, reraiseStar);
    }
  }
  u.loc = NO_LOC;
  popBlock(c);
  const reraise = u.newLabel();
  u.placeLabel(reraiseStar);
  u.emit(op.PREP_RERAISE_STAR);
  u.emit(op.COPY, 1);
  u.jump(op.POP_JUMP_IF_NOT_NONE, reraise);
  // Nothing to re-raise.
  u.emit(op.POP_TOP);
  u.emit(op.POP_BLOCK);
  u.emit(op.POP_EXCEPT);
  u.jump(op.JUMP, end);
  u.placeLabel(reraise);
  u.emit(op.POP_BLOCK);
  u.emit(op.SWAP, 2);
  u.emit(op.POP_EXCEPT);
  u.emit(op.RERAISE, 0);
  u.placeLabel(cleanup);
  popExceptAndReraise(c);
  u.placeLabel(orelse);
  compileStmts(c, s.orelse);
  u.placeLabel(end);
}

export function compileTryFinally(c: Compiler, s: A.Try | A.TryStar): void {
  const u = c.unit;
  const body = u.newLabel();
  const end = u.newLabel();
  const exit = u.newLabel();
  const cleanup = u.newLabel();
  u.jump(op.SETUP_FINALLY, end);
  u.placeLabel(body);
  pushBlock(c, 'FINALLY_TRY', body, end, s.finalbody);
  if (s.handlers.length > 0) {
    if (s._type === 'TryStar') compileTryStarExcept(c, s);
    else compileTryExcept(c, s);
  } else compileStmts(c, s.body);
  u.emitNoLine(op.POP_BLOCK);
  popBlock(c);
  compileStmts(c, s.finalbody);
  u.jumpNoLine(op.JUMP, exit);
  // The finally body again, for the exceptional path.
  u.placeLabel(end);
  u.loc = NO_LOC;
  u.jump(op.SETUP_CLEANUP, cleanup);
  u.emit(op.PUSH_EXC_INFO);
  pushBlock(c, 'FINALLY_END', end, -1);
  compileStmts(c, s.finalbody);
  popBlock(c);
  u.emit(op.RERAISE, 0);
  u.placeLabel(cleanup);
  popExceptAndReraise(c);
  u.placeLabel(exit);
}

// ---------------------------------------------------------------------------------------------
// with / async with

/**
 * compiler_with_except_finish: after WITH_EXCEPT_START, re-raise unless __exit__ returned true;
 * the suppressing path pops the exception and falls through to the code after the statement.
 */
function withExceptFinish(c: Compiler, cleanup: number): void {
  const u = c.unit;
  u.loc = NO_LOC;
  const exit = u.newLabel();
  u.jump(op.POP_JUMP_IF_TRUE, exit);
  u.emit(op.RERAISE, 2);
  u.placeLabel(cleanup);
  popExceptAndReraise(c);
  u.placeLabel(exit);
  u.emit(op.POP_TOP); // exc_value
  u.emit(op.POP_BLOCK);
  u.emit(op.POP_EXCEPT);
  u.emit(op.POP_TOP);
  u.emit(op.POP_TOP);
}

export function compileWith(c: Compiler, s: A.With | A.AsyncWith, pos: number, isAsync: boolean): void {
  const u = c.unit;
  const item = s.items[pos];
  const block = u.newLabel();
  const final = u.newLabel();
  const exit = u.newLabel();
  const cleanup = u.newLabel();
  compileExpr(c, item.context_expr);
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
  else u.emit(op.POP_TOP); // the result of __enter__()
  if (pos + 1 === s.items.length) compileStmts(c, s.body);
  else compileWith(c, s, pos + 1, isAsync);
  if (isAsync) {
    popBlock(c);
    u.emit(op.POP_BLOCK);
  } else {
    // Everything up to the __exit__ call is artificial.
    u.loc = NO_LOC;
    u.emit(op.POP_BLOCK);
    popBlock(c);
  }
  // Normal exit: __exit__(None, None, None).
  u.setLoc(s);
  compileCallExitWithNones(c);
  if (isAsync) {
    u.emit(op.GET_AWAITABLE, 2);
    c.loadConst(None);
    compileAwaitLike(c, 3);
  }
  u.emit(op.POP_TOP);
  u.jump(op.JUMP, exit);
  // Exceptional exit: __exit__(type, value, tb), which may suppress the exception.
  u.placeLabel(final);
  u.jump(op.SETUP_CLEANUP, cleanup);
  u.emit(op.PUSH_EXC_INFO);
  u.emit(op.WITH_EXCEPT_START);
  if (isAsync) {
    u.emit(op.GET_AWAITABLE, 2);
    c.loadConst(None);
    compileAwaitLike(c, 3);
  }
  withExceptFinish(c, cleanup);
  u.placeLabel(exit);
}
