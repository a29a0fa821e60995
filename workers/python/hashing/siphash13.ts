/**
 * SipHash-1-3 (one compression round per 8-byte block, three finalisation rounds), the algorithm
 * behind CPython 3.11's str/bytes hash (`sys.hash_info.algorithm == 'siphash13'`).
 *
 * The key is the one CPython derives with PYTHONHASHSEED=0: seed 0 means "randomisation off", and
 * CPython then zero-fills its hash secret instead of running its LCG over the seed, so k0 = k1 = 0.
 * The function still takes the key, so a non-zero seed could be emulated by deriving k0/k1.
 *
 * All 64-bit lanes are kept as pairs of uint32 locals so the inner loop never allocates or uses
 * BigInt. The result is written to a caller-provided HashParts (unsigned halves).
 */
import type { HashParts } from './pyhash';

// The "somepseudorandomlygeneratedbytes" initialisation constants, split into 32-bit halves.
const IV0H = 0x736f6d65, IV0L = 0x70736575;
const IV1H = 0x646f7261, IV1L = 0x6e646f6d;
const IV2H = 0x6c796765, IV2L = 0x6e657261;
const IV3H = 0x74656462, IV3L = 0x79746573;

/** 64-bit little-endian word at byte offset `p` of `b`, low half. */
function le32(b: Uint8Array, p: number): number {
  return (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
}

/**
 * SipHash-1-3 of `b[0..len)` with key (k0, k1) given as uint32 halves. Writes the 64-bit result
 * into `out`. `b` may be longer than `len` (scratch buffers are reused).
 */
export function siphash13(
  b: Uint8Array, len: number, out: HashParts,
  k0h = 0, k0l = 0, k1h = 0, k1l = 0,
): HashParts {
  let v0h = (k0h ^ IV0H) >>> 0, v0l = (k0l ^ IV0L) >>> 0;
  let v1h = (k1h ^ IV1H) >>> 0, v1l = (k1l ^ IV1L) >>> 0;
  let v2h = (k0h ^ IV2H) >>> 0, v2l = (k0l ^ IV2L) >>> 0;
  let v3h = (k1h ^ IV3H) >>> 0, v3l = (k1l ^ IV3L) >>> 0;
  let t: number, u: number;

  const full = len & ~7;
  let mh = 0, ml = 0;
  // One SipRound per 8-byte block ("1" of 1-3). The last, partial block carries the length in
  // its top byte; after its round the finalisation is folded into the same loop by raising
  // `rounds` to 4, i.e. three more SipRounds ("3" of 1-3).
  for (let p = 0; ; p += 8) {
    let rounds: number;
    const last = p >= full;
    if (!last) {
      ml = le32(b, p);
      mh = le32(b, p + 4);
      rounds = 1;
    } else {
      // Remaining 0..7 bytes, zero padded, with (len mod 256) in the most significant byte.
      ml = 0;
      mh = (len & 0xff) << 24;
      const rem = len - full;
      for (let k = 0; k < rem; k++) {
        const byte = b[full + k];
        if (k < 4) ml |= byte << (8 * k);
        else mh |= byte << (8 * (k - 4));
      }
      ml >>>= 0;
      mh >>>= 0;
      rounds = 1;
    }
    v3h = (v3h ^ mh) >>> 0;
    v3l = (v3l ^ ml) >>> 0;
    for (let r = 0; r < rounds; r++) {
      // v0 += v1; v1 = rotl(v1, 13) ^ v0; v0 = rotl(v0, 32)
      t = (v0l + v1l) >>> 0; v0h = (v0h + v1h + (t < v0l ? 1 : 0)) >>> 0; v0l = t;
      t = ((v1h << 13) | (v1l >>> 19)) >>> 0; u = ((v1l << 13) | (v1h >>> 19)) >>> 0;
      v1h = (t ^ v0h) >>> 0; v1l = (u ^ v0l) >>> 0;
      t = v0h; v0h = v0l; v0l = t;
      // v2 += v3; v3 = rotl(v3, 16) ^ v2
      t = (v2l + v3l) >>> 0; v2h = (v2h + v3h + (t < v2l ? 1 : 0)) >>> 0; v2l = t;
      t = ((v3h << 16) | (v3l >>> 16)) >>> 0; u = ((v3l << 16) | (v3h >>> 16)) >>> 0;
      v3h = (t ^ v2h) >>> 0; v3l = (u ^ v2l) >>> 0;
      // v0 += v3; v3 = rotl(v3, 21) ^ v0
      t = (v0l + v3l) >>> 0; v0h = (v0h + v3h + (t < v0l ? 1 : 0)) >>> 0; v0l = t;
      t = ((v3h << 21) | (v3l >>> 11)) >>> 0; u = ((v3l << 21) | (v3h >>> 11)) >>> 0;
      v3h = (t ^ v0h) >>> 0; v3l = (u ^ v0l) >>> 0;
      // v2 += v1; v1 = rotl(v1, 17) ^ v2; v2 = rotl(v2, 32)
      t = (v2l + v1l) >>> 0; v2h = (v2h + v1h + (t < v2l ? 1 : 0)) >>> 0; v2l = t;
      t = ((v1h << 17) | (v1l >>> 15)) >>> 0; u = ((v1l << 17) | (v1h >>> 15)) >>> 0;
      v1h = (t ^ v2h) >>> 0; v1l = (u ^ v2l) >>> 0;
      t = v2h; v2h = v2l; v2l = t;

      if (last && r === 0 && rounds === 1) {
        // Finalisation: close the last block, flip v2's low byte, then three more rounds.
        v0h = (v0h ^ mh) >>> 0;
        v0l = (v0l ^ ml) >>> 0;
        v2l = (v2l ^ 0xff) >>> 0;
        rounds = 4;
      }
    }
    if (last) break;
    v0h = (v0h ^ mh) >>> 0;
    v0l = (v0l ^ ml) >>> 0;
  }
  out.hi = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
  out.lo = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  return out;
}
