/**
 * Decimal digit generation for doubles, equivalent to the three _Py_dg_dtoa modes CPython uses:
 *
 * - mode 0 (`shortestDigits`): shortest digits that round-trip. ECMAScript's Number::toString is
 *   specified to produce exactly these (shortest, and closest to the value on ties), so we reuse it.
 * - mode 2 (`precisionDigits`): correctly rounded to n significant digits, round-half-even on the
 *   exact binary value.
 * - mode 3 (`fixedDigits`): correctly rounded to n digits after the decimal point (n may be
 *   negative: round to tens, hundreds...).
 *
 * All return the digit string with trailing zeros removed and `decpt`, the position of the decimal
 * point relative to the start of the digits (value = 0.DIGITS × 10^decpt), exactly like dtoa, so the
 * layout code can be a literal port of CPython's format_float_short. Zero yields {'0', 1}; a mode-3
 * result that rounds to zero yields {'', -n}.
 *
 * Exactness: the double is m·2^e; scaling by 10^k = 5^k·2^k lets us form numerator/denominator
 * bigints and round with the exact remainder. A double-only path (float-bits.ts fastRoundScaled)
 * handles small precisions on ordinary magnitudes, where exactness is proven.
 */

import { decompose, fastRoundScaled, cmpScaled, POW10 } from './float-bits';
import { pow5 } from './int-norm';

export interface Digits {
  digits: string;
  decpt: number;
}

/** Remove trailing '0's (dtoa never returns them). */
function stripZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Mode 0: shortest round-trip digits of a finite x >= 0. */
export function shortestDigits(x: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const s = x.toString();
  let mant = s;
  let exp = 0;
  const ei = s.indexOf('e');
  if (ei >= 0) {
    mant = s.slice(0, ei);
    exp = Number(s.slice(ei + 1));
  }
  const dot = mant.indexOf('.');
  const intLen = dot < 0 ? mant.length : dot;
  let all = dot < 0 ? mant : mant.slice(0, dot) + mant.slice(dot + 1);
  let lead = 0;
  while (lead < all.length - 1 && all.charCodeAt(lead) === 48) lead++;
  all = stripZeros(all.slice(lead));
  return { digits: all, decpt: intLen - lead + exp };
}

/**
 * Exact floor and rounding information of x·10^k for finite x > 0 (any integer k):
 * returns q = floor(x·10^k) and the comparison of the remainder with one half (-1, 0, 1; 0 = tie).
 */
function scaledDivmod(x: number, k: number): { q: bigint; half: number } {
  const { m, e } = decompose(x);
  let num = BigInt(m);
  let den = 1n;
  if (k >= 0) num *= pow5(k);
  else den = pow5(-k);
  const twos = e + k;
  if (twos >= 0) num <<= BigInt(twos);
  else den <<= BigInt(-twos);
  const q = num / den;
  const r = num - q * den;
  const r2 = r * 2n;
  return { q, half: r2 < den ? -1 : r2 > den ? 1 : 0 };
}

/** round_half_even(x·10^k) exactly, x > 0 finite. */
export function roundScaled(x: number, k: number): bigint {
  if (k >= 0 && k <= 22) {
    const n = fastRoundScaled(x, k);
    if (n >= 0) return BigInt(n);
  }
  return roundScaledBig(x, k);
}

function roundScaledBig(x: number, k: number): bigint {
  const { q, half } = scaledDivmod(x, k);
  return half > 0 || (half === 0 && (q & 1n) === 1n) ? q + 1n : q;
}

/** Number of fraction digits beyond which a double's decimal expansion is always exact. */
const MAX_FRAC_DIGITS = 1074;
/** No double has more significant decimal digits than this (the true maximum is 767). */
const MAX_SIG_DIGITS = 800;

/** Mode 3: x (finite, >= 0) rounded to `ndigits` places after the point. */
export function fixedDigits(x: number, ndigits: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  // Beyond 1074 fraction digits the expansion is exact; the layout pads zeros itself.
  const k = Math.min(ndigits, MAX_FRAC_DIGITS);
  if (k < -330) return { digits: '', decpt: -ndigits }; // x < 10^309: always rounds to zero
  let s: string;
  const n = k >= 0 && k <= 22 ? fastRoundScaled(x, k) : -1;
  if (n >= 0) s = n === 0 ? '' : String(n);
  else {
    const b = roundScaledBig(x, k);
    s = b === 0n ? '' : b.toString();
  }
  if (s === '') return { digits: '', decpt: -ndigits };
  return { digits: stripZeros(s), decpt: s.length - k };
}

/** floor(log10(x)) estimate for finite x > 0 (may be off by one; callers correct it). */
function log10Estimate(x: number): number {
  return Math.floor(Math.log10(x));
}

/** Mode 2: x (finite, >= 0) rounded to max(1, ndigits) significant digits. */
export function precisionDigits(x: number, ndigits: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const P = Math.min(Math.max(1, ndigits), MAX_SIG_DIGITS);
  let d = log10Estimate(x);
  // Fast exact path: P <= 15 significant digits, scale factor 10^k with 0 <= k <= 22.
  if (P <= 15) {
    for (let iter = 0; iter < 3; iter++) {
      const k = P - 1 - d;
      if (k < 0 || k > 22) break;
      // Exact range check of x·10^k against [10^(P-1), 10^P).
      if (cmpScaled(x, k, POW10[P - 1]) < 0) {
        d--;
        continue;
      }
      if (cmpScaled(x, k, POW10[P]) >= 0) {
        d++;
        continue;
      }
      const n = fastRoundScaled(x, k);
      if (n < 0) break;
      if (n === POW10[P]) return { digits: '1', decpt: d + 2 };
      return { digits: stripZeros(String(n)), decpt: d + 1 };
    }
  }
  const lower = 10n ** BigInt(P - 1);
  const upper = lower * 10n;
  for (;;) {
    const k = P - 1 - d;
    const { q, half } = scaledDivmod(x, k);
    if (q < lower) {
      d--;
      continue;
    }
    if (q >= upper) {
      d++;
      continue;
    }
    let n = q;
    if (half > 0 || (half === 0 && (q & 1n) === 1n)) n++;
    if (n === upper) return { digits: '1', decpt: d + 2 };
    return { digits: stripZeros(n.toString()), decpt: d + 1 };
  }
}
