/**
 * Module structure and simple statements: file/eval start rules, statement lists, assignment
 * forms, return/raise/global/nonlocal/del/assert/pass/break/continue and imports.
 */
import type { Alias, Expr, Expression, Module, OperatorKind, Stmt } from './ast';
import { R } from './memo-ids';
import { setCtx, type Parser } from './parser-core';
import {
  expression, expressions, starExpressions, yieldExpr,
} from './parse-expressions';
import { delTargets, singleSubscriptAttributeTarget, singleTarget, starTargets } from './parse-targets';
import { sepList } from './parse-arguments';
import { compoundStmt } from './parse-compound';
import { invalidAssignment, invalidDelStmt, invalidImportFromTargets } from './invalid-statements';

export function fileRule(p: Parser): Module | null {
  const body = statements(p) ?? [];
  if (!p.expectType('ENDMARKER')) return null;
  return { _type: 'Module', body, type_ignores: [] };
}

export function evalRule(p: Parser): Expression | null {
  const a = expressions(p);
  if (!a) return null;
  while (p.expectType('NEWLINE'));
  if (!p.expectType('ENDMARKER')) return null;
  return { _type: 'Expression', body: a };
}

export function statements(p: Parser): Stmt[] | null {
  const out: Stmt[] = [];
  for (;;) {
    const s = statement(p);
    if (!s) break;
    for (const x of s) out.push(x);
  }
  return out.length ? out : null;
}

function statement(p: Parser): Stmt[] | null {
  const c = compoundStmt(p);
  if (c) return [c];
  return simpleStmts(p);
}

export function simpleStmts(p: Parser): Stmt[] | null {
  const m = p.mark;
  const a = simpleStmt(p);
  if (a && !p.at(';') && p.expectType('NEWLINE')) return [a];
  p.mark = m;
  const list: Stmt[] = [];
  for (;;) {
    const m2 = p.mark;
    if (list.length && !p.expect(';')) break;
    const s = simpleStmt(p);
    if (!s) {
      p.mark = m2;
      break;
    }
    list.push(s);
  }
  if (list.length) {
    p.expect(';');
    if (p.expectType('NEWLINE')) return list;
  }
  p.mark = m;
  return null;
}

function simpleStmt(p: Parser): Stmt | null {
  return p.memoize(R.simpleStmt, simpleStmtRaw);
}

function simpleStmtRaw(p: Parser): Stmt | null {
  const m = p.mark;
  const start = p.peek();
  const a = assignment(p);
  if (a) return a;
  p.mark = m;
  const e = starExpressions(p);
  if (e) return p.finish({ _type: 'Expr', value: e }, start);
  p.mark = m;
  if (start.type !== 'NAME') return null;
  switch (start.string) {
    case 'return': {
      p.mark++;
      const v = starExpressions(p);
      return p.finish({ _type: 'Return', value: v }, start);
    }
    case 'import': case 'from': return importStmt(p);
    case 'raise': return raiseStmt(p);
    case 'pass': p.mark++; return p.finish({ _type: 'Pass' }, start);
    case 'del': return delStmt(p);
    case 'yield': {
      const y = yieldExpr(p);
      return y ? p.finish({ _type: 'Expr', value: y }, start) : null;
    }
    case 'assert': return assertStmt(p);
    case 'break': p.mark++; return p.finish({ _type: 'Break' }, start);
    case 'continue': p.mark++; return p.finish({ _type: 'Continue' }, start);
    case 'global': case 'nonlocal': return globalStmt(p, start.string);
    default: return null;
  }
}

const AUGASSIGN = new Map<string, OperatorKind>([
  ['+=', 'Add'], ['-=', 'Sub'], ['*=', 'Mult'], ['@=', 'MatMult'], ['/=', 'Div'], ['%=', 'Mod'],
  ['&=', 'BitAnd'], ['|=', 'BitOr'], ['^=', 'BitXor'], ['<<=', 'LShift'], ['>>=', 'RShift'],
  ['**=', 'Pow'], ['//=', 'FloorDiv'],
]);

export function augassign(p: Parser): OperatorKind | null {
  const t = p.peek();
  const op = t.type === 'OP' ? AUGASSIGN.get(t.string) : undefined;
  if (op === undefined) return null;
  p.mark++;
  return op;
}

function annotatedRhs(p: Parser): Expr | null {
  return yieldExpr(p) ?? starExpressions(p);
}

/** ['=' annotated_rhs] */
function optionalAnnValue(p: Parser): Expr | null {
  const m = p.mark;
  if (p.expect('=')) {
    const d = annotatedRhs(p);
    if (d) return d;
  }
  p.mark = m;
  return null;
}

function assignment(p: Parser): Stmt | null {
  const m = p.mark;
  const start = p.peek();
  // NAME ':' expression ['=' annotated_rhs]
  const n = p.name();
  if (n && p.expect(':')) {
    const b = expression(p);
    if (b) {
      const c = optionalAnnValue(p);
      return p.finish({ _type: 'AnnAssign', target: setCtx(n, 'Store'), annotation: b, value: c, simple: 1 }, start);
    }
  }
  p.mark = m;
  // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  let t: Expr | null = null;
  if (p.expect('(')) {
    t = singleTarget(p);
    if (!t || !p.expect(')')) t = null;
  }
  if (!t) {
    p.mark = m;
    t = singleSubscriptAttributeTarget(p);
  }
  if (t && p.expect(':')) {
    const b = expression(p);
    if (b) {
      const c = optionalAnnValue(p);
      return p.finish({ _type: 'AnnAssign', target: t, annotation: b, value: c, simple: 0 }, start);
    }
  }
  p.mark = m;
  // (star_targets '=')+ (yield_expr | star_expressions) !'='
  const targets: Expr[] = [];
  for (;;) {
    const m2 = p.mark;
    const z = starTargets(p);
    if (!z || !p.expect('=')) {
      p.mark = m2;
      break;
    }
    targets.push(z);
  }
  if (targets.length) {
    const v = yieldExpr(p) ?? starExpressions(p);
    if (v && !p.at('=')) return p.finish({ _type: 'Assign', targets, value: v, type_comment: null }, start);
  }
  p.mark = m;
  // single_target augassign ~ (yield_expr | star_expressions)
  const st = singleTarget(p);
  if (st) {
    const op = augassign(p);
    if (op) {
      const v = yieldExpr(p) ?? starExpressions(p);
      if (v) return p.finish({ _type: 'AugAssign', target: st, op, value: v }, start);
      p.mark = m;
      return null; // cut: no invalid_assignment after a complete augmented operator
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    invalidAssignment(p);
    p.mark = m;
  }
  return null;
}

function raiseStmt(p: Parser): Stmt | null {
  const start = p.peek();
  if (!p.expect('raise')) return null;
  const m = p.mark;
  const a = expression(p);
  if (a) {
    let b: Expr | null = null;
    const m2 = p.mark;
    if (p.expect('from')) {
      b = expression(p);
      if (!b) p.mark = m2;
    }
    return p.finish({ _type: 'Raise', exc: a, cause: b }, start);
  }
  p.mark = m;
  return p.finish({ _type: 'Raise', exc: null, cause: null }, start);
}

function globalStmt(p: Parser, kw: string): Stmt | null {
  const m = p.mark;
  const start = p.peek();
  p.mark++;
  const names = sepList(p, (q) => q.name());
  if (!names) {
    p.mark = m;
    return null;
  }
  const ids = names.map((x) => x.id);
  return p.finish(kw === 'global' ? { _type: 'Global', names: ids } : { _type: 'Nonlocal', names: ids }, start);
}

function delStmt(p: Parser): Stmt | null {
  const m = p.mark;
  const start = p.peek();
  if (p.expect('del')) {
    const a = delTargets(p);
    if (a && (p.at(';') || p.atType('NEWLINE'))) return p.finish({ _type: 'Delete', targets: a }, start);
  }
  p.mark = m;
  if (p.callInvalidRules) {
    invalidDelStmt(p);
    p.mark = m;
  }
  return null;
}

function assertStmt(p: Parser): Stmt | null {
  const m = p.mark;
  const start = p.peek();
  p.mark++;
  const a = expression(p);
  if (!a) {
    p.mark = m;
    return null;
  }
  let b: Expr | null = null;
  const m2 = p.mark;
  if (p.expect(',')) {
    b = expression(p);
    if (!b) p.mark = m2;
  }
  return p.finish({ _type: 'Assert', test: a, msg: b }, start);
}

function importStmt(p: Parser): Stmt | null {
  const m = p.mark;
  const start = p.peek();
  if (p.expect('import')) {
    const names = sepList(p, dottedAsName);
    if (names) return p.finish({ _type: 'Import', names }, start);
    p.mark = m;
    return null;
  }
  if (!p.expect('from')) return null;
  const afterFrom = p.mark;
  let level = 0;
  for (;;) {
    if (p.expect('.')) level += 1;
    else if (p.expect('...')) level += 3;
    else break;
  }
  const afterDots = p.mark;
  const mod = dottedName(p);
  if (mod && p.expect('import')) {
    const names = importFromTargets(p);
    if (names) return p.finish({ _type: 'ImportFrom', module: mod, names, level }, start);
  }
  p.mark = afterDots;
  if (afterDots > afterFrom && p.expect('import')) {
    const names = importFromTargets(p);
    if (names) return p.finish({ _type: 'ImportFrom', module: null, names, level }, start);
  }
  p.mark = m;
  return null;
}

function importFromTargets(p: Parser): Alias[] | null {
  const m = p.mark;
  if (p.expect('(')) {
    const a = sepList(p, importFromAsName);
    if (a) {
      p.expect(',');
      if (p.expect(')')) return a;
    }
  }
  p.mark = m;
  const b = sepList(p, importFromAsName);
  if (b && !p.at(',')) return b;
  p.mark = m;
  const star = p.expect('*');
  if (star) return [p.finish({ _type: 'alias', name: '*', asname: null }, star)];
  if (p.callInvalidRules) {
    invalidImportFromTargets(p);
    p.mark = m;
  }
  return null;
}

export function importFromAsName(p: Parser): Alias | null {
  const start = p.peek();
  const a = p.name();
  if (!a) return null;
  return p.finish({ _type: 'alias', name: a.id, asname: asName(p) }, start);
}

function dottedAsName(p: Parser): Alias | null {
  const start = p.peek();
  const a = dottedName(p);
  if (a === null) return null;
  return p.finish({ _type: 'alias', name: a, asname: asName(p) }, start);
}

/** ['as' NAME] */
function asName(p: Parser): string | null {
  const m = p.mark;
  if (p.expect('as')) {
    const n = p.name();
    if (n) return n.id;
  }
  p.mark = m;
  return null;
}

export function dottedName(p: Parser): string | null {
  return p.memoize(R.dottedName, (q) => {
    const a = q.name();
    if (!a) return null;
    let s = a.id;
    for (;;) {
      const m = q.mark;
      if (!q.expect('.')) break;
      const b = q.name();
      if (!b) {
        q.mark = m;
        break;
      }
      s += '.' + b.id;
    }
    return s;
  });
}
