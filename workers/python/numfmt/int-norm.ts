/**
 * Canonical Python-int representation shared by the whole numfmt library.
 *
 * A Python int is a JS `number` when it is a safe integer and a `bigint` otherwise; a bigint is
 * never in the safe range. Every function that produces an int goes through `normInt` so callers can
 * rely on that invariant (e.g. `===` comparisons of small ints stay cheap).
 */

export type PyInt = number | bigint;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

/** Canonicalize a bigint: safe-range values become numbers. */
export function normInt(b: bigint): PyInt {
  return b >= MIN_SAFE && b <= MAX_SAFE ? Number(b) : b;
}

/** Any Python int as a bigint (for exact arithmetic). */
export function toBig(x: PyInt): bigint {
  return typeof x === 'bigint' ? x : BigInt(x);
}

/** Sign of a Python int: -1, 0 or 1. */
export function intSign(x: PyInt): -1 | 0 | 1 {
  if (typeof x === 'number') return x > 0 ? 1 : x < 0 ? -1 : 0;
  return x > 0n ? 1 : x < 0n ? -1 : 0;
}

/** Number of bits in |x| (0 for 0), like int.bit_length(). */
export function bitLength(x: bigint): number {
  if (x < 0n) x = -x;
  if (x === 0n) return 0;
  // toString(16) is linear and exact; only the top hex digit needs care.
  const h = x.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0], 16)));
}

/** Power of five as a bigint, memoized (used to scale doubles by powers of ten exactly). */
const pow5Cache: bigint[] = [1n];
export function pow5(k: number): bigint {
  if (k < pow5Cache.length) return pow5Cache[k];
  if (k > 4096) return 5n ** BigInt(k); // rare (huge precisions): don't grow the cache unboundedly
  let v = pow5Cache[pow5Cache.length - 1];
  for (let i = pow5Cache.length; i <= k; i++) {
    v *= 5n;
    pow5Cache.push(v);
  }
  return v;
}

/** Power of ten as a bigint. */
export function pow10Big(k: number): bigint {
  return pow5(k) << BigInt(k);
}
