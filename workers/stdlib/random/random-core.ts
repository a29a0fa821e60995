/**
 * The algorithms of CPython 3.11's Lib/random.py (class Random) over the MT19937 core, on plain
 * JS values, reproducing CPython's outputs, consumption of the generator, and error messages.
 *
 * Conventions: ints are `PyInt` (number when safe, else bigint); floats are numbers. Where
 * Python's behaviour depends on whether an argument is an int or a float (randrange's deprecated
 * float handling, seeding, weights sums), the caller says which via an explicit flag, since a JS
 * number cannot tell 3 from 3.0. Sequence methods return *indices*; the caller indexes its own
 * sequence (and raises the sequence's own errors). Type checks that belong to the object model
 * (e.g. "Population must be a sequence") stay with the caller.
 *
 * Float functions that call libm go through libm.ts (correctly rounded), which agrees with
 * glibc's results except in the rare cases where glibc is off by one ulp.
 */
import { sha512 } from '@noble/hashes/sha2.js';
import { pyThrow } from '../../python/pyerror-signal';
import { hashFloat } from '../../python/hashing/numeric-hash';
import type { PyHash } from '../../python/hashing/pyhash';
import { MT19937 } from './mt19937';
import {
  pyAcos, pyCos, pyExp, pyFloatMod, pyLog, pyPow, pySin, pySqrt, log as crLog,
} from './libm';
import {
  bitLength, canon, floatLtInt, floatToInt, intAdd, intCmp, intFloorDiv, intMul, intSub, intToFloat,
  type PyInt,
} from './pyint';

export type { PyInt } from './pyint';

// Module constants of random.py, as CPython computes them at import (with glibc's exp/log).
export const NV_MAGICCONST = 1.7155277699214135; // 4 * exp(-0.5) / sqrt(2.0)
export const TWOPI = 6.283185307179586; // math.tau
export const LOG4 = 1.3862943611198906; // log(4.0)
export const SG_MAGICCONST = 2.504077396776274; // 1.0 + log(4.5)
const E = 2.718281828459045; // math.e
const PI = 3.141592653589793;

const DEPRECATED_FLOAT =
  'non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version';
const FUTURE_TYPEERROR = 'randrange() will raise TypeError in the future';

/** Which randrange/randint arguments are Python floats, and where DeprecationWarnings go. */
export interface FloatArgs {
  start?: boolean;
  stop?: boolean;
  step?: boolean;
  /** Called with the message of each DeprecationWarning, in order. */
  warn?: (message: string) => void;
}

/** A weights entry: an int (number/bigint) or a float; see `choices` for how floats are told apart. */
export type PyReal = number | bigint;

/** Options of `choices`, mirroring `choices(population, weights=None, *, cum_weights=None, k=1)`. */
export interface ChoicesOptions {
  weights?: ReadonlyArray<PyReal> | PyInt | null;
  cumWeights?: ReadonlyArray<PyReal> | null;
  /**
   * Which entries of `weights` are Python floats (decides int vs float addition while
   * accumulating). Default: a number is a float when it is not integral. Only matters once
   * int sums leave the safe range, where ints add exactly and floats round.
   */
  isFloat?: (index: number) => boolean;
}

/** UTF-8 encoding as str.encode() does it: lone surrogates are UnicodeEncodeError. */
function utf8(s: string): Uint8Array {
  const out: number[] = [];
  let cp = 0;
  for (let i = 0; i < s.length; i++, cp++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xe000) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (c < 0xdc00 && d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else {
        const hex = c.toString(16).padStart(4, '0');
        pyThrow('UnicodeEncodeError',
          `'utf-8' codec can't encode character '\\u${hex}' in position ${cp}: surrogates not allowed`);
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/** 32-bit words of a non-negative int, least significant first; at least one word. */
function intWords(n: bigint): number[] {
  if (n === 0n) return [0];
  const words: number[] = [];
  while (n > 0n) {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  return words;
}

/** Words of the big-endian integer formed by `bytes`, least significant first, zero words trimmed. */
function bigEndianWords(bytes: Uint8Array): number[] {
  const words: number[] = [];
  for (let end = bytes.length; end > 0; end -= 4) {
    let w = 0;
    for (let p = Math.max(0, end - 4); p < end; p++) w = w * 256 + bytes[p];
    words.push(w);
  }
  while (words.length > 1 && words[words.length - 1] === 0) words.pop();
  return words.length ? words : [0];
}

/** bisect.bisect_right(a, x, lo, hi) with Python's int/float comparisons. */
function bisectRight(a: ReadonlyArray<PyReal>, x: PyReal, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const am = a[mid];
    let lt: boolean;
    if (typeof x === 'number' && typeof am === 'number') lt = x < am;
    else if (typeof x === 'number') lt = floatLtInt(x, am);
    else if (typeof am === 'number') lt = Number.isInteger(am) ? intCmp(x, am) < 0 : !floatLtInt(am, x) && intToFloat(x) !== am;
    else lt = x < am;
    if (lt) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Python's `a + b` on int/float operands, tracking whether the result is a float. */
function pyAddReal(a: PyReal, aFloat: boolean, b: PyReal, bFloat: boolean): [PyReal, boolean] {
  if (!aFloat && !bFloat) return [intAdd(a as PyInt, b as PyInt), false];
  return [intToFloat(a as PyInt) + intToFloat(b as PyInt), true];
}

export class PyRandom {
  readonly mt = new MT19937();
  /** The second normal deviate gauss() keeps for its next call (random.py's gauss_next). */
  gaussNext: number | null = null;

  // ------------------------------------------------------------------ seeding

  /** seed(a) for an int: |a| split into 32-bit words, low word first. */
  seedInt(a: PyInt): void {
    if (typeof a === 'number') {
      const n = Math.abs(a);
      this.mt.initByArray(n < 4294967296 ? [n] : [n >>> 0, Math.floor(n / 4294967296)]);
    } else {
      this.mt.initByArray(intWords(a < 0n ? -a : a));
    }
    this.gaussNext = null;
  }

  /** seed(x) for a float: the C code seeds with hash(x) read as an unsigned 64-bit value. */
  seedFloat(x: number, nanIdentityHash?: PyHash): void {
    this.seedFromHash(hashFloat(x, nanIdentityHash));
  }

  /** What the C seed does for any non-int hashable: `(size_t)hash(obj)`, as words. */
  seedFromHash(h: PyHash): void {
    this.mt.initByArray(intWords(BigInt.asUintN(64, BigInt(h))));
    this.gaussNext = null;
  }

  /** seed(s) for a str (version 2): the UTF-8 bytes followed by their SHA-512, as a big-endian int. */
  seedStr(s: string): void {
    this.seedBytes(utf8(s));
  }

  /** seed(b) for bytes/bytearray (version 2). */
  seedBytes(b: Uint8Array): void {
    const all = new Uint8Array(b.length + 64);
    all.set(b, 0);
    all.set(sha512(b), b.length);
    this.mt.initByArray(bigEndianWords(all));
    this.gaussNext = null;
  }

  /** seed(a, version=1) for str/bytes: the old 64-bit string hash, then seeded as an int. */
  seedV1(a: string | Uint8Array): void {
    const cps: number[] = typeof a === 'string' ? Array.from(a, (ch) => ch.codePointAt(0)!) : Array.from(a);
    const mask = (1n << 64n) - 1n;
    let x = cps.length ? BigInt(cps[0]) << 7n : 0n;
    for (const c of cps) x = ((1000003n * x) ^ BigInt(c)) & mask;
    x ^= BigInt(cps.length);
    this.seedInt(canon(x));
  }

  /**
   * seed(None): CPython reads 624 words from the OS; we have no entropy, so the caller supplies
   * deterministic words (any count >= 1; 624 matches CPython's key length).
   */
  seedFromEntropy(words: ArrayLike<number>): void {
    this.mt.initByArray(words);
    this.gaussNext = null;
  }

  /** Convenience: seed by JS type. A number is an int unless `isFloat` (3 and 3.0 differ when negative). */
  seed(a: PyInt | string | Uint8Array, isFloat = false): void {
    if (typeof a === 'string') this.seedStr(a);
    else if (a instanceof Uint8Array) this.seedBytes(a);
    else if (isFloat && typeof a === 'number') this.seedFloat(a);
    else this.seedInt(a);
  }

  // ------------------------------------------------------------------ state

  /** getstate(): (3, tuple of 625 ints, gauss_next). */
  getstate(): [3, number[], number | null] {
    return [3, this.mt.getstate(), this.gaussNext];
  }

  /** setstate(state) for versions 3 and 2 (version 2 stored words as signed ints). */
  setstate(state: readonly [PyInt | number, ArrayLike<PyInt>, number | null]): void {
    const [version, internal, gaussNext] = state;
    if (version === 3) {
      this.mt.setstate(internal);
    } else if (version === 2) {
      const words: PyInt[] = [];
      for (let i = 0; i < internal.length; i++) {
        const v = internal[i];
        words.push(typeof v === 'number' ? ((v % 4294967296) + 4294967296) % 4294967296 : canon(BigInt.asUintN(32, v)));
      }
      this.mt.setstate(words);
    } else {
      pyThrow('ValueError', `state with version ${String(version)} passed to Random.setstate() of version 3`);
    }
    this.gaussNext = gaussNext;
  }

  // ------------------------------------------------------------------ core draws

  random(): number {
    return this.mt.random();
  }

  getrandbits(k: PyInt): PyInt {
    return this.mt.getrandbits(k);
  }

  /** _randbelow_with_getrandbits: draws k = n.bit_length() bits until the value is below n. */
  randbelow(n: PyInt): PyInt {
    if (typeof n === 'number') {
      const k = bitLength(n);
      if (k <= 32) {
        const shift = 32 - k;
        let r = this.mt.genrandUint32() >>> shift;
        while (r >= n) r = this.mt.genrandUint32() >>> shift;
        return r;
      }
      let r = this.mt.getrandbits(k) as number;
      while (r >= n) r = this.mt.getrandbits(k) as number;
      return r;
    }
    const k = bitLength(n);
    let r = this.mt.getrandbits(k);
    while (intCmp(r, n) >= 0) r = this.mt.getrandbits(k);
    return r;
  }

  /** randbytes(n): getrandbits(n*8) as little-endian bytes, built word by word. */
  randbytes(n: PyInt): Uint8Array {
    if (n < 0) pyThrow('ValueError', 'number of bits must be non-negative');
    if (Number(n) * 8 > 0x7fffffff) pyThrow('OverflowError', 'Python int too large to convert to C int');
    const len = Number(n);
    const out = new Uint8Array(len);
    let rem = len * 8;
    for (let p = 0; p < len; p += 4, rem -= 32) {
      let w = this.mt.genrandUint32();
      if (rem < 32) w >>>= 32 - rem; // the last word keeps its top bits, as getrandbits does
      for (let b = 0; b < 4 && p + b < len; b++) out[p + b] = (w >>> (8 * b)) & 0xff;
    }
    return out;
  }

  // ------------------------------------------------------------------ integers

  /** The float-argument handling randrange applies to each argument (3.10-3.11 deprecation). */
  private toIndex(x: PyInt, isFloat: boolean | undefined, what: string, warn?: (m: string) => void): PyInt {
    if (!isFloat) return x;
    const f = x as number;
    const i = floatToInt(f);
    if (Number(i) !== f) {
      warn?.(FUTURE_TYPEERROR);
      pyThrow('ValueError', `non-integer ${what} for randrange()`);
    }
    warn?.(DEPRECATED_FLOAT);
    return i;
  }

  /**
   * randrange(start, stop=None, step=1). Pass `stop` as undefined/null for the one-argument
   * form; `step` undefined means it was not given (an explicit int 1 behaves the same).
   */
  randrange(start: PyInt, stop?: PyInt | null, step?: PyInt, floats: FloatArgs = {}): PyInt {
    const istart = this.toIndex(start, floats.start, 'arg 1', floats.warn);
    if (stop === undefined || stop === null) {
      // random.py tests `step is not _ONE`: only the int 1 passes.
      if (step !== undefined && (step !== 1 || floats.step)) pyThrow('TypeError', 'Missing a non-None stop argument');
      if (intCmp(istart, 0) > 0) return this.randbelow(istart);
      pyThrow('ValueError', 'empty range for randrange()');
    }
    const istop = this.toIndex(stop, floats.stop, 'stop', floats.warn);
    const width = intSub(istop, istart);
    const istep = step === undefined ? 1 : this.toIndex(step, floats.step, 'step', floats.warn);
    if (istep === 1) {
      if (intCmp(width, 0) > 0) return intAdd(istart, this.randbelow(width));
      pyThrow('ValueError', `empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n: PyInt;
    const sign = intCmp(istep, 0);
    if (sign > 0) n = intFloorDiv(intSub(intAdd(width, istep), 1), istep);
    else if (sign < 0) n = intFloorDiv(intAdd(intAdd(width, istep), 1), istep);
    else pyThrow('ValueError', 'zero step for randrange()');
    if (intCmp(n, 0) <= 0) pyThrow('ValueError', 'empty range for randrange()');
    return intAdd(istart, intMul(istep, this.randbelow(n)));
  }

  /** randint(a, b) = randrange(a, b + 1); `b + 1` is float addition when b is a float. */
  randint(a: PyInt, b: PyInt, floats: { a?: boolean; b?: boolean; warn?: (m: string) => void } = {}): PyInt {
    const stop = floats.b ? (b as number) + 1 : intAdd(b, 1);
    return this.randrange(a, stop, undefined, { start: floats.a, stop: floats.b, warn: floats.warn });
  }

  // ------------------------------------------------------------------ sequences (indices)

  /** choice(seq): the index to take from a sequence of length n. */
  choice(n: PyInt): PyInt {
    if (intCmp(n, 0) === 0) pyThrow('IndexError', 'Cannot choose from an empty sequence');
    return this.randbelow(n);
  }

  /** shuffle: the j drawn for i = n-1 down to 1; swap x[i] and x[j] in that order. */
  shuffleSwaps(n: number): number[] {
    const out: number[] = [];
    for (let i = n - 1; i >= 1; i--) out.push(this.randbelow(i + 1) as number);
    return out;
  }

  /** shuffle(x) on a JS array, in place. */
  shuffle<T>(x: T[]): void {
    for (let i = x.length - 1; i >= 1; i--) {
      const j = this.randbelow(i + 1) as number;
      const t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
  }

  /**
   * sample(population, k, counts=None) as indices into the population (length n). With counts,
   * `countsAreInts=false` reports that the counts' total is not an int (Python: TypeError after
   * the length check).
   */
  sample(n: PyInt, k: PyInt, counts?: ReadonlyArray<PyInt> | null, countsAreInts = true): PyInt[] {
    if (counts !== undefined && counts !== null) {
      const cum: PyInt[] = [];
      let acc: PyInt = 0;
      for (let i = 0; i < counts.length; i++) {
        acc = i === 0 ? counts[0] : intAdd(acc, counts[i]);
        cum.push(acc);
      }
      if (intCmp(cum.length, n) !== 0) pyThrow('ValueError', 'The number of counts does not match the population');
      const total = cum.pop();
      if (total === undefined) pyThrow('IndexError', 'pop from empty list');
      if (!countsAreInts) pyThrow('TypeError', 'Counts must be integers');
      if (intCmp(total, 0) <= 0) pyThrow('ValueError', 'Total of counts must be greater than zero');
      if (typeof total === 'bigint' && total > 0x7fffffffffffffffn) {
        pyThrow('OverflowError', 'Python int too large to convert to C ssize_t'); // len(range(total))
      }
      const selections = this.sample(total, k);
      return selections.map((s) => bisectRight(cum, s, 0, cum.length));
    }
    if (intCmp(k, 0) < 0 || intCmp(k, n) > 0) pyThrow('ValueError', 'Sample larger than population or is negative');
    const kk = Number(k);
    const result: PyInt[] = new Array(kk);
    let setsize = 21;
    if (kk > 5) setsize += 4 ** Math.ceil(crLog(kk * 3) / crLog(4));
    if (intCmp(n, setsize) <= 0) {
      const nn = Number(n);
      const pool = Array.from({ length: nn }, (_, i) => i);
      for (let i = 0; i < kk; i++) {
        const j = this.randbelow(nn - i) as number;
        result[i] = pool[j];
        pool[j] = pool[nn - i - 1];
      }
    } else {
      const selected = new Set<PyInt>();
      for (let i = 0; i < kk; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /**
   * choices(population, weights=None, *, cum_weights=None, k=1) as indices (population length
   * n). Without weights an index can be out of range (n == 0, or random()*n rounding up to n for
   * huge n); Python raises when it indexes that pick and draws no more, so the returned array
   * stops at that index and the caller's indexing raises the sequence's own IndexError. An int
   * passed as `weights` is the positional-k mistake CPython reports specially.
   */
  choices(n: number, k: PyInt = 1, opts: ChoicesOptions = {}): number[] {
    let { weights, cumWeights } = opts;
    const count = intCmp(k, 0) > 0 ? Number(k) : 0; // itertools.repeat(None, k) with k <= 0 is empty
    if (cumWeights === undefined || cumWeights === null) {
      if (weights === undefined || weights === null) {
        const out: number[] = [];
        for (let i = 0; i < count; i++) {
          const j = Math.floor(this.random() * n);
          out.push(j);
          if (j >= n) break; // Python's indexing raises here, before drawing the next one
        }
        return out;
      }
      if (typeof weights === 'number' || typeof weights === 'bigint') {
        pyThrow('TypeError', `The number of choices must be a keyword argument: k=${weights}`);
      }
      // list(accumulate(weights)) with Python's int/float addition.
      const w = weights;
      const isFloat = opts.isFloat ?? ((i: number) => typeof w[i] === 'number' && !Number.isInteger(w[i]));
      const cum: PyReal[] = [];
      let acc: PyReal = 0, accF = false;
      for (let i = 0; i < weights.length; i++) {
        if (i === 0) [acc, accF] = [weights[0], isFloat(0)];
        else [acc, accF] = pyAddReal(acc, accF, weights[i], isFloat(i));
        cum.push(acc);
      }
      cumWeights = cum;
    } else if (weights !== undefined && weights !== null) {
      pyThrow('TypeError', 'Cannot specify both weights and cumulative weights');
    }
    if (cumWeights.length !== n) pyThrow('ValueError', 'The number of weights does not match the population');
    if (n === 0) pyThrow('IndexError', 'list index out of range');
    const total = intToFloat(cumWeights[n - 1] as PyInt) + 0.0;
    if (total <= 0.0) pyThrow('ValueError', 'Total of weights must be greater than zero');
    if (!Number.isFinite(total)) pyThrow('ValueError', 'Total of weights must be finite');
    const hi = n - 1;
    const out: number[] = new Array(count);
    for (let i = 0; i < count; i++) out[i] = bisectRight(cumWeights, this.random() * total, 0, hi);
    return out;
  }

  // ------------------------------------------------------------------ real distributions

  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  triangular(low = 0.0, high = 1.0, mode: number | null = null): number {
    let u = this.random();
    let c: number;
    if (mode === null) c = 0.5;
    else if (high - low === 0) return low; // (mode - low) / 0 raises ZeroDivisionError -> low
    else c = (mode - low) / (high - low);
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return low + (high - low) * pySqrt(u * c);
  }

  normalvariate(mu = 0.0, sigma = 1.0): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = NV_MAGICCONST * (u1 - 0.5) / u2;
      const zz = z * z / 4.0;
      if (zz <= -pyLog(u2)) break;
    }
    return mu + z * sigma;
  }

  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = pySqrt(-2.0 * pyLog(1.0 - this.random()));
      z = pyCos(x2pi) * g2rad;
      this.gaussNext = pySin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  lognormvariate(mu: number, sigma: number): number {
    return pyExp(this.normalvariate(mu, sigma));
  }

  expovariate(lambd: number): number {
    const x = -pyLog(1.0 - this.random());
    if (lambd === 0) pyThrow('ZeroDivisionError', 'float division by zero');
    return x / lambd;
  }

  vonmisesvariate(mu: number, kappa: number): number {
    if (kappa <= 1e-6) return TWOPI * this.random();
    const s = 0.5 / kappa;
    const r = s + pySqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = this.random();
      z = pyCos(PI * u1);
      const d = z / (r + z);
      const u2 = this.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * pyExp(d)) break;
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const u3 = this.random();
    if (u3 > 0.5) return pyFloatMod(mu + pyAcos(f), TWOPI);
    return pyFloatMod(mu - pyAcos(f), TWOPI);
  }

  gammavariate(alpha: number, beta: number): number {
    if (alpha <= 0.0 || beta <= 0.0) pyThrow('ValueError', 'gammavariate: alpha and beta must be > 0.0');
    if (alpha > 1.0) {
      // R.C.H. Cheng's rejection method, as random.py uses it.
      const ainv = pySqrt(2.0 * alpha - 1.0);
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.random();
        const v = pyLog(u1 / (1.0 - u1)) / ainv;
        const x = alpha * pyExp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= pyLog(z)) return x * beta;
      }
    }
    if (alpha === 1.0) return -pyLog(1.0 - this.random()) * beta;
    // alpha in (0, 1): algorithm GS (Kennedy & Gentle).
    let x: number;
    for (;;) {
      const u = this.random();
      const b = (E + alpha) / E;
      const p = b * u;
      if (p <= 1.0) x = pyPow(p, 1.0 / alpha);
      else x = -pyLog((b - p) / alpha);
      const u1 = this.random();
      if (p > 1.0) {
        if (u1 <= pyPow(x, alpha - 1.0)) break;
      } else if (u1 <= pyExp(-x)) {
        break;
      }
    }
    return x * beta;
  }

  betavariate(alpha: number, beta: number): number {
    const y = this.gammavariate(alpha, 1.0);
    if (y) return y / (y + this.gammavariate(beta, 1.0));
    return 0.0;
  }

  paretovariate(alpha: number): number {
    const u = 1.0 - this.random();
    if (alpha === 0) pyThrow('ZeroDivisionError', 'float division by zero');
    return pyPow(u, -1.0 / alpha);
  }

  weibullvariate(alpha: number, beta: number): number {
    const u = 1.0 - this.random();
    if (beta === 0) pyThrow('ZeroDivisionError', 'float division by zero');
    return alpha * pyPow(-pyLog(u), 1.0 / beta);
  }
}
