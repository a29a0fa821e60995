/**
 * Expression rules of the 3.11 grammar, from `star_expressions` down to `primary`. Each function
 * follows its PEG rule: alternatives tried in order from the same mark, left-recursive rules as
 * loops (same result as CPython's seed growing), memoized where CPython memoizes.
 */
import type { CmpOpKind, Expr, OperatorKind } from './ast';
import { R } from './memo-ids';
import type { Parser } from './parser-core';
import { setCtx } from './parser-core';
import { primary } from './parse-primary';
import { lambdef } from './parse-params';
import { invalidExpression, invalidLegacyExpression, invalidNamedExpression } from './invalid-expressions';

/** expressions: expression (',' expression)* [','] — a Tuple when there is a comma. */
export function expressions(p: Parser): Expr | null {
  return commaList(p, expression);
}

/** star_expressions: like `expressions` but with `*x` items. */
export function starExpressions(p: Parser): Expr | null {
  return commaList(p, starExpression);
}

function commaList(p: Parser, item: (p: Parser) => Expr | null): Expr | null {
  const start = p.peek();
  const a = item(p);
  if (!a) return null;
  if (!p.at(',')) return a;
  const elts = [a];
  while (p.expect(',')) {
    const c = item(p);
    if (!c) break;
    elts.push(c);
  }
  return p.finish({ _type: 'Tuple', elts, ctx: 'Load' }, start);
}

export function expression(p: Parser): Expr | null {
  const start = p.mark;
  if (p.memoHit(R.expression)) return p.memoValue as Expr | null;
  return p.memoStore(R.expression, start, expressionRaw(p));
}

function expressionRaw(p: Parser): Expr | null {
  const m = p.mark;
  const start = p.peek();
  if (p.callInvalidRules) {
    invalidExpression(p);
    p.mark = m;
    invalidLegacyExpression(p);
    p.mark = m;
  }
  const a = disjunction(p);
  if (a) {
    const afterA = p.mark;
    if (p.expect('if')) {
      const b = disjunction(p);
      if (b && p.expect('else')) {
        const c = expression(p);
        if (c) return p.finish({ _type: 'IfExp', test: b, body: a, orelse: c }, start);
      }
    }
    p.mark = afterA;
    return a;
  }
  p.mark = m;
  return lambdef(p);
}

/** expression_without_invalid: `expression` with the invalid_* rules switched off below it. */
export function expressionWithoutInvalid(p: Parser): Expr | null {
  const saved = p.callInvalidRules;
  p.callInvalidRules = false;
  try {
    const m = p.mark;
    const start = p.peek();
    const a = disjunction(p);
    if (a) {
      const afterA = p.mark;
      if (p.expect('if')) {
        const b = disjunction(p);
        if (b && p.expect('else')) {
          const c = expression(p);
          if (c) return p.finish({ _type: 'IfExp', test: b, body: a, orelse: c }, start);
        }
      }
      p.mark = afterA;
      return a;
    }
    p.mark = m;
    return lambdef(p);
  } finally {
    p.callInvalidRules = saved;
  }
}

export function yieldExpr(p: Parser): Expr | null {
  const m = p.mark;
  const start = p.peek();
  if (!p.expect('yield')) return null;
  if (p.expect('from')) {
    const a = expression(p);
    if (a) return p.finish({ _type: 'YieldFrom', value: a }, start);
    p.mark = m + 1;
  }
  const a = starExpressions(p);
  return p.finish({ _type: 'Yield', value: a }, start);
}

export function starExpression(p: Parser): Expr | null {
  const start = p.mark;
  if (p.memoHit(R.starExpression)) return p.memoValue as Expr | null;
  return p.memoStore(R.starExpression, start, starredBitwiseOr(p) ?? expression(p));
}

/** '*' bitwise_or, as a Starred (shared by star_expression and star_named_expression). */
function starredBitwiseOr(p: Parser): Expr | null {
  const m = p.mark;
  const start = p.peek();
  if (!p.expect('*')) return null;
  const a = bitwiseOr(p);
  if (a) return p.finish({ _type: 'Starred', value: a, ctx: 'Load' }, start);
  p.mark = m;
  return null;
}

/** star_named_expressions: ','.star_named_expression+ [','] */
export function starNamedExpressions(p: Parser): Expr[] | null {
  const a = starNamedExpression(p);
  if (!a) return null;
  const out = [a];
  for (;;) {
    const m = p.mark;
    if (!p.expect(',')) break;
    const b = starNamedExpression(p);
    if (!b) {
      p.mark = m;
      break;
    }
    out.push(b);
  }
  p.expect(',');
  return out;
}

export function starNamedExpression(p: Parser): Expr | null {
  return starredBitwiseOr(p) ?? namedExpression(p);
}

export function assignmentExpression(p: Parser): Expr | null {
  const m = p.mark;
  const start = p.peek();
  const a = p.name();
  if (a && p.expect(':=')) {
    const b = expression(p);
    if (b) return p.finish({ _type: 'NamedExpr', target: setCtx(a, 'Store'), value: b }, start);
  }
  p.mark = m;
  return null;
}

export function namedExpression(p: Parser): Expr | null {
  const m = p.mark;
  const a = assignmentExpression(p);
  if (a) return a;
  if (p.callInvalidRules) {
    invalidNamedExpression(p);
    p.mark = m;
  }
  const e = expression(p);
  if (e && !p.at(':=')) return e;
  p.mark = m;
  return null;
}

export function disjunction(p: Parser): Expr | null {
  const start = p.mark;
  if (p.memoHit(R.disjunction)) return p.memoValue as Expr | null;
  return p.memoStore(R.disjunction, start, boolOp(p, 'or', 'Or', conjunction));
}

function conjunction(p: Parser): Expr | null {
  const start = p.mark;
  if (p.memoHit(R.conjunction)) return p.memoValue as Expr | null;
  return p.memoStore(R.conjunction, start, boolOp(p, 'and', 'And', inversion));
}

function boolOp(p: Parser, kw: string, op: 'And' | 'Or', item: (p: Parser) => Expr | null): Expr | null {
  const start = p.peek();
  const a = item(p);
  if (!a || !p.at(kw)) return a;
  const values = [a];
  for (;;) {
    const m = p.mark;
    if (!p.expect(kw)) break;
    const c = item(p);
    if (!c) {
      p.mark = m;
      break;
    }
    values.push(c);
  }
  if (values.length === 1) return a;
  return p.finish({ _type: 'BoolOp', op, values }, start);
}

function inversion(p: Parser): Expr | null {
  const m = p.mark;
  if (p.memoHit(R.inversion)) return p.memoValue as Expr | null;
  const start = p.peek();
  if (p.expect('not')) {
    p.enter();
    const a = inversion(p);
    p.leave();
    if (a) return p.memoStore(R.inversion, m, p.finish({ _type: 'UnaryOp', op: 'Not', operand: a }, start));
    p.mark = m;
  }
  return p.memoStore(R.inversion, m, comparison(p));
}

// A Map, not an object: NAME tokens such as `constructor` must not hit prototype keys.
const SIMPLE_CMP = new Map<string, CmpOpKind>([
  ['==', 'Eq'], ['!=', 'NotEq'], ['<=', 'LtE'], ['<', 'Lt'], ['>=', 'GtE'], ['>', 'Gt'], ['in', 'In'],
]);

function comparison(p: Parser): Expr | null {
  const start = p.peek();
  const a = bitwiseOr(p);
  if (!a) return null;
  const ops: CmpOpKind[] = [];
  const comparators: Expr[] = [];
  for (;;) {
    const m = p.mark;
    const t = p.peek();
    let op: CmpOpKind | null = null;
    let b: Expr | null = null;
    if (t.type === 'OP' || t.type === 'NAME') {
      const simple = SIMPLE_CMP.get(t.string);
      if (simple !== undefined) {
        p.mark++;
        b = bitwiseOr(p);
        op = simple;
      } else if (t.string === 'not') {
        p.mark++;
        if (p.expect('in')) {
          b = bitwiseOr(p);
          op = 'NotIn';
        }
      } else if (t.string === 'is') {
        p.mark++;
        if (p.expect('not')) {
          b = bitwiseOr(p);
          op = 'IsNot';
        }
        if (!b) {
          p.mark = m + 1;
          b = bitwiseOr(p);
          op = 'Is';
        }
      }
    }
    if (!b || !op) {
      p.mark = m;
      break;
    }
    ops.push(op);
    comparators.push(b);
  }
  if (ops.length === 0) return a;
  return p.finish({ _type: 'Compare', left: a, ops, comparators }, start);
}

/** Binary operators of bitwise_or .. term, with their grammar level (higher binds tighter). */
const BINOPS = new Map<string, [OperatorKind, number]>([
  ['|', ['BitOr', 1]], ['^', ['BitXor', 2]], ['&', ['BitAnd', 3]], ['<<', ['LShift', 4]], ['>>', ['RShift', 4]],
  ['+', ['Add', 5]], ['-', ['Sub', 5]], ['*', ['Mult', 6]], ['/', ['Div', 6]], ['//', ['FloorDiv', 6]],
  ['%', ['Mod', 6]], ['@', ['MatMult', 6]],
]);

/**
 * bitwise_or: the six left-recursive binary levels (bitwise_or, bitwise_xor, bitwise_and,
 * shift_expr, sum, term) by precedence climbing. Same trees and same tokens read as the
 * level-by-level rules; only the entry level is memoized, the inner levels' caches could never
 * be hit without the entry's being hit first.
 */
export function bitwiseOr(p: Parser): Expr | null {
  const start = p.mark;
  if (p.memoHit(R.bitwiseOr)) return p.memoValue as Expr | null;
  return p.memoStore(R.bitwiseOr, start, binaryChain(p, 1));
}

function binaryChain(p: Parser, minLevel: number): Expr | null {
  const start = p.peek();
  let left = factor(p);
  if (!left) return null;
  for (;;) {
    const t = p.peek();
    const op = t.type === 'OP' ? BINOPS.get(t.string) : undefined;
    if (op === undefined || op[1] < minLevel) break;
    const m = p.mark;
    p.mark++;
    const right = binaryChain(p, op[1] + 1);
    if (!right) {
      p.mark = m;
      break;
    }
    left = p.finish({ _type: 'BinOp', left, op: op[0], right }, start);
  }
  return left;
}

const UNARY: Record<string, 'UAdd' | 'USub' | 'Invert'> = { '+': 'UAdd', '-': 'USub', '~': 'Invert' };

function factor(p: Parser): Expr | null {
  const m = p.mark;
  if (p.memoHit(R.factor)) return p.memoValue as Expr | null;
  const start = p.peek();
  const op = start.type === 'OP' ? UNARY[start.string] : undefined;
  if (op !== undefined) {
    p.mark++;
    p.enter();
    const a = factor(p);
    p.leave();
    if (a) return p.memoStore(R.factor, m, p.finish({ _type: 'UnaryOp', op, operand: a }, start));
    p.mark = m;
  }
  return p.memoStore(R.factor, m, power(p));
}

function power(p: Parser): Expr | null {
  const start = p.peek();
  const a = awaitPrimary(p);
  if (!a) return null;
  const m = p.mark;
  if (p.expect('**')) {
    const b = factor(p);
    if (b) return p.finish({ _type: 'BinOp', left: a, op: 'Pow', right: b }, start);
    p.mark = m;
  }
  return a;
}

function awaitPrimary(p: Parser): Expr | null {
  const m = p.mark;
  if (p.memoHit(R.awaitPrimary)) return p.memoValue as Expr | null;
  const start = p.peek();
  if (p.expect('await')) {
    const a = primary(p);
    if (a) return p.memoStore(R.awaitPrimary, m, p.finish({ _type: 'Await', value: a }, start));
    p.mark = m;
  }
  return p.memoStore(R.awaitPrimary, m, primary(p));
}
