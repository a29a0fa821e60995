/**
 * hash() of int and float, and identity hashes, as CPython 3.11 computes them on 64-bit Linux.
 *
 * Numbers hash by value modulo the Mersenne prime P = 2^61 - 1 so that equal numbers of different
 * types (1, 1.0, True, Fraction(1)) collide: hash(x) = sign(x) * (|x| mod P), with -1 (the C error
 * value) turned into -2. For a float |x| = m * 2^e (m an integer), |x| mod P is m * 2^(e mod 61)
 * mod P, because 2^61 = 1 (mod P); and multiplying a 61-bit residue by 2^k mod P is a rotation of
 * its 61 bits. Any safe integer is already below P, so ints and integral floats up to 2^53 hash
 * to themselves without BigInt.
 */
import { partsToHash, type PyHash } from './pyhash';

const P = (1n << 61n) - 1n;
const INF_HASH = 314159;

/** hash(x) for a Python int (number when safe, else bigint). */
export function hashInt(x: number | bigint): PyHash {
  if (typeof x === 'number') {
    if (Number.isSafeInteger(x)) return x === -1 ? -2 : x;
    x = BigInt(x);
  }
  const neg = x < 0n;
  let r = (neg ? -x : x) % P;
  if (neg) r = -r;
  if (r === -1n) return -2;
  if (r >= -9007199254740991n && r <= 9007199254740991n) return Number(r);
  return r;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Index of the high word in the Float64Array's bytes (little-endian on every supported host).
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/**
 * hash(x) for a Python float. A NaN hashes by identity since 3.10: pass `identityHash`, the
 * hash of that float object by identity (`hashPointer(id)`); without it NaN gives 0, the pre-3.10
 * value (`sys.hash_info.nan`).
 */
export function hashFloat(x: number, identityHash: PyHash = 0): PyHash {
  if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) {
    return x === -1 ? -2 : x + 0; // `+ 0` turns -0 into 0
  }
  if (x !== x) return identityHash;
  if (x === Infinity) return INF_HASH;
  if (x === -Infinity) return -INF_HASH;
  f64[0] = x;
  const hi = u32[HI], lo = u32[LO];
  const biased = (hi >>> 20) & 0x7ff;
  let m = BigInt(hi & 0xfffff) * 4294967296n + BigInt(lo);
  let e: number;
  if (biased === 0) {
    e = -1074; // subnormal: no implicit bit
  } else {
    m += 1n << 52n;
    e = biased - 1075;
  }
  // m < 2^53 < P is already reduced; scaling by 2^e mod P rotates its 61-bit pattern left by e mod 61.
  const k = BigInt(((e % 61) + 61) % 61);
  let r = k === 0n ? m : ((m << k) & P) | (m >> (61n - k));
  if (x < 0) r = -r;
  if (r === -1n) return -2;
  if (r >= -9007199254740991n && r <= 9007199254740991n) return Number(r);
  return r;
}

/**
 * hash(complex): hash(re) + 1000003 * hash(im) in unsigned 64-bit arithmetic, -1 becoming -2.
 * An imaginary part of 0 leaves hash(re), so hash(x + 0j) == hash(x). `identityHash` is the
 * complex object's own (used for NaN parts).
 */
export function hashComplex(re: number, im: number, identityHash: PyHash = 0): PyHash {
  const hr = hashFloat(re, identityHash);
  const hi = hashFloat(im, identityHash);
  if (hi === 0) return hr;
  if (typeof hr === 'number' && typeof hi === 'number') {
    const c = hr + 1000003 * hi;
    if (Number.isSafeInteger(c)) return c === -1 ? -2 : c;
  }
  const c = BigInt.asIntN(64, BigInt(hr) + 1000003n * BigInt(hi));
  if (c === -1n) return -2;
  return c >= -9007199254740991n && c <= 9007199254740991n ? Number(c) : c;
}

/**
 * CPython's identity hash (`object.__hash__`, `_Py_HashPointer`): the 64-bit address rotated
 * right by 4, because allocations are 16-byte aligned and the low bits would otherwise be zero.
 * We pass our deterministic object ids instead of addresses. Ids that are multiples of 16 give
 * small hashes (id / 16) exactly as CPython's addresses do; other ids give large negative ones.
 */
export function hashPointer(id: number | bigint): PyHash {
  let hi: number, lo: number;
  if (typeof id === 'number') {
    lo = id >>> 0;
    hi = Math.floor(id / 4294967296) >>> 0;
  } else {
    const u = BigInt.asUintN(64, id);
    lo = Number(u & 0xffffffffn);
    hi = Number(u >> 32n);
  }
  const rlo = ((lo >>> 4) | (hi << 28)) >>> 0;
  const rhi = ((hi >>> 4) | (lo << 28)) >>> 0;
  if (rhi === 0xffffffff && rlo === 0xffffffff) return -2;
  return partsToHash(rhi, rlo);
}
