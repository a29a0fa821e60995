/**
 * The invalid_* rules for simple statements and targets (error pass only): bad assignment,
 * annotation, deletion, for and with targets, imports, and match patterns. Each raises or
 * fails (see invalid-expressions.ts); compound-statement headers are in invalid-blocks.ts.
 */
import type { Expr } from './ast';
import type { Parser } from './parser-core';
import {
  expression, starExpressions, starNamedExpression, starNamedExpressions, yieldExpr,
} from './parse-expressions';
import { starTargets } from './parse-targets';
import { sepList } from './parse-arguments';
import { augassign, importFromAsName } from './parse-statements';
import { listDisplay, tupleDisplay } from './parse-atoms';
import { KEYWORDS } from './tokens';
import { keywordPatterns, nameOrAttr, orPattern, positionalPatterns } from './parse-match';
import { exprName, raiseInvalidTarget } from './target-names';

export function invalidAssignment(p: Parser): null {
  const m = p.mark;
  {
    const a = invalidAnnAssignTarget(p);
    if (a && p.expect(':') && expression(p)) p.raiseAtNode(a, `only single target (not ${exprName(a)}) can be annotated`);
  }
  p.mark = m;
  {
    const a = starNamedExpression(p);
    if (a && p.expect(',')) {
      while (starNamedExpressions(p));
      if (p.expect(':') && expression(p)) p.raiseAtNode(a, 'only single target (not tuple) can be annotated');
    }
  }
  p.mark = m;
  {
    const a = expression(p);
    if (a && p.expect(':') && expression(p)) p.raiseAtNode(a, 'illegal target for annotation');
  }
  p.mark = m;
  skipStarTargetsEq(p);
  {
    const a = starExpressions(p);
    if (a && p.expect('=')) return raiseInvalidTarget(p, 'star', a);
  }
  p.mark = m;
  skipStarTargetsEq(p);
  {
    const a = yieldExpr(p);
    if (a && p.expect('=')) p.raiseAtNode(a, 'assignment to yield expression not possible');
  }
  p.mark = m;
  {
    const a = starExpressions(p);
    if (a && augassign(p) && (yieldExpr(p) ?? starExpressions(p))) {
      p.raiseAtNode(a, `'${exprName(a)}' is an illegal expression for augmented assignment`);
    }
  }
  p.mark = m;
  return null;
}

/** (star_targets '=')* */
function skipStarTargetsEq(p: Parser): void {
  for (;;) {
    const m = p.mark;
    if (!starTargets(p) || !p.expect('=')) {
      p.mark = m;
      return;
    }
  }
}

function invalidAnnAssignTarget(p: Parser): Expr | null {
  const m = p.mark;
  const e = listDisplay(p) ?? tupleDisplay(p);
  if (e) return e;
  p.mark = m;
  if (p.expect('(')) {
    const a = invalidAnnAssignTarget(p);
    if (a && p.expect(')')) return a;
  }
  p.mark = m;
  return null;
}

export function invalidDelStmt(p: Parser): null {
  const m = p.mark;
  if (p.expect('del')) {
    const a = starExpressions(p);
    if (a) return raiseInvalidTarget(p, 'del', a);
  }
  p.mark = m;
  return null;
}

export function invalidBlock(p: Parser): null {
  const m = p.mark;
  if (p.expectType('NEWLINE') && !p.atType('INDENT')) p.raise('expected an indented block', 'IndentationError');
  p.mark = m;
  return null;
}

export function invalidForTarget(p: Parser): null {
  const m = p.mark;
  p.expect('async');
  if (p.expect('for')) {
    const a = starExpressions(p);
    if (a) return raiseInvalidTarget(p, 'for', a);
  }
  p.mark = m;
  return null;
}

export function invalidImportFromTargets(p: Parser): null {
  const m = p.mark;
  if (sepList(p, importFromAsName) && p.expect(',') && p.atType('NEWLINE')) {
    p.mark++;
    p.raise('trailing comma not allowed without surrounding parentheses');
  }
  p.mark = m;
  return null;
}

/** invalid_with_item: expression 'as' expression &(',' | ')' | ':') */
export function invalidWithItem(p: Parser): null {
  const m = p.mark;
  if (expression(p) && p.expect('as')) {
    const a = expression(p);
    if (a && (p.at(',') || p.at(')') || p.at(':'))) return raiseInvalidTarget(p, 'star', a);
  }
  p.mark = m;
  return null;
}

export function invalidAsPattern(p: Parser): null {
  const m = p.mark;
  if (orPattern(p) && p.expect('as')) {
    const u = p.soft('_');
    if (u) p.raiseAtNode(u, "cannot use '_' as a target");
  }
  p.mark = m;
  if (orPattern(p) && p.expect('as') && !isName(p)) {
    const a = expression(p);
    if (a) p.raiseAtNode(a, 'invalid pattern target');
  }
  p.mark = m;
  return null;
}

function isName(p: Parser): boolean {
  const t = p.peek();
  return t.type === 'NAME' && !KEYWORDS.has(t.string);
}

export function invalidClassPattern(p: Parser): null {
  const m = p.mark;
  if (nameOrAttr(p) && p.expect('(')) {
    const m2 = p.mark;
    if (!(positionalPatterns(p) && p.expect(','))) p.mark = m2;
    if (keywordPatterns(p) && p.expect(',')) {
      const a = positionalPatterns(p);
      if (a) p.raiseRange(a[0], a[a.length - 1], 'positional patterns follow keyword patterns');
    }
  }
  p.mark = m;
  return null;
}
