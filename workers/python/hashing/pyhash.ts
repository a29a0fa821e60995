/**
 * The representation of CPython hash values (`Py_hash_t`, signed 64-bit on 64-bit Linux) and the
 * helpers a dict/set implementation needs to probe exactly like CPython.
 *
 * Two forms of the same 64 bits:
 *
 *  - `PyHash = number | bigint` is the value as Python sees it (`hash(x)`): a signed 64-bit
 *    integer in the runtime's int convention, a JS number when it is a safe integer and a bigint
 *    otherwise. It is canonical, so two hashes are equal iff `a === b`, and it *is* the Python int
 *    (`hashToPyInt` only re-canonicalises). Small ints, integral floats and `hash(())`-style small
 *    values stay numbers.
 *
 *  - `HashParts = { hi, lo }` holds the two uint32 halves of the unsigned two's-complement pattern
 *    (what C sees as `(size_t)hash`). Most str/bytes/tuple hashes are full 64-bit values, so the
 *    `*Parts` entry points (`hashStringParts`, `hashBytesParts`, `hashToParts`) write into a
 *    caller-owned object and never touch BigInt; a table can store `hi`/`lo` in typed arrays.
 *
 * Probing: CPython's dict and set both start at `i = hash & mask` and, after a miss (sets first
 * try a few linear neighbours), do `perturb >>= 5; i = (i*5 + perturb + 1) & mask` on the full
 * unsigned 64-bit hash. Because `& mask` keeps only low bits and carries only travel upward, the
 * low 32 bits of each term decide `i`; the high word only matters as the source of the bits that
 * `perturb >>= 5` shifts down. `HashProbe` keeps perturb as two uint32 words for that reason.
 * Masks up to 2^32 - 1 are supported.
 */

/** A Python hash value: signed 64-bit, a JS number when safe, else a bigint (canonical). */
export type PyHash = number | bigint;

/** The same 64 bits as unsigned 32-bit halves: value mod 2^64 = hi * 2^32 + lo. */
export interface HashParts {
  hi: number;
  lo: number;
}

const TWO32 = 4294967296;

/** Low 32 bits of the unsigned hash, as a uint32 (`(size_t)hash & 0xffffffff`). */
export function hashLow32(h: PyHash): number {
  // ToUint32 reduces any exact integer modulo 2^32, which is exactly two's complement for negatives.
  if (typeof h === 'number') return h >>> 0;
  return Number(BigInt.asUintN(32, h));
}

/** High 32 bits of the unsigned hash, as a uint32. */
export function hashHigh32(h: PyHash): number {
  if (typeof h === 'number') return Math.floor(h / TWO32) >>> 0;
  return Number(BigInt.asUintN(32, h >> 32n));
}

/** Write both halves of `h` into `out` (and return it). */
export function hashToParts(h: PyHash, out: HashParts = { hi: 0, lo: 0 }): HashParts {
  if (typeof h === 'number') {
    out.lo = h >>> 0;
    out.hi = Math.floor(h / TWO32) >>> 0;
  } else {
    out.lo = Number(BigInt.asUintN(32, h));
    out.hi = Number(BigInt.asUintN(32, h >> 32n));
  }
  return out;
}

/** The signed Python value of the 64-bit pattern `hi:lo` (both uint32 or int32). */
export function partsToHash(hi: number, lo: number): PyHash {
  const shi = hi | 0;
  // Within this window hi*2^32 + lo is computed exactly; the safe check rejects only -2^53.
  if (shi >= -0x200000 && shi < 0x200000) {
    const v = shi * TWO32 + (lo >>> 0);
    if (Number.isSafeInteger(v)) return v;
  }
  return (BigInt(shi) << 32n) | BigInt(lo >>> 0);
}

/** The Python int that `hash()` returns for this hash (canonical number/bigint form). */
export function hashToPyInt(h: PyHash): number | bigint {
  if (typeof h === 'bigint' && h >= -9007199254740991n && h <= 9007199254740991n) return Number(h);
  return h;
}

/**
 * CPython's open-addressing probe sequence for one lookup. `start` gives the first slot;
 * each `next()` applies `perturb >>= 5; i = (i*5 + perturb + 1) & mask`.
 * Reuse one instance per table to avoid allocation.
 */
export class HashProbe {
  /** Current slot index. */
  i = 0;
  private phi = 0;
  private plo = 0;
  private mask = 0;

  /** Begin probing for the hash given as parts (the allocation-free form). */
  startParts(hi: number, lo: number, mask: number): number {
    this.mask = mask >>> 0;
    this.phi = hi >>> 0;
    this.plo = lo >>> 0;
    this.i = (this.plo & this.mask) >>> 0;
    return this.i;
  }

  /** Begin probing for a `PyHash`; numbers take no BigInt path. */
  start(h: PyHash, mask: number): number {
    if (typeof h === 'number') return this.startParts(Math.floor(h / TWO32), h >>> 0, mask);
    return this.startParts(hashHigh32(h), hashLow32(h), mask);
  }

  /** Advance to the next slot of the sequence. */
  next(): number {
    this.plo = ((this.plo >>> 5) | (this.phi << 27)) >>> 0;
    this.phi = this.phi >>> 5;
    // i*5 + perturb + 1 < 2^35, an exact double; `&` then reduces it modulo 2^32 before masking.
    this.i = ((this.i * 5 + this.plo + 1) & this.mask) >>> 0;
    return this.i;
  }

  /** The current perturb value's low word (for callers that mix it in themselves). */
  get perturbLow(): number {
    return this.plo;
  }
}
