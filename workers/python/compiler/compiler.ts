/**
 * The code generator's core: compile(ast) → PyCode. Follows CPython 3.11's compile.c closely
 * (same instruction sequences for the same constructs where practical), because where a thread
 * switch can happen depends on exactly where loads, stores, calls and backward jumps fall.
 *
 * Statements are in stmt.ts, expressions in expr.ts, final layout in assemble.ts.
 */
import type * as A from '../parser/ast';
import type { PyValue } from '../objects/object';
import { None } from '../objects/core-types';
import { PyCode, CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS, CO_NESTED, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_NOFREE } from './code';
import { buildSymtable, type Scope, Sc } from './symtable';
import { Unit } from './unit';
import { assemble } from './assemble';
import * as op from './opcodes';
import { compileStmts } from './stmt';
import { compileExpr, constValue, emitCallArgs } from './expr';
import { mangle } from './mangle';
import { PyTuple } from '../objects/tuple';

export type CompileMode = 'exec' | 'eval' | 'single';

export class Compiler {
  readonly scopes: Map<unknown, Scope>;
  unit!: Unit;
  private readonly stack: Unit[] = [];
  /** Class name for private-name mangling (CPython's u_private), or null. */
  privateName: string | null = null;

  constructor(
    readonly filename: string,
    mod: A.Module | A.Expression,
  ) {
    this.scopes = buildSymtable(mod, filename);
  }

  // ---- units ----

  enterUnit(node: unknown, name: string, qualname: string, firstlineno: number, kind: Unit['kind']): Unit {
    const scope = this.scopes.get(node);
    if (!scope) throw new Error('internal: no scope for node');
    if (this.unit) this.stack.push(this.unit);
    const u = new Unit(scope, name, qualname, firstlineno, kind);
    // localsplus: parameters first, then other plain locals in order of first appearance.
    if (scope.kind === 'function') {
      for (const p of scope.params) u.varnames.push(p);
      for (const [n, r] of scope.resolved) {
        if (r === Sc.Local && !u.varnames.includes(n)) u.varnames.push(n);
      }
    }
    u.cellvars = scope.cellvars.slice();
    u.freevars = scope.freevars.slice();
    this.unit = u;
    return u;
  }

  leaveUnit(): Unit {
    const u = this.unit;
    this.unit = this.stack.pop()!;
    return u;
  }

  /** Emit the prologue every code object starts with (cells, free vars, generator, RESUME). */
  prologue(u: Unit): void {
    const saved = u.setLoc(null);
    const cellIdx = u.cellvars.map((c) => u.derefIndex(c)).sort((a, b) => a - b);
    for (const i of cellIdx) u.emit(op.MAKE_CELL, i);
    if (u.freevars.length > 0) u.emit(op.COPY_FREE_VARS, u.freevars.length);
    u.loc = saved;
    if (u.scope.isGenerator || (u.scope.isCoroutine && u.kind !== 'module')) {
      u.emit(op.RETURN_GENERATOR);
      u.emit(op.POP_TOP);
    }
  }

  finishUnit(u: Unit): PyCode {
    const s = u.scope;
    let flags = 0;
    if (s.kind === 'function') {
      flags |= CO_OPTIMIZED | CO_NEWLOCALS;
      if (s.hasVarargs) flags |= CO_VARARGS;
      if (s.hasVarkw) flags |= CO_VARKEYWORDS;
      if (s.nested) flags |= CO_NESTED;
      if (s.isCoroutine && s.isGenerator && !s.isGenexp) flags |= CO_ASYNC_GENERATOR;
      else if (s.isCoroutine && !(s.isGenexp)) flags |= CO_COROUTINE;
      else if (s.isGenerator && s.isGenexp && s.isCoroutine) flags |= CO_ASYNC_GENERATOR;
      else if (s.isGenerator) flags |= CO_GENERATOR;
    }
    if (u.freevars.length === 0 && u.cellvars.length === 0) flags |= CO_NOFREE;
    u.flags = flags | u.flags;
    return assemble(u, this.filename);
  }

  // ---- names ----

  mangle(name: string): string {
    return mangle(this.privateName, name);
  }

  /** Emit a load/store/delete of a variable, choosing FAST/NAME/GLOBAL/DEREF like compiler_nameop. */
  nameOp(name: string, ctx: A.ExprContext): void {
    const u = this.unit;
    const mangled = this.mangle(name);
    const scope = u.scope;
    const r = scope.resolved.get(mangled) ?? Sc.GlobalImplicit;
    const isFunc = scope.kind === 'function';
    let kind: 'fast' | 'name' | 'global' | 'deref' = 'name';
    if (r === Sc.Free || r === Sc.Cell) kind = 'deref';
    else if (r === Sc.Local) kind = isFunc ? 'fast' : 'name';
    else if (r === Sc.GlobalImplicit) kind = isFunc ? 'global' : 'name';
    else if (r === Sc.GlobalExplicit) kind = 'global';
    // A class body sees its own bindings, not the free variable of the same name, except
    // when it never binds it (then LOAD_CLASSDEREF checks the class namespace, then the cell).
    if (kind === 'deref' && scope.kind === 'class' && r !== Sc.Free) kind = 'name';
    switch (kind) {
      case 'fast': {
        const i = u.localIndex(mangled);
        u.emit(ctx === 'Load' ? op.LOAD_FAST : ctx === 'Store' ? op.STORE_FAST : op.DELETE_FAST, i);
        return;
      }
      case 'deref': {
        const i = u.derefIndex(mangled);
        if (ctx === 'Load') u.emit(scope.kind === 'class' ? op.LOAD_CLASSDEREF : op.LOAD_DEREF, i);
        else u.emit(ctx === 'Store' ? op.STORE_DEREF : op.DELETE_DEREF, i);
        return;
      }
      case 'global': {
        const i = u.addName(mangled);
        if (ctx === 'Load') u.emit(op.LOAD_GLOBAL, i << 1);
        else u.emit(ctx === 'Store' ? op.STORE_GLOBAL : op.DELETE_GLOBAL, i);
        return;
      }
      case 'name': {
        const i = u.addName(mangled);
        u.emit(ctx === 'Load' ? op.LOAD_NAME : ctx === 'Store' ? op.STORE_NAME : op.DELETE_NAME, i);
        return;
      }
    }
  }

  /** True when `name` would be loaded with LOAD_GLOBAL (so a call can use its NULL bit). */
  isGlobalLoad(name: string): boolean {
    const u = this.unit;
    const r = u.scope.resolved.get(this.mangle(name)) ?? Sc.GlobalImplicit;
    return u.scope.kind === 'function' && (r === Sc.GlobalImplicit || r === Sc.GlobalExplicit);
  }

  loadConst(v: PyValue): void {
    this.unit.emit(op.LOAD_CONST, this.unit.addConst(v));
  }

  /** KW_NAMES with the keyword names of the next CALL (a constant tuple). */
  loadConstKwnames(names: string[]): void {
    this.unit.emit(op.KW_NAMES, this.unit.addConst(new PyTuple(names)));
  }

  // ---- functions, lambdas and classes ----

  /** Build a function object for a def/lambda: defaults, kwdefaults, annotations, closure, code. */
  makeFunction(node: A.FunctionDef | A.AsyncFunctionDef | A.Lambda, name: string): void {
    const args = node.args;
    let flags = 0;
    if (args.defaults.length > 0) {
      this.buildTupleOrConst(args.defaults);
      flags |= 1;
    }
    const kwNames: string[] = [];
    const kwVals: A.Expr[] = [];
    args.kwonlyargs.forEach((a, i) => {
      const d = args.kw_defaults[i];
      if (d) {
        kwNames.push(this.mangle(a.arg));
        kwVals.push(d);
      }
    });
    if (kwNames.length > 0) {
      for (const v of kwVals) compileExpr(this, v);
      this.loadConst(new PyTuple(kwNames));
      this.unit.emit(op.BUILD_CONST_KEY_MAP, kwNames.length);
      flags |= 2;
    }
    if (node._type !== 'Lambda' && this.annotations(node)) flags |= 4;
    const code = this.compileFunctionBody(node, name);
    if (code.freevars.length > 0) {
      this.loadClosure(code.freevars);
      flags |= 8;
    }
    this.loadConst(code);
    this.unit.emit(op.MAKE_FUNCTION, flags);
  }

  private loadClosure(freevars: string[]): void {
    const u = this.unit;
    for (const fv of freevars) {
      // The enclosing unit holds it as a cell or (passing it through) as a free variable.
      u.emit(op.LOAD_CLOSURE, u.derefIndex(fv));
    }
    u.emit(op.BUILD_TUPLE, freevars.length);
  }

  /** Annotations tuple (name, value, name, value, …) as 3.11 builds it; false when none. */
  private annotations(node: A.FunctionDef | A.AsyncFunctionDef): boolean {
    const a = node.args;
    let n = 0;
    const visit = (arg: A.Arg | null) => {
      if (arg?.annotation) {
        this.loadConst(this.mangle(arg.arg));
        compileExpr(this, arg.annotation);
        n++;
      }
    };
    for (const arg of [...a.posonlyargs, ...a.args]) visit(arg);
    visit(a.vararg);
    for (const arg of a.kwonlyargs) visit(arg);
    visit(a.kwarg);
    if (node.returns) {
      this.loadConst('return');
      compileExpr(this, node.returns);
      n++;
    }
    if (n === 0) return false;
    this.unit.emit(op.BUILD_TUPLE, n * 2);
    return true;
  }

  buildTupleOrConst(elts: A.Expr[]): void {
    const consts = elts.map(constValue);
    if (consts.every((c) => c !== undefined)) {
      this.loadConst(new PyTuple(consts as PyValue[]));
      return;
    }
    for (const e of elts) compileExpr(this, e);
    this.unit.emit(op.BUILD_TUPLE, elts.length);
  }

  private compileFunctionBody(node: A.FunctionDef | A.AsyncFunctionDef | A.Lambda, name: string): PyCode {
    const outer = this.unit;
    const scope = this.scopes.get(node)!;
    const qualname = outer.childQualname(name, outer.kind !== 'class' && outer.kind !== 'module');
    const u = this.enterUnit(node, name, qualname, firstLine(node), node._type === 'Lambda' ? 'lambda' : 'function');
    const a = node.args;
    u.argcount = a.posonlyargs.length + a.args.length;
    u.posonlyargcount = a.posonlyargs.length;
    u.kwonlyargcount = a.kwonlyargs.length;
    u.setLoc(node);
    this.prologue(u);
    u.loc = { lineno: firstLine(node), end_lineno: firstLine(node), col: -1, end_col: -1 };
    u.emit(op.RESUME, 0);
    if (node._type === 'Lambda') {
      // A lambda's first constant is not a docstring: CPython adds None first.
      u.addConst(None);
      u.setLoc(node.body);
      compileExpr(this, node.body);
      if (!scope.isGenerator) u.emit(op.RETURN_VALUE);
      else {
        u.emit(op.POP_TOP);
        this.loadConst(None);
        u.emit(op.RETURN_VALUE);
      }
    } else {
      const doc = docstring(node.body);
      u.addConst(doc ?? None);
      compileStmts(this, doc !== null ? node.body.slice(1) : node.body);
      this.implicitReturn(node.body);
    }
    const code = this.finishUnit(u);
    this.leaveUnit();
    void scope;
    return code;
  }

  /** Every code path that falls off the end returns None (the assembler drops it if unreachable). */
  implicitReturn(body: A.Stmt[]): void {
    const u = this.unit;
    const last = body[body.length - 1];
    if (last) u.setLoc(last);
    u.loc = { ...u.loc, col: -1, end_col: -1 };
    this.loadConst(None);
    u.emit(op.RETURN_VALUE);
  }

  compileClass(s: A.ClassDef): void {
    const u = this.unit;
    for (const d of s.decorator_list) compileExpr(this, d);
    u.setLoc(s);
    u.emit(op.PUSH_NULL);
    u.emit(op.LOAD_BUILD_CLASS);
    const savedPrivate = this.privateName;
    this.privateName = s.name;
    const qualname = u.childQualname(s.name, u.kind !== 'class' && u.kind !== 'module');
    const cu = this.enterUnit(s, s.name, qualname, firstLine(s), 'class');
    cu.setLoc(s);
    this.prologue(cu);
    cu.emit(op.RESUME, 0);
    this.nameOpRaw('__name__', op.LOAD_NAME);
    this.nameOpRaw('__module__', op.STORE_NAME);
    this.loadConst(qualname);
    this.nameOpRaw('__qualname__', op.STORE_NAME);
    const doc = docstring(s.body);
    if (doc !== null) {
      cu.setLoc(s.body[0]);
      this.loadConst(doc);
      this.nameOpRaw('__doc__', op.STORE_NAME);
    }
    if (hasAnnotations(s.body)) cu.emit(op.SETUP_ANNOTATIONS);
    compileStmts(this, doc !== null ? s.body.slice(1) : s.body);
    cu.loc = { lineno: cu.loc.lineno, end_lineno: cu.loc.end_lineno, col: -1, end_col: -1 };
    if (cu.scope.needsClassCell) {
      cu.emit(op.LOAD_CLOSURE, cu.derefIndex('__class__'));
      cu.emit(op.COPY, 1);
      this.nameOpRaw('__classcell__', op.STORE_NAME);
    } else this.loadConst(None);
    cu.emit(op.RETURN_VALUE);
    const code = this.finishUnit(cu);
    this.leaveUnit();
    this.privateName = savedPrivate;
    u.setLoc(s);
    let flags = 0;
    if (code.freevars.length > 0) {
      this.loadClosure(code.freevars);
      flags = 8;
    }
    this.loadConst(code);
    u.emit(op.MAKE_FUNCTION, flags);
    this.loadConst(s.name);
    emitCallArgs(this, s, s.bases, s.keywords, 2);
    for (let i = 0; i < s.decorator_list.length; i++) {
      u.emit(op.PRECALL, 0);
      u.emit(op.CALL, 0);
    }
    this.nameOp(s.name, 'Store');
  }

  nameOpRaw(name: string, opcode: number): void {
    this.unit.emit(opcode, this.unit.addName(name));
  }

  // ---- entry points ----

  compileModule(mod: A.Module, mode: CompileMode): PyCode {
    const u = this.enterUnit(mod, '<module>', '<module>', 1, 'module');
    // CPython gives the module's RESUME line 0 (dis prints it as line 0).
    u.loc = { lineno: 0, end_lineno: 1, col: -1, end_col: -1 };
    u.emit(op.RESUME, 0);
    if (hasAnnotations(mod.body)) u.emit(op.SETUP_ANNOTATIONS);
    const doc = mode === 'exec' ? docstring(mod.body) : null;
    let body = mod.body;
    if (doc !== null) {
      u.setLoc(mod.body[0]);
      this.loadConst(doc);
      this.nameOpRaw('__doc__', op.STORE_NAME);
      body = body.slice(1);
    }
    if (mode === 'single') compileStmts(this, body, true);
    else compileStmts(this, body);
    const last = mod.body[mod.body.length - 1];
    if (last) u.setLoc(last);
    u.loc = { ...u.loc, col: -1, end_col: -1 };
    this.loadConst(None);
    u.emit(op.RETURN_VALUE);
    return this.finishUnit(u);
  }

  compileExpression(mod: A.Expression): PyCode {
    const u = this.enterUnit(mod, '<module>', '<module>', 1, 'module');
    u.loc = { lineno: 0, end_lineno: 1, col: -1, end_col: -1 };
    u.emit(op.RESUME, 0);
    compileExpr(this, mod.body);
    u.emit(op.RETURN_VALUE);
    return this.finishUnit(u);
  }
}

export function firstLine(n: A.FunctionDef | A.AsyncFunctionDef | A.ClassDef | A.Lambda): number {
  if (n._type !== 'Lambda' && n.decorator_list.length > 0) return n.decorator_list[0].lineno;
  return n.lineno;
}

export function docstring(body: A.Stmt[]): string | null {
  const first = body[0];
  if (first && first._type === 'Expr' && first.value._type === 'Constant' && first.value.value.kind === 'str') {
    return first.value.value.value;
  }
  return null;
}

function hasAnnotations(body: A.Stmt[]): boolean {
  const walk = (ss: A.Stmt[]): boolean =>
    ss.some((s) => {
      if (s._type === 'AnnAssign') return true;
      if (s._type === 'If' || s._type === 'While' || s._type === 'For' || s._type === 'AsyncFor') return walk(s.body) || walk(s.orelse);
      if (s._type === 'With' || s._type === 'AsyncWith') return walk(s.body);
      if (s._type === 'Try' || s._type === 'TryStar') return walk(s.body) || walk(s.orelse) || walk(s.finalbody) || s.handlers.some((h) => walk(h.body));
      return false;
    });
  return walk(body);
}

/** Compile a parsed module (or expression) into a code object. */
export function compileAst(mod: A.Module | A.Expression, filename: string, mode: CompileMode = 'exec'): PyCode {
  const c = new Compiler(filename, mod);
  if (mod._type === 'Expression') return c.compileExpression(mod);
  return c.compileModule(mod, mode);
}
