/**
 * Assignment and deletion targets (star_targets, single_target, del_targets) and t_primary,
 * the "primary that is followed by more trailers" rule targets are built from.
 */
import type { Expr } from './ast';
import { R } from './memo-ids';
import { setCtx, type Parser } from './parser-core';
import { atom, genexp } from './parse-atoms';
import { argumentsRule, sepList } from './parse-arguments';
import { slices } from './parse-primary';

/** t_lookahead: '(' | '[' | '.' */
function atTLookahead(p: Parser): boolean {
  const t = p.peek();
  return t.type === 'OP' && (t.string === '(' || t.string === '[' || t.string === '.');
}

export function starTargets(p: Parser): Expr | null {
  const start = p.peek();
  const a = starTarget(p);
  if (!a) return null;
  if (!p.at(',')) return a;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (!p.expect(',')) break;
    const c = starTarget(p);
    if (!c) {
      p.mark = m;
      break;
    }
    elts.push(c);
  }
  p.expect(',');
  return p.finish({ _type: 'Tuple', elts, ctx: 'Store' }, start);
}

function starTargetsListSeq(p: Parser): Expr[] | null {
  const a = sepList(p, starTarget);
  if (a) p.expect(',');
  return a;
}

function starTargetsTupleSeq(p: Parser): Expr[] | null {
  const m = p.mark;
  const a = starTarget(p);
  if (!a) return null;
  const out = [a];
  for (;;) {
    const m2 = p.mark;
    if (!p.expect(',')) break;
    const c = starTarget(p);
    if (!c) {
      p.mark = m2;
      break;
    }
    out.push(c);
  }
  if (out.length > 1) {
    p.expect(',');
    return out;
  }
  if (p.expect(',')) return out;
  p.mark = m;
  return null;
}

export function starTarget(p: Parser): Expr | null {
  return p.memoize(R.starTarget, starTargetRaw);
}

function starTargetRaw(p: Parser): Expr | null {
  const m = p.mark;
  const start = p.peek();
  if (p.expect('*')) {
    if (!p.at('*')) {
      p.enter();
      const a = starTarget(p);
      p.leave();
      if (a) return p.finish({ _type: 'Starred', value: setCtx(a, 'Store'), ctx: 'Store' }, start);
    }
    p.mark = m;
  }
  return targetWithStarAtom(p);
}

/** t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, with context `ctx`. */
function subscriptAttributeTarget(p: Parser, ctx: 'Store' | 'Del'): Expr | null {
  const m = p.mark;
  const start = p.peek();
  const a = tPrimary(p);
  if (!a) return null;
  const afterA = p.mark;
  if (p.expect('.')) {
    const b = p.name();
    if (b && !atTLookahead(p)) return p.finish({ _type: 'Attribute', value: a, attr: b.id, ctx }, start);
  }
  p.mark = afterA;
  if (p.expect('[')) {
    const s = slices(p);
    if (s && p.expect(']') && !atTLookahead(p)) return p.finish({ _type: 'Subscript', value: a, slice: s, ctx }, start);
  }
  p.mark = m;
  return null;
}

function targetWithStarAtom(p: Parser): Expr | null {
  return p.memoize(R.targetWithStarAtom, (q) => subscriptAttributeTarget(q, 'Store') ?? starAtom(q));
}

function starAtom(p: Parser): Expr | null {
  const m = p.mark;
  const start = p.peek();
  const n = p.name();
  if (n) return setCtx(n, 'Store');
  if (p.expect('(')) {
    const a = targetWithStarAtom(p);
    if (a && p.expect(')')) return setCtx(a, 'Store');
    p.mark = m + 1;
    const elts = starTargetsTupleSeq(p) ?? [];
    if (p.expect(')')) return p.finish({ _type: 'Tuple', elts, ctx: 'Store' }, start);
    p.mark = m;
    return null;
  }
  if (p.expect('[')) {
    const elts = starTargetsListSeq(p) ?? [];
    if (p.expect(']')) return p.finish({ _type: 'List', elts, ctx: 'Store' }, start);
  }
  p.mark = m;
  return null;
}

export function singleTarget(p: Parser): Expr | null {
  const m = p.mark;
  const a = singleSubscriptAttributeTarget(p);
  if (a) return a;
  const n = p.name();
  if (n) return setCtx(n, 'Store');
  if (p.expect('(')) {
    const b = singleTarget(p);
    if (b && p.expect(')')) return b;
  }
  p.mark = m;
  return null;
}

export function singleSubscriptAttributeTarget(p: Parser): Expr | null {
  return subscriptAttributeTarget(p, 'Store');
}

export function tPrimary(p: Parser): Expr | null {
  return p.memoize(R.tPrimary, tPrimaryRaw);
}

function tPrimaryRaw(p: Parser): Expr | null {
  const start = p.peek();
  p.enter();
  let a = atom(p);
  p.leave();
  if (!a || !atTLookahead(p)) return null;
  for (;;) {
    const m = p.mark;
    if (p.expect('.')) {
      const b = p.name();
      if (b && atTLookahead(p)) {
        a = p.finish({ _type: 'Attribute', value: a, attr: b.id, ctx: 'Load' }, start);
        continue;
      }
      p.mark = m;
    }
    if (p.expect('[')) {
      const s = slices(p);
      if (s && p.expect(']') && atTLookahead(p)) {
        a = p.finish({ _type: 'Subscript', value: a, slice: s, ctx: 'Load' }, start);
        continue;
      }
      p.mark = m;
    }
    const g = genexp(p);
    if (g && atTLookahead(p)) {
      a = p.finish({ _type: 'Call', func: a, args: [g], keywords: [] }, start);
      continue;
    }
    p.mark = m;
    if (p.expect('(')) {
      const args = argumentsRule(p);
      if (p.expect(')') && atTLookahead(p)) {
        a = p.finish({ _type: 'Call', func: a, args: args?.args ?? [], keywords: args?.keywords ?? [] }, start);
        continue;
      }
      p.mark = m;
    }
    break;
  }
  return a;
}

export function delTargets(p: Parser): Expr[] | null {
  const a = sepList(p, delTarget);
  if (a) p.expect(',');
  return a;
}

function delTarget(p: Parser): Expr | null {
  return p.memoize(R.delTarget, (q) => subscriptAttributeTarget(q, 'Del') ?? delTAtom(q));
}

function delTAtom(p: Parser): Expr | null {
  const m = p.mark;
  const start = p.peek();
  const n = p.name();
  if (n) return setCtx(n, 'Del');
  if (p.expect('(')) {
    const a = delTarget(p);
    if (a && p.expect(')')) return setCtx(a, 'Del');
    p.mark = m + 1;
    const elts = delTargets(p) ?? [];
    if (p.expect(')')) return p.finish({ _type: 'Tuple', elts, ctx: 'Del' }, start);
    p.mark = m;
    return null;
  }
  if (p.expect('[')) {
    const elts = delTargets(p) ?? [];
    if (p.expect(']')) return p.finish({ _type: 'List', elts, ctx: 'Del' }, start);
  }
  p.mark = m;
  return null;
}
