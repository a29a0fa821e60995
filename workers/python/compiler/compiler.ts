/**
 * The code generator's core: compile(ast) → PyCode. Follows CPython 3.11's compile.c closely —
 * the same instructions, labels (basic blocks) and locations for the same constructs — so that
 * after the assembler's CPython passes `dis` shows exactly CPython's bytecode, and because where
 * a thread switch can happen depends on exactly where loads, stores, calls and backward jumps
 * fall.
 *
 * Statements are in stmt.ts / stmt-flow.ts / match.ts, expressions in expr.ts / expr-build.ts /
 * comprehension.ts, and the CFG passes and final layout in assemble.ts (cfg.ts, optimize.ts,
 * flow.ts).
 */
import type * as A from '../parser/ast';
import type { PyValue } from '../objects/object';
import { None } from '../objects/core-types';
import { PyCode, CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS, CO_NESTED, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR } from './code';
import { buildSymtable, type Scope, Sc, DEF_IMPORT } from './symtable';
import { Unit, NO_LOC } from './unit';
import { assemble } from './assemble';
import * as op from './opcodes';
import { compileStmts } from './stmt';
import { compileExpr } from './expr';
import { emitCallArgs } from './expr-build';
import { mangle } from './mangle';
import { CompileError } from './compile-error';
import { PyTuple } from '../objects/tuple';
import type { CompileWarning } from './syntax-warnings';

export type CompileMode = 'exec' | 'eval' | 'single';

export class Compiler {
  readonly scopes: Map<unknown, Scope>;
  unit!: Unit;
  private readonly stack: Unit[] = [];
  /** Class name for private-name mangling (CPython's u_private), or null. */
  privateName: string | null = null;

  /** The module's scope (CPython's st_top), for is_import_originated. */
  readonly topScope: Scope;
  /** SyntaxWarnings issued so far (see syntax-warnings.ts). */
  warnings: CompileWarning[] = [];
  /** c_const_cache: one object for equal constants of the whole compilation (Unit.addConst). */
  readonly constCache = new Map<string, PyValue>();

  constructor(
    readonly filename: string,
    mod: A.Module | A.Expression,
  ) {
    this.scopes = buildSymtable(mod, filename);
    this.topScope = this.scopes.get(mod)!;
  }

  /**
   * CPython's is_import_originated: a name bound by an import at module level. Calls on its
   * attributes (`math.sqrt(x)`) are not compiled as LOAD_METHOD, wherever they appear.
   */
  isImportOriginated(e: A.Expr): boolean {
    return e._type === 'Name' && ((this.topScope.flags.get(e.id) ?? 0) & DEF_IMPORT) !== 0;
  }

  // ---- units ----

  enterUnit(node: unknown, name: string, qualname: string, firstlineno: number, kind: Unit['kind']): Unit {
    const scope = this.scopes.get(node);
    if (!scope) throw new Error('internal: no scope for node');
    if (this.unit) this.stack.push(this.unit);
    const u = new Unit(scope, name, qualname, firstlineno, kind);
    u.constCache = this.constCache;
    // localsplus: parameters first; other locals are added as the code uses them (localIndex).
    if (scope.kind === 'function') for (const p of scope.params) u.varnames.push(p);
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

  /**
   * The prefix CPython's insert_prefix_instructions puts in front of RESUME: COPY_FREE_VARS,
   * MAKE_CELL for each cell (in slot order), then RETURN_GENERATOR / POP_TOP for generators and
   * coroutines. Only RETURN_GENERATOR has a line (the first line); the others are artificial.
   */
  prologue(u: Unit): void {
    const saved = u.setLoc(null);
    if (u.freevars.length > 0) u.emit(op.COPY_FREE_VARS, u.freevars.length);
    const cellIdx = u.cellvars.map((c) => u.derefIndex(c)).sort((a, b) => a - b);
    for (const i of cellIdx) u.emit(op.MAKE_CELL, i);
    if (u.scope.isGenerator || (u.scope.isCoroutine && u.kind !== 'module')) {
      u.loc = { lineno: u.firstlineno, end_lineno: u.firstlineno, col: -1, end_col: -1 };
      u.emit(op.RETURN_GENERATOR);
      u.loc = NO_LOC;
      u.emit(op.POP_TOP);
    }
    u.loc = saved;
  }

  /** RESUME 0 at the start of a scope, located like compiler_enter_scope's (first line, column 0). */
  resume(u: Unit): void {
    u.loc = { lineno: u.firstlineno, end_lineno: u.firstlineno, col: 0, end_col: 0 };
    u.emit(op.RESUME, 0);
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
    // CPython 3.11 no longer sets CO_NOFREE.
    u.flags = flags | u.flags;
    return assemble(u, this.filename);
  }

  // ---- names ----

  mangle(name: string): string {
    return mangle(this.privateName, name);
  }

  /** forbidden_name: `__debug__` cannot be bound or deleted (reported at the current location). */
  forbiddenName(name: string, ctx: A.ExprContext): void {
    if (name !== '__debug__' || ctx === 'Load') return;
    const l = this.unit.loc;
    throw new CompileError(ctx === 'Del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', l.lineno, l.col + 1, l.end_lineno, l.end_col + 1);
  }

  /** Emit a load/store/delete of a variable, choosing FAST/NAME/GLOBAL/DEREF like compiler_nameop. */
  nameOp(name: string, ctx: A.ExprContext): void {
    const u = this.unit;
    if (ctx !== 'Load' && name === '__debug__') this.forbiddenName(name, ctx);
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
    // compiler_check_debug_args, at the definition's location.
    for (const arg of [...args.posonlyargs, ...args.args, args.vararg, ...args.kwonlyargs, args.kwarg]) {
      if (arg?.arg === '__debug__') throw new CompileError('cannot assign to __debug__', node.lineno, node.col_offset + 1, node.end_lineno, node.end_col_offset + 1);
    }
    let flags = 0;
    if (args.defaults.length > 0) {
      // compiler_visit_defaults: the optimizer folds a tuple of constants (appending it to
      // co_consts, after the items).
      for (const d of args.defaults) compileExpr(this, d);
      this.unit.emit(op.BUILD_TUPLE, args.defaults.length);
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
    // CPython's order: args, then positional-only args, *args, keyword-only args, **kwargs.
    for (const arg of [...a.args, ...a.posonlyargs]) visit(arg);
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

  private compileFunctionBody(node: A.FunctionDef | A.AsyncFunctionDef | A.Lambda, name: string): PyCode {
    const outer = this.unit;
    const scope = this.scopes.get(node)!;
    const qualname = outer.childQualname(name, node._type !== 'Lambda', this.mangle(name));
    const u = this.enterUnit(node, name, qualname, firstLine(node), node._type === 'Lambda' ? 'lambda' : 'function');
    const a = node.args;
    u.argcount = a.posonlyargs.length + a.args.length;
    u.posonlyargcount = a.posonlyargs.length;
    u.kwonlyargcount = a.kwonlyargs.length;
    this.prologue(u);
    this.resume(u);
    if (node._type === 'Lambda') {
      // A lambda's first constant is not a docstring: CPython adds None first.
      u.addConst(None);
      compileExpr(this, node.body);
      // compiler_lambda: a generator lambda returns its body's value through the assembler's
      // implicit RETURN_VALUE; otherwise RETURN_VALUE carries the scope's initial location.
      if (scope.isGenerator) u.returnsNone = false;
      else u.emit(op.RETURN_VALUE);
    } else {
      const doc = docstring(node.body);
      u.addConst(doc ?? None);
      compileStmts(this, doc !== null ? node.body.slice(1) : node.body);
    }
    const code = this.finishUnit(u);
    this.leaveUnit();
    void scope;
    return code;
  }

  /** compiler_class: decorators, the body as a function, __build_class__(func, name, *bases). */
  compileClass(s: A.ClassDef): void {
    const u = this.unit;
    for (const d of s.decorator_list) compileExpr(this, d);
    // The class name is mangled with the enclosing class's name, the body with its own.
    const qualname = u.childQualname(s.name, true, this.mangle(s.name));
    const savedPrivate = this.privateName;
    this.privateName = s.name;
    const cu = this.enterUnit(s, s.name, qualname, firstLine(s), 'class');
    this.prologue(cu);
    this.resume(cu);
    // __module__ = __name__; __qualname__ = '...' (at the scope's first line, like RESUME).
    this.nameOpRaw('__name__', op.LOAD_NAME);
    this.nameOpRaw('__module__', op.STORE_NAME);
    this.loadConst(qualname);
    this.nameOpRaw('__qualname__', op.STORE_NAME);
    this.compileBody(s.body, false);
    // The return is artificial (no line of its own).
    cu.loc = NO_LOC;
    if (cu.scope.needsClassCell) {
      cu.emit(op.LOAD_CLOSURE, cu.derefIndex('__class__'));
      cu.emit(op.COPY, 1);
      this.nameOpRaw('__classcell__', op.STORE_NAME);
    } else this.loadConst(None);
    cu.emit(op.RETURN_VALUE);
    const code = this.finishUnit(cu);
    this.leaveUnit();
    this.privateName = savedPrivate;
    u.emit(op.PUSH_NULL);
    u.emit(op.LOAD_BUILD_CLASS);
    let flags = 0;
    if (code.freevars.length > 0) {
      this.loadClosure(code.freevars);
      flags = 8;
    }
    this.loadConst(code);
    u.emit(op.MAKE_FUNCTION, flags);
    this.loadConst(s.name);
    emitCallArgs(this, s, s.bases, s.keywords, 2);
    this.applyDecorators(s.decorator_list);
    this.nameOp(s.name, 'Store');
  }

  /** compiler_apply_decorators: innermost (last) first, each call located at its decorator. */
  applyDecorators(decos: A.Expr[]): void {
    const u = this.unit;
    const saved = u.loc;
    for (let i = decos.length - 1; i >= 0; i--) {
      u.setLoc(decos[i]);
      u.emit(op.PRECALL, 0);
      u.emit(op.CALL, 0);
    }
    u.loc = saved;
  }

  /**
   * compiler_body: SETUP_ANNOTATIONS if the body has annotations, the docstring stored as
   * __doc__ (the store is artificial), then the statements. A module's prologue is located at
   * its first statement.
   */
  compileBody(body: A.Stmt[], isModule: boolean, interactive = false): void {
    const u = this.unit;
    if (isModule && body.length > 0) u.setLoc(body[0]);
    if (hasAnnotations(body)) u.emit(op.SETUP_ANNOTATIONS);
    if (body.length === 0) return;
    const doc = docstring(body);
    if (doc !== null) {
      compileExpr(this, (body[0] as A.ExprStmt).value);
      u.loc = NO_LOC;
      this.nameOpRaw('__doc__', op.STORE_NAME);
    }
    compileStmts(this, doc !== null ? body.slice(1) : body, interactive);
  }

  nameOpRaw(name: string, opcode: number): void {
    this.unit.emit(opcode, this.unit.addName(name));
  }

  // ---- entry points ----

  compileModule(mod: A.Module, mode: CompileMode): PyCode {
    const u = this.enterUnit(mod, '<module>', '<module>', 1, 'module');
    // CPython gives the module's RESUME line 0 (dis prints it as line 0).
    u.loc = { lineno: 0, end_lineno: 0, col: 0, end_col: 0 };
    u.emit(op.RESUME, 0);
    u.loc = { lineno: 1, end_lineno: 1, col: 0, end_col: 0 };
    if (mode === 'single') {
      if (hasAnnotations(mod.body)) u.emit(op.SETUP_ANNOTATIONS);
      compileStmts(this, mod.body, true);
    } else this.compileBody(mod.body, true);
    return this.finishUnit(u);
  }

  compileExpression(mod: A.Expression): PyCode {
    const u = this.enterUnit(mod, '<module>', '<module>', 1, 'module');
    u.loc = { lineno: 0, end_lineno: 0, col: 0, end_col: 0 };
    u.emit(op.RESUME, 0);
    u.loc = { lineno: 1, end_lineno: 1, col: 0, end_col: 0 };
    compileExpr(this, mod.body);
    u.returnsNone = false;
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
export function compileAst(mod: A.Module | A.Expression, filename: string, mode: CompileMode = 'exec', warnings?: CompileWarning[]): PyCode {
  const c = new Compiler(filename, mod);
  if (warnings !== undefined) c.warnings = warnings;
  if (mod._type === 'Expression') return c.compileExpression(mod);
  return c.compileModule(mod, mode);
}
