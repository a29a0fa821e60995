/**
 * The `match` statement and its pattern grammar (PEP 634). `match`, `case` and `_` are soft
 * keywords: they only act as keywords where these rules succeed.
 */
import type { Expr, MatchCase, Pattern, Stmt } from './ast';
import { R } from './memo-ids';
import type { Parser } from './parser-core';
import { namedExpression, starNamedExpression, starNamedExpressions } from './parse-expressions';
import { sepList } from './parse-arguments';
import { block } from './parse-compound';
import { literalExpr, literalPattern } from './parse-match-literals';
import { invalidAsPattern, invalidClassPattern } from './invalid-statements';
import { invalidCaseBlock, invalidMatchStmt } from './invalid-blocks';

export function matchStmt(p: Parser): Stmt | null {
  const m = p.mark;
  const start = p.peek();
  if (p.soft('match')) {
    const subject = subjectExpr(p);
    if (subject && p.expect(':') && p.expectType('NEWLINE') && p.expectType('INDENT')) {
      const cases: MatchCase[] = [];
      for (;;) {
        const c = caseBlock(p);
        if (!c) break;
        cases.push(c);
      }
      if (cases.length && p.expectType('DEDENT')) return p.finish({ _type: 'Match', subject, cases }, start);
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    invalidMatchStmt(p);
    p.mark = m;
  }
  return null;
}

export function subjectExpr(p: Parser): Expr | null {
  const m = p.mark;
  const start = p.peek();
  const v = starNamedExpression(p);
  if (v && p.expect(',')) {
    const rest = starNamedExpressions(p) ?? [];
    return p.finish({ _type: 'Tuple', elts: [v, ...rest], ctx: 'Load' }, start);
  }
  p.mark = m;
  return namedExpression(p);
}

function caseBlock(p: Parser): MatchCase | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invalidCaseBlock(p);
    p.mark = m;
  }
  if (p.soft('case')) {
    const pattern = patterns(p);
    if (pattern) {
      const guard = guardRule(p);
      if (p.expect(':')) {
        const body = block(p);
        if (body) return { _type: 'match_case', pattern, guard, body };
      }
    }
  }
  p.mark = m;
  return null;
}

export function guardRule(p: Parser): Expr | null {
  const m = p.mark;
  if (p.expect('if')) {
    const g = namedExpression(p);
    if (g) return g;
  }
  p.mark = m;
  return null;
}

export function patterns(p: Parser): Pattern | null {
  const start = p.peek();
  const seq = openSequencePattern(p);
  if (seq) return p.finish({ _type: 'MatchSequence', patterns: seq }, start);
  return pattern(p);
}

export function pattern(p: Parser): Pattern | null {
  return asPattern(p) ?? orPattern(p);
}

function asPattern(p: Parser): Pattern | null {
  const m = p.mark;
  const start = p.peek();
  const a = orPattern(p);
  if (a && p.expect('as')) {
    const t = patternCaptureTarget(p);
    if (t) return p.finish({ _type: 'MatchAs', pattern: a, name: t }, start);
  }
  p.mark = m;
  if (p.callInvalidRules) {
    invalidAsPattern(p);
    p.mark = m;
  }
  return null;
}

export function orPattern(p: Parser): Pattern | null {
  const start = p.peek();
  const list: Pattern[] = [];
  for (;;) {
    const m = p.mark;
    if (list.length && !p.expect('|')) break;
    const c = closedPattern(p);
    if (!c) {
      p.mark = m;
      break;
    }
    list.push(c);
  }
  if (list.length === 0) return null;
  if (list.length === 1) return list[0];
  return p.finish({ _type: 'MatchOr', patterns: list }, start);
}

function closedPattern(p: Parser): Pattern | null {
  return p.memoize(R.closedPattern, (q) => {
    q.enter();
    try {
      return literalPattern(q) ?? capturePattern(q) ?? wildcardPattern(q) ?? valuePattern(q)
        ?? groupPattern(q) ?? sequencePattern(q) ?? mappingPattern(q) ?? classPattern(q);
    } finally {
      q.leave();
    }
  });
}

function capturePattern(p: Parser): Pattern | null {
  const start = p.peek();
  const t = patternCaptureTarget(p);
  return t ? p.finish({ _type: 'MatchAs', pattern: null, name: t }, start) : null;
}

/** !"_" NAME !('.' | '(' | '=') — returns the captured name. */
export function patternCaptureTarget(p: Parser): string | null {
  const m = p.mark;
  if (p.at('_') && p.peek().type === 'NAME') return null;
  const n = p.name();
  if (n && !p.at('.') && !p.at('(') && !p.at('=')) return n.id;
  p.mark = m;
  return null;
}

function wildcardPattern(p: Parser): Pattern | null {
  const t = p.soft('_');
  return t ? p.finish({ _type: 'MatchAs', pattern: null, name: null }, t) : null;
}

function valuePattern(p: Parser): Pattern | null {
  const m = p.mark;
  const start = p.peek();
  const a = attr(p);
  if (a && !p.at('.') && !p.at('(') && !p.at('=')) return p.finish({ _type: 'MatchValue', value: a }, start);
  p.mark = m;
  return null;
}

/** attr: name_or_attr '.' NAME (at least one dot). */
function attr(p: Parser): Expr | null {
  return p.memoize(R.attr, (q) => {
    const start = q.peek();
    let a: Expr | null = q.name();
    if (!a) return null;
    let dots = 0;
    for (;;) {
      const m = q.mark;
      if (!q.expect('.')) break;
      const b = q.name();
      if (!b) {
        q.mark = m;
        break;
      }
      a = q.finish({ _type: 'Attribute', value: a, attr: b.id, ctx: 'Load' }, start);
      dots++;
    }
    return dots ? a : null;
  });
}

export function nameOrAttr(p: Parser): Expr | null {
  return attr(p) ?? p.name();
}

function groupPattern(p: Parser): Pattern | null {
  const m = p.mark;
  if (p.expect('(')) {
    const a = pattern(p);
    if (a && p.expect(')')) return a;
  }
  p.mark = m;
  return null;
}

function sequencePattern(p: Parser): Pattern | null {
  const m = p.mark;
  const start = p.peek();
  if (p.expect('[')) {
    const a = maybeSequencePattern(p) ?? [];
    if (p.expect(']')) return p.finish({ _type: 'MatchSequence', patterns: a }, start);
  }
  p.mark = m;
  if (p.expect('(')) {
    const a = openSequencePattern(p) ?? [];
    if (p.expect(')')) return p.finish({ _type: 'MatchSequence', patterns: a }, start);
  }
  p.mark = m;
  return null;
}

function openSequencePattern(p: Parser): Pattern[] | null {
  const m = p.mark;
  const a = maybeStarPattern(p);
  if (a && p.expect(',')) return [a, ...(maybeSequencePattern(p) ?? [])];
  p.mark = m;
  return null;
}

function maybeSequencePattern(p: Parser): Pattern[] | null {
  const a = sepList(p, maybeStarPattern);
  if (a) p.expect(',');
  return a;
}

function maybeStarPattern(p: Parser): Pattern | null {
  return starPattern(p) ?? pattern(p);
}

function starPattern(p: Parser): Pattern | null {
  return p.memoize(R.starPattern, (q) => {
    const start = q.peek();
    if (!q.expect('*')) return null;
    const t = patternCaptureTarget(q);
    if (t) return q.finish({ _type: 'MatchStar', name: t }, start);
    if (wildcardPattern(q)) return q.finish({ _type: 'MatchStar', name: null }, start);
    return null;
  });
}

function mappingPattern(p: Parser): Pattern | null {
  const m = p.mark;
  const start = p.peek();
  if (!p.expect('{')) return null;
  if (p.expect('}')) return p.finish({ _type: 'MatchMapping', keys: [], patterns: [], rest: null }, start);
  const rest = doubleStarPattern(p);
  if (rest) {
    p.expect(',');
    if (p.expect('}')) return p.finish({ _type: 'MatchMapping', keys: [], patterns: [], rest }, start);
  }
  p.mark = m + 1;
  const items = sepList(p, keyValuePattern);
  if (items) {
    const afterItems = p.mark;
    if (p.expect(',')) {
      const r = doubleStarPattern(p);
      if (r) {
        p.expect(',');
        if (p.expect('}')) {
          return p.finish({ _type: 'MatchMapping', keys: items.map((x) => x[0]), patterns: items.map((x) => x[1]), rest: r }, start);
        }
      }
    }
    p.mark = afterItems;
    p.expect(',');
    if (p.expect('}')) {
      return p.finish({ _type: 'MatchMapping', keys: items.map((x) => x[0]), patterns: items.map((x) => x[1]), rest: null }, start);
    }
  }
  p.mark = m;
  return null;
}

function keyValuePattern(p: Parser): [Expr, Pattern] | null {
  const m = p.mark;
  const key = literalExpr(p) ?? attr(p);
  if (key && p.expect(':')) {
    const v = pattern(p);
    if (v) return [key, v];
  }
  p.mark = m;
  return null;
}

function doubleStarPattern(p: Parser): string | null {
  const m = p.mark;
  if (p.expect('**')) {
    const t = patternCaptureTarget(p);
    if (t) return t;
  }
  p.mark = m;
  return null;
}

function keywordPattern(p: Parser): [string, Pattern] | null {
  const m = p.mark;
  const n = p.name();
  if (n && p.expect('=')) {
    const v = pattern(p);
    if (v) return [n.id, v];
  }
  p.mark = m;
  return null;
}

export function positionalPatterns(p: Parser): Pattern[] | null {
  return sepList(p, pattern);
}

export function keywordPatterns(p: Parser): [string, Pattern][] | null {
  return sepList(p, keywordPattern);
}

function classPattern(p: Parser): Pattern | null {
  const m = p.mark;
  const start = p.peek();
  const cls = nameOrAttr(p);
  if (cls && p.expect('(')) {
    const afterParen = p.mark;
    const build = (pos: Pattern[], kw: [string, Pattern][]) => p.finish({
      _type: 'MatchClass', cls, patterns: pos, kwd_attrs: kw.map((x) => x[0]), kwd_patterns: kw.map((x) => x[1]),
    }, start);
    if (p.expect(')')) return build([], []);
    const pos = positionalPatterns(p);
    if (pos) {
      p.expect(',');
      if (p.expect(')')) return build(pos, []);
    }
    p.mark = afterParen;
    const kw = keywordPatterns(p);
    if (kw) {
      p.expect(',');
      if (p.expect(')')) return build([], kw);
    }
    p.mark = afterParen;
    const pos2 = positionalPatterns(p);
    if (pos2 && p.expect(',')) {
      const kw2 = keywordPatterns(p);
      if (kw2) {
        p.expect(',');
        if (p.expect(')')) return build(pos2, kw2);
      }
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    invalidClassPattern(p);
    p.mark = m;
  }
  return null;
}

