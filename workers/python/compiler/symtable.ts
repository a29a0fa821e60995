/**
 * The symbol table: one Scope per module, class, function, lambda and comprehension (3.11
 * compiles comprehensions as nested functions), with every name resolved to local / global
 * (explicit or implicit) / free / cell, as CPython's symtable.c does in its two passes:
 * collect definitions and uses per scope, then analyze free variables from the inside out.
 */
import type * as A from '../parser/ast';
import { CompileError } from './compile-error';
import { mangle } from './mangle';

export const enum Sc {
  Local = 1,
  GlobalExplicit,
  GlobalImplicit,
  Free,
  Cell,
}

// Definition flags (CPython's DEF_*).
const DEF_GLOBAL = 1;
const DEF_LOCAL = 2;
const DEF_PARAM = 4;
const DEF_NONLOCAL = 8;
const USE = 16;
export const DEF_IMPORT = 32;
const DEF_ANNOT = 64;
/** An iteration variable of a comprehension (a walrus may not rebind it). */
const DEF_COMP_ITER = 128;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export type ScopeKind = 'module' | 'class' | 'function';

export class Scope {
  readonly children: Scope[] = [];
  /** Flags per name, in first-seen order (CPython keeps insertion order too). */
  readonly flags = new Map<string, number>();
  /** Resolved scope per name (after analysis). */
  readonly resolved = new Map<string, Sc>();
  readonly params: string[] = [];
  isGenerator = false;
  isCoroutine = false;
  hasVarargs = false;
  hasVarkw = false;
  /** Function nested in another function (CO_NESTED). */
  nested = false;
  /** A class scope whose methods use super()/__class__ (needs the __class__ cell). */
  needsClassCell = false;
  /** A comprehension scope (its walrus targets bind in the enclosing function). */
  isComprehension = false;
  /** A generator expression (comprehension that yields). */
  isGenexp = false;
  /** symtable's ste_comp_iter_target / ste_comp_iter_expr while visiting comprehensions. */
  compIterTarget = false;
  compIterExpr = 0;
  /** The first global/nonlocal directive per name (CPython's ste_directives), for errors. */
  directives: Map<string, A.Pos> | null = null;
  /** Free names, in the order CPython's compiler sorts them (alphabetically). */
  freevars: string[] = [];
  cellvars: string[] = [];

  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly node: unknown,
    readonly parent: Scope | null,
    readonly lineno: number,
  ) {}

  add(name: string, flag: number): void {
    this.flags.set(name, (this.flags.get(name) ?? 0) | flag);
  }

  scopeOf(name: string): Sc {
    return this.resolved.get(name) ?? (this.kind === 'module' ? Sc.GlobalImplicit : Sc.GlobalImplicit);
  }
}

/** Build and analyze the symbol table of a module (or an eval/exec body). */
export function buildSymtable(mod: A.Module | A.Expression, filename: string): Map<unknown, Scope> {
  const b = new Builder(filename);
  const top = new Scope('module', 'top', mod, null, 1);
  b.scopes.set(mod, top);
  b.cur = top;
  if (mod._type === 'Module') b.stmts(mod.body);
  else b.expr(mod.body);
  analyze(top, filename);
  return b.scopes;
}

class Builder {
  readonly scopes = new Map<unknown, Scope>();
  cur!: Scope;
  /** Enclosing class name for private-name mangling. */
  private privateName: string | null = null;
  constructor(readonly filename: string) {}

  private err(msg: string, node: A.Pos): never {
    throw new CompileError(msg, node.lineno, node.col_offset + 1, node.end_lineno, node.end_col_offset + 1);
  }

  private enter(kind: ScopeKind, name: string, node: unknown, lineno: number): Scope {
    const s = new Scope(kind, name, node, this.cur, lineno);
    s.nested = this.cur.kind === 'function' || this.cur.nested;
    this.cur.children.push(s);
    this.scopes.set(node, s);
    this.cur = s;
    return s;
  }

  private leave(): void {
    this.cur = this.cur.parent!;
  }

  private def(rawName: string, flag: number, node: A.Pos): void {
    const name = mangle(this.privateName, rawName);
    this.defIn(this.cur, name, flag, node);
  }

  /** symtable_add_def_helper. */
  private defIn(s: Scope, name: string, flag: number, node: A.Pos): void {
    const old = s.flags.get(name) ?? 0;
    if (flag & DEF_PARAM && old & DEF_PARAM) this.err(`duplicate argument '${name}' in function definition`, node);
    let val = old | flag;
    if (s.compIterTarget) {
      // An iteration variable of a comprehension may not also be a walrus target.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) this.err(`comprehension inner loop cannot rebind assignment expression target '${name}'`, node);
      val |= DEF_COMP_ITER;
    }
    s.flags.set(name, val);
  }

  private recordDirective(s: Scope, name: string, node: A.Pos): void {
    s.directives ??= new Map();
    if (!s.directives.has(name)) s.directives.set(name, node);
  }

  stmts(body: A.Stmt[]): void {
    for (const st of body) this.stmt(st);
  }

  stmt(s: A.Stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.def(s.name, DEF_LOCAL, s);
        this.argDefaults(s.args);
        for (const d of s.decorator_list) this.expr(d);
        this.annotations(s.args, s.returns);
        this.enter('function', s.name, s, s.lineno);
        if (s._type === 'AsyncFunctionDef') this.cur.isCoroutine = true;
        this.params(s.args);
        this.stmts(s.body);
        this.leave();
        return;
      case 'ClassDef':
        this.def(s.name, DEF_LOCAL, s);
        for (const e of s.bases) this.expr(e);
        for (const k of s.keywords) this.expr(k.value);
        for (const d of s.decorator_list) this.expr(d);
        this.enter('class', s.name, s, s.lineno);
        {
          const saved = this.privateName;
          this.privateName = s.name;
          this.stmts(s.body);
          this.privateName = saved;
        }
        this.leave();
        return;
      case 'Return':
        if (s.value) this.expr(s.value);
        return;
      case 'Delete':
        for (const t of s.targets) this.expr(t);
        return;
      case 'Assign':
        this.expr(s.value);
        for (const t of s.targets) this.expr(t);
        return;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        return;
      case 'AnnAssign':
        if (s.target._type === 'Name') {
          const old = this.cur.flags.get(mangle(this.privateName, s.target.id)) ?? 0;
          if (old & (DEF_GLOBAL | DEF_NONLOCAL) && s.simple && this.cur.kind !== 'module') {
            const kind = old & DEF_GLOBAL ? 'global' : 'nonlocal';
            this.err(`annotated name '${s.target.id}' can't be ${kind}`, s);
          }
          if (s.simple) this.def(s.target.id, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value) this.def(s.target.id, DEF_LOCAL, s.target);
        } else this.expr(s.target);
        if (this.cur.kind !== 'function') this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        return;
      case 'For':
      case 'AsyncFor':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        return;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        return;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        return;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.def(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        return;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.kind !== 'module') this.err('import * only allowed at module level', s);
            continue;
          }
          const bound = a.asname ?? (s._type === 'Import' ? a.name.split('.')[0] : a.name);
          this.def(bound, DEF_IMPORT, s);
        }
        return;
      case 'Global':
      case 'Nonlocal':
        for (const name of s.names) this.declare(s, mangle(this.privateName, name));
        return;
      case 'Expr':
        this.expr(s.value);
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  private declare(s: A.Global | A.Nonlocal, name: string): void {
    const scope = this.cur;
    const old = scope.flags.get(name) ?? 0;
    const isGlobal = s._type === 'Global';
    const kw = isGlobal ? 'global' : 'nonlocal';
    // Checked in this order by CPython's symtable_visit_stmt; "nonlocal and global", "no binding
    // for nonlocal" and nonlocal at module level are found later, by the analysis.
    if (old & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
      let msg: string;
      if (old & DEF_PARAM) msg = `name '${name}' is parameter and ${kw}`;
      else if (old & USE) msg = `name '${name}' is used prior to ${kw} declaration`;
      else if (old & DEF_ANNOT) msg = `annotated name '${name}' can't be ${kw}`;
      else msg = `name '${name}' is assigned to before ${kw} declaration`;
      this.err(msg, s);
    }
    this.defIn(scope, name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
    // CPython records every `global` declaration in the module's symbols too (st_global), so
    // the module itself then uses STORE_GLOBAL / LOAD_GLOBAL for that name.
    if (isGlobal) this.scopes.values().next().value!.add(name, DEF_GLOBAL);
    this.recordDirective(scope, name, s);
  }

  private argDefaults(a: A.Arguments): void {
    for (const d of a.defaults) this.expr(d);
    for (const d of a.kw_defaults) if (d) this.expr(d);
  }

  private annotations(a: A.Arguments, returns: A.Expr | null): void {
    for (const arg of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) if (arg.annotation) this.expr(arg.annotation);
    if (a.vararg?.annotation) this.expr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.expr(a.kwarg.annotation);
    if (returns) this.expr(returns);
  }

  private params(a: A.Arguments): void {
    for (const arg of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) {
      this.def(arg.arg, DEF_PARAM, arg);
      this.cur.params.push(mangle(this.privateName, arg.arg));
    }
    if (a.vararg) {
      this.def(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.params.push(mangle(this.privateName, a.vararg.arg));
      this.cur.hasVarargs = true;
    }
    if (a.kwarg) {
      this.def(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.params.push(mangle(this.privateName, a.kwarg.arg));
      this.cur.hasVarkw = true;
    }
  }

  private pattern(p: A.Pattern): void {
    switch (p._type) {
      case 'MatchValue': this.expr(p.value); return;
      case 'MatchSingleton': return;
      case 'MatchSequence': for (const q of p.patterns) this.pattern(q); return;
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k);
        for (const q of p.patterns) this.pattern(q);
        if (p.rest) this.def(p.rest, DEF_LOCAL, p);
        return;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of [...p.patterns, ...p.kwd_patterns]) this.pattern(q);
        return;
      case 'MatchStar': if (p.name) this.def(p.name, DEF_LOCAL, p); return;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.def(p.name, DEF_LOCAL, p);
        return;
      case 'MatchOr': for (const q of p.patterns) this.pattern(q); return;
    }
  }

  expr(e: A.Expr): void {
    switch (e._type) {
      case 'Name': {
        if (e.ctx === 'Load') {
          this.cur.add(mangle(this.privateName, e.id), USE);
          // super() with no arguments needs the implicit __class__ cell (CPython does the same).
          if (e.id === 'super' && this.cur.kind === 'function') this.cur.add('__class__', USE);
        } else this.def(e.id, DEF_LOCAL, e);
        if (e.id === '__class__' && e.ctx === 'Load' && this.cur.kind === 'function') this.cur.add('__class__', USE);
        return;
      }
      case 'NamedExpr': {
        if (e.target._type !== 'Name') this.err('cannot use assignment expressions with ' + e.target._type.toLowerCase(), e);
        // symtable_handle_namedexpr.
        if (this.cur.compIterExpr > 0) this.err('assignment expression cannot be used in a comprehension iterable expression', e);
        const target = e.target;
        // symtable_extend_namedexpr_scope: in a comprehension, the target binds in the nearest
        // enclosing function (the comprehension sees it as nonlocal, or global if the function
        // declares it global) or module (global in both).
        let s = this.cur;
        const name = target.id;
        while (s.isComprehension) {
          if ((s.flags.get(name) ?? 0) & DEF_COMP_ITER) this.err(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
          s = s.parent!;
        }
        if (s !== this.cur) {
          if (s.kind === 'class') this.err('assignment expression within a comprehension cannot be used in a class body', target);
          const top = this.scopes.values().next().value!;
          if (s.kind === 'module' || ((s.flags.get(name) ?? 0) & DEF_GLOBAL) !== 0) {
            this.defIn(this.cur, name, DEF_GLOBAL, target);
            top.add(name, DEF_GLOBAL); // like every DEF_GLOBAL (st_global)
            this.recordDirective(this.cur, name, target);
            this.defIn(s, name, s.kind === 'module' ? DEF_GLOBAL : DEF_LOCAL, target);
          } else {
            this.defIn(this.cur, name, DEF_NONLOCAL, target);
            this.recordDirective(this.cur, name, target);
            this.defIn(s, name, DEF_LOCAL, target);
          }
          this.expr(e.value);
        } else {
          this.expr(e.value);
          this.def(name, DEF_LOCAL, target);
        }
        return;
      }
      case 'Lambda':
        this.argDefaults(e.args);
        this.enter('function', 'lambda', e, e.lineno);
        this.params(e.args);
        this.expr(e.body);
        this.leave();
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.comprehension(e, e.generators, [e.elt], e._type === 'GeneratorExp');
        return;
      case 'DictComp':
        this.comprehension(e, e.generators, [e.key, e.value], false);
        return;
      case 'Yield':
      case 'YieldFrom':
        // symtable.c order: the value, then the comprehension check. "'yield' outside function"
        // and "'yield from' inside async function" are the code generator's (reported later).
        if (e.value) this.expr(e.value);
        this.cur.isGenerator = true;
        if (this.cur.isComprehension) this.err(`'yield' inside ${compName(this.cur.name)}`, e);
        return;
      case 'Await':
        this.expr(e.value);
        // A comprehension containing await becomes async. (Elsewhere the code generator reports
        // "'await' outside async function" from the definition's kind.)
        if (this.cur.isComprehension) this.cur.isCoroutine = true;
        return;
      default:
        for (const child of childExprs(e)) this.expr(child);
    }
  }

  private comprehension(node: A.Expr, gens: A.Comprehension[], elts: A.Expr[], isGenexp: boolean): void {
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.expr(gens[0].iter);
    this.cur.compIterExpr--;
    const name = node._type === 'ListComp' ? 'listcomp' : node._type === 'SetComp' ? 'setcomp' : node._type === 'DictComp' ? 'dictcomp' : 'genexpr';
    const s = this.enter('function', name, node, node.lineno);
    s.isComprehension = true;
    s.isGenexp = isGenexp;
    if (isGenexp) s.isGenerator = true;
    s.add('.0', DEF_PARAM);
    s.params.push('.0');
    for (let i = 0; i < gens.length; i++) {
      const g = gens[i];
      if (g.is_async) s.isCoroutine = true;
      s.compIterTarget = true;
      this.expr(g.target);
      s.compIterTarget = false;
      if (i > 0) {
        s.compIterExpr++;
        this.expr(g.iter);
        s.compIterExpr--;
      }
      for (const c of g.ifs) this.expr(c);
    }
    for (const e of elts) this.expr(e);
    this.leave();
  }
}

function compName(n: string): string {
  return n === 'listcomp' ? 'list comprehension' : n === 'setcomp' ? 'set comprehension' : n === 'dictcomp' ? 'dict comprehension' : 'generator expression';
}

/** Direct sub-expressions of an expression (for the generic walk). */
export function childExprs(e: A.Expr): A.Expr[] {
  switch (e._type) {
    case 'BoolOp': return e.values;
    case 'BinOp': return [e.left, e.right];
    case 'UnaryOp': return [e.operand];
    case 'IfExp': return [e.test, e.body, e.orelse];
    case 'Dict': return [...(e.keys.filter((k) => k !== null) as A.Expr[]), ...e.values];
    case 'Set': return e.elts;
    case 'Compare': return [e.left, ...e.comparators];
    case 'Call': return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case 'FormattedValue': return e.format_spec ? [e.value, e.format_spec] : [e.value];
    case 'JoinedStr': return e.values;
    case 'Attribute': return [e.value];
    case 'Subscript': return [e.value, e.slice];
    case 'Starred': return [e.value];
    case 'List':
    case 'Tuple': return e.elts;
    case 'Slice': return [e.lower, e.upper, e.step].filter((x) => x !== null) as A.Expr[];
    case 'Await': return [e.value];
    default: return [];
  }
}

/**
 * Resolve names (CPython's analyze_block): decide local/global/free per scope, then propagate
 * free variables outwards, turning enclosing function locals into cells.
 */
function analyze(top: Scope, filename: string): void {
  void filename;
  analyzeScope(top, new Set(), new Set());
}

/**
 * `bound`: names bound in enclosing function scopes (visible as free variables here).
 * `globals`: names declared global in enclosing scopes.
 * Returns the set of names this scope needs from enclosing scopes (free).
 */
function analyzeScope(s: Scope, bound: Set<string>, globals: Set<string>): Set<string> {
  const local = new Set<string>();
  const newGlobals = new Set(globals);
  // error_at_directive: the first global/nonlocal statement (or walrus target) naming it.
  const errorAtDirective = (msg: string, name: string): never => {
    const d = s.directives?.get(name);
    if (d === undefined) throw new CompileError(msg, s.lineno, 1, s.lineno, 1);
    throw new CompileError(msg, d.lineno, d.col_offset + 1, d.end_lineno, d.end_col_offset + 1);
  };
  for (const [name, flags] of s.flags) {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) errorAtDirective(`name '${name}' is nonlocal and global`, name);
      s.resolved.set(name, Sc.GlobalExplicit);
      newGlobals.add(name);
    } else if (flags & DEF_NONLOCAL) {
      if (s.kind === 'module') errorAtDirective('nonlocal declaration not allowed at module level', name);
      if (!bound.has(name)) errorAtDirective(`no binding for nonlocal '${name}' found`, name);
      s.resolved.set(name, Sc.Free);
    } else if (flags & DEF_BOUND) {
      s.resolved.set(name, Sc.Local);
      local.add(name);
      newGlobals.delete(name);
    } else if (s.kind === 'class' && name === '__class__') {
      // handled below
    }
  }
  // Names visible to children as free: enclosing bound names plus this function's locals.
  const childBound = new Set(bound);
  if (s.kind === 'function') for (const n of local) childBound.add(n);
  if (s.kind === 'class') childBound.add('__class__');
  for (const n of newGlobals) if (s.kind === 'function' && !local.has(n)) childBound.delete(n);

  const childFree = new Set<string>();
  for (const c of s.children) for (const n of analyzeScope(c, childBound, newGlobals)) childFree.add(n);

  // Uses not bound here: free if an enclosing function binds them, else global.
  for (const [name, flags] of s.flags) {
    if (s.resolved.has(name)) continue;
    if (flags & USE) {
      if (s.kind !== 'module' && bound.has(name) && !globals.has(name)) s.resolved.set(name, Sc.Free);
      else if (name === '__class__' && s.kind !== 'module' && bound.has(name)) s.resolved.set(name, Sc.Free);
      else s.resolved.set(name, Sc.GlobalImplicit);
    }
  }
  // Children's free names: locals here become cells; others pass through as free here.
  const free = new Set<string>();
  for (const n of childFree) {
    if (s.kind === 'class' && n === '__class__') {
      s.needsClassCell = true;
      continue;
    }
    const r = s.resolved.get(n);
    if (s.kind === 'function' && r === Sc.Local) s.resolved.set(n, Sc.Cell);
    else if (r === Sc.Cell) continue;
    else if (s.kind === 'class' && (r === Sc.Local || r === undefined || r === Sc.GlobalImplicit)) {
      // A class body passes the free variable through (its own binding is not visible to methods).
      free.add(n);
      if (r === undefined) s.resolved.set(n, Sc.GlobalImplicit);
      (s as Scope & { passThrough?: Set<string> }).passThrough ??= new Set();
      (s as Scope & { passThrough?: Set<string> }).passThrough!.add(n);
    } else if (r === undefined || r === Sc.Free) {
      if (s.kind !== 'module') {
        s.resolved.set(n, Sc.Free);
        free.add(n);
      }
    }
  }
  for (const [name, r] of s.resolved) if (r === Sc.Free) free.add(name);
  s.freevars = [...free].filter((n) => s.resolved.get(n) === Sc.Free || (s.kind === 'class' && (s as Scope & { passThrough?: Set<string> }).passThrough?.has(n))).sort();
  s.cellvars = [...s.resolved].filter(([, r]) => r === Sc.Cell).map(([n]) => n).sort();
  if (s.needsClassCell) s.cellvars = ['__class__', ...s.cellvars.filter((n) => n !== '__class__')].sort();
  return free;
}
