/**
 * Comprehensions and generator expressions (compiler_comprehension and the sync / async
 * comprehension generators): the body is a nested function taking the outermost iterator
 * (`.0`), called at once. Inner `for` clauses iterate what fold_iter leaves (a list display is a
 * tuple) and `for y in [expr]` binds without a loop.
 */
import type * as A from '../parser/ast';
import { None } from '../objects/core-types';
import type { Compiler } from './compiler';
import { CompileError } from './compile-error';
import * as op from './opcodes';
import { compileExpr, compileJumpIf, compileStore, compileAwaitLike, constValue } from './expr';
import { compileIterable, hasStarred } from './expr-build';

function err(msg: string, n: A.Pos): never {
  throw new CompileError(msg, n.lineno, n.col_offset + 1, n.end_lineno, n.end_col_offset + 1);
}

type Comprehension = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

/**
 * compiler_comprehension: the body is a nested function taking the outermost iterator (`.0`),
 * called at once. The location inside is the comprehension's; like CPython, a comparison in an
 * `if` clause leaves the location at itself for the instructions that follow it.
 */
export function compileComprehension(c: Compiler, e: Comprehension): void {
  const u = c.unit;
  const scope = c.scopes.get(e)!;
  const name = e._type === 'ListComp' ? '<listcomp>' : e._type === 'SetComp' ? '<setcomp>' : e._type === 'DictComp' ? '<dictcomp>' : '<genexpr>';
  const qualname = u.childQualname(name, false);
  const cu = c.enterUnit(e, name, qualname, e.lineno, 'comprehension');
  c.prologue(cu);
  c.resume(cu);
  cu.setLoc(e);
  const isGen = e._type === 'GeneratorExp';
  const isAsync = scope.isCoroutine;
  if (isAsync && !isGen && !(u.scope.isCoroutine && u.scope.kind === 'function') && u.kind !== 'comprehension') {
    err('asynchronous comprehension outside of an asynchronous function', e);
  }
  if (!isGen) cu.emit(e._type === 'ListComp' ? op.BUILD_LIST : e._type === 'SetComp' ? op.BUILD_SET : op.BUILD_MAP, 0);
  comprehensionGenerator(c, e, 0, 0);
  // A generator expression ends with the assembler's implicit `return None`.
  if (!isGen) cu.emit(op.RETURN_VALUE);
  const code = c.finishUnit(cu);
  c.leaveUnit();
  let flags = 0;
  if (code.freevars.length > 0) {
    for (const fv of code.freevars) u.emit(op.LOAD_CLOSURE, u.derefIndex(fv));
    u.emit(op.BUILD_TUPLE, code.freevars.length);
    flags = 8;
  }
  c.loadConst(code);
  u.emit(op.MAKE_FUNCTION, flags);
  compileIterable(c, e.generators[0].iter);
  u.emit(e.generators[0].is_async ? op.GET_AITER : op.GET_ITER);
  u.emit(op.PRECALL, 0);
  u.emit(op.CALL, 0);
  if (isAsync && !isGen) {
    u.emit(op.GET_AWAITABLE, 0);
    c.loadConst(None);
    compileAwaitLike(c, 3);
  }
}

function comprehensionGenerator(c: Compiler, e: Comprehension, gi: number, depth: number): void {
  if (e.generators[gi].is_async) compileAsyncComprehensionGenerator(c, e, gi, depth);
  else compileSyncComprehensionGenerator(c, e, gi, depth);
}

/** The iterable of an inner `for` clause as fold_iter leaves it (a list becomes a tuple). */
function foldedIter(x: A.Expr): A.Expr {
  if (x._type === 'List' && x.ctx === 'Load' && !hasStarred(x.elts)) return { ...x, _type: 'Tuple' } as A.Tuple;
  return x;
}

function compileSyncComprehensionGenerator(c: Compiler, e: Comprehension, gi: number, depth: number): void {
  const u = c.unit;
  const g = e.generators[gi];
  let start: number | null = u.newLabel();
  const ifCleanup = u.newLabel();
  const anchor = u.newLabel();
  if (gi === 0) {
    u.argcount = 1; // the .0 argument: the outermost iterator
    u.emit(op.LOAD_FAST, 0);
  } else {
    // `for y in [f(x)]` (one item) binds y without a loop.
    const it = foldedIter(g.iter);
    if (it._type === 'Tuple' && it.elts.length === 1 && it.elts[0]._type !== 'Starred' && constValue(it) === undefined) {
      compileExpr(c, it.elts[0]);
      start = null;
    } else {
      compileIterable(c, g.iter);
      u.emit(op.GET_ITER);
    }
  }
  if (start !== null) {
    depth++;
    u.placeLabel(start);
    u.jump(op.FOR_ITER, anchor);
  }
  compileStore(c, g.target);
  for (const cond of g.ifs) compileJumpIf(c, cond, ifCleanup, false);
  if (gi + 1 < e.generators.length) comprehensionGenerator(c, e, gi + 1, depth);
  else emitComprehensionElement(c, e, depth);
  u.placeLabel(ifCleanup);
  if (start !== null) {
    u.jump(op.JUMP, start);
    u.placeLabel(anchor);
  }
}

function compileAsyncComprehensionGenerator(c: Compiler, e: Comprehension, gi: number, depth: number): void {
  const u = c.unit;
  const g = e.generators[gi];
  const start = u.newLabel();
  const except = u.newLabel();
  const ifCleanup = u.newLabel();
  if (gi === 0) {
    u.argcount = 1;
    u.emit(op.LOAD_FAST, 0);
  } else {
    compileIterable(c, g.iter);
    u.emit(op.GET_AITER);
  }
  u.placeLabel(start);
  u.fblocks.push({ kind: 'ASYNC_COMPREHENSION_GENERATOR', block: start, exit: -1, datum: null });
  u.jump(op.SETUP_FINALLY, except);
  u.emit(op.GET_ANEXT);
  c.loadConst(None);
  compileAwaitLike(c, 3);
  u.emit(op.POP_BLOCK);
  compileStore(c, g.target);
  for (const cond of g.ifs) compileJumpIf(c, cond, ifCleanup, false);
  depth++;
  if (gi + 1 < e.generators.length) comprehensionGenerator(c, e, gi + 1, depth);
  else emitComprehensionElement(c, e, depth);
  u.placeLabel(ifCleanup);
  u.jump(op.JUMP, start);
  u.fblocks.pop();
  u.placeLabel(except);
  u.emit(op.END_ASYNC_FOR);
}

function emitComprehensionElement(c: Compiler, e: Comprehension, depth: number): void {
  const u = c.unit;
  switch (e._type) {
    case 'GeneratorExp':
      compileExpr(c, e.elt);
      if (u.scope.isCoroutine) u.emit(op.ASYNC_GEN_WRAP);
      u.emit(op.YIELD_VALUE);
      u.emit(op.RESUME, 1);
      u.emit(op.POP_TOP);
      return;
    case 'ListComp':
      compileExpr(c, e.elt);
      u.emit(op.LIST_APPEND, depth + 1);
      return;
    case 'SetComp':
      compileExpr(c, e.elt);
      u.emit(op.SET_ADD, depth + 1);
      return;
    case 'DictComp':
      compileExpr(c, e.key);
      compileExpr(c, e.value);
      u.emit(op.MAP_ADD, depth + 1);
      return;
  }
}
