/**
 * The `cmath` module: argument conversion (PyComplex_AsCComplex: complex, then __complex__,
 * then anything float() of a real number accepts), errno → exception mapping, and constants.
 * The algorithms live in cmath-fns.ts.
 */
import type { PyValue } from '../python/objects/object';
import type { PyModule } from '../python/objects/module';
import type { Interpreter } from '../python/vm/interpreter-state';
import { typeOf, None } from '../python/objects/core-types';
import { newFloat } from '../python/objects/float';
import { PyComplex, newComplex } from '../python/objects/complex';
import { newTuple } from '../python/objects/tuple';
import { PyBuiltin } from '../python/objects/builtin';
import type { NativeGen } from '../python/vm/native';
import { typeError, valueError, overflowError } from '../python/runtime/errors';
import { callMethod } from '../python/ops/call';
import type { Cx } from '../python/numfmt/complex-arith';
import { defModFn, asDouble } from './util';
import * as F from './cmath-fns';

/** The functions' docstrings (Argument Clinic's, as CPython 3.11 shows them). */
const DOCS: Record<string, string> = {
  acos: "Return the arc cosine of z.",
  acosh: "Return the inverse hyperbolic cosine of z.",
  asin: "Return the arc sine of z.",
  asinh: "Return the inverse hyperbolic sine of z.",
  atan: "Return the arc tangent of z.",
  atanh: "Return the inverse hyperbolic tangent of z.",
  cos: "Return the cosine of z.",
  cosh: "Return the hyperbolic cosine of z.",
  exp: "Return the exponential value e**z.",
  isclose: "Determine whether two complex numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them must be\nsmaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is\nnot close to anything, even itself. inf and -inf are only close to themselves.",
  isfinite: "Return True if both the real and imaginary parts of z are finite, else False.",
  isinf: "Checks if the real or imaginary part of z is infinite.",
  isnan: "Checks if the real or imaginary part of z not a number (NaN).",
  log: "log(z[, base]) -> the logarithm of z to the given base.\n\nIf the base is not specified, returns the natural logarithm (base e) of z.",
  log10: "Return the base-10 logarithm of z.",
  phase: "Return argument, also known as the phase angle, of a complex.",
  polar: "Convert a complex from rectangular coordinates to polar coordinates.\n\nr is the distance from 0 and phi the phase angle.",
  rect: "Convert from polar coordinates to rectangular coordinates.",
  sin: "Return the sine of z.",
  sinh: "Return the hyperbolic sine of z.",
  sqrt: "Return the square root of z.",
  tan: "Return the tangent of z.",
  tanh: "Return the hyperbolic tangent of z.",
};

/** PyComplex_AsCComplex. */
function* toCx(x: PyValue): NativeGen<Cx> {
  if (x instanceof PyComplex) return { re: x.re, im: x.im };
  if (typeof x === 'object') {
    const f = x.cls.lookup('__complex__');
    if (f !== undefined && f !== None) {
      const r = yield* callMethod(f, x, []);
      if (!(r instanceof PyComplex)) typeError(`__complex__ returned non-complex (type ${typeOf(r).name})`);
      return { re: (r as PyComplex).re, im: (r as PyComplex).im };
    }
  }
  return { re: yield* asDouble(x), im: 0 };
}

/** math_error(): the exception for a non-zero errno. */
function checkErrno(): void {
  if (F.errno === F.EDOM) valueError('math domain error');
  if (F.errno === F.ERANGE) overflowError('math range error');
}

export function initCmath(interp: Interpreter, m: PyModule): void {
  void interp;
  const ns = m.ns;
  const def = (name: string, params: string, impl: (...a: any[]) => any) => defModFn(ns, 'cmath', name, params, impl);
  ns.setStr('__doc__', 'This module provides access to mathematical functions for complex\nnumbers.');
  const unary = (name: string, f: (z: Cx) => Cx) =>
    def(name, 'z, /', function* (z: PyValue) {
      const c = yield* toCx(z);
      F.setErrno(0);
      const r = f(c);
      checkErrno();
      return newComplex(r.re, r.im);
    });
  unary('acos', F.cAcos);
  unary('acosh', F.cAcosh);
  unary('asin', F.cAsin);
  unary('asinh', F.cAsinh);
  unary('atan', F.cAtan);
  unary('atanh', F.cAtanh);
  unary('cos', F.cCos);
  unary('cosh', F.cCosh);
  unary('exp', F.cExp);
  unary('log10', F.cLog10);
  unary('sin', F.cSin);
  unary('sinh', F.cSinh);
  unary('sqrt', F.cSqrt);
  unary('tan', F.cTan);
  unary('tanh', F.cTanh);
  def('log', 'z, base=?, /', function* (z: PyValue, base: PyValue | undefined) {
    const x = yield* toCx(z);
    F.setErrno(0);
    let r = F.cLog(x);
    if (base !== undefined) {
      const saved = F.errno; // converting base may run Python code that uses cmath
      const b = yield* toCx(base);
      F.setErrno(saved);
      r = F.cLogBase(r, b);
    }
    checkErrno();
    return newComplex(r.re, r.im);
  });
  def('phase', 'z, /', function* (z: PyValue) {
    const c = yield* toCx(z);
    const r = F.cPhase(c);
    checkErrno();
    return newFloat(r);
  });
  def('polar', 'z, /', function* (z: PyValue) {
    const c = yield* toCx(z);
    const [r, phi] = F.cPolar(c);
    checkErrno();
    return newTuple([newFloat(r), newFloat(phi)]);
  });
  def('rect', 'r, phi, /', function* (r: PyValue, phi: PyValue) {
    const x = yield* asDouble(r);
    const y = yield* asDouble(phi);
    const z = F.cRect(x, y);
    checkErrno();
    return newComplex(z.re, z.im);
  });
  def('isfinite', 'z, /', function* (z: PyValue) {
    const c = yield* toCx(z);
    return Number.isFinite(c.re) && Number.isFinite(c.im);
  });
  def('isnan', 'z, /', function* (z: PyValue) {
    const c = yield* toCx(z);
    return c.re !== c.re || c.im !== c.im;
  });
  def('isinf', 'z, /', function* (z: PyValue) {
    const c = yield* toCx(z);
    return Math.abs(c.re) === Infinity || Math.abs(c.im) === Infinity;
  });
  def('isclose', 'a, b, *, rel_tol=?, abs_tol=?', function* (pa: PyValue, pb: PyValue, pr?: PyValue, pt?: PyValue) {
    const a = yield* toCx(pa);
    const b = yield* toCx(pb);
    const rel = pr === undefined ? 1e-9 : yield* asDouble(pr);
    const abs = pt === undefined ? 0.0 : yield* asDouble(pt);
    if (rel < 0.0 || abs < 0.0) valueError('tolerances must be non-negative');
    return F.cIsClose(a, b, rel, abs);
  });
  for (const [name, doc] of Object.entries(DOCS)) {
    const f = ns.getStr(name);
    if (f instanceof PyBuiltin) f.doc = doc;
  }
  ns.setStr('pi', newFloat(Math.PI));
  ns.setStr('e', newFloat(Math.E));
  ns.setStr('tau', newFloat(2 * Math.PI));
  ns.setStr('inf', newFloat(Infinity));
  ns.setStr('infj', newComplex(0, Infinity));
  ns.setStr('nan', newFloat(NaN));
  ns.setStr('nanj', newComplex(0, NaN));
}
