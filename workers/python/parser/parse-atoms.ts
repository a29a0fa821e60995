/**
 * Atoms and displays: names, constants, numbers, strings, parenthesized forms, lists, sets,
 * dicts and the four kinds of comprehension (with their `for ... in ... if ...` clauses).
 */
import type { Comprehension, Expr } from './ast';
import { R } from './memo-ids';
import type { Parser } from './parser-core';
import {
  bitwiseOr, disjunction, expression, namedExpression, assignmentExpression, starNamedExpression,
  starNamedExpressions, yieldExpr,
} from './parse-expressions';
import { starTargets } from './parse-targets';
import { parseNumber } from './numbers';
import { concatenateStrings } from './strings';
import { invalidForTarget } from './invalid-statements';
import {
  invalidComprehension, invalidDictComprehension, invalidDoubleStarredKvpairs, invalidGroup,
} from './invalid-expressions';

export function atom(p: Parser): Expr | null {
  const t = p.peek();
  switch (t.type) {
    case 'NAME': {
      const n = p.name();
      if (n) return n;
      if (t.string === 'True' || t.string === 'False' || t.string === 'None') {
        p.mark++;
        const value = t.string === 'None' ? { kind: 'None' as const } : { kind: 'bool' as const, value: t.string === 'True' };
        return p.finish({ _type: 'Constant', value, kind: null }, t);
      }
      return null;
    }
    case 'STRING':
      return strings(p);
    case 'NUMBER':
      p.mark++;
      return p.finish({ _type: 'Constant', value: parseNumber(p, t), kind: null }, t);
    case 'OP':
      if (t.string === '(') return tupleDisplay(p) ?? group(p) ?? genexp(p);
      if (t.string === '[') return listDisplay(p) ?? listcomp(p);
      if (t.string === '{') return dict(p) ?? set(p) ?? dictcomp(p) ?? setcomp(p);
      if (t.string === '...') {
        p.mark++;
        return p.finish({ _type: 'Constant', value: { kind: 'Ellipsis' }, kind: null }, t);
      }
      return null;
    default:
      return null;
  }
}

/** strings (memo): STRING+ joined into one Constant or JoinedStr. */
export function strings(p: Parser): Expr | null {
  return p.memoize(R.strings, (q) => {
    const toks = [];
    while (q.atType('STRING')) toks.push(q.tokens[q.mark++]);
    return toks.length ? concatenateStrings(q, toks) : null;
  });
}

function group(p: Parser): Expr | null {
  const m = p.mark;
  if (p.expect('(')) {
    const a = yieldExpr(p) ?? namedExpression(p);
    if (a && p.expect(')')) return a;
  }
  p.mark = m;
  if (p.callInvalidRules) {
    invalidGroup(p);
    p.mark = m;
  }
  return null;
}

export function tupleDisplay(p: Parser): Expr | null {
  const m = p.mark;
  const start = p.peek();
  if (!p.expect('(')) return null;
  let elts: Expr[] = [];
  const m2 = p.mark;
  const y = starNamedExpression(p);
  if (y && p.expect(',')) {
    elts = [y, ...(starNamedExpressions(p) ?? [])];
  } else {
    p.mark = m2;
  }
  if (p.expect(')')) return p.finish({ _type: 'Tuple', elts, ctx: 'Load' }, start);
  p.mark = m;
  return null;
}

export function listDisplay(p: Parser): Expr | null {
  const m = p.mark;
  const start = p.peek();
  if (!p.expect('[')) return null;
  const elts = starNamedExpressions(p) ?? [];
  if (p.expect(']')) return p.finish({ _type: 'List', elts, ctx: 'Load' }, start);
  p.mark = m;
  return null;
}

function set(p: Parser): Expr | null {
  const m = p.mark;
  const start = p.peek();
  if (p.expect('{')) {
    const elts = starNamedExpressions(p);
    if (elts && p.expect('}')) return p.finish({ _type: 'Set', elts }, start);
  }
  p.mark = m;
  return null;
}

function dict(p: Parser): Expr | null {
  const m = p.mark;
  const start = p.peek();
  if (!p.expect('{')) return null;
  const pairs = doubleStarredKvpairs(p) ?? [];
  if (p.expect('}')) {
    return p.finish({ _type: 'Dict', keys: pairs.map((x) => x[0]), values: pairs.map((x) => x[1]) }, start);
  }
  p.mark = m;
  if (p.callInvalidRules) {
    p.expect('{');
    invalidDoubleStarredKvpairs(p);
    p.mark = m;
  }
  return null;
}

type KV = [Expr | null, Expr];

/** double_starred_kvpairs: ','.double_starred_kvpair+ [','] */
export function doubleStarredKvpairs(p: Parser): KV[] | null {
  const a = doubleStarredKvpair(p);
  if (!a) return null;
  const out = [a];
  for (;;) {
    const m = p.mark;
    if (!p.expect(',')) break;
    const b = doubleStarredKvpair(p);
    if (!b) {
      p.mark = m;
      break;
    }
    out.push(b);
  }
  p.expect(',');
  return out;
}

export function doubleStarredKvpair(p: Parser): KV | null {
  const m = p.mark;
  if (p.expect('**')) {
    const a = bitwiseOr(p);
    if (a) return [null, a];
    p.mark = m;
  }
  return kvpair(p);
}

export function kvpair(p: Parser): [Expr, Expr] | null {
  const m = p.mark;
  const a = expression(p);
  if (a && p.expect(':')) {
    const b = expression(p);
    if (b) return [a, b];
  }
  p.mark = m;
  return null;
}

export function forIfClauses(p: Parser): Comprehension[] | null {
  const out: Comprehension[] = [];
  for (;;) {
    const c = forIfClause(p);
    if (!c) break;
    out.push(c);
  }
  return out.length ? out : null;
}

function forIfClause(p: Parser): Comprehension | null {
  const m = p.mark;
  const isAsync = p.expect('async') ? 1 : 0;
  if (p.expect('for')) {
    const target = starTargets(p);
    if (target && p.expect('in')) {
      // Cut: past 'in', failing here fails the clause (no invalid_for_target).
      const iter = disjunction(p);
      if (!iter) {
        p.mark = m;
        return null;
      }
      const ifs: Expr[] = [];
      for (;;) {
        const m2 = p.mark;
        if (!p.expect('if')) break;
        const z = disjunction(p);
        if (!z) {
          p.mark = m2;
          break;
        }
        ifs.push(z);
      }
      return { _type: 'comprehension', target, iter, ifs, is_async: isAsync };
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    invalidForTarget(p);
    p.mark = m;
  }
  return null;
}

function listcomp(p: Parser): Expr | null {
  return comprehension(p, '[', ']', namedExpression, 'ListComp');
}

function setcomp(p: Parser): Expr | null {
  return comprehension(p, '{', '}', namedExpression, 'SetComp');
}

export function genexp(p: Parser): Expr | null {
  return comprehension(p, '(', ')', genexpElt, 'GeneratorExp');
}

function genexpElt(p: Parser): Expr | null {
  const a = assignmentExpression(p);
  if (a) return a;
  const m = p.mark;
  const e = expression(p);
  if (e && !p.at(':=')) return e;
  p.mark = m;
  return null;
}

function comprehension(p: Parser, open: string, close: string, elt: (p: Parser) => Expr | null,
  type: 'ListComp' | 'SetComp' | 'GeneratorExp'): Expr | null {
  const m = p.mark;
  const start = p.peek();
  if (p.expect(open)) {
    const a = elt(p);
    if (a) {
      const gens = forIfClauses(p);
      if (gens && p.expect(close)) return p.finish({ _type: type, elt: a, generators: gens }, start);
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    invalidComprehension(p);
    p.mark = m;
  }
  return null;
}

function dictcomp(p: Parser): Expr | null {
  const m = p.mark;
  const start = p.peek();
  if (p.expect('{')) {
    const kv = kvpair(p);
    if (kv) {
      const gens = forIfClauses(p);
      if (gens && p.expect('}')) {
        return p.finish({ _type: 'DictComp', key: kv[0], value: kv[1], generators: gens }, start);
      }
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    invalidDictComprehension(p);
    p.mark = m;
  }
  return null;
}
