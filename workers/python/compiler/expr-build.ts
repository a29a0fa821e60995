/**
 * Displays, calls and f-strings, as compile.c builds them: starunpack_helper (constant runs
 * loaded as one constant, big or starred displays built item by item), compiler_dict /
 * compiler_subdict, compiler_call (LOAD_METHOD unless the receiver is a module-level import,
 * else PUSH_NULL + callable, which the optimizer merges into LOAD_GLOBAL), compiler_call_helper
 * (KW_NAMES, or CALL_FUNCTION_EX with * and **), and f-strings (BUILD_STRING, or ''.join for
 * more than STACK_USE_GUIDELINE parts).
 */
import type * as A from '../parser/ast';
import type { PyValue } from '../objects/object';
import { PyTuple } from '../objects/tuple';
import type { PySet } from '../objects/set';
import { frozensetConst, collectIdentifiers, type FrozensetConstContext } from '../objects/set-consts';
import type { Compiler } from './compiler';
import * as op from './opcodes';
import { CompileError } from './compile-error';
import { compileExpr, constValue, updateStartLocationToMatchAttr } from './expr';
import { checkCaller } from './syntax-warnings';

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
export function constFrozenset(c: Compiler, items: PyValue[]): PySet {
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
export function compileLastComparator(c: Compiler, e: A.Compare): void {
  const n = e.ops.length;
  if (e.ops[n - 1] === 'In' || e.ops[n - 1] === 'NotIn') compileIterable(c, e.comparators[n - 1]);
  else compileExpr(c, e.comparators[n - 1]);
}

export function hasStarred(elts: A.Expr[]): boolean {
  return elts.some((x) => x._type === 'Starred');
}

/** CPython's STACK_USE_GUIDELINE: past this many items, displays and calls are built piecewise. */
export const STACK_USE_GUIDELINE = 30;

export function compileSequence(c: Compiler, elts: A.Expr[], kind: 'list' | 'tuple' | 'set'): void {
  if (kind === 'set') starunpackHelper(c, elts, 0, op.BUILD_SET, op.SET_ADD, op.SET_UPDATE, false);
  else starunpackHelper(c, elts, 0, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND, kind === 'tuple');
}

/**
 * starunpack_helper: a list/tuple/set display (or the positional arguments of a call with `*`),
 * with `pushed` items already on the stack. Three or more constants are loaded as one constant
 * (a tuple; a frozenset for sets); big or starred displays are built item by item.
 */
export function starunpackHelper(c: Compiler, elts: A.Expr[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
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
export function compileDict(c: Compiler, e: A.Dict): void {
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
export function compileCall(c: Compiler, e: A.Call): void {
  const u = c.unit;
  const f = e.func;
  validateKeywords(c, e.keywords);
  if (maybeOptimizeMethodCall(c, e)) return;
  checkCaller(c, f);
  u.setLoc(f);
  u.emit(op.PUSH_NULL); // the optimizer merges it into a following LOAD_GLOBAL
  u.setLoc(e);
  compileExpr(c, f);
  emitCallArgs(c, e, e.args, e.keywords, 0);
}

/** validate_keywords: a keyword given twice is reported at its second occurrence. */
function validateKeywords(c: Compiler, kws: A.Keyword[]): void {
  for (let i = 0; i < kws.length; i++) {
    const name = kws[i].arg;
    if (name === null) continue;
    c.forbiddenName(name, 'Store');
    for (let j = i + 1; j < kws.length; j++) {
      const o = kws[j];
      if (o.arg === name) {
        throw new CompileError(`keyword argument repeated: ${name}`, o.lineno, o.col_offset + 1, o.end_lineno, o.end_col_offset + 1);
      }
    }
  }
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
  validateKeywords(c, kws);
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

export function compileFormattedValue(c: Compiler, e: A.FormattedValue): void {
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
export function compileJoinedStr(c: Compiler, e: A.JoinedStr): void {
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
