/**
 * Expression code generation (CPython 3.11 shapes): calls use PUSH_NULL / LOAD_METHOD + PRECALL
 * + CALL (KW_NAMES for keywords, CALL_FUNCTION_EX for * and **), chained comparisons use
 * SWAP/COPY + JUMP_IF_FALSE_OR_POP, comprehensions are nested functions called on the first
 * iterator, and conditions compile to direct jumps (compiler_jump_if).
 */
import type * as A from '../parser/ast';
import type { PyValue } from '../objects/object';
import { None, Ellipsis } from '../objects/core-types';
import { PyFloat } from '../objects/float';
import { PyComplex } from '../objects/complex';
import { PyTuple } from '../objects/tuple';
import { PyBytes } from '../objects/bytes';
import type { PySet } from '../objects/set';
import { frozensetConst, collectIdentifiers, type FrozensetConstContext } from '../objects/set-consts';
import type { Compiler } from './compiler';
import { CompileError } from './compile-error';
import { BINOP_ARG } from './stmt';
import * as op from './opcodes';
import { foldBinOp, foldUnary } from './constfold';
import { optimizeFormat } from './astopt';

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
// displays

/**
 * The iterable of a `for`, a comprehension or the right of `in` / `not in`, as the AST
 * optimizer's fold_iter leaves it: a list display becomes a tuple (a constant one if every item
 * is constant) and a set display of constants a frozenset constant (iterated directly; its order
 * differs from a built set's).
 */
export function compileIterable(c: Compiler, e: A.Expr): void {
  if (e._type === 'List' && e.ctx === 'Load' && !hasStarred(e.elts)) {
    compileExpr(c, { ...e, _type: 'Tuple' } as A.Tuple);
    return;
  }
  if (e._type === 'Set' && !hasStarred(e.elts)) {
    const consts = e.elts.map(constValue);
    if (consts.every((x) => x !== undefined)) {
      const saved = c.unit.setLoc(e);
      c.loadConst(constFrozenset(c, consts as PyValue[]));
      c.unit.loc = saved;
      return;
    }
  }
  compileExpr(c, e);
}

/** A frozenset constant as CPython makes it (see set-consts.ts); state kept per compilation. */
const frozensetConsts = new WeakMap<Compiler, FrozensetConstContext>();
function constFrozenset(c: Compiler, items: PyValue[]): PySet {
  let ctx = frozensetConsts.get(c);
  if (ctx === undefined) {
    // The scope map is keyed by AST nodes; the module (or expression) root holds all identifiers.
    const root = [...c.scopes.keys()].find((n) => ['Module', 'Expression', 'Interactive'].includes((n as { _type?: string })._type ?? ''));
    ctx = { cache: new Map(), identifiers: collectIdentifiers(root) };
    frozensetConsts.set(c, ctx);
  }
  return frozensetConst(items, ctx);
}

/** The last operand of a comparison: after `in` / `not in`, folded like an iterable (fold_compare). */
function compileLastComparator(c: Compiler, e: A.Compare): void {
  const n = e.ops.length;
  if (e.ops[n - 1] === 'In' || e.ops[n - 1] === 'NotIn') compileIterable(c, e.comparators[n - 1]);
  else compileExpr(c, e.comparators[n - 1]);
}

function hasStarred(elts: A.Expr[]): boolean {
  return elts.some((x) => x._type === 'Starred');
}

/** CPython's STACK_USE_GUIDELINE: past this many items, displays and calls are built piecewise. */
const STACK_USE_GUIDELINE = 30;

function compileSequence(c: Compiler, elts: A.Expr[], kind: 'list' | 'tuple' | 'set'): void {
  if (kind === 'set') starunpackHelper(c, elts, 0, op.BUILD_SET, op.SET_ADD, op.SET_UPDATE, false);
  else starunpackHelper(c, elts, 0, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND, kind === 'tuple');
}

/**
 * starunpack_helper: a list/tuple/set display (or the positional arguments of a call with `*`),
 * with `pushed` items already on the stack. Three or more constants are loaded as one constant
 * (a tuple; a frozenset for sets); big or starred displays are built item by item.
 */
function starunpackHelper(c: Compiler, elts: A.Expr[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
  const u = c.unit;
  const n = elts.length;
  if (n > 2) {
    const consts = elts.map((x) => (x._type === 'Starred' ? undefined : constValue(x)));
    if (consts.every((x) => x !== undefined)) {
      if (tuple && pushed === 0) {
        c.loadConst(new PyTuple(consts as PyValue[]));
        return;
      }
      u.emit(build, pushed);
      c.loadConst(add === op.SET_ADD ? constFrozenset(c, consts as PyValue[]) : new PyTuple(consts as PyValue[]));
      u.emit(extend, 1);
      if (tuple) u.emit(op.LIST_TO_TUPLE);
      return;
    }
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = hasStarred(elts);
  if (!seenStar && !big) {
    for (const x of elts) compileExpr(c, x);
    u.emit(tuple ? op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let built = false;
  if (big) {
    u.emit(build, pushed);
    built = true;
  }
  for (let i = 0; i < n; i++) {
    const x = elts[i];
    if (x._type === 'Starred') {
      if (!built) {
        u.emit(build, i + pushed);
        built = true;
      }
      compileExpr(c, x.value);
      u.emit(extend, 1);
    } else {
      compileExpr(c, x);
      if (built) u.emit(add, 1);
    }
  }
  if (tuple) u.emit(op.LIST_TO_TUPLE);
}

/** compiler_subdict: keys[begin:end] as BUILD_CONST_KEY_MAP (2+ constant keys) or BUILD_MAP. */
function compileSubdict(c: Compiler, e: A.Dict, begin: number, end: number): void {
  const u = c.unit;
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    const keys = e.keys.slice(begin, end).map((k) => (k === null ? undefined : constValue(k)));
    if (keys.every((k) => k !== undefined)) {
      for (let i = begin; i < end; i++) compileExpr(c, e.values[i]);
      c.loadConst(new PyTuple(keys as PyValue[]));
      u.emit(op.BUILD_CONST_KEY_MAP, n);
      return;
    }
  }
  if (big) u.emit(op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    compileExpr(c, e.keys[i]!);
    compileExpr(c, e.values[i]);
    if (big) u.emit(op.MAP_ADD, 1);
  }
  if (!big) u.emit(op.BUILD_MAP, n);
}

/** compiler_dict: runs of key: value pairs (at most 16 per run) merged with DICT_UPDATE. */
function compileDict(c: Compiler, e: A.Dict): void {
  const u = c.unit;
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements > 0) {
        compileSubdict(c, e, i - elements, i);
        if (haveDict) u.emit(op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        u.emit(op.BUILD_MAP, 0);
        haveDict = true;
      }
      compileExpr(c, e.values[i]);
      u.emit(op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      compileSubdict(c, e, i - elements, i + 1);
      if (haveDict) u.emit(op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else elements++;
  }
  if (elements > 0) {
    compileSubdict(c, e, n - elements, n);
    if (haveDict) u.emit(op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) u.emit(op.BUILD_MAP, 0);
}

// ---------------------------------------------------------------------------------------------
// calls

/** compiler_call: LOAD_METHOD for `obj.meth(...)` when possible, else PUSH_NULL + callable. */
function compileCall(c: Compiler, e: A.Call): void {
  const u = c.unit;
  const f = e.func;
  if (maybeOptimizeMethodCall(c, e)) return;
  u.setLoc(f);
  u.emit(op.PUSH_NULL); // the optimizer merges it into a following LOAD_GLOBAL
  u.setLoc(e);
  compileExpr(c, f);
  emitCallArgs(c, e, e.args, e.keywords, 0);
}

/** maybe_optimize_method_call. */
function maybeOptimizeMethodCall(c: Compiler, e: A.Call): boolean {
  const u = c.unit;
  const meth = e.func;
  if (meth._type !== 'Attribute' || meth.ctx !== 'Load') return false;
  if (c.isImportOriginated(meth.value)) return false;
  const nargs = e.args.length;
  const nkw = e.keywords.length;
  if (nargs + nkw + (nkw !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (hasStarred(e.args) || e.keywords.some((k) => k.arg === null)) return false;
  compileExpr(c, meth.value);
  u.setLoc(meth);
  updateStartLocationToMatchAttr(c, meth);
  u.emit(op.LOAD_METHOD, u.addName(c.mangle(meth.attr)));
  for (const a of e.args) compileExpr(c, a);
  if (nkw > 0) {
    for (const k of e.keywords) compileExpr(c, k.value);
    c.loadConstKwnames(e.keywords.map((k) => k.arg!));
  }
  u.setLoc(e);
  updateStartLocationToMatchAttr(c, meth);
  u.emit(op.PRECALL, nargs + nkw);
  u.emit(op.CALL, nargs + nkw);
  return true;
}

/**
 * compiler_call_helper: arguments and the call itself. `extra` positional values are already on
 * the stack above the callable (class creation pushes the function and the name first).
 */
export function emitCallArgs(c: Compiler, _loc: A.Pos, args: A.Expr[], kws: A.Keyword[], extra: number): void {
  const u = c.unit;
  const nelts = args.length;
  const nkw = kws.length;
  const ex = nelts + nkw * 2 > STACK_USE_GUIDELINE || hasStarred(args) || kws.some((k) => k.arg === null);
  if (!ex) {
    for (const a of args) compileExpr(c, a);
    if (nkw > 0) {
      for (const k of kws) compileExpr(c, k.value);
      c.loadConstKwnames(kws.map((k) => k.arg!));
    }
    u.emit(op.PRECALL, extra + nelts + nkw);
    u.emit(op.CALL, extra + nelts + nkw);
    return;
  }
  // CALL_FUNCTION_EX: positional arguments as one tuple, keywords as one dict.
  if (extra === 0 && nelts === 1 && args[0]._type === 'Starred') compileExpr(c, args[0].value);
  else starunpackHelper(c, args, extra, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND, true);
  if (nkw > 0) {
    let haveDict = false;
    let nseen = 0;
    for (let i = 0; i < nkw; i++) {
      if (kws[i].arg === null) {
        if (nseen > 0) {
          compileSubkwargs(c, kws, i - nseen, i);
          if (haveDict) u.emit(op.DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          u.emit(op.BUILD_MAP, 0);
          haveDict = true;
        }
        compileExpr(c, kws[i].value);
        u.emit(op.DICT_MERGE, 1);
      } else nseen++;
    }
    if (nseen > 0) {
      compileSubkwargs(c, kws, nkw - nseen, nkw);
      if (haveDict) u.emit(op.DICT_MERGE, 1);
    }
  }
  u.emit(op.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
}

/** compiler_subkwargs: keyword arguments [begin:end] of a CALL_FUNCTION_EX as a dict. */
function compileSubkwargs(c: Compiler, kws: A.Keyword[], begin: number, end: number): void {
  const u = c.unit;
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) compileExpr(c, kws[i].value);
    c.loadConst(new PyTuple(kws.slice(begin, end).map((k) => k.arg!)));
    u.emit(op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) u.emitNoLine(op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    c.loadConst(kws[i].arg!);
    compileExpr(c, kws[i].value);
    if (big) u.emitNoLine(op.MAP_ADD, 1);
  }
  if (!big) u.emit(op.BUILD_MAP, n);
}

// ---------------------------------------------------------------------------------------------
// f-strings

function compileFormattedValue(c: Compiler, e: A.FormattedValue): void {
  const u = c.unit;
  compileExpr(c, e.value);
  let flags = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
  if (e.format_spec) {
    compileExpr(c, e.format_spec);
    flags |= 4;
  }
  u.setLoc(e);
  u.emit(op.FORMAT_VALUE, flags);
}

/** compiler_joined_str: BUILD_STRING, or ''.join([...]) past STACK_USE_GUIDELINE parts. */
function compileJoinedStr(c: Compiler, e: A.JoinedStr): void {
  const u = c.unit;
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst('');
    u.emit(op.LOAD_METHOD, u.addName('join'));
    u.emit(op.BUILD_LIST, 0);
    for (const v of e.values) {
      compileExpr(c, v);
      u.emit(op.LIST_APPEND, 1);
    }
    u.emit(op.PRECALL, 1);
    u.emit(op.CALL, 1);
    return;
  }
  for (const v of e.values) compileExpr(c, v);
  if (n !== 1) u.emit(op.BUILD_STRING, n);
}

// ---------------------------------------------------------------------------------------------
// comprehensions

type Comprehension = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

/**
 * compiler_comprehension: the body is a nested function taking the outermost iterator (`.0`),
 * called at once. The location inside is the comprehension's; like CPython, a comparison in an
 * `if` clause leaves the location at itself for the instructions that follow it.
 */
function compileComprehension(c: Compiler, e: Comprehension): void {
  const u = c.unit;
  const scope = c.scopes.get(e)!;
  const name = e._type === 'ListComp' ? '<listcomp>' : e._type === 'SetComp' ? '<setcomp>' : e._type === 'DictComp' ? '<dictcomp>' : '<genexpr>';
  const qualname = u.childQualname(name, u.kind !== 'class' && u.kind !== 'module');
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
