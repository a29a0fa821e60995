/**
 * The invalid_* rules for `def` and `lambda` parameter lists (error pass only): defaults out
 * of order, misplaced `/` and `*`, parenthesized parameters, defaults on `*args`/`**kwargs`.
 */
import type { Parser, PToken } from './parser-core';
import {
  many, param, paramMaybeDefault, paramNoDefault, paramWithDefault, slashNoDefault, slashWithDefault,
} from './parse-params';
import { sepList } from './parse-arguments';

export function invalidParameters(p: Parser, lam: boolean): null {
  const m = p.mark;
  // param_no_default* invalid_parameters_helper param_no_default
  many(p, lam, paramNoDefault);
  if (slashWithDefault(p, lam) || many(p, lam, paramWithDefault).length) {
    const a = paramNoDefault(p, lam);
    if (a) p.raiseAtNode(a, 'non-default argument follows default argument');
  }
  p.mark = m;
  // param_no_default* '(' param_no_default+ ','? ')'   (lambda: ','.lambda_param+)
  many(p, lam, paramNoDefault);
  const open = p.expect('(');
  if (open) {
    const inner = lam ? sepList(p, (q) => param(q, true)) : many(p, lam, paramNoDefault);
    if (inner && inner.length) {
      p.expect(',');
      const close = p.expect(')');
      if (close) {
        p.raiseRange(open, close, lam ? 'Lambda expression parameters cannot be parenthesized'
          : 'Function parameters cannot be parenthesized');
      }
    }
  }
  p.mark = m;
  // "/" ','
  const slash = p.expect('/');
  if (slash && p.expect(',')) p.raiseAtNode(slash, 'at least one argument must precede /');
  p.mark = m;
  // (slash_no_default | slash_with_default) param_maybe_default* '/'
  if (slashNoDefault(p, lam) || slashWithDefault(p, lam)) {
    many(p, lam, paramMaybeDefault);
    const a = p.expect('/');
    if (a) p.raiseAtNode(a, '/ may appear only once');
  }
  p.mark = m;
  // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
  if (!slashNoDefault(p, lam)) slashWithDefault(p, lam);
  many(p, lam, paramMaybeDefault);
  if (p.expect('*') && (p.expect(',') || paramNoDefault(p, lam))) {
    many(p, lam, paramMaybeDefault);
    const a = p.expect('/');
    if (a) p.raiseAtNode(a, '/ must be ahead of *');
  }
  p.mark = m;
  // param_maybe_default+ '/' '*'
  if (many(p, lam, paramMaybeDefault).length && p.expect('/')) {
    const a = p.expect('*');
    if (a) p.raiseAtNode(a, 'expected comma between / and *');
  }
  p.mark = m;
  return null;
}

/** invalid_default: '=' &(')'|',') */
export function invalidDefault(p: Parser): null {
  const m = p.mark;
  const a = p.expect('=');
  if (a && (p.at(')') || p.at(','))) p.raiseAtNode(a, 'expected default value expression');
  p.mark = m;
  return null;
}

export function invalidStarEtc(p: Parser, lam: boolean): null {
  const m = p.mark;
  const close = lam ? ':' : ')';
  const star = p.expect('*');
  if (star) {
    let bare = p.at(close);
    if (!bare && p.expect(',')) bare = p.at(close) || p.at('**');
    if (bare) {
      if (lam) {
        p.mark++;
        p.raise('named arguments must follow bare *');
      }
      p.raiseAtNode(star, 'named arguments must follow bare *');
    }
  }
  p.mark = m;
  if (p.expect('*') && param(p, lam)) {
    const a = p.expect('=');
    if (a) p.raiseAtNode(a, 'var-positional argument cannot have default value');
  }
  p.mark = m;
  if (p.expect('*') && (paramNoDefault(p, lam) || p.expect(','))) {
    many(p, lam, paramMaybeDefault);
    const a = p.expect('*');
    if (a && (paramNoDefault(p, lam) || p.expect(','))) p.raiseAtNode(a, '* argument may appear only once');
  }
  p.mark = m;
  return null;
}

export function invalidKwds(p: Parser, lam: boolean): null {
  const m = p.mark;
  if (p.expect('**') && param(p, lam)) {
    const a = p.expect('=');
    if (a) p.raiseAtNode(a, 'var-keyword argument cannot have default value');
  }
  p.mark = m;
  if (p.expect('**') && param(p, lam) && p.expect(',')) {
    const a = param(p, lam);
    if (a) p.raiseAtNode(a, 'arguments cannot follow var-keyword argument');
  }
  p.mark = m;
  if (p.expect('**') && param(p, lam) && p.expect(',')) {
    const t = p.peek() as PToken;
    if (p.expect('*') || p.expect('**') || p.expect('/')) p.raiseAtNode(t, 'arguments cannot follow var-keyword argument');
  }
  p.mark = m;
  return null;
}
