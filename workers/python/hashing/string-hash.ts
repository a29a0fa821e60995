/**
 * hash() of str and bytes, as CPython 3.11 computes it with PYTHONHASHSEED=0.
 *
 * CPython hashes the bytes of a str's compact (PEP 393) storage: 1 byte per code point when all
 * code points are < 256 (latin-1), 2 bytes (UCS-2, little-endian) when all are < 0x10000,
 * otherwise 4 bytes (UCS-4). So a bytes object and the equal latin-1 str hash alike, while "é"
 * and "é€" put é in different widths. The empty string/bytes hashes to 0 (not SipHash of
 * nothing), and a result of -1 (reserved for errors in C) becomes -2.
 *
 * A JS string here holds a Python str with astral code points as surrogate pairs; a lone
 * surrogate is the code point U+D800..U+DFFF itself (UCS-2 width), as in Python.
 */
import { partsToHash, type HashParts, type PyHash } from './pyhash';
import { siphash13 } from './siphash13';

// Reused encode buffer; strings needing more than MAX_SCRATCH bytes get a temporary one, so the
// module never keeps more than this alive.
const MAX_SCRATCH = 1 << 16;
let scratch = new Uint8Array(256);
const tmpParts: HashParts = { hi: 0, lo: 0 };

function buffer(size: number): Uint8Array {
  if (size <= scratch.length) return scratch;
  if (size > MAX_SCRATCH) return new Uint8Array(size);
  let n = scratch.length;
  while (n < size) n *= 2;
  scratch = new Uint8Array(n);
  return scratch;
}

/** -1 is the C error return, so CPython maps a computed -1 to -2. */
function fixMinusOne(out: HashParts): HashParts {
  if (out.hi === 0xffffffff && out.lo === 0xffffffff) out.lo = 0xfffffffe;
  return out;
}

/** hash(s) as unsigned halves, without BigInt. */
export function hashStringParts(s: string, out: HashParts = { hi: 0, lo: 0 }): HashParts {
  const n = s.length;
  if (n === 0) {
    out.hi = 0;
    out.lo = 0;
    return out;
  }
  // Find the storage width: 1 (latin-1), 2 (UCS-2) or 4 (UCS-4, needs a valid surrogate pair).
  let width = 1;
  let astral = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x100) continue;
    if (width === 1) width = 2;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        width = 4;
        astral++;
        i++;
      }
    }
  }
  if (width === 1) {
    const b = buffer(n);
    for (let i = 0; i < n; i++) b[i] = s.charCodeAt(i);
    return fixMinusOne(siphash13(b, n, out));
  }
  if (width === 2) {
    const b = buffer(2 * n);
    for (let i = 0, p = 0; i < n; i++, p += 2) {
      const c = s.charCodeAt(i);
      b[p] = c & 0xff;
      b[p + 1] = c >>> 8;
    }
    return fixMinusOne(siphash13(b, 2 * n, out));
  }
  const len = 4 * (n - astral);
  const b = buffer(len);
  for (let i = 0, p = 0; i < n; i++, p += 4) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    b[p] = c & 0xff;
    b[p + 1] = (c >>> 8) & 0xff;
    b[p + 2] = c >>> 16;
    b[p + 3] = 0;
  }
  return fixMinusOne(siphash13(b, len, out));
}

/** hash(b) for bytes (and bytearray-equal frozen data) as unsigned halves. */
export function hashBytesParts(b: Uint8Array, out: HashParts = { hi: 0, lo: 0 }): HashParts {
  if (b.length === 0) {
    out.hi = 0;
    out.lo = 0;
    return out;
  }
  return fixMinusOne(siphash13(b, b.length, out));
}

/** hash(s) for a str. */
export function hashString(s: string): PyHash {
  hashStringParts(s, tmpParts);
  return partsToHash(tmpParts.hi, tmpParts.lo);
}

/** hash(b) for bytes. */
export function hashBytes(b: Uint8Array): PyHash {
  hashBytesParts(b, tmpParts);
  return partsToHash(tmpParts.hi, tmpParts.lo);
}
