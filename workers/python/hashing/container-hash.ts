/**
 * hash() of tuple and frozenset from their elements' hashes, as CPython 3.11 combines them.
 *
 * tuple: an xxHash-style accumulator over the items in order (so order matters), finished by
 * adding the length (xored with a constant chosen so hash(()) kept its historical value).
 * frozenset: order must not matter, so each item hash is scrambled and the results are xored,
 * then the size is folded in and the whole is mixed once more so nested frozensets do not cancel.
 *
 * All arithmetic is unsigned 64-bit modulo 2^64, done on uint32 halves (no BigInt).
 */
import { hashToParts, partsToHash, type HashParts, type PyHash } from './pyhash';

// Result registers of mul64 (avoids allocating a pair per multiply).
let RH = 0, RL = 0;

/** (ah:al) * (bh:bl) mod 2^64 into RH:RL. */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  // The low words' full 64-bit product, from 16-bit pieces so every partial product is exact.
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const mid = a0 * b1 + a1 * b0; // < 2^33
  const low = a0 * b0 + (mid % 65536) * 65536; // < 2^33
  const carry = Math.floor(low / 4294967296);
  const high = a1 * b1 + Math.floor(mid / 65536) + carry;
  RL = low >>> 0;
  // Cross terms only reach the high word; their own high halves fall off the top.
  RH = (high + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

// xxHash64 primes used by tuplehash.
const P1H = 0x9e3779b1, P1L = 0x85ebca87;
const P2H = 0xc2b2ae3d, P2L = 0x27d4eb4f;
const P5H = 0x27d4eb2f, P5L = 0x165667c5;
// PRIME5 ^ 3527539: the length-mangling constant.
const LENXH = 0x27d4eb2f, LENXL = 0x1663b4b6;

const lane: HashParts = { hi: 0, lo: 0 };

/** hash(tuple) given the hashes of its items, in order. */
export function hashTuple(itemHashes: ReadonlyArray<PyHash>): PyHash {
  let ah = P5H, al = P5L;
  const n = itemHashes.length;
  for (let i = 0; i < n; i++) {
    hashToParts(itemHashes[i], lane);
    mul64(lane.hi, lane.lo, P2H, P2L);
    const sl = (al + RL) >>> 0;
    const sh = (ah + RH + (sl < al ? 1 : 0)) >>> 0;
    // Rotate left by 31.
    const rh = ((sh << 31) | (sl >>> 1)) >>> 0;
    const rl = ((sl << 31) | (sh >>> 1)) >>> 0;
    mul64(rh, rl, P1H, P1L);
    ah = RH;
    al = RL;
  }
  // Add len ^ LENX (len < 2^32 in practice, so its high word is 0).
  const xl = (n >>> 0) ^ LENXL, xh = Math.floor(n / 4294967296) ^ LENXH;
  const sl = (al + (xl >>> 0)) >>> 0;
  const sh = (ah + (xh >>> 0) + (sl < al ? 1 : 0)) >>> 0;
  if (sh === 0xffffffff && sl === 0xffffffff) return 1546275796;
  return partsToHash(sh, sl);
}

/** Scramble one item hash (so xoring many of them keeps their bits spread). Result in RH:RL. */
function shuffleBits(hi: number, lo: number): void {
  const xl = (lo ^ 89869747 ^ (lo << 16)) >>> 0;
  const xh = (hi ^ ((hi << 16) | (lo >>> 16))) >>> 0;
  mul64(xh, xl, 0, 3644798167);
}

/**
 * hash(frozenset) given the hashes of its distinct members (any order). CPython walks its table
 * and cancels the empty and deleted slots it touched, which leaves exactly the xor over members.
 */
export function hashFrozenset(itemHashes: ReadonlyArray<PyHash>): PyHash {
  let hh = 0, hl = 0;
  const n = itemHashes.length;
  for (let i = 0; i < n; i++) {
    hashToParts(itemHashes[i], lane);
    shuffleBits(lane.hi, lane.lo);
    hh ^= RH;
    hl ^= RL;
  }
  // Fold in the size: (n + 1) * 1927868237.
  mul64(Math.floor((n + 1) / 4294967296) >>> 0, (n + 1) >>> 0, 0, 1927868237);
  hh = (hh ^ RH) >>> 0;
  hl = (hl ^ RL) >>> 0;
  // hash ^= (hash >> 11) ^ (hash >> 25), logical shifts of the 64-bit value.
  const s11l = ((hl >>> 11) | (hh << 21)) >>> 0, s11h = hh >>> 11;
  const s25l = ((hl >>> 25) | (hh << 7)) >>> 0, s25h = hh >>> 25;
  hh = (hh ^ s11h ^ s25h) >>> 0;
  hl = (hl ^ s11l ^ s25l) >>> 0;
  // hash = hash * 69069 + 907133923
  mul64(hh, hl, 0, 69069);
  const sl = (RL + 907133923) >>> 0;
  const sh = (RH + (sl < RL ? 1 : 0)) >>> 0;
  if (sh === 0xffffffff && sl === 0xffffffff) return 590923713;
  return partsToHash(sh, sl);
}
