/**
 * invalid_* rules of compound statement headers (error pass only): the missing ':' after
 * if/elif/while/for/with/class/except/match/case, the missing indented block after every
 * block opener, and try/except shape errors.
 */
import type { Parser } from './parser-core';
import { expression, expressions, namedExpression, starExpressions } from './parse-expressions';
import { starTarget, starTargets } from './parse-targets';
import { argumentsRule, sepList } from './parse-arguments';
import { params } from './parse-params';
import { block, exceptBlock } from './parse-compound';
import { guardRule, patterns, subjectExpr } from './parse-match';
import type { Expr } from './ast';

/** NEWLINE !INDENT after a header: "expected an indented block after <what> on line N". */
function noIndentedBlock(p: Parser, what: string, line: number): void {
  if (p.expectType('NEWLINE') && !p.atType('INDENT')) {
    p.raise(`expected an indented block after ${what} on line ${line}`, 'IndentationError');
  }
}

function missingColon(p: Parser): void {
  if (p.expectType('NEWLINE')) p.raise("expected ':'");
}

/** ','.(expression ['as' star_target])+ (or with `expressions` inside parentheses). */
function withItems(p: Parser, item: (p: Parser) => Expr | null): boolean {
  return sepList(p, (q) => {
    const e = item(q);
    if (!e) return null;
    const m = q.mark;
    if (!(q.expect('as') && starTarget(q))) q.mark = m;
    return e;
  }) !== null;
}

export function invalidWithStmt(p: Parser): null {
  const m = p.mark;
  p.expect('async');
  if (p.expect('with') && withItems(p, expression)) missingColon(p);
  p.mark = m;
  p.expect('async');
  if (p.expect('with') && p.expect('(') && withItems(p, expressions)) {
    p.expect(',');
    if (p.expect(')')) missingColon(p);
  }
  p.mark = m;
  return null;
}

export function invalidWithStmtIndent(p: Parser): null {
  const m = p.mark;
  p.expect('async');
  let a = p.expect('with');
  if (a && withItems(p, expression) && p.expect(':')) noIndentedBlock(p, "'with' statement", a.lineno);
  p.mark = m;
  p.expect('async');
  a = p.expect('with');
  if (a && p.expect('(') && withItems(p, expressions)) {
    p.expect(',');
    if (p.expect(')') && p.expect(':')) noIndentedBlock(p, "'with' statement", a.lineno);
  }
  p.mark = m;
  return null;
}

export function invalidTryStmt(p: Parser): null {
  const m = p.mark;
  const a = p.expect('try');
  if (a && p.expect(':')) noIndentedBlock(p, "'try' statement", a.lineno);
  p.mark = m;
  if (p.expect('try') && p.expect(':') && block(p) && !p.at('except') && !p.at('finally')) {
    p.raise("expected 'except' or 'finally' block");
  }
  p.mark = m;
  for (const starFirst of [false, true]) {
    if (p.expect('try') && p.expect(':')) {
      while (block(p));
      let n = 0;
      while (exceptBlockLike(p, starFirst)) n++;
      const kw = n > 0 ? p.expect('except') : null;
      if (kw && !starFirst) {
        const star = p.expect('*');
        if (star && expression(p)) {
          asName(p);
          if (p.expect(':')) p.raiseRange(kw, star, "cannot have both 'except' and 'except*' on the same 'try'");
        }
      } else if (kw) {
        const m2 = p.mark;
        if (expression(p)) asName(p);
        else p.mark = m2;
        if (p.expect(':')) p.raiseAtNode(kw, "cannot have both 'except' and 'except*' on the same 'try'");
      }
    }
    p.mark = m;
  }
  return null;
}

function exceptBlockLike(p: Parser, star: boolean): boolean {
  return exceptBlock(p, star) !== null;
}

function asName(p: Parser): void {
  const m = p.mark;
  if (!(p.expect('as') && p.name())) p.mark = m;
}

export function invalidExceptStmt(p: Parser): null {
  const m = p.mark;
  if (p.expect('except')) {
    p.expect('*');
    const a = expression(p);
    if (a && p.expect(',') && expressions(p)) {
      asName(p);
      if (p.expect(':')) p.raiseFrom(a, 'multiple exception types must be parenthesized');
    }
  }
  p.mark = m;
  if (p.expect('except')) {
    p.expect('*');
    if (expression(p)) {
      asName(p);
      missingColon(p);
    }
  }
  p.mark = m;
  if (p.expect('except')) missingColon(p);
  p.mark = m;
  if (p.expect('except') && p.expect('*') && (p.atType('NEWLINE') || p.at(':'))) {
    p.mark++;
    p.raise('expected one or more exception types');
  }
  p.mark = m;
  return null;
}

export function invalidFinallyStmt(p: Parser): null {
  const m = p.mark;
  const a = p.expect('finally');
  if (a && p.expect(':')) noIndentedBlock(p, "'finally' statement", a.lineno);
  p.mark = m;
  return null;
}

export function invalidExceptStmtIndent(p: Parser): null {
  const m = p.mark;
  let a = p.expect('except');
  if (a && expression(p)) {
    asName(p);
    if (p.expect(':')) noIndentedBlock(p, "'except' statement", a.lineno);
  }
  p.mark = m;
  a = p.expect('except');
  if (a && p.expect(':')) noIndentedBlock(p, "'except' statement", a.lineno);
  p.mark = m;
  return null;
}

export function invalidExceptStarStmtIndent(p: Parser): null {
  const m = p.mark;
  const a = p.expect('except');
  if (a && p.expect('*') && expression(p)) {
    asName(p);
    if (p.expect(':')) noIndentedBlock(p, "'except*' statement", a.lineno);
  }
  p.mark = m;
  return null;
}

export function invalidMatchStmt(p: Parser): null {
  const m = p.mark;
  if (p.soft('match') && subjectExpr(p)) missingColon(p);
  p.mark = m;
  const a = p.soft('match');
  if (a && subjectExpr(p) && p.expect(':')) noIndentedBlock(p, "'match' statement", a.lineno);
  p.mark = m;
  return null;
}

export function invalidCaseBlock(p: Parser): null {
  const m = p.mark;
  if (p.soft('case') && patterns(p)) {
    guardRule(p);
    missingColon(p);
  }
  p.mark = m;
  const a = p.soft('case');
  if (a && patterns(p)) {
    guardRule(p);
    if (p.expect(':')) noIndentedBlock(p, "'case' statement", a.lineno);
  }
  p.mark = m;
  return null;
}

/** invalid_if_stmt / invalid_elif_stmt. */
function invalidIfLike(p: Parser, kw: 'if' | 'elif'): null {
  const m = p.mark;
  if (p.expect(kw) && namedExpression(p)) missingColon(p);
  p.mark = m;
  if (p.expect(kw)) {
    const a = namedExpression(p);
    // The grammar rebinds `a` to the condition, so its line is reported.
    if (a && p.expect(':')) noIndentedBlock(p, `'${kw}' statement`, a.lineno);
  }
  p.mark = m;
  return null;
}

export function invalidIfStmt(p: Parser): null {
  return invalidIfLike(p, 'if');
}

export function invalidElifStmt(p: Parser): null {
  return invalidIfLike(p, 'elif');
}

export function invalidElseStmt(p: Parser): null {
  const m = p.mark;
  const a = p.expect('else');
  if (a && p.expect(':')) noIndentedBlock(p, "'else' statement", a.lineno);
  p.mark = m;
  return null;
}

export function invalidWhileStmt(p: Parser): null {
  const m = p.mark;
  if (p.expect('while') && namedExpression(p)) missingColon(p);
  p.mark = m;
  const a = p.expect('while');
  if (a && namedExpression(p) && p.expect(':')) noIndentedBlock(p, "'while' statement", a.lineno);
  p.mark = m;
  return null;
}

export function invalidForStmt(p: Parser): null {
  const m = p.mark;
  p.expect('async');
  if (p.expect('for') && starTargets(p) && p.expect('in') && starExpressions(p)) missingColon(p);
  p.mark = m;
  p.expect('async');
  const a = p.expect('for');
  if (a && starTargets(p) && p.expect('in') && starExpressions(p) && p.expect(':')) {
    noIndentedBlock(p, "'for' statement", a.lineno);
  }
  p.mark = m;
  return null;
}

export function invalidDefRaw(p: Parser): null {
  const m = p.mark;
  p.expect('async');
  const a = p.expect('def');
  if (a && p.name() && p.expect('(')) {
    params(p, false);
    if (p.expect(')')) {
      const m2 = p.mark;
      if (!(p.expect('->') && expression(p))) p.mark = m2;
      if (p.expect(':')) noIndentedBlock(p, 'function definition', a.lineno);
    }
  }
  p.mark = m;
  return null;
}

export function invalidClassDefRaw(p: Parser): null {
  const m = p.mark;
  for (const indentCase of [false, true]) {
    const a = p.expect('class');
    if (a && p.name()) {
      const m2 = p.mark;
      if (p.expect('(')) {
        argumentsRule(p);
        if (!p.expect(')')) p.mark = m2;
      }
      if (!indentCase) missingColon(p);
      else if (p.expect(':')) noIndentedBlock(p, 'class definition', a.lineno);
    }
    p.mark = m;
  }
  return null;
}
