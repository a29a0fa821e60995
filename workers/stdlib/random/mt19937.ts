/**
 * The Mersenne Twister (MT19937) exactly as CPython's _random module drives it: the 624-word
 * state plus read index, both seeding routines, the 32-bit output, the 53-bit float built from
 * two outputs, getrandbits for any width, and the state tuple used by getstate()/setstate().
 *
 * All word arithmetic is modulo 2^32 on uint32 values: `Math.imul` gives the low 32 bits of a
 * product and sums stay below 2^53, so `>>> 0` reduces them exactly. Ints follow the runtime
 * convention: a JS number when safe, else a bigint.
 */
import { pyThrow } from '../../python/pyerror-signal';

export const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;

export class MT19937 {
  /** The 624 state words (uint32). */
  readonly mt = new Uint32Array(N);
  /** Next word to temper; N means "regenerate before the next output". */
  index = N + 1;

  /** Seed from one 32-bit word (also the first step of initByArray). */
  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const p = mt[i - 1];
      mt[i] = (Math.imul(1812433253, p ^ (p >>> 30)) + i) >>> 0;
    }
    this.index = N;
  }

  /** Seed from a key of 32-bit words (CPython passes |seed| split into words, low word first). */
  initByArray(key: ArrayLike<number>): void {
    const len = key.length;
    if (len === 0) {
      // CPython always passes at least one word (0 for seed 0); keep that invariant here.
      this.initByArray([0]);
      return;
    }
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, len); k > 0; k--) {
      const p = mt[i - 1];
      mt[i] = ((mt[i] ^ Math.imul(p ^ (p >>> 30), 1664525)) + (key[j] >>> 0) + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const p = mt[i - 1];
      mt[i] = ((mt[i] ^ Math.imul(p ^ (p >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000; // guarantees a non-zero state
  }

  /** Refill all 624 words at once (the "twist"). */
  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.index = 0;
  }

  /** The next 32-bit output (uint32). */
  genrandUint32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++];
    // Tempering improves the equidistribution of the output bits.
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): 27 + 26 bits from two words, an exact multiple of 2^-53 in [0, 1). */
  random(): number {
    const a = this.genrandUint32() >>> 5;
    const b = this.genrandUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /**
   * getrandbits(k): an int with k random bits. Words are drawn least significant first; when the
   * last word is only partly needed its *top* bits are kept.
   */
  getrandbits(k: number | bigint): number | bigint {
    if (k < 0) pyThrow('ValueError', 'number of bits must be non-negative');
    // C receives k as an `int`.
    if (k > 0x7fffffff) pyThrow('OverflowError', 'Python int too large to convert to C int');
    k = Number(k);
    if (k === 0) return 0;
    if (k <= 32) return this.genrandUint32() >>> (32 - k);
    if (k <= 53) {
      const lo = this.genrandUint32();
      const hi = this.genrandUint32() >>> (64 - k);
      return hi * 4294967296 + lo;
    }
    // Build big values through one hex string: linear time, unlike repeated shifts and ors.
    const words = Math.ceil(k / 32);
    const parts = new Array<string>(words);
    let rem = k;
    for (let i = words - 1; i >= 0; i--, rem -= 32) {
      let r = this.genrandUint32();
      if (rem < 32) r >>>= 32 - rem;
      parts[i] = r.toString(16).padStart(8, '0');
    }
    const big = BigInt('0x' + parts.join(''));
    return big <= 9007199254740991n ? Number(big) : big;
  }

  /** The words of getstate()[1]: 624 state words then the index. */
  getstate(): number[] {
    const out = Array.from(this.mt);
    out.push(this.index);
    return out;
  }

  /**
   * setstate() of the internal tuple, with the C checks and messages. Words may be any
   * non-negative value below 2^64 (C reads them as unsigned long, then keeps 32 bits).
   */
  setstate(state: ArrayLike<number | bigint>): void {
    if (state.length !== N + 1) pyThrow('ValueError', 'state vector is the wrong size');
    const words = new Uint32Array(N);
    for (let i = 0; i < N; i++) {
      const w = state[i];
      if (w < 0) pyThrow('OverflowError', "can't convert negative value to unsigned int");
      if (typeof w === 'bigint') {
        if (w > 0xffffffffffffffffn) pyThrow('OverflowError', 'Python int too large to convert to C unsigned long');
        words[i] = Number(w & 0xffffffffn);
      } else {
        words[i] = w >>> 0;
      }
    }
    const idx = state[N];
    if (typeof idx === 'bigint' && (idx > 0x7fffffffffffffffn || idx < -0x8000000000000000n)) {
      pyThrow('OverflowError', 'Python int too large to convert to C long');
    }
    if (idx < 0 || idx > N) pyThrow('ValueError', 'invalid state');
    this.mt.set(words);
    this.index = Number(idx);
  }
}
