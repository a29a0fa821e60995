/**
 * The integer functions of `math`: factorial, gcd, lcm, isqrt, comb, perm, and prod (generic
 * multiplication). Arguments go through __index__ like CPython's PyNumber_Index, so floats are
 * "'float' object cannot be interpreted as an integer". Big results use BigInt and are returned
 * canonical (a number when safe).
 */
import type { PyValue } from '../python/objects/object';
import type { PyDict } from '../python/objects/dict';
import { None, typeOf } from '../python/objects/core-types';
import { STOP, normBig } from '../python/objects/object';
import type { KwArgs, NativeGen } from '../python/vm/native';
import { typeError, valueError, overflowError } from '../python/runtime/errors';
import { pyIndex } from '../python/ops/subscript';
import { pyIter, pyNext } from '../python/ops/iter';
import { binaryOp, binaryOpFast } from '../python/ops/arith';
import { NEED_GEN } from '../python/ops/attr';
import { NB_MULTIPLY } from '../python/compiler/opcodes';
import { defModFn, defModRaw } from './util';
import { charge, NK, bigDigits, mulUnits } from '../python/runtime/cost';

const LONG_MAX = 9223372036854775807n;

function big(x: number | bigint): bigint {
  return typeof x === 'bigint' ? x : BigInt(x);
}

/** Product lo*(lo+1)*...*hi by binary splitting (fast for big factorials). */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 8n) {
    let p = 1n;
    for (let i = lo; i <= hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

function bigGcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function numGcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Exact integer square root (floor). */
export function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  if (n < 2n ** 52n) return BigInt(Math.floor(Math.sqrt(Number(n))));
  // Newton from an overestimate.
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function* indexArg(x: PyValue): NativeGen<number | bigint> {
  return yield* pyIndex(x);
}

export function defineIntFunctions(ns: PyDict): void {
  const def = (name: string, params: string, impl: (...a: any[]) => any) => defModFn(ns, 'math', name, params, impl);

  def('factorial', 'n, /', function* (x: PyValue) {
    const n = big(yield* indexArg(x));
    if (n < 0n) valueError('factorial() not defined for negative values');
    if (n > LONG_MAX) overflowError(`factorial() argument should not exceed ${LONG_MAX}`);
    const r = rangeProduct(2n, n);
    // Binary splitting: about the work of a few multiplications of the result's halves.
    const d = bigDigits(r);
    charge(NK.Factorial, mulUnits(d / 2, d / 2));
    return normBig(r);
  });
  def('isqrt', 'n, /', function* (x: PyValue) {
    const n = big(yield* indexArg(x));
    if (n < 0n) valueError('isqrt() argument must be nonnegative');
    return normBig(isqrtBig(n));
  });
  def('gcd', '*integers', function* (args: PyValue[]) {
    let g: number | bigint = 0;
    for (const a of args) {
      const v = yield* indexArg(a);
      if (typeof g === 'number' && typeof v === 'number') g = numGcd(g, v);
      else g = normBig(bigGcd(big(g), big(v)));
    }
    return g;
  });
  def('lcm', '*integers', function* (args: PyValue[]) {
    let l = 1n;
    for (const a of args) {
      const v = big(yield* indexArg(a));
      if (l === 0n || v === 0n) {
        l = 0n;
        continue;
      }
      const g = bigGcd(l, v);
      l = (l / g) * v;
      if (l < 0n) l = -l;
    }
    return normBig(l);
  });
  def('comb', 'n, k, /', function* (pn: PyValue, pk: PyValue) {
    const n = big(yield* indexArg(pn));
    const k = big(yield* indexArg(pk));
    if (n < 0n) valueError('n must be a non-negative integer');
    if (k < 0n) valueError('k must be a non-negative integer');
    if (k > n) return 0;
    let j = n - k < k ? n - k : k;
    if (j > LONG_MAX) overflowError(`min(n - k, k) must not exceed ${LONG_MAX}`);
    // C(n, j) = prod_{i=1..j} (n - j + i) / i, exact at each step.
    let r = 1n;
    for (let i = 1n; i <= j; i++) r = (r * (n - j + i)) / i;
    void (j = 0n);
    return normBig(r);
  });
  def('perm', 'n, k=None, /', function* (pn: PyValue, pk: PyValue) {
    if (pk === None) {
      const n = big(yield* indexArg(pn));
      if (n < 0n) valueError('factorial() not defined for negative values');
      if (n > LONG_MAX) overflowError(`factorial() argument should not exceed ${LONG_MAX}`);
      return normBig(rangeProduct(2n, n));
    }
    const n = big(yield* indexArg(pn));
    const k = big(yield* indexArg(pk));
    if (n < 0n) valueError('n must be a non-negative integer');
    if (k < 0n) valueError('k must be a non-negative integer');
    if (k > n) return 0;
    if (k > LONG_MAX) overflowError(`k must not exceed ${LONG_MAX}`);
    return normBig(rangeProduct(n - k + 1n, n));
  });
  defModRaw(ns, 'math', 'prod', function* (args: PyValue[], kw: KwArgs | null) {
    if (args.length !== 1) {
      if (args.length === 0) typeError("prod() missing required argument 'iterable' (pos 1)");
      typeError(`prod() takes exactly 1 positional argument (${args.length} given)`);
    }
    let acc: PyValue = 1;
    if (kw !== null) {
      for (const [k, v] of kw) {
        if (k !== 'start') typeError(`prod() got an unexpected keyword argument '${k}'`);
        acc = v;
      }
    }
    const it = yield* pyIter(args[0]);
    for (;;) {
      const v = yield* pyNext(it);
      if (v === STOP) return acc;
      const fast = binaryOpFast(acc, v, NB_MULTIPLY);
      acc = fast !== NEED_GEN ? fast : yield* binaryOp(acc, v, NB_MULTIPLY);
    }
  });
  void typeOf;
}
