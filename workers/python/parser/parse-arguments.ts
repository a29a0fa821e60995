/**
 * Call arguments: positional, `*iterable`, `name=value` and `**mapping`, in the orders the
 * grammar allows. `args` yields a Call with a placeholder func (as CPython does), whose span is
 * used by some error messages.
 */
import type { Call, Expr, Keyword } from './ast';
import { R } from './memo-ids';
import type { Parser } from './parser-core';
import { assignmentExpression, expression } from './parse-expressions';
import { invalidArguments, invalidKwarg } from './invalid-expressions';

/** An item of `kwargs`: a keyword, or a `*x` Starred that may follow keywords. */
export type KwOrStarred = { kw: true; v: Keyword } | { kw: false; v: Expr };

export function dummyName(): Expr {
  return { _type: 'Name', id: '', ctx: 'Load', lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
}

/** arguments (memo): args [','] &')' | invalid_arguments */
export function argumentsRule(p: Parser): Call | null {
  return p.memoize(R.arguments, (q) => {
    const m = q.mark;
    const a = args(q);
    if (a) {
      q.expect(',');
      if (q.at(')')) return a;
    }
    q.mark = m;
    if (q.callInvalidRules) {
      invalidArguments(q);
      q.mark = m;
    }
    return null;
  });
}

/** `','.item+` with PEG backtracking over a dangling comma. */
export function sepList<T>(p: Parser, item: (p: Parser) => T | null): T[] | null {
  const first = item(p);
  if (first === null) return null;
  const out = [first];
  for (;;) {
    const m = p.mark;
    if (!p.expect(',')) break;
    const x = item(p);
    if (x === null) {
      p.mark = m;
      break;
    }
    out.push(x);
  }
  return out;
}

/** starred_expression | (assignment_expression | expression !':=') !'=' */
export function positionalArg(p: Parser): Expr | null {
  const s = starredExpression(p);
  if (s) return s;
  const m = p.mark;
  let e = assignmentExpression(p);
  if (!e) {
    e = expression(p);
    if (e && p.at(':=')) e = null;
  }
  if (e && !p.at('=')) return e;
  p.mark = m;
  return null;
}

export function args(p: Parser): Call | null {
  const m = p.mark;
  const start = p.peek();
  const a = sepList(p, positionalArg);
  if (a) {
    const m2 = p.mark;
    let k: KwOrStarred[] | null = null;
    if (p.expect(',')) {
      k = kwargs(p);
      if (!k) p.mark = m2;
    }
    const starreds = k ? k.filter((x) => !x.kw).map((x) => x.v as Expr) : [];
    const keywords = k ? k.filter((x) => x.kw).map((x) => x.v as Keyword) : [];
    return p.finish({ _type: 'Call', func: dummyName(), args: [...a, ...starreds], keywords }, start);
  }
  p.mark = m;
  const k = kwargs(p);
  if (!k) return null;
  return p.finish({
    _type: 'Call', func: dummyName(),
    args: k.filter((x) => !x.kw).map((x) => x.v as Expr),
    keywords: k.filter((x) => x.kw).map((x) => x.v as Keyword),
  }, start);
}

export function kwargs(p: Parser): KwOrStarred[] | null {
  const m = p.mark;
  const a = sepList(p, kwargOrStarred);
  if (a) {
    const m2 = p.mark;
    if (p.expect(',')) {
      const b = sepList(p, kwargOrDoubleStarred);
      if (b) return [...a, ...b];
    }
    p.mark = m2;
    return a;
  }
  p.mark = m;
  return sepList(p, kwargOrDoubleStarred);
}

export function starredExpression(p: Parser): Expr | null {
  const m = p.mark;
  const start = p.peek();
  if (!p.expect('*')) return null;
  const a = expression(p);
  if (a) return p.finish({ _type: 'Starred', value: a, ctx: 'Load' }, start);
  p.mark = m;
  return null;
}

/** NAME '=' expression, as a keyword. */
function namedKeyword(p: Parser): Keyword | null {
  const m = p.mark;
  const start = p.peek();
  const a = p.name();
  if (a && p.expect('=')) {
    const b = expression(p);
    if (b) return p.finish({ _type: 'keyword', arg: a.id, value: b }, start);
  }
  p.mark = m;
  return null;
}

function kwargOrStarred(p: Parser): KwOrStarred | null {
  if (p.callInvalidRules) {
    const m = p.mark;
    invalidKwarg(p);
    p.mark = m;
  }
  const k = namedKeyword(p);
  if (k) return { kw: true, v: k };
  const s = starredExpression(p);
  return s ? { kw: false, v: s } : null;
}

function kwargOrDoubleStarred(p: Parser): KwOrStarred | null {
  if (p.callInvalidRules) {
    const m = p.mark;
    invalidKwarg(p);
    p.mark = m;
  }
  const k = namedKeyword(p);
  if (k) return { kw: true, v: k };
  const m = p.mark;
  const start = p.peek();
  if (p.expect('**')) {
    const a = expression(p);
    if (a) return { kw: true, v: p.finish({ _type: 'keyword', arg: null, value: a }, start) };
    p.mark = m;
  }
  return null;
}
