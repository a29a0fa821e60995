/**
 * Python int arithmetic on the runtime representation (safe-integer number, else bigint).
 * Each operation stays in JS numbers while the result is exact and moves to bigint otherwise.
 */
import { normBig } from '../objects/object';
import { zeroDivisionError, valueError, overflowError, throwPy, memoryErrorType } from '../runtime/errors';

export type Int = number | bigint;

const big = (x: Int): bigint => (typeof x === 'bigint' ? x : BigInt(x));

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    return Number.isSafeInteger(r) ? r : normBig(BigInt(a) + BigInt(b));
  }
  return normBig(big(a) + big(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    return Number.isSafeInteger(r) ? r : normBig(BigInt(a) - BigInt(b));
  }
  return normBig(big(a) - big(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    // If the true product were ≥ 2^53 in magnitude the rounded double would be too.
    if (Number.isSafeInteger(r)) return r + 0; // + 0 turns -0 into 0
    return normBig(BigInt(a) * BigInt(b));
  }
  return normBig(big(a) * big(b));
}

export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDivisionError('integer division or modulo by zero');
    // |a| < 2^53, so the rounded quotient cannot cross an integer boundary.
    return Math.floor(a / b) + 0;
  }
  const A = big(a);
  const B = big(b);
  if (B === 0n) zeroDivisionError('integer division or modulo by zero');
  let q = A / B;
  if ((A % B !== 0n) && ((A < 0n) !== (B < 0n))) q -= 1n;
  return normBig(q);
}

export function intMod(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDivisionError('integer modulo by zero');
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r + 0;
  }
  const A = big(a);
  const B = big(b);
  if (B === 0n) zeroDivisionError('integer modulo by zero');
  let r = A % B;
  if (r !== 0n && (r < 0n) !== (B < 0n)) r += B;
  return normBig(r);
}

export function intDivmod(a: Int, b: Int): [Int, Int] {
  if ((typeof b === 'number' && b === 0) || b === 0n) zeroDivisionError('integer division or modulo by zero');
  return [intFloorDiv(a, b), intMod(a, b)];
}

export function intNeg(a: Int): Int {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return normBig(-a);
}

export function intAbs(a: Int): Int {
  if (typeof a === 'number') return Math.abs(a);
  return a < 0n ? -a : a;
}

function isInt32(x: Int): x is number {
  return typeof x === 'number' && (x | 0) === x;
}

export function intAnd(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a & b;
  return normBig(big(a) & big(b));
}
export function intOr(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a | b;
  return normBig(big(a) | big(b));
}
export function intXor(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normBig(big(a) ^ big(b));
}
export function intInvert(a: Int): Int {
  if (isInt32(a)) return ~a;
  return normBig(-big(a) - 1n);
}

/** Largest shift we allow before the result would certainly exceed memory. */
const MAX_SHIFT_BITS = 1 << 26;

/**
 * A left shift beyond what we can build. CPython's divmod_shift / _PyLong_New refuse a result of
 * more than MAX_LONG_DIGITS 30-bit digits ("too many digits in integer"); below that, the
 * allocation fails (MemoryError).
 */
function hugeShift(a: Int, b: Int): never {
  const wordshift = BigInt(b) / 30n;
  const rem = BigInt(b) % 30n;
  const oldsize = BigInt(Math.ceil(Math.max(1, big(a) < 0n ? (-big(a)).toString(2).length : big(a).toString(2).length) / 30));
  const MAX_LONG_DIGITS = (2n ** 63n - 1n - 24n) / 4n;
  if (wordshift >= (2n ** 63n - 1n) / 4n || oldsize + wordshift + (rem > 0n ? 1n : 0n) > MAX_LONG_DIGITS) overflowError('too many digits in integer');
  return throwPy(memoryErrorType, '');
}

export function intLshift(a: Int, b: Int): Int {
  if (b < 0) valueError('negative shift count');
  if (a === 0 || a === 0n) return 0;
  if (typeof b === 'bigint' || b > MAX_SHIFT_BITS) hugeShift(a, b);
  const nb = b as number;
  if (typeof a === 'number' && nb < 31 && Math.abs(a) < 2 ** (52 - nb)) return a * 2 ** nb;
  return normBig(big(a) << BigInt(b));
}

export function intRshift(a: Int, b: Int): Int {
  if (b < 0) valueError('negative shift count');
  if (typeof b === 'bigint' || b > MAX_SHIFT_BITS) return a < 0 ? -1 : 0;
  if (typeof a === 'number') {
    if (isInt32(a) && b < 32) return a >> b;
    return Math.floor(a / 2 ** b);
  }
  return normBig(a >> BigInt(b));
}

/** int ** int for a non-negative exponent (negative exponents are float results: caller). */
export function intPow(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a ** b;
    if (Number.isSafeInteger(r)) return r;
  }
  const A = big(a);
  const B = big(b);
  if (A === 0n || A === 1n) return B === 0n ? 1 : Number(A);
  if (A === -1n) return B % 2n === 0n ? 1 : -1;
  if (B > 100_000_000n) overflowError('exponent too large');
  return normBig(A ** B);
}

/** pow(a, b, m) with modular exponentiation (negative b needs an inverse, Python 3.8+). */
export function intPowMod(a: Int, b: Int, m: Int): Int {
  let M = big(m);
  if (M === 0n) valueError('pow() 3rd argument cannot be 0');
  let base = big(a);
  let e = big(b);
  const negMod = M < 0n;
  if (negMod) M = -M;
  if (e < 0n) {
    base = modInverse(base, M);
    e = -e;
  }
  let result = 1n % M;
  base = ((base % M) + M) % M;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % M;
    base = (base * base) % M;
    e >>= 1n;
  }
  if (negMod && result !== 0n) result -= M;
  return normBig(result);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [((a % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) valueError('base is not invertible for the given modulus');
  return ((s0 % m) + m) % m;
}

export function intBitLength(a: Int): number {
  if (typeof a === 'number') {
    const x = Math.abs(a);
    return x < 2 ** 31 ? 32 - Math.clz32(x) : x.toString(2).length;
  }
  const x = a < 0n ? -a : a;
  return x.toString(2).length;
}
