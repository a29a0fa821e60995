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
import { PyTuple } from '../objects/tuple';
import { PyBytes } from '../objects/bytes';
import type { Compiler } from './compiler';
import { CompileError } from './compile-error';
import { BINOP_ARG } from './stmt';
import * as op from './opcodes';
import { foldBinOp, foldUnary } from './constfold';

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
        case 'complex': return undefined;
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
      if (e.value.kind === 'complex') {
        u.emit(op.LOAD_GLOBAL, (u.addName('NotImplementedError') << 1) | 1);
        c.loadConst('complex numbers are not supported by Interleave');
        u.emit(op.PRECALL, 1);
        u.emit(op.CALL, 1);
        u.emit(op.RAISE_VARARGS, 1);
        return;
      }
      c.loadConst(k!);
      return;
    case 'Name':
      c.nameOp(e.id, 'Load');
      return;
    case 'BoolOp': {
      const end = u.newLabel();
      const jop = e.op === 'And' ? op.JUMP_IF_FALSE_OR_POP : op.JUMP_IF_TRUE_OR_POP;
      for (let i = 0; i < e.values.length; i++) {
        compileExpr(c, e.values[i]);
        if (i < e.values.length - 1) {
          u.setLoc(e);
          u.jump(jop, end);
        }
      }
      u.placeLabel(end);
      return;
    }
    case 'BinOp':
      compileExpr(c, e.left);
      compileExpr(c, e.right);
      u.setLoc(e);
      u.emit(op.BINARY_OP, BINOP_ARG[e.op]);
      return;
    case 'UnaryOp':
      compileExpr(c, e.operand);
      u.setLoc(e);
      u.emit(e.op === 'Not' ? op.UNARY_NOT : e.op === 'USub' ? op.UNARY_NEGATIVE : e.op === 'UAdd' ? op.UNARY_POSITIVE : op.UNARY_INVERT);
      return;
    case 'Lambda':
      c.makeFunction(e, '<lambda>');
      return;
    case 'IfExp': {
      const end = u.newLabel();
      const next = u.newLabel();
      compileJumpIf(c, e.test, next, false);
      compileExpr(c, e.body);
      u.jump(op.JUMP_NO_INTERRUPT, end);
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
      if (!c.unit.scope.isCoroutine && c.unit.kind !== 'module') {
        if (c.unit.kind === 'comprehension') err("asynchronous comprehension outside of an asynchronous function", e);
        err("'await' outside async function", e);
      }
      if (c.unit.kind === 'module' || (c.unit.scope.kind !== 'function')) err("'await' outside function", e);
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
      u.setLoc(e);
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
      u.setLoc(e);
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
  const exit = u.newLabel();
  u.placeLabel(send);
  u.jump(op.SEND, exit);
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

function compileCompare(c: Compiler, e: A.Compare): void {
  const u = c.unit;
  compileExpr(c, e.left);
  const n = e.ops.length;
  if (n === 1) {
    compileExpr(c, e.comparators[0]);
    u.setLoc(e);
    emitCompareOp(c, e.ops[0]);
    return;
  }
  const cleanup = u.newLabel();
  for (let i = 0; i < n - 1; i++) {
    compileExpr(c, e.comparators[i]);
    u.setLoc(e);
    u.emit(op.SWAP, 2);
    u.emit(op.COPY, 2);
    emitCompareOp(c, e.ops[i]);
    u.jump(op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  compileExpr(c, e.comparators[n - 1]);
  u.setLoc(e);
  emitCompareOp(c, e.ops[n - 1]);
  const end = u.newLabel();
  u.jump(op.JUMP_NO_INTERRUPT, end);
  u.placeLabel(cleanup);
  u.emit(op.SWAP, 2);
  u.emit(op.POP_TOP);
  u.placeLabel(end);
}

/** Jump to `label` when `e` is truthy (cond = true) or falsy (cond = false). */
export function compileJumpIf(c: Compiler, e: A.Expr, label: number, cond: boolean): void {
  const u = c.unit;
  switch (e._type) {
    case 'UnaryOp':
      if (e.op === 'Not') {
        compileJumpIf(c, e.operand, label, !cond);
        return;
      }
      break;
    case 'BoolOp': {
      const isOr = e.op === 'Or';
      const next2 = cond !== isOr ? u.newLabel() : label;
      for (let i = 0; i < e.values.length - 1; i++) compileJumpIf(c, e.values[i], next2, isOr);
      compileJumpIf(c, e.values[e.values.length - 1], label, cond);
      if (next2 !== label) u.placeLabel(next2);
      return;
    }
    case 'IfExp': {
      const end = u.newLabel();
      const next2 = u.newLabel();
      compileJumpIf(c, e.test, next2, false);
      compileJumpIf(c, e.body, label, cond);
      u.jump(op.JUMP_NO_INTERRUPT, end);
      u.placeLabel(next2);
      compileJumpIf(c, e.orelse, label, cond);
      u.placeLabel(end);
      return;
    }
    case 'Compare': {
      const n = e.ops.length;
      if (n > 1) {
        compileExpr(c, e.left);
        const cleanup = u.newLabel();
        for (let i = 0; i < n - 1; i++) {
          compileExpr(c, e.comparators[i]);
          u.setLoc(e);
          u.emit(op.SWAP, 2);
          u.emit(op.COPY, 2);
          emitCompareOp(c, e.ops[i]);
          u.jump(op.POP_JUMP_IF_FALSE, cleanup);
        }
        compileExpr(c, e.comparators[n - 1]);
        u.setLoc(e);
        emitCompareOp(c, e.ops[n - 1]);
        u.jump(cond ? op.POP_JUMP_IF_TRUE : op.POP_JUMP_IF_FALSE, label);
        const end = u.newLabel();
        u.jump(op.JUMP_NO_INTERRUPT, end);
        u.placeLabel(cleanup);
        u.emit(op.POP_TOP);
        if (!cond) u.jump(op.JUMP_NO_INTERRUPT, label);
        u.placeLabel(end);
        return;
      }
      break;
    }
  }
  compileExpr(c, e);
  u.setLoc(e);
  u.jump(cond ? op.POP_JUMP_IF_TRUE : op.POP_JUMP_IF_FALSE, label);
}

// ---------------------------------------------------------------------------------------------
// displays

function hasStarred(elts: A.Expr[]): boolean {
  return elts.some((x) => x._type === 'Starred');
}

function compileSequence(c: Compiler, elts: A.Expr[], kind: 'list' | 'tuple' | 'set'): void {
  const u = c.unit;
  const build = kind === 'list' ? op.BUILD_LIST : kind === 'set' ? op.BUILD_SET : op.BUILD_TUPLE;
  if (!hasStarred(elts)) {
    const consts = elts.length > 2 ? elts.map(constValue) : [];
    if (kind !== 'tuple' && elts.length > 2 && consts.every((x) => x !== undefined)) {
      // CPython builds constant lists/sets from a constant tuple.
      u.emit(build, 0);
      c.loadConst(new PyTuple(consts as PyValue[]));
      u.emit(kind === 'list' ? op.LIST_EXTEND : op.SET_UPDATE, 1);
      return;
    }
    for (const x of elts) compileExpr(c, x);
    u.emit(build, elts.length);
    return;
  }
  // With starred items: build a list (or set) incrementally, then convert a list to a tuple.
  const seqBuild = kind === 'set' ? op.BUILD_SET : op.BUILD_LIST;
  let pending = 0;
  let built = false;
  for (const x of elts) {
    if (x._type === 'Starred') {
      if (!built) {
        u.emit(seqBuild, pending);
        built = true;
      } else if (pending > 0) {
        throw new Error('unreachable');
      }
      pending = 0;
      compileExpr(c, x.value);
      u.emit(kind === 'set' ? op.SET_UPDATE : op.LIST_EXTEND, 1);
    } else if (!built) {
      compileExpr(c, x);
      pending++;
    } else {
      compileExpr(c, x);
      u.emit(kind === 'set' ? op.SET_ADD : op.LIST_APPEND, 1);
    }
  }
  if (kind === 'tuple') u.emit(op.LIST_TO_TUPLE);
}

function compileDict(c: Compiler, e: A.Dict): void {
  const u = c.unit;
  const n = e.keys.length;
  let i = 0;
  let built = false;
  while (i < n) {
    // Collect a run of plain key: value pairs.
    let j = i;
    while (j < n && e.keys[j] !== null) j++;
    const run = j - i;
    if (run > 0) {
      const keyConsts = e.keys.slice(i, j).map((k) => constValue(k!));
      if (run > 1 && keyConsts.every((k) => k !== undefined)) {
        for (let k = i; k < j; k++) compileExpr(c, e.values[k]);
        c.loadConst(new PyTuple(keyConsts as PyValue[]));
        u.setLoc(e);
        u.emit(op.BUILD_CONST_KEY_MAP, run);
      } else {
        for (let k = i; k < j; k++) {
          compileExpr(c, e.keys[k]!);
          compileExpr(c, e.values[k]);
        }
        u.setLoc(e);
        u.emit(op.BUILD_MAP, run);
      }
      if (built) u.emit(op.DICT_UPDATE, 1);
      built = true;
    }
    if (j < n) {
      if (!built) {
        u.setLoc(e);
        u.emit(op.BUILD_MAP, 0);
        built = true;
      }
      compileExpr(c, e.values[j]);
      u.setLoc(e);
      u.emit(op.DICT_UPDATE, 1);
      j++;
    }
    i = j;
  }
  if (!built) {
    u.setLoc(e);
    u.emit(op.BUILD_MAP, 0);
  }
}

// ---------------------------------------------------------------------------------------------
// calls

function compileCall(c: Compiler, e: A.Call): void {
  const u = c.unit;
  const f = e.func;
  const simple = !hasStarred(e.args) && !e.keywords.some((k) => k.arg === null);
  if (f._type === 'Attribute' && f.ctx === 'Load' && simple && e.args.length + e.keywords.length < 256) {
    compileExpr(c, f.value);
    u.loc = { lineno: f.lineno, end_lineno: f.end_lineno, col: f.col_offset, end_col: f.end_col_offset };
    u.emit(op.LOAD_METHOD, u.addName(c.mangle(f.attr)));
    for (const a of e.args) compileExpr(c, a);
    for (const k of e.keywords) compileExpr(c, k.value);
    u.setLoc(e);
    if (e.keywords.length > 0) c.loadConstKwnames(e.keywords.map((k) => k.arg!));
    u.emit(op.PRECALL, e.args.length + e.keywords.length);
    u.emit(op.CALL, e.args.length + e.keywords.length);
    return;
  }
  if (f._type === 'Name' && c.isGlobalLoad(f.id)) {
    u.setLoc(f);
    u.emit(op.LOAD_GLOBAL, (u.addName(c.mangle(f.id)) << 1) | 1);
  } else {
    u.setLoc(e);
    u.emit(op.PUSH_NULL);
    compileExpr(c, f);
  }
  emitCallArgs(c, e, e.args, e.keywords, 0);
}

/**
 * Arguments and the CALL itself. `extra` positional values are already on the stack above the
 * callable (class creation pushes the function and the name first).
 */
export function emitCallArgs(c: Compiler, loc: A.Pos, args: A.Expr[], kws: A.Keyword[], extra: number): void {
  const u = c.unit;
  const simple = !hasStarred(args) && !kws.some((k) => k.arg === null);
  if (simple) {
    for (const a of args) compileExpr(c, a);
    for (const k of kws) compileExpr(c, k.value);
    u.setLoc(loc);
    if (kws.length > 0) c.loadConstKwnames(kws.map((k) => k.arg!));
    const n = extra + args.length + kws.length;
    u.emit(op.PRECALL, n);
    u.emit(op.CALL, n);
    return;
  }
  // CALL_FUNCTION_EX: positional args as one tuple, keywords as one dict.
  if (extra > 0) {
    // Class creation with *bases: pack function and name with the positional arguments.
    u.emit(op.BUILD_LIST, extra);
  }
  compileStarArgs(c, args, extra > 0);
  let flags = 0;
  if (kws.length > 0) {
    compileKwargsDict(c, kws);
    flags = 1;
  }
  u.setLoc(loc);
  u.emit(op.CALL_FUNCTION_EX, flags);
}

function compileStarArgs(c: Compiler, args: A.Expr[], haveList: boolean): void {
  const u = c.unit;
  if (!haveList && args.length === 1 && args[0]._type === 'Starred') {
    compileExpr(c, args[0].value);
    // CPython 3.11 passes a tuple; a bare iterable is converted by CALL_FUNCTION_EX itself.
    return;
  }
  if (!haveList) u.emit(op.BUILD_LIST, 0);
  for (const a of args) {
    if (a._type === 'Starred') {
      compileExpr(c, a.value);
      u.emit(op.LIST_EXTEND, 1);
    } else {
      compileExpr(c, a);
      u.emit(op.LIST_APPEND, 1);
    }
  }
  u.emit(op.LIST_TO_TUPLE);
}

function compileKwargsDict(c: Compiler, kws: A.Keyword[]): void {
  const u = c.unit;
  let built = false;
  let i = 0;
  while (i < kws.length) {
    if (kws[i].arg === null) {
      if (!built) {
        u.emit(op.BUILD_MAP, 0);
        built = true;
      }
      compileExpr(c, kws[i].value);
      u.emit(op.DICT_MERGE, 1);
      i++;
      continue;
    }
    let j = i;
    while (j < kws.length && kws[j].arg !== null) j++;
    for (let k = i; k < j; k++) {
      c.loadConst(kws[k].arg!);
      compileExpr(c, kws[k].value);
    }
    u.emit(op.BUILD_MAP, j - i);
    if (built) u.emit(op.DICT_MERGE, 1);
    built = true;
    i = j;
  }
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

function compileJoinedStr(c: Compiler, e: A.JoinedStr): void {
  const u = c.unit;
  if (e.values.length === 0) {
    c.loadConst('');
    return;
  }
  for (const v of e.values) compileExpr(c, v);
  if (e.values.length > 1 || e.values[0]._type === 'Constant') {
    u.setLoc(e);
    if (e.values.length > 1) u.emit(op.BUILD_STRING, e.values.length);
  }
}

// ---------------------------------------------------------------------------------------------
// comprehensions

function compileComprehension(c: Compiler, e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
  const u = c.unit;
  const scope = c.scopes.get(e)!;
  const name = e._type === 'ListComp' ? '<listcomp>' : e._type === 'SetComp' ? '<setcomp>' : e._type === 'DictComp' ? '<dictcomp>' : '<genexpr>';
  const qualname = u.childQualname(name, u.kind !== 'class' && u.kind !== 'module');
  const cu = c.enterUnit(e, name, qualname, e.lineno, 'comprehension');
  cu.argcount = 1;
  cu.setLoc(e);
  c.prologue(cu);
  cu.emit(op.RESUME, 0);
  const isGen = e._type === 'GeneratorExp';
  const isAsync = e.generators.some((g) => g.is_async) || false;
  if (!isGen) {
    cu.emit(e._type === 'ListComp' ? op.BUILD_LIST : e._type === 'SetComp' ? op.BUILD_SET : op.BUILD_MAP, 0);
  }
  comprehensionGenerator(c, e, 0, 0, isAsync);
  cu.setLoc(e);
  if (isGen) c.loadConst(None);
  cu.emit(op.RETURN_VALUE);
  void scope;
  const code = c.finishUnit(cu);
  c.leaveUnit();
  u.setLoc(e);
  let flags = 0;
  if (code.freevars.length > 0) {
    for (const fv of code.freevars) u.emit(op.LOAD_CLOSURE, u.derefIndex(fv));
    u.emit(op.BUILD_TUPLE, code.freevars.length);
    flags = 8;
  }
  c.loadConst(code);
  u.emit(op.MAKE_FUNCTION, flags);
  compileExpr(c, e.generators[0].iter);
  u.setLoc(e);
  if (e.generators[0].is_async) u.emit(op.GET_AITER);
  else u.emit(op.GET_ITER);
  u.emit(op.PRECALL, 0);
  u.emit(op.CALL, 0);
  if (isAsync && !isGen) {
    u.emit(op.GET_AWAITABLE, 0);
    c.loadConst(None);
    compileAwaitLike(c, 3);
  }
}

function comprehensionGenerator(
  c: Compiler, e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, gi: number, depth: number, isAsync: boolean,
): void {
  const u = c.unit;
  const g = e.generators[gi];
  const start = u.newLabel();
  const ifCleanup = u.newLabel();
  const anchor = u.newLabel();
  if (g.is_async) {
    compileAsyncComprehensionGenerator(c, e, gi, depth, isAsync);
    return;
  }
  if (gi === 0) {
    u.emit(op.LOAD_FAST, 0); // the .0 argument: the first iterator
  } else {
    compileExpr(c, g.iter);
    u.setLoc(g.iter);
    u.emit(op.GET_ITER);
  }
  u.placeLabel(start);
  u.setLoc(g.iter);
  u.loc = { lineno: e.lineno, end_lineno: e.end_lineno, col: e.col_offset, end_col: e.end_col_offset };
  u.jump(op.FOR_ITER, anchor);
  compileStore(c, g.target);
  for (const cond of g.ifs) compileJumpIf(c, cond, ifCleanup, false);
  const inner = depth + 1;
  if (gi + 1 < e.generators.length) comprehensionGenerator(c, e, gi + 1, inner, isAsync);
  else emitComprehensionElement(c, e, inner);
  u.placeLabel(ifCleanup);
  u.loc = { lineno: e.lineno, end_lineno: e.end_lineno, col: e.col_offset, end_col: e.end_col_offset };
  u.jump(op.JUMP, start);
  u.placeLabel(anchor);
}

function compileAsyncComprehensionGenerator(
  c: Compiler, e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, gi: number, depth: number, isAsync: boolean,
): void {
  const u = c.unit;
  const g = e.generators[gi];
  const start = u.newLabel();
  const except = u.newLabel();
  const ifCleanup = u.newLabel();
  if (gi === 0) u.emit(op.LOAD_FAST, 0);
  else {
    compileExpr(c, g.iter);
    u.emit(op.GET_AITER);
  }
  u.placeLabel(start);
  u.jump(op.SETUP_FINALLY, except);
  u.emit(op.GET_ANEXT);
  c.loadConst(None);
  compileAwaitLike(c, 3);
  u.emit(op.POP_BLOCK);
  compileStore(c, g.target);
  for (const cond of g.ifs) compileJumpIf(c, cond, ifCleanup, false);
  const inner = depth + 1;
  if (gi + 1 < e.generators.length) comprehensionGenerator(c, e, gi + 1, inner, isAsync);
  else emitComprehensionElement(c, e, inner);
  u.placeLabel(ifCleanup);
  u.jump(op.JUMP, start);
  u.placeLabel(except);
  u.emit(op.END_ASYNC_FOR);
}

function emitComprehensionElement(c: Compiler, e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, depth: number): void {
  const u = c.unit;
  switch (e._type) {
    case 'GeneratorExp':
      compileExpr(c, e.elt);
      u.setLoc(e.elt);
      if (u.scope.isCoroutine) u.emit(op.ASYNC_GEN_WRAP);
      u.emit(op.YIELD_VALUE);
      u.emit(op.RESUME, 1);
      u.emit(op.POP_TOP);
      return;
    case 'ListComp':
      compileExpr(c, e.elt);
      u.setLoc(e.elt);
      u.emit(op.LIST_APPEND, depth + 1);
      return;
    case 'SetComp':
      compileExpr(c, e.elt);
      u.setLoc(e.elt);
      u.emit(op.SET_ADD, depth + 1);
      return;
    case 'DictComp':
      compileExpr(c, e.key);
      compileExpr(c, e.value);
      u.setLoc(e.value);
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
      u.setLoc(t);
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
      u.setLoc(t);
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
