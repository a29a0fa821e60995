/**
 * Parameter lists of `def` and `lambda` (one implementation, `lam` selecting the lambda
 * variant: no annotations, ':' instead of ')' closing the list), and `lambdef` itself.
 */
import type { Arg, Arguments, Expr } from './ast';
import type { Parser } from './parser-core';
import { expression, starExpression } from './parse-expressions';
import { invalidDefault, invalidKwds, invalidParameters, invalidStarEtc } from './invalid-params';

export interface NameDefault { arg: Arg; value: Expr | null }
export interface StarEtc { vararg: Arg | null; kwonly: NameDefault[]; kwarg: Arg | null }
interface SlashWithDefault { plain: Arg[]; withDefault: NameDefault[] }

export function emptyArguments(): Arguments {
  return { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

export function lambdef(p: Parser): Expr | null {
  const m = p.mark;
  const start = p.peek();
  if (!p.expect('lambda')) return null;
  const a = params(p, true);
  if (p.expect(':')) {
    const b = expression(p);
    if (b) return p.finish({ _type: 'Lambda', args: a ?? emptyArguments(), body: b }, start);
  }
  p.mark = m;
  return null;
}

/** params / lambda_params: invalid_(lambda_)parameters | (lambda_)parameters */
export function params(p: Parser, lam: boolean): Arguments | null {
  if (p.callInvalidRules) {
    const m = p.mark;
    invalidParameters(p, lam);
    p.mark = m;
  }
  return parameters(p, lam);
}

function parameters(p: Parser, lam: boolean): Arguments | null {
  const m = p.mark;
  const a1 = slashNoDefault(p, lam);
  if (a1) {
    const b = many(p, lam, paramNoDefault);
    const c = many(p, lam, paramWithDefault);
    return makeArguments(a1, null, b, c, starEtc(p, lam));
  }
  p.mark = m;
  const a2 = slashWithDefault(p, lam);
  if (a2) {
    const b = many(p, lam, paramWithDefault);
    return makeArguments(null, a2, [], b, starEtc(p, lam));
  }
  p.mark = m;
  const a3 = many(p, lam, paramNoDefault);
  if (a3.length) {
    const b = many(p, lam, paramWithDefault);
    return makeArguments(null, null, a3, b, starEtc(p, lam));
  }
  const a4 = many(p, lam, paramWithDefault);
  if (a4.length) return makeArguments(null, null, [], a4, starEtc(p, lam));
  const s = starEtc(p, lam);
  return s ? makeArguments(null, null, [], [], s) : null;
}

function makeArguments(slashNo: Arg[] | null, slashWith: SlashWithDefault | null, plain: Arg[],
  withDefault: NameDefault[], star: StarEtc | null): Arguments {
  const posonlyargs = slashNo ?? (slashWith ? [...slashWith.plain, ...slashWith.withDefault.map((x) => x.arg)] : []);
  const defaults = [...(slashWith?.withDefault ?? []), ...withDefault].map((x) => x.value as Expr);
  return {
    _type: 'arguments',
    posonlyargs,
    args: [...plain, ...withDefault.map((x) => x.arg)],
    vararg: star?.vararg ?? null,
    kwonlyargs: star ? star.kwonly.map((x) => x.arg) : [],
    kw_defaults: star ? star.kwonly.map((x) => x.value) : [],
    kwarg: star?.kwarg ?? null,
    defaults,
  };
}

export function many<T>(p: Parser, lam: boolean, item: (p: Parser, lam: boolean) => T | null): T[] {
  const out: T[] = [];
  for (;;) {
    const x = item(p, lam);
    if (x === null) return out;
    out.push(x);
  }
}

/**
 * After a parameter: ',' or a lookahead of the closing ')' (':' for lambda). In a def, CPython
 * then looks for an optional TYPE_COMMENT, reading one more token: so do we, since the last
 * token read decides some error locations.
 */
function paramEnd(p: Parser, lam: boolean): boolean {
  if (p.expect(',')) {
    if (!lam) p.peek();
    return true;
  }
  return p.at(lam ? ':' : ')');
}

export function slashNoDefault(p: Parser, lam: boolean): Arg[] | null {
  const m = p.mark;
  const a = many(p, lam, paramNoDefault);
  if (a.length && p.expect('/') && paramEnd(p, lam)) return a;
  p.mark = m;
  return null;
}

export function slashWithDefault(p: Parser, lam: boolean): SlashWithDefault | null {
  const m = p.mark;
  const a = many(p, lam, paramNoDefault);
  const b = many(p, lam, paramWithDefault);
  if (b.length && p.expect('/') && paramEnd(p, lam)) return { plain: a, withDefault: b };
  p.mark = m;
  return null;
}

export function starEtc(p: Parser, lam: boolean): StarEtc | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invalidStarEtc(p, lam);
    p.mark = m;
  }
  if (p.expect('*')) {
    const a = paramNoDefault(p, lam);
    if (a) {
      const b = many(p, lam, paramMaybeDefault);
      return { vararg: a, kwonly: b, kwarg: kwds(p, lam) };
    }
    if (!lam) {
      const a2 = paramNoDefaultStarAnnotation(p);
      if (a2) {
        const b = many(p, lam, paramMaybeDefault);
        return { vararg: a2, kwonly: b, kwarg: kwds(p, lam) };
      }
    }
    if (p.expect(',')) {
      const b = many(p, lam, paramMaybeDefault);
      if (b.length) return { vararg: null, kwonly: b, kwarg: kwds(p, lam) };
    }
    p.mark = m;
  }
  const k = kwds(p, lam);
  return k ? { vararg: null, kwonly: [], kwarg: k } : null;
}

function kwds(p: Parser, lam: boolean): Arg | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invalidKwds(p, lam);
    p.mark = m;
  }
  if (p.expect('**')) {
    const a = paramNoDefault(p, lam);
    if (a) return a;
  }
  p.mark = m;
  return null;
}

export function paramNoDefault(p: Parser, lam: boolean): Arg | null {
  const m = p.mark;
  const a = param(p, lam);
  if (a && paramEnd(p, lam)) return a;
  p.mark = m;
  return null;
}

function paramNoDefaultStarAnnotation(p: Parser): Arg | null {
  const m = p.mark;
  const start = p.peek();
  const n = p.name();
  if (n && p.expect(':')) {
    const ann = starExpression(p);
    if (ann) {
      const a = p.finish({ _type: 'arg', arg: n.id, annotation: ann, type_comment: null }, start);
      if (paramEnd(p, false)) return a;
    }
  }
  p.mark = m;
  return null;
}

export function paramWithDefault(p: Parser, lam: boolean): NameDefault | null {
  const m = p.mark;
  const a = param(p, lam);
  if (a) {
    const c = defaultValue(p);
    if (c && paramEnd(p, lam)) return { arg: a, value: c };
  }
  p.mark = m;
  return null;
}

export function paramMaybeDefault(p: Parser, lam: boolean): NameDefault | null {
  const m = p.mark;
  const a = param(p, lam);
  if (a) {
    const c = defaultValue(p);
    if (paramEnd(p, lam)) return { arg: a, value: c };
  }
  p.mark = m;
  return null;
}

/** param: NAME annotation? (lambda_param: NAME) */
export function param(p: Parser, lam: boolean): Arg | null {
  const start = p.peek();
  const n = p.name();
  if (!n) return null;
  let ann: Expr | null = null;
  if (!lam) {
    const m = p.mark;
    if (p.expect(':')) {
      ann = expression(p);
      if (!ann) p.mark = m;
    }
  }
  return p.finish({ _type: 'arg', arg: n.id, annotation: ann, type_comment: null }, start);
}

/** default: '=' expression | invalid_default */
export function defaultValue(p: Parser): Expr | null {
  const m = p.mark;
  if (p.expect('=')) {
    const a = expression(p);
    if (a) return a;
  }
  p.mark = m;
  if (p.callInvalidRules) {
    invalidDefault(p);
    p.mark = m;
  }
  return null;
}
