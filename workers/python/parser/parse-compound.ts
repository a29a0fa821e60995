/**
 * Compound statements: blocks, decorators, def/async def, class, if/elif/else, while,
 * for/async for, with/async with, try/except/except-star/finally (match is in parse-match.ts).
 */
import type { ExceptHandler, Expr, Stmt, WithItem } from './ast';
import { R } from './memo-ids';
import type { Parser, PToken } from './parser-core';
import { expression, namedExpression, starExpressions } from './parse-expressions';
import { starTarget, starTargets } from './parse-targets';
import { argumentsRule, sepList } from './parse-arguments';
import { emptyArguments, params } from './parse-params';
import { simpleStmts, statements } from './parse-statements';
import { matchStmt } from './parse-match';
import { invalidBlock, invalidForTarget, invalidWithItem } from './invalid-statements';
import {
  invalidClassDefRaw, invalidDefRaw, invalidElifStmt, invalidElseStmt, invalidExceptStarStmtIndent,
  invalidExceptStmt, invalidExceptStmtIndent, invalidFinallyStmt, invalidForStmt, invalidIfStmt,
  invalidTryStmt, invalidWhileStmt, invalidWithStmt, invalidWithStmtIndent,
} from './invalid-blocks';

export function compoundStmt(p: Parser): Stmt | null {
  const t = p.peek();
  if (t.type !== 'NAME' && !(t.type === 'OP' && t.string === '@')) return null;
  const s = t.string;
  let r: Stmt | null = null;
  if (s === 'def' || s === '@' || s === 'async') r = functionDef(p);
  if (!r && s === 'if') r = ifStmt(p, 'if');
  if (!r && (s === 'class' || s === '@')) r = classDef(p);
  if (!r && (s === 'with' || s === 'async')) r = withStmt(p);
  if (!r && (s === 'for' || s === 'async')) r = forStmt(p);
  if (!r && s === 'try') r = tryStmt(p);
  if (!r && s === 'while') r = whileStmt(p);
  if (!r && s === 'match') r = matchStmt(p);
  return r;
}

export function block(p: Parser): Stmt[] | null {
  return p.memoize(R.block, blockRaw);
}

function blockRaw(p: Parser): Stmt[] | null {
  const m = p.mark;
  if (p.expectType('NEWLINE') && p.expectType('INDENT')) {
    p.enter();
    const a = statements(p);
    p.leave();
    if (a && p.expectType('DEDENT')) return a;
  }
  p.mark = m;
  const b = simpleStmts(p);
  if (b) return b;
  if (p.callInvalidRules) {
    invalidBlock(p);
    p.mark = m;
  }
  return null;
}

function decorators(p: Parser): Expr[] | null {
  const out: Expr[] = [];
  for (;;) {
    const m = p.mark;
    if (!p.expect('@')) break;
    const f = namedExpression(p);
    if (!f || !p.expectType('NEWLINE')) {
      p.mark = m;
      break;
    }
    out.push(f);
  }
  return out.length ? out : null;
}

function classDef(p: Parser): Stmt | null {
  const m = p.mark;
  const d = decorators(p);
  if (d) {
    const c = classDefRaw(p);
    if (c && c._type === 'ClassDef') return { ...c, decorator_list: d };
    p.mark = m;
  }
  return classDefRaw(p);
}

function classDefRaw(p: Parser): Stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invalidClassDefRaw(p);
    p.mark = m;
  }
  const start = p.peek();
  if (!p.expect('class')) return null;
  const name = p.name();
  if (name) {
    let bases: Expr[] = [];
    let keywords: import('./ast').Keyword[] = [];
    const m2 = p.mark;
    if (p.expect('(')) {
      const a = argumentsRule(p);
      if (p.expect(')')) {
        bases = a?.args ?? [];
        keywords = a?.keywords ?? [];
      } else p.mark = m2;
    }
    if (p.expect(':')) {
      const body = block(p);
      if (body) return p.finish({ _type: 'ClassDef', name: name.id, bases, keywords, body, decorator_list: [] }, start);
    }
  }
  p.mark = m;
  return null;
}

function functionDef(p: Parser): Stmt | null {
  const m = p.mark;
  const d = decorators(p);
  if (d) {
    const f = functionDefRaw(p);
    if (f && (f._type === 'FunctionDef' || f._type === 'AsyncFunctionDef')) return { ...f, decorator_list: d };
    p.mark = m;
  }
  return functionDefRaw(p);
}

function functionDefRaw(p: Parser): Stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invalidDefRaw(p);
    p.mark = m;
  }
  const start = p.peek();
  const isAsync = p.expect('async') !== null;
  if (!p.expect('def')) {
    p.mark = m;
    return null;
  }
  const name = p.name();
  if (name) {
    p.expectForced('(');
    const args = params(p, false);
    if (p.expect(')')) {
      let returns: Expr | null = null;
      const m2 = p.mark;
      if (p.expect('->')) {
        returns = expression(p);
        if (!returns) p.mark = m2;
      }
      p.expectForced(':');
      const body = block(p);
      if (body) {
        return p.finish({
          _type: isAsync ? 'AsyncFunctionDef' : 'FunctionDef', name: name.id, args: args ?? emptyArguments(),
          body, decorator_list: [], returns, type_comment: null,
        }, start);
      }
    }
  }
  p.mark = m;
  return null;
}

/** if_stmt / elif_stmt (`kw` tells which); the elif chain nests as If nodes in orelse. */
function ifStmt(p: Parser, kw: 'if' | 'elif'): Stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    if (kw === 'if') invalidIfStmt(p);
    else invalidElifStmt(p);
    p.mark = m;
  }
  const start = p.peek();
  if (!p.expect(kw)) return null;
  const test = namedExpression(p);
  if (test && p.expect(':')) {
    const body = block(p);
    if (body) {
      const afterBody = p.mark;
      if (p.at('elif')) {
        const c = ifStmt(p, 'elif');
        if (c) return p.finish({ _type: 'If', test, body, orelse: [c] }, start);
      }
      p.mark = afterBody;
      const orelse = elseBlock(p) ?? [];
      return p.finish({ _type: 'If', test, body, orelse }, start);
    }
  }
  p.mark = m;
  return null;
}

function elseBlock(p: Parser): Stmt[] | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invalidElseStmt(p);
    p.mark = m;
  }
  if (!p.expect('else')) return null;
  p.expectForced(':');
  const b = block(p);
  if (b) return b;
  p.mark = m;
  return null;
}

function whileStmt(p: Parser): Stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invalidWhileStmt(p);
    p.mark = m;
  }
  const start = p.peek();
  if (!p.expect('while')) return null;
  const test = namedExpression(p);
  if (test && p.expect(':')) {
    const body = block(p);
    if (body) return p.finish({ _type: 'While', test, body, orelse: elseBlock(p) ?? [] }, start);
  }
  p.mark = m;
  return null;
}

function forStmt(p: Parser): Stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invalidForStmt(p);
    p.mark = m;
  }
  const start = p.peek();
  const isAsync = p.expect('async') !== null;
  if (p.expect('for')) {
    const target = starTargets(p);
    if (target && p.expect('in')) {
      // Cut: after 'in', a failure fails the statement (no invalid_for_target).
      const iter = starExpressions(p);
      if (iter && p.expect(':')) {
        const body = block(p);
        if (body) {
          const orelse = elseBlock(p) ?? [];
          return p.finish({ _type: isAsync ? 'AsyncFor' : 'For', target, iter, body, orelse, type_comment: null }, start);
        }
      }
      p.mark = m;
      return null;
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    invalidForTarget(p);
    p.mark = m;
  }
  return null;
}

function withStmt(p: Parser): Stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invalidWithStmtIndent(p);
    p.mark = m;
  }
  const start = p.peek();
  const isAsync = p.expect('async') !== null;
  if (p.expect('with')) {
    const afterWith = p.mark;
    if (p.expect('(')) {
      const items = sepList(p, withItem);
      if (items) {
        p.expect(',');
        if (p.expect(')') && p.expect(':')) {
          const body = block(p);
          if (body) return p.finish({ _type: isAsync ? 'AsyncWith' : 'With', items, body, type_comment: null }, start);
        }
      }
    }
    p.mark = afterWith;
    const items = sepList(p, withItem);
    if (items && p.expect(':')) {
      const body = block(p);
      if (body) return p.finish({ _type: isAsync ? 'AsyncWith' : 'With', items, body, type_comment: null }, start);
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    invalidWithStmt(p);
    p.mark = m;
  }
  return null;
}

function withItem(p: Parser): WithItem | null {
  const m = p.mark;
  const e = expression(p);
  if (!e) return null;
  const afterE = p.mark;
  if (p.expect('as')) {
    const t = starTarget(p);
    if (t && (p.at(',') || p.at(')') || p.at(':'))) return { _type: 'withitem', context_expr: e, optional_vars: t };
  }
  p.mark = m;
  if (p.callInvalidRules) {
    invalidWithItem(p);
    p.mark = m;
  }
  p.mark = afterE;
  return { _type: 'withitem', context_expr: e, optional_vars: null };
}

function tryStmt(p: Parser): Stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invalidTryStmt(p);
    p.mark = m;
  }
  const start = p.peek();
  if (!p.expect('try')) return null;
  p.expectForced(':');
  const body = block(p);
  if (!body) {
    p.mark = m;
    return null;
  }
  const afterBody = p.mark;
  const f = finallyBlock(p);
  if (f) return p.finish({ _type: 'Try', body, handlers: [], orelse: [], finalbody: f }, start);
  p.mark = afterBody;
  for (const star of [false, true]) {
    const handlers: ExceptHandler[] = [];
    for (;;) {
      const h = exceptBlock(p, star);
      if (!h) break;
      handlers.push(h);
    }
    if (handlers.length) {
      const orelse = elseBlock(p) ?? [];
      const finalbody = finallyBlock(p) ?? [];
      return p.finish({ _type: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody }, start);
    }
    p.mark = afterBody;
  }
  p.mark = m;
  return null;
}

/** ['as' NAME] after an except clause's type. */
function exceptName(p: Parser): string | null {
  const m = p.mark;
  if (p.expect('as')) {
    const n = p.name();
    if (n) return n.id;
  }
  p.mark = m;
  return null;
}

export function exceptBlock(p: Parser, star: boolean): ExceptHandler | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    if (star) invalidExceptStarStmtIndent(p);
    else invalidExceptStmtIndent(p);
    p.mark = m;
  }
  const start = p.peek() as PToken;
  if (p.expect('except') && (!star || p.expect('*'))) {
    const afterKw = p.mark;
    const e = expression(p);
    if (e) {
      const name = exceptName(p);
      if (p.expect(':')) {
        const b = block(p);
        if (b) return p.finish({ _type: 'ExceptHandler', type: e, name, body: b }, start);
      }
    }
    p.mark = afterKw;
    if (!star && p.expect(':')) {
      const b = block(p);
      if (b) return p.finish({ _type: 'ExceptHandler', type: null, name: null, body: b }, start);
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    invalidExceptStmt(p);
    p.mark = m;
  }
  return null;
}

function finallyBlock(p: Parser): Stmt[] | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invalidFinallyStmt(p);
    p.mark = m;
  }
  if (!p.expect('finally')) return null;
  p.expectForced(':');
  const a = block(p);
  if (a) return a;
  p.mark = m;
  return null;
}

