/**
 * The `math` module: float functions (this file) and integer functions (math-int.ts).
 *
 * Why the care: results must equal CPython's bit for bit. log/exp/sin/cos/acos/pow come from the
 * correctly rounded kernels in random/libm.ts (glibc is correctly rounded for these in practice),
 * gamma/lgamma/erf/hypot/fsum follow CPython's own algorithms (math-special.ts), and the rest use
 * V8's Math functions. Error rules follow CPython's math_1/math_2 wrappers: a NaN from a non-NaN
 * argument is "math domain error", an infinity from finite arguments is "math range error"
 * (OverflowError) for functions that can overflow, else a domain error.
 */
import type { PyValue } from '../python/objects/object';
import type { PyModule } from '../python/objects/module';
import type { Interpreter } from '../python/vm/interpreter-state';
import { typeOf } from '../python/objects/core-types';
import { PyFloat, newFloat } from '../python/objects/float';
import { newTuple } from '../python/objects/tuple';
import type { KwArgs, NativeGen } from '../python/vm/native';
import { typeError, valueError, overflowError, zeroDivisionError } from '../python/runtime/errors';
import { callMethod } from '../python/ops/call';
import { indexFast } from '../python/ops/subscript';
import { pyIter, pyNext } from '../python/ops/iter';
import { STOP } from '../python/objects/object';
import { floatToInt } from '../python/numfmt/int-float';
import { toBig } from '../python/numfmt/int-norm';
import { exp, log, sin, cos, acos, pow } from './random/libm';
import { tgamma, lgamma, erf, erfc, cbrt, frexp, ldexp, vectorNorm, FSum, type MathErr } from './math-special';
import { defModFn, defModRaw, asDouble } from './util';
import { cosh, sinh, tanh, asinh, acosh, log10 } from './math-fdlibm';
import { tan, atan, atan2, asin } from './math-trig';
import { defineIntFunctions } from './math-int';

const domain = (): never => valueError('math domain error');
const range = (): never => overflowError('math range error');

/** math_1: apply f and translate NaN/infinity results into CPython's errors. */
function check1(r: number, x: number, canOverflow: boolean): number {
  if (r !== r && x === x) domain();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) return canOverflow ? range() : domain();
  return r;
}

/** math_2 (atan2, copysign, remainder): NaN from non-NaN args → domain; inf from finite → range. */
function check2(r: number, x: number, y: number): number {
  if (r !== r && x === x && y === y) domain();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x) && Number.isFinite(y)) range();
  return r;
}

function raiseErr(r: number, err: MathErr): number {
  if (err === 'dom') domain();
  if (err === 'range') {
    if (Math.abs(r) < 1.5) return r; // underflow is not an error
    range();
  }
  return r;
}

function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0) || (y !== y && signBitNaN(y));
  return neg ? -Math.abs(x) : Math.abs(x);
}
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function signBitNaN(y: number): boolean {
  f64[0] = y;
  return (u32[1] >>> 31) === 1;
}

/** C99 log with CPython's m_log conventions: 0 → -inf (EDOM), negatives → nan (EDOM). */
function mLog(x: number, f: (v: number) => number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return f(x);
    domain();
  }
  if (x !== x || x > 0) return x;
  return domain();
}

/** loghelper: ints of any size (log of a huge int goes through frexp), else floats. */
function* logHelper(arg: PyValue, f: (v: number) => number): NativeGen<number> {
  const i = indexFast(arg); // PyLong_Check: int subclass instances take the int path too
  if (i !== null) {
    if (i <= 0) domain();
    if (typeof i === 'bigint') {
      const d = Number(i);
      if (d !== Infinity) return mLog(d, f);
      // x = m * 2**e with m in [0.5, 1): take the top 64 bits.
      const bits = i.toString(2).length;
      const m = Number(i >> BigInt(bits - 64)) / 2 ** 64;
      return f(m) + f(2.0) * bits;
    }
    return mLog(i, f);
  }
  return mLog(yield* asDouble(arg), f);
}

function mRemainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0.0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return copysign(1.0, x) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

/** math.pow's special cases (C99 Annex F) before libm pow. */
function mPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) return y === 0 ? 1 : x;
    if (y !== y) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2.0 === 1.0;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    if (Math.abs(x) === 1.0) return 1;
    if (y > 0 && Math.abs(x) > 1.0) return y;
    if (y < 0 && Math.abs(x) < 1.0) return -y;
    return 0;
  }
  const r = pow(x, y);
  if (r !== r) domain();
  if (r === Infinity || r === -Infinity) return x === 0 ? domain() : range();
  return r;
}

function nextafter(x: number, y: number): number {
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === y) return y;
  if (x === 0) return copysign(5e-324, y);
  f64[0] = x;
  let lo = u32[0];
  let hi = u32[1];
  const up = (y > x) === (x > 0);
  if (up) {
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi = (hi + 1) >>> 0;
  } else {
    if (lo === 0) hi = (hi - 1) >>> 0;
    lo = (lo - 1) >>> 0;
  }
  u32[0] = lo;
  u32[1] = hi;
  return f64[0];
}

function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) return x - nextafter(x, -Infinity);
  return x2 - x;
}

/** floor/ceil: exact floats inline, else __floor__/__ceil__, else via float. */
function* roundingFn(x: PyValue, dunder: string, f: (v: number) => number): NativeGen {
  if (x instanceof PyFloat && !x.cls.isHeap) return floatToInt(f(x.v));
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  const m = typeOf(x).lookup(dunder);
  if (m !== undefined) return yield* callMethod(m, x, []);
  return floatToInt(f(yield* asDouble(x)));
}

function* doubles(args: PyValue[]): NativeGen<number[]> {
  const out: number[] = [];
  for (const a of args) out.push(a instanceof PyFloat ? a.v : yield* asDouble(a));
  return out;
}

function norm(vals: number[]): number {
  let max = 0.0;
  let nan = false;
  const abs = vals.map((v) => {
    const a = Math.abs(v);
    nan ||= a !== a;
    if (a > max) max = a;
    return a;
  });
  return vectorNorm(abs, max, nan);
}

export function initMath(interp: Interpreter, m: PyModule): void {
  void interp;
  const ns = m.ns;
  const def = (name: string, params: string, impl: (...a: any[]) => any) => defModFn(ns, 'math', name, params, impl);
  const unary = (name: string, f: (v: number) => number, canOverflow = false) =>
    def(name, 'x, /', function* (x: PyValue) {
      const v = x instanceof PyFloat ? x.v : yield* asDouble(x);
      return newFloat(check1(f(v), v, canOverflow));
    });
  const binary = (name: string, f: (x: number, y: number) => number) =>
    def(name, 'x, y, /', function* (a: PyValue, b: PyValue) {
      const x = yield* asDouble(a);
      const y = yield* asDouble(b);
      return newFloat(check2(f(x, y), x, y));
    });

  ns.setStr('pi', newFloat(Math.PI));
  ns.setStr('e', newFloat(Math.E));
  ns.setStr('tau', newFloat(2 * Math.PI));
  ns.setStr('inf', newFloat(Infinity));
  ns.setStr('nan', newFloat(NaN));

  unary('acos', acos);
  unary('acosh', acosh);
  unary('asin', asin);
  unary('asinh', asinh);
  unary('atan', atan);
  unary('atanh', Math.atanh);
  unary('cbrt', cbrt);
  unary('cos', (x) => (Number.isFinite(x) ? cos(x) : NaN));
  unary('cosh', cosh, true);
  unary('erf', erf);
  unary('erfc', erfc);
  unary('exp', exp, true);
  unary('exp2', (x) => (x === Math.trunc(x) && Math.abs(x) < 2000 ? 2 ** x : pow(2, x)), true);
  unary('expm1', Math.expm1, true);
  unary('fabs', Math.abs);
  unary('log1p', (x) => (x === -1 ? -Infinity : Math.log1p(x)));
  unary('sin', (x) => (Number.isFinite(x) ? sin(x) : NaN));
  unary('sinh', sinh, true);
  unary('sqrt', Math.sqrt);
  unary('tan', tan);
  unary('tanh', tanh);
  def('gamma', 'x, /', function* (x: PyValue) {
    const v = yield* asDouble(x);
    const [r, err] = tgamma(v);
    return newFloat(raiseErr(r, err));
  });
  def('lgamma', 'x, /', function* (x: PyValue) {
    const v = yield* asDouble(x);
    const [r, err] = lgamma(v);
    return newFloat(raiseErr(r, err));
  });
  binary('atan2', atan2);
  binary('copysign', copysign);
  binary('remainder', mRemainder);
  def('fmod', 'x, y, /', function* (a: PyValue, b: PyValue) {
    const x = yield* asDouble(a);
    const y = yield* asDouble(b);
    if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return newFloat(x);
    const r = x % y;
    if (r !== r && x === x && y === y) domain();
    return newFloat(r);
  });
  def('pow', 'x, y, /', function* (a: PyValue, b: PyValue) {
    return newFloat(mPow(yield* asDouble(a), yield* asDouble(b)));
  });
  def('nextafter', 'x, y, /', function* (a: PyValue, b: PyValue) {
    return newFloat(nextafter(yield* asDouble(a), yield* asDouble(b)));
  });
  def('ulp', 'x, /', function* (x: PyValue) {
    return newFloat(ulp(yield* asDouble(x)));
  });
  def('degrees', 'x, /', function* (x: PyValue) {
    return newFloat((yield* asDouble(x)) * (180.0 / Math.PI));
  });
  def('radians', 'x, /', function* (x: PyValue) {
    return newFloat((yield* asDouble(x)) * (Math.PI / 180.0));
  });
  def('isfinite', 'x, /', function* (x: PyValue) {
    return Number.isFinite(yield* asDouble(x));
  });
  def('isinf', 'x, /', function* (x: PyValue) {
    const v = yield* asDouble(x);
    return v === Infinity || v === -Infinity;
  });
  def('isnan', 'x, /', function* (x: PyValue) {
    const v = yield* asDouble(x);
    return v !== v;
  });
  def('isclose', 'a, b, *, rel_tol=?, abs_tol=?', function* (pa: PyValue, pb: PyValue, pr?: PyValue, pt?: PyValue) {
    const a = yield* asDouble(pa);
    const b = yield* asDouble(pb);
    const rel = pr === undefined ? 1e-9 : yield* asDouble(pr);
    const abs = pt === undefined ? 0.0 : yield* asDouble(pt);
    if (rel < 0.0 || abs < 0.0) valueError('tolerances must be non-negative');
    if (a === b) return true;
    if (!Number.isFinite(a) && a === a) return false;
    if (!Number.isFinite(b) && b === b) return false;
    const diff = Math.abs(b - a);
    return diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs;
  });
  def('ceil', 'x, /', function* (x: PyValue) {
    return yield* roundingFn(x, '__ceil__', Math.ceil);
  });
  def('floor', 'x, /', function* (x: PyValue) {
    return yield* roundingFn(x, '__floor__', Math.floor);
  });
  def('trunc', 'x, /', function* (x: PyValue) {
    if (x instanceof PyFloat && !x.cls.isHeap) return floatToInt(x.v);
    if (typeof x === 'number' || typeof x === 'bigint') return x;
    if (typeof x === 'boolean') return x ? 1 : 0;
    const t = typeOf(x);
    const f = t.lookup('__trunc__');
    if (f === undefined) typeError(`type ${t.name} doesn't define __trunc__ method`);
    return yield* callMethod(f!, x, []);
  });
  def('modf', 'x, /', function* (x: PyValue) {
    const v = yield* asDouble(x);
    if (v === Infinity || v === -Infinity) return newTuple([newFloat(copysign(0.0, v)), newFloat(v)]);
    const ip = Math.trunc(v);
    const fp = v - ip;
    return newTuple([newFloat(fp === 0 ? copysign(0.0, v) : fp), newFloat(ip)]);
  });
  def('frexp', 'x, /', function* (x: PyValue) {
    const v = yield* asDouble(x);
    const [mant, e] = frexp(v);
    return newTuple([newFloat(mant), e]);
  });
  def('ldexp', 'x, i, /', function* (x: PyValue, i: PyValue) {
    const v = yield* asDouble(x);
    const n = indexFast(i); // ints, bools and int subclass instances (PyLong_Check), no __index__
    if (n === null) typeError('Expected an int as second argument to ldexp.');
    const e = typeof n === 'bigint' ? (n > 0n ? 1e6 : -1e6) : (n as number);
    if (v === 0 || !Number.isFinite(v)) return newFloat(v);
    const r = ldexp(v, Math.max(-1e6, Math.min(1e6, e)));
    if (!Number.isFinite(r)) range();
    return newFloat(r);
  });
  def('hypot', '*coordinates', function* (args: PyValue[]) {
    return newFloat(norm(yield* doubles(args)));
  });
  def('dist', 'p, q, /', function* (p: PyValue, q: PyValue) {
    const ps = yield* doubles(yield* toItems(p));
    const qs = yield* doubles(yield* toItems(q));
    if (ps.length !== qs.length) valueError('both points must have the same number of dimensions');
    return newFloat(norm(ps.map((v, i) => v - qs[i])));
  });
  def('fsum', 'seq, /', function* (seq: PyValue) {
    const it = yield* pyIter(seq);
    const acc = new FSum();
    for (;;) {
      const v = yield* pyNext(it);
      if (v === STOP) break;
      if (!acc.add(v instanceof PyFloat ? v.v : yield* asDouble(v))) overflowError('intermediate overflow in fsum');
    }
    const r = acc.result();
    if (r === 'inf-inf') valueError('-inf + inf in fsum');
    return newFloat(r as number);
  });
  defModRaw(ns, 'math', 'log', function* (args: PyValue[], kw: KwArgs | null) {
    if (kw !== null && kw.size > 0) typeError('log() takes no keyword arguments');
    if (args.length < 1 || args.length > 2) typeError('math.log requires 1 to 2 arguments');
    const num = yield* logHelper(args[0], log);
    if (args.length === 1) return newFloat(num);
    const den = yield* logHelper(args[1], log);
    if (den === 0) zeroDivisionError('float division by zero');
    return newFloat(num / den);
  });
  def('log2', 'x, /', function* (x: PyValue) {
    return newFloat(yield* logHelper(x, Math.log2));
  });
  def('log10', 'x, /', function* (x: PyValue) {
    return newFloat(yield* logHelper(x, log10));
  });
  defineIntFunctions(ns);
  void toBig;
}

/** PySequence_Tuple for dist(): the items of any iterable. */
function* toItems(x: PyValue): NativeGen<PyValue[]> {
  const it = yield* pyIter(x);
  const out: PyValue[] = [];
  for (;;) {
    const v = yield* pyNext(it);
    if (v === STOP) return out;
    out.push(v);
  }
}
