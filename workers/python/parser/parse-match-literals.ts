/**
 * Literal patterns of `match` cases and mapping-pattern keys: signed numbers, complex literals
 * (`1 + 2j`, with CPython's real/imaginary checks), strings, None/True/False.
 */
import type { Expr, Pattern } from './ast';
import type { Parser } from './parser-core';
import { strings } from './parse-atoms';
import { parseNumber } from './numbers';

/** A constant pattern value: numbers (signed, complex) and strings; null if none here. */
function literalValue(p: Parser): Expr | null {
  const m = p.mark;
  const n = signedNumber(p);
  if (n && !p.at('+') && !p.at('-')) return n;
  p.mark = m;
  const c = complexNumber(p);
  if (c) return c;
  p.mark = m;
  if (p.atType('STRING')) return strings(p);
  return null;
}

const SINGLETONS: Record<string, boolean | null> = { None: null, True: true, False: false };

export function literalPattern(p: Parser): Pattern | null {
  const start = p.peek();
  const v = literalValue(p);
  if (v) return p.finish({ _type: 'MatchValue', value: v }, start);
  if (start.type === 'NAME' && Object.hasOwn(SINGLETONS, start.string)) {
    p.mark++;
    const b = SINGLETONS[start.string];
    return p.finish({ _type: 'MatchSingleton', value: b === null ? { kind: 'None' } : { kind: 'bool', value: b } }, start);
  }
  return null;
}

/** literal_expr: like literal_pattern, but producing expressions (mapping keys). */
export function literalExpr(p: Parser): Expr | null {
  const start = p.peek();
  const v = literalValue(p);
  if (v) return v;
  if (start.type === 'NAME' && Object.hasOwn(SINGLETONS, start.string)) {
    p.mark++;
    const b = SINGLETONS[start.string];
    return p.finish({ _type: 'Constant', value: b === null ? { kind: 'None' } : { kind: 'bool', value: b }, kind: null }, start);
  }
  return null;
}

function numberConst(p: Parser): Expr | null {
  const t = p.expectType('NUMBER');
  if (!t) return null;
  return p.finish({ _type: 'Constant', value: parseNumber(p, t), kind: null }, t);
}

function signedNumber(p: Parser): Expr | null {
  const start = p.peek();
  const n = numberConst(p);
  if (n) return n;
  if (p.expect('-')) {
    const x = numberConst(p);
    if (x) return p.finish({ _type: 'UnaryOp', op: 'USub', operand: x }, start);
    p.mark--;
  }
  return null;
}

function isComplex(e: Expr): boolean {
  return e._type === 'Constant' && e.value.kind === 'complex';
}

function signedRealNumber(p: Parser): Expr | null {
  const start = p.peek();
  const real = () => {
    const n = numberConst(p);
    if (n && isComplex(n)) p.raiseAtNode(n, 'real number required in complex literal');
    return n;
  };
  const n = real();
  if (n) return n;
  if (p.expect('-')) {
    const x = real();
    if (x) return p.finish({ _type: 'UnaryOp', op: 'USub', operand: x }, start);
    p.mark--;
  }
  return null;
}

function complexNumber(p: Parser): Expr | null {
  const m = p.mark;
  const start = p.peek();
  const real = signedRealNumber(p);
  if (real) {
    const opTok = p.peek();
    if (p.expect('+') || p.expect('-')) {
      const imag = numberConst(p);
      if (imag) {
        if (!isComplex(imag)) p.raiseAtNode(imag, 'imaginary number required in complex literal');
        return p.finish({ _type: 'BinOp', left: real, op: opTok.string === '+' ? 'Add' : 'Sub', right: imag }, start);
      }
    }
  }
  p.mark = m;
  return null;
}

