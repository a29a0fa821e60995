/**
 * primary (atoms followed by `.name`, calls, generator-argument calls and subscripts) and
 * subscript slices.
 */
import type { Expr } from './ast';
import { R } from './memo-ids';
import type { Parser } from './parser-core';
import { atom, genexp } from './parse-atoms';
import { argumentsRule, starredExpression } from './parse-arguments';
import { expression, namedExpression } from './parse-expressions';

export function primary(p: Parser): Expr | null {
  const m = p.mark;
  if (p.memoHit(R.primary)) return p.memoValue as Expr | null;
  return p.memoStore(R.primary, m, primaryRaw(p));
}

function primaryRaw(p: Parser): Expr | null {
  const start = p.peek();
  p.enter();
  let a = atom(p);
  p.leave();
  if (!a) return null;
  for (;;) {
    const m = p.mark;
    if (p.expect('.')) {
      const b = p.name();
      if (b) {
        a = p.finish({ _type: 'Attribute', value: a, attr: b.id, ctx: 'Load' }, start);
        continue;
      }
      p.mark = m;
    }
    // Not only at '(': in the error pass genexp's invalid_comprehension also looks into [ and {.
    const g = genexp(p);
    if (g) {
      a = p.finish({ _type: 'Call', func: a, args: [g], keywords: [] }, start);
      continue;
    }
    p.mark = m;
    if (p.expect('(')) {
      const args = argumentsRule(p);
      if (p.expect(')')) {
        a = p.finish({ _type: 'Call', func: a, args: args?.args ?? [], keywords: args?.keywords ?? [] }, start);
        continue;
      }
      p.mark = m;
    }
    if (p.expect('[')) {
      const s = slices(p);
      if (s && p.expect(']')) {
        a = p.finish({ _type: 'Subscript', value: a, slice: s, ctx: 'Load' }, start);
        continue;
      }
      p.mark = m;
    }
    break;
  }
  return a;
}

export function slices(p: Parser): Expr | null {
  const m = p.mark;
  const start = p.peek();
  const a = slice(p);
  if (a && !p.at(',')) return a;
  p.mark = m;
  const elts: Expr[] = [];
  for (;;) {
    const before = p.mark;
    if (elts.length > 0 && !p.expect(',')) break;
    const e = slice(p) ?? starredExpression(p);
    if (!e) {
      p.mark = before;
      break;
    }
    elts.push(e);
  }
  if (elts.length === 0) return null;
  p.expect(',');
  return p.finish({ _type: 'Tuple', elts, ctx: 'Load' }, start);
}

function slice(p: Parser): Expr | null {
  const m = p.mark;
  const start = p.peek();
  const lower = expression(p);
  if (p.expect(':')) {
    const upper = expression(p);
    let step: Expr | null = null;
    const m2 = p.mark;
    if (p.expect(':')) step = expression(p);
    else p.mark = m2;
    return p.finish({ _type: 'Slice', lower, upper, step }, start);
  }
  p.mark = m;
  return namedExpression(p);
}
