/**
 * Expression code generation, following CPython 3.11's compile.c (compiler_visit_expr and
 * friends): the AST optimizer's folding first (constValue: constants, `not`, subscripts of
 * constants, `__debug__`; astopt.ts: `%`-formatting as f-strings), chained comparisons with
 * SWAP/COPY + JUMP_IF_FALSE_OR_POP, conditions compiled to direct jumps (compiler_jump_if),
 * and assignment / deletion targets. Displays, calls and f-strings are in expr-build.ts,
 * comprehensions in comprehension.ts.
 *
 * Locations follow CPython: visiting an expression sets the current location to it and restores
 * the previous one afterwards; a few constructs deliberately leave it changed (see
 * compileJumpIf), which decides the line of the instructions that follow.
 */
import type * as A from '../parser/ast';
import type { PyValue } from '../objects/object';
import { None, Ellipsis } from '../objects/core-types';
import { PyFloat } from '../objects/float';
import { PyComplex } from '../objects/complex';
import { PyTuple } from '../objects/tuple';
import { PyBytes } from '../objects/bytes';
import type { Compiler } from './compiler';
import { CompileError } from './compile-error';
import { BINOP_ARG } from './stmt';
import * as op from './opcodes';
import { foldBinOp, foldUnary } from './constfold';
import { optimizeFormat } from './astopt';
import { compileSequence, compileDict, compileCall, compileFormattedValue, compileJoinedStr, hasStarred, compileLastComparator } from './expr-build';
import { compileComprehension } from './comprehension';
import { checkCompare, checkSubscript } from './syntax-warnings';

function err(msg: string, n: A.Pos): never {
  throw new CompileError(msg, n.lineno, n.col_offset + 1, n.end_lineno, n.end_col_offset + 1);
}

/** The runtime value of a constant expression (after folding), or undefined. */
export function constValue(e: A.Expr): PyValue | undefined {
  switch (e._type) {
    case 'Constant': {
      const v = e.value;
      switch (v.kind) {
        case 'int': {
          const b = v.value;
          return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
        }
        case 'float': return new PyFloat(v.value);
        case 'str': return v.value;
        case 'bytes': return new PyBytes(v.value);
        case 'bool': return v.value;
        case 'None': return None;
        case 'Ellipsis': return Ellipsis;
        case 'complex': return new PyComplex(0, v.imag);
      }
      return undefined;
    }
    case 'Tuple': {
      if (e.ctx !== 'Load') return undefined;
      const items: PyValue[] = [];
      for (const x of e.elts) {
        if (x._type === 'Starred') return undefined;
        const v = constValue(x);
        if (v === undefined) return undefined;
        items.push(v);
      }
      return new PyTuple(items);
    }
    case 'Subscript': {
      // fold_subscr: a constant indexed by a constant (`("a", "b")[0]`, `"abc"[-1]`).
      if (e.ctx !== 'Load' || e.slice._type === 'Slice') return undefined;
      const v = constValue(e.value);
      const i = v === undefined ? undefined : constValue(e.slice);
      if (i === undefined || !(typeof i === 'number' || typeof i === 'boolean' || typeof i === 'bigint')) return undefined;
      const seq = typeof v === 'string' ? Array.from(v) : v instanceof PyBytes ? Array.from(v.b) : v instanceof PyTuple ? v.items : null;
      if (seq === null) return undefined;
      let k = Number(i);
      if (k < 0) k += seq.length;
      return k >= 0 && k < seq.length ? seq[k] : undefined;
    }
    case 'Name':
      // The AST optimizer makes `__debug__` the constant True.
      return e.id === '__debug__' && e.ctx === 'Load' ? true : undefined;
    case 'UnaryOp': {
      const v = constValue(e.operand);
      return v === undefined ? undefined : foldUnary(e.op, v);
    }
    case 'BinOp': {
      const a = constValue(e.left);
      if (a === undefined) return undefined;
      const b = constValue(e.right);
      if (b === undefined) return undefined;
      return foldBinOp(e.op, a, b);
    }
    default:
      return undefined;
  }
}

export function compileExpr(c: Compiler, e: A.Expr): void {
  const u = c.unit;
  const saved = u.setLoc(e);
  visit(c, e);
  u.loc = saved;
}

const CMP_ARG: Record<string, number> = { Lt: op.CMP_LT, LtE: op.CMP_LE, Eq: op.CMP_EQ, NotEq: op.CMP_NE, Gt: op.CMP_GT, GtE: op.CMP_GE };

function emitCompareOp(c: Compiler, k: A.CmpOpKind): void {
  const u = c.unit;
  switch (k) {
    case 'Is': u.emit(op.IS_OP, 0); return;
    case 'IsNot': u.emit(op.IS_OP, 1); return;
    case 'In': u.emit(op.CONTAINS_OP, 0); return;
    case 'NotIn': u.emit(op.CONTAINS_OP, 1); return;
    default: u.emit(op.COMPARE_OP, CMP_ARG[k]);
  }
}

function visit(c: Compiler, e: A.Expr): void {
  const u = c.unit;
  const k = constValue(e);
  if (k !== undefined && e._type !== 'Constant' && !(e._type === 'Tuple' && e.elts.length === 0 && false)) {
    c.loadConst(k);
    return;
  }
  switch (e._type) {
    case 'Constant':
      c.loadConst(k!);
      return;
    case 'Name':
      c.nameOp(e.id, 'Load');
      return;
    case 'BoolOp': {
      const jop = e.op === 'And' ? op.JUMP_IF_FALSE_OR_POP : op.JUMP_IF_TRUE_OR_POP;
      const end = u.newLabel();
      const n = e.values.length - 1;
      for (let i = 0; i < n; i++) {
        compileExpr(c, e.values[i]);
        u.jump(jop, end);
        u.placeLabel(u.newLabel());
      }
      compileExpr(c, e.values[n]);
      u.placeLabel(end);
      return;
    }
    case 'BinOp':
      // A tuple of constants was already folded to a constant: then no f-string.
      if (e.op === 'Mod' && e.right._type === 'Tuple' && !hasStarred(e.right.elts) && constValue(e.right) === undefined) {
        const fmt = constValue(e.left);
        const joined = typeof fmt === 'string' ? optimizeFormat(e, fmt, e.right.elts) : null;
        if (joined !== null) {
          compileJoinedStr(c, joined);
          return;
        }
      }
      compileExpr(c, e.left);
      compileExpr(c, e.right);
      u.setLoc(e);
      u.emit(op.BINARY_OP, BINOP_ARG[e.op]);
      return;
    case 'UnaryOp': {
      const inverted = foldNotCompare(e);
      if (inverted !== null) {
        compileExpr(c, inverted);
        return;
      }
      compileExpr(c, e.operand);
      u.emit(e.op === 'Not' ? op.UNARY_NOT : e.op === 'USub' ? op.UNARY_NEGATIVE : e.op === 'UAdd' ? op.UNARY_POSITIVE : op.UNARY_INVERT);
      return;
    }
    case 'Lambda':
      c.makeFunction(e, '<lambda>');
      return;
    case 'IfExp': {
      const end = u.newLabel();
      const next = u.newLabel();
      compileJumpIf(c, e.test, next, false);
      compileExpr(c, e.body);
      u.jumpNoLine(op.JUMP, end);
      u.placeLabel(next);
      compileExpr(c, e.orelse);
      u.placeLabel(end);
      return;
    }
    case 'Dict':
      compileDict(c, e);
      return;
    case 'Set':
      compileSequence(c, e.elts, 'set');
      return;
    case 'List':
      if (e.ctx !== 'Load') err('cannot use list display here', e);
      compileSequence(c, e.elts, 'list');
      return;
    case 'Tuple':
      compileSequence(c, e.elts, 'tuple');
      return;
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      compileComprehension(c, e);
      return;
    case 'Await':
      if (c.unit.kind === 'module' || c.unit.scope.kind !== 'function') err("'await' outside function", e);
      if (c.unit.kind !== 'comprehension' && !c.unit.scope.isCoroutine) err("'await' outside async function", e);
      compileExpr(c, e.value);
      u.setLoc(e);
      u.emit(op.GET_AWAITABLE, 0);
      c.loadConst(None);
      compileAwaitLike(c, 3);
      return;
    case 'Yield':
      if (u.scope.kind !== 'function') err("'yield' outside function", e);
      if (e.value) compileExpr(c, e.value);
      else c.loadConst(None);
      if (u.scope.isCoroutine) u.emit(op.ASYNC_GEN_WRAP);
      u.emit(op.YIELD_VALUE);
      u.emit(op.RESUME, 1);
      return;
    case 'YieldFrom':
      if (u.scope.kind !== 'function') err("'yield' outside function", e);
      if (u.scope.isCoroutine) err("'yield from' inside async function", e);
      compileExpr(c, e.value);
      u.setLoc(e);
      u.emit(op.GET_YIELD_FROM_ITER);
      c.loadConst(None);
      compileAwaitLike(c, 2);
      return;
    case 'Compare':
      compileCompare(c, e);
      return;
    case 'Call':
      compileCall(c, e);
      return;
    case 'FormattedValue':
      compileFormattedValue(c, e);
      return;
    case 'JoinedStr':
      compileJoinedStr(c, e);
      return;
    case 'Attribute':
      if (e.ctx !== 'Load') err('internal: attribute store in load context', e);
      compileExpr(c, e.value);
      updateStartLocationToMatchAttr(c, e);
      u.emit(op.LOAD_ATTR, u.addName(c.mangle(e.attr)));
      return;
    case 'Subscript':
      checkSubscript(c, e.value, e.slice);
      compileExpr(c, e.value);
      compileExpr(c, e.slice);
      u.setLoc(e);
      u.emit(op.BINARY_SUBSCR);
      return;
    case 'Starred':
      err("can't use starred expression here", e);
      return;
    case 'Slice': {
      let n = 2;
      if (e.lower) compileExpr(c, e.lower);
      else c.loadConst(None);
      if (e.upper) compileExpr(c, e.upper);
      else c.loadConst(None);
      if (e.step) {
        compileExpr(c, e.step);
        n = 3;
      }
      u.setLoc(e);
      u.emit(op.BUILD_SLICE, n);
      return;
    }
    case 'NamedExpr':
      compileExpr(c, e.value);
      u.setLoc(e);
      u.emit(op.COPY, 1);
      compileStore(c, e.target);
      return;
  }
}

/** The SEND / YIELD_VALUE / RESUME loop of `await` (resumeKind 3) and `yield from` (2). */
export function compileAwaitLike(c: Compiler, resumeKind: number): void {
  const u = c.unit;
  const send = u.newLabel();
  const resume = u.newLabel();
  const exit = u.newLabel();
  u.placeLabel(send);
  u.jump(op.SEND, exit);
  u.placeLabel(resume);
  u.emit(op.YIELD_VALUE);
  u.emit(op.RESUME, resumeKind);
  u.jump(op.JUMP_NO_INTERRUPT, send);
  u.placeLabel(exit);
}

/** __exit__(None, None, None) on the exit function below TOS (the 3.11 CALL trick). */
export function compileCallExitWithNones(c: Compiler): void {
  const u = c.unit;
  c.loadConst(None);
  c.loadConst(None);
  c.loadConst(None);
  u.emit(op.PRECALL, 2);
  u.emit(op.CALL, 2);
}

/** compiler_compare: a chain keeps the middle operand with SWAP/COPY, JUMP_IF_FALSE_OR_POP. */
function compileCompare(c: Compiler, e: A.Compare): void {
  const u = c.unit;
  checkCompare(c, e);
  compileExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    compileLastComparator(c, e);
    emitCompareOp(c, e.ops[0]);
    return;
  }
  const cleanup = u.newLabel();
  for (let i = 0; i < n; i++) {
    compileExpr(c, e.comparators[i]);
    u.emit(op.SWAP, 2);
    u.emit(op.COPY, 2);
    emitCompareOp(c, e.ops[i]);
    u.jump(op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  compileLastComparator(c, e);
  emitCompareOp(c, e.ops[n]);
  const end = u.newLabel();
  u.jumpNoLine(op.JUMP, end);
  u.placeLabel(cleanup);
  u.emit(op.SWAP, 2);
  u.emit(op.POP_TOP);
  u.placeLabel(end);
}

/**
 * compiler_jump_if: jump to `label` when `e` is truthy (cond = true) or falsy (cond = false).
 * Like CPython, a comparison leaves the current location at itself (later instructions of the
 * enclosing construct are located there); other tests jump from the current location.
 */
export function compileJumpIf(c: Compiler, e: A.Expr, label: number, cond: boolean): void {
  const u = c.unit;
  // A test the AST optimizer folds to a constant takes the general path (LOAD_CONST, jump).
  const folded = e._type !== 'Constant' && constValue(e) !== undefined;
  switch (folded ? '' : e._type) {
    case 'UnaryOp':
      if (e._type === 'UnaryOp' && e.op === 'Not') {
        const inverted = foldNotCompare(e);
        if (inverted === null) {
          compileJumpIf(c, e.operand, label, !cond);
          return;
        }
        e = inverted;
        break;
      }
      break;
    case 'BoolOp': {
      if (e._type !== 'BoolOp') break;
      const isOr = e.op === 'Or';
      const next2 = cond !== isOr ? u.newLabel() : label;
      const n = e.values.length - 1;
      for (let i = 0; i < n; i++) compileJumpIf(c, e.values[i], next2, isOr);
      compileJumpIf(c, e.values[n], label, cond);
      if (next2 !== label) u.placeLabel(next2);
      return;
    }
    case 'IfExp': {
      if (e._type !== 'IfExp') break;
      const end = u.newLabel();
      const next2 = u.newLabel();
      compileJumpIf(c, e.test, next2, false);
      compileJumpIf(c, e.body, label, cond);
      u.jumpNoLine(op.JUMP, end);
      u.placeLabel(next2);
      compileJumpIf(c, e.orelse, label, cond);
      u.placeLabel(end);
      return;
    }
  }
  if (!folded && e._type === 'Compare') {
    // compiler_jump_if checks a chained comparison before locating at it.
    if (e.ops.length > 1) checkCompare(c, e);
    u.setLoc(e);
    const n = e.ops.length - 1;
    if (n > 0) {
      const cleanup = u.newLabel();
      compileExpr(c, e.left);
      for (let i = 0; i < n; i++) {
        compileExpr(c, e.comparators[i]);
        u.emit(op.SWAP, 2);
        u.emit(op.COPY, 2);
        emitCompareOp(c, e.ops[i]);
        u.jump(op.POP_JUMP_IF_FALSE, cleanup);
      }
      compileLastComparator(c, e);
      emitCompareOp(c, e.ops[n]);
      u.jump(cond ? op.POP_JUMP_IF_TRUE : op.POP_JUMP_IF_FALSE, label);
      const end = u.newLabel();
      u.jumpNoLine(op.JUMP, end);
      u.placeLabel(cleanup);
      u.emit(op.POP_TOP);
      if (!cond) u.jumpNoLine(op.JUMP, label);
      u.placeLabel(end);
      return;
    }
  }
  compileExpr(c, e);
  u.jump(cond ? op.POP_JUMP_IF_TRUE : op.POP_JUMP_IF_FALSE, label);
}

/**
 * The AST optimizer's fold_unaryop for `not`: `not a is b` is `a is not b`, and likewise for
 * `is not`, `in`, `not in` (single comparisons only). Returns the comparison, or null.
 */
export function foldNotCompare(e: A.UnaryOp): A.Compare | null {
  if (e.op !== 'Not' || e.operand._type !== 'Compare' || e.operand.ops.length !== 1) return null;
  const inv: Partial<Record<A.CmpOpKind, A.CmpOpKind>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
  const k = inv[e.operand.ops[0]];
  if (k === undefined) return null;
  // COPY_NODE: the comparison replaces the `not` node, location included.
  return { ...e.operand, ops: [k] };
}

/**
 * update_start_location_to_match_attr: an attribute access spanning lines is located from the
 * line of the attribute name (so `obj\n.meth()` runs on the second line).
 */
export function updateStartLocationToMatchAttr(c: Compiler, attr: A.Attribute): void {
  const u = c.unit;
  const loc = u.loc;
  if (loc.lineno === attr.end_lineno) return;
  const len = attr.attr.length;
  let col = loc.col;
  let endCol = loc.end_col;
  if (len <= attr.end_col_offset) col = attr.end_col_offset - len;
  else {
    col = -1;
    endCol = -1;
  }
  const lineno = attr.end_lineno;
  const endLineno = Math.max(lineno, loc.end_lineno);
  if (lineno === endLineno) endCol = Math.max(col, endCol);
  u.loc = { lineno, end_lineno: endLineno, col, end_col: endCol };
}

// ---------------------------------------------------------------------------------------------
// assignment targets

export function compileStore(c: Compiler, t: A.Expr): void {
  const u = c.unit;
  const saved = u.setLoc(t);
  switch (t._type) {
    case 'Name':
      c.nameOp(t.id, 'Store');
      break;
    case 'Attribute':
      compileExpr(c, t.value);
      updateStartLocationToMatchAttr(c, t);
      c.forbiddenName(t.attr, 'Store');
      u.emit(op.STORE_ATTR, u.addName(c.mangle(t.attr)));
      break;
    case 'Subscript':
      compileExpr(c, t.value);
      compileExpr(c, t.slice);
      u.setLoc(t);
      u.emit(op.STORE_SUBSCR);
      break;
    case 'Tuple':
    case 'List': {
      const elts = t.elts;
      const starIdx = elts.findIndex((x) => x._type === 'Starred');
      if (starIdx >= 0) {
        if (elts.slice(starIdx + 1).some((x) => x._type === 'Starred')) err('multiple starred expressions in assignment', t);
        const after = elts.length - starIdx - 1;
        if (starIdx >= 256 || after >= (1 << 24)) err('too many expressions in star-unpacking assignment', t);
        u.emit(op.UNPACK_EX, starIdx | (after << 8));
      } else u.emit(op.UNPACK_SEQUENCE, elts.length);
      for (const x of elts) compileStore(c, x._type === 'Starred' ? x.value : x);
      break;
    }
    case 'Starred':
      err('starred assignment target must be in a list or tuple', t);
      break;
    default:
      err(`cannot assign to ${describe(t)}`, t);
  }
  u.loc = saved;
}

export function compileDelete(c: Compiler, t: A.Expr): void {
  const u = c.unit;
  const saved = u.setLoc(t);
  switch (t._type) {
    case 'Name':
      c.nameOp(t.id, 'Del');
      break;
    case 'Attribute':
      compileExpr(c, t.value);
      updateStartLocationToMatchAttr(c, t);
      c.forbiddenName(t.attr, 'Del');
      u.emit(op.DELETE_ATTR, u.addName(c.mangle(t.attr)));
      break;
    case 'Subscript':
      compileExpr(c, t.value);
      compileExpr(c, t.slice);
      u.setLoc(t);
      u.emit(op.DELETE_SUBSCR);
      break;
    case 'Tuple':
    case 'List':
      for (const x of t.elts) compileDelete(c, x);
      break;
    default:
      err(`cannot delete ${describe(t)}`, t);
  }
  u.loc = saved;
}

function describe(e: A.Expr): string {
  switch (e._type) {
    case 'Call': return 'function call';
    case 'Constant': return 'literal';
    case 'Compare': return 'comparison';
    default: return 'expression';
  }
}
