/**
 * The invalid_* rules for expressions, run only in the second (error) pass. Each either raises
 * a specific SyntaxError or fails. As in CPython's generated parser, an alternative that matches
 * but whose action declines (returns null) ends the rule: later alternatives are not tried.
 */
import { R } from './memo-ids';
import type { Parser } from './parser-core';
import {
  bitwiseOr, disjunction, expression, expressionWithoutInvalid, starExpressions, starNamedExpression,
  starNamedExpressions,
} from './parse-expressions';
import { args, kwargs, positionalArg, sepList, starredExpression } from './parse-arguments';
import { doubleStarredKvpair, forIfClauses, genexp, listDisplay, tupleDisplay } from './parse-atoms';
import { SOFT_KEYWORDS } from './tokens';
import { exprName, isLegacyStmtName, lastComprehensionItem } from './target-names';

const MAYBE_EQ = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";

export function invalidArguments(p: Parser): null {
  const m = p.mark;
  // (positional ',' kwargs | kwargs) ',' '*'  (3.11.7's form of CPython's first alternative)
  {
    let ok = false;
    if (sepList(p, positionalArg) && p.expect(',')) ok = kwargs(p) !== null;
    if (!ok) {
      p.mark = m;
      ok = kwargs(p) !== null;
    }
    if (ok && p.expect(',')) {
      const star = p.expect('*');
      if (star) p.raiseAtNode(star, 'iterable argument unpacking follows keyword argument unpacking');
    }
  }
  p.mark = m;
  // expression for_if_clauses ',' [args | expression for_if_clauses]
  {
    const a = expression(p);
    const b = a && forIfClauses(p);
    if (a && b && p.expect(',')) {
      const m2 = p.mark;
      if (!args(p)) {
        p.mark = m2;
        if (!(expression(p) && forIfClauses(p))) p.mark = m2;
      }
      p.raiseRange(a, lastComprehensionItem(b[b.length - 1]), 'Generator expression must be parenthesized');
    }
  }
  p.mark = m;
  // NAME '=' expression for_if_clauses
  {
    const a = p.name();
    const eq = a && p.expect('=');
    if (a && eq && expression(p) && forIfClauses(p)) p.raiseRange(a, eq, MAYBE_EQ);
  }
  p.mark = m;
  // args for_if_clauses
  {
    const a = args(p);
    const b = a && forIfClauses(p);
    if (a && b) {
      if (a.args.length <= 1) return null;
      p.raiseRange(a.args[a.args.length - 1], lastComprehensionItem(b[b.length - 1]),
        'Generator expression must be parenthesized');
    }
  }
  p.mark = m;
  // args ',' expression for_if_clauses
  if (args(p) && p.expect(',')) {
    const a = expression(p);
    const b = a && forIfClauses(p);
    if (a && b) p.raiseRange(a, lastComprehensionItem(b[b.length - 1]), 'Generator expression must be parenthesized');
  }
  p.mark = m;
  // args ',' args
  {
    const a = args(p);
    if (a && p.expect(',') && args(p)) {
      const unpacking = a.keywords.some((k) => k.arg === null);
      p.raise(unpacking ? 'positional argument follows keyword argument unpacking'
        : 'positional argument follows keyword argument');
    }
  }
  p.mark = m;
  return null;
}

export function invalidKwarg(p: Parser): null {
  const m = p.mark;
  const t = p.peek();
  if (t.type === 'NAME' && (t.string === 'True' || t.string === 'False' || t.string === 'None')) {
    p.mark++;
    const eq = p.expect('=');
    if (eq) p.raiseRange(t, eq, `cannot assign to ${t.string}`);
  }
  p.mark = m;
  {
    const a = p.name();
    const eq = a && p.expect('=');
    if (a && eq && expression(p) && forIfClauses(p)) p.raiseRange(a, eq, MAYBE_EQ);
  }
  p.mark = m;
  const nameEq = p.name() !== null && p.at('=');
  p.mark = m;
  if (!nameEq) {
    const a = expression(p);
    const eq = a && p.expect('=');
    if (a && eq) p.raiseRange(a, eq, 'expression cannot contain assignment, perhaps you meant "=="?');
  }
  p.mark = m;
  return null;
}

export function invalidLegacyExpression(p: Parser): null {
  const m = p.mark;
  const a = p.name();
  if (a && !p.at('(')) {
    const b = starExpressions(p);
    if (b) {
      if (isLegacyStmtName(a)) p.raiseRange(a, b, `Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`);
      return null;
    }
  }
  p.mark = m;
  return null;
}

export function invalidExpression(p: Parser): null {
  const m = p.mark;
  // !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
  const t = p.peek();
  let blocked = t.type === 'NAME' && isSoftKeywordToken(t.string);
  if (!blocked && p.name()) blocked = p.atType('STRING');
  p.mark = m;
  if (!blocked) {
    const a = disjunction(p);
    const b = a && expressionWithoutInvalid(p);
    if (a && b) {
      if (isLegacyStmtName(a) || p.tokens[p.mark - 1].level === 0) return null;
      p.raiseRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
    }
  }
  p.mark = m;
  // disjunction 'if' disjunction !('else'|':')
  const a = disjunction(p);
  if (a && p.expect('if')) {
    const b = disjunction(p);
    if (b && !p.at('else') && !p.at(':')) p.raiseRange(a, b, "expected 'else' after 'if' expression");
  }
  p.mark = m;
  return null;
}

/**
 * CPython's SOFT_KEYWORD token test compares only the token's length of each soft keyword, so
 * any prefix of `match`, `case` or `_` (e.g. `c`, `ma`) counts; reproduced for identical errors.
 */
function isSoftKeywordToken(s: string): boolean {
  for (const kw of SOFT_KEYWORDS) if (kw.startsWith(s)) return true;
  return false;
}

export function invalidNamedExpression(p: Parser): null {
  return p.memoize(R.invalidNamedExpression, invalidNamedExpressionRaw);
}

function invalidNamedExpressionRaw(p: Parser): null {
  const m = p.mark;
  {
    const a = expression(p);
    if (a && p.expect(':=') && expression(p)) p.raiseAtNode(a, `cannot use assignment expressions with ${exprName(a)}`);
  }
  p.mark = m;
  {
    const a = p.name();
    if (a && p.expect('=')) {
      const b = bitwiseOr(p);
      if (b && !p.at('=') && !p.at(':=')) p.raiseRange(a, b, MAYBE_EQ);
    }
  }
  p.mark = m;
  if (!startsWithDisplayOrSingleton(p)) {
    p.mark = m;
    const a = bitwiseOr(p);
    if (a && p.expect('=') && bitwiseOr(p) && !p.at('=') && !p.at(':=')) {
      p.raiseAtNode(a, `cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`);
    }
  }
  p.mark = m;
  return null;
}

/** Lookahead (list | tuple | genexp | 'True' | 'None' | 'False'), via the atom rule's pieces. */
function startsWithDisplayOrSingleton(p: Parser): boolean {
  const m = p.mark;
  const t = p.peek();
  if (t.type === 'NAME' && (t.string === 'True' || t.string === 'None' || t.string === 'False')) return true;
  const ok = listDisplay(p) !== null || tupleDisplay(p) !== null || genexp(p) !== null;
  p.mark = m;
  return ok;
}

export function invalidComprehension(p: Parser): null {
  const m = p.mark;
  const open = p.peek();
  const isOpen = open.type === 'OP' && (open.string === '[' || open.string === '(' || open.string === '{');
  if (!isOpen) return null;
  p.mark++;
  const a = starredExpression(p);
  if (a && forIfClauses(p)) p.raiseAtNode(a, 'iterable unpacking cannot be used in comprehension');
  p.mark = m;
  if (open.string === '(') return null;
  p.mark++;
  {
    const a2 = starNamedExpression(p);
    if (a2 && p.expect(',')) {
      const b = starNamedExpressions(p);
      if (b && forIfClauses(p)) p.raiseRange(a2, b[b.length - 1], 'did you forget parentheses around the comprehension target?');
    }
  }
  p.mark = m + 1;
  {
    const a2 = starNamedExpression(p);
    const comma = a2 && p.expect(',');
    if (a2 && comma && forIfClauses(p)) p.raiseRange(a2, comma, 'did you forget parentheses around the comprehension target?');
  }
  p.mark = m;
  return null;
}

export function invalidDictComprehension(p: Parser): null {
  const m = p.mark;
  if (p.expect('{')) {
    const a = p.expect('**');
    if (a && bitwiseOr(p) && forIfClauses(p) && p.expect('}')) {
      p.raiseAtNode(a, 'dict unpacking cannot be used in dict comprehension');
    }
  }
  p.mark = m;
  return null;
}

export function invalidGroup(p: Parser): null {
  const m = p.mark;
  if (p.expect('(')) {
    const a = starredExpression(p);
    if (a && p.expect(')')) p.raiseAtNode(a, 'cannot use starred expression here');
  }
  p.mark = m;
  if (p.expect('(')) {
    const a = p.expect('**');
    if (a && expression(p) && p.expect(')')) p.raiseAtNode(a, 'cannot use double starred expression here');
  }
  p.mark = m;
  return null;
}

/** Called just after the '{' of a dict that failed to parse. */
export function invalidDoubleStarredKvpairs(p: Parser): null {
  const m = p.mark;
  const first = doubleStarredKvpair(p);
  if (first) {
    for (;;) {
      const m2 = p.mark;
      if (!p.expect(',') || !doubleStarredKvpair(p)) {
        p.mark = m2;
        break;
      }
    }
    if (p.expect(',')) invalidKvpair(p);
  }
  p.mark = m;
  kvpairErrors(p, false);
  p.mark = m;
  return null;
}

/** The ':'-related alternatives shared by invalid_double_starred_kvpairs and invalid_kvpair. */
function kvpairErrors(p: Parser, withMissingColon: boolean): void {
  const m = p.mark;
  const a = expression(p);
  if (!a) return;
  if (withMissingColon && !p.at(':')) {
    p.raiseAt('SyntaxError', "':' expected after dictionary key", a.lineno, a.end_col_offset, a.end_lineno, 0);
  }
  if (p.expect(':')) {
    const star = p.expect('*');
    if (star && bitwiseOr(p)) p.raiseFrom(star, 'cannot use a starred expression in a dictionary value');
  }
  p.mark = m;
  expression(p);
  const colon = p.expect(':');
  if (colon && (p.at('}') || p.at(','))) p.raiseAtNode(colon, "expression expected after dictionary key and ':'");
}

function invalidKvpair(p: Parser): null {
  const m = p.mark;
  kvpairErrors(p, true);
  p.mark = m;
  return null;
}

