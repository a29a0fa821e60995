/**
 * str(int), bin(), oct(), hex(), including CPython 3.11's integer string conversion length limit
 * (sys.int_info.default_max_str_digits = 4300): converting an int with more than 4300 decimal
 * digits to a decimal string raises ValueError. Power-of-two bases are never limited.
 */

import { pyThrow } from '../pyerror-signal';
import { bitLength, pow10Big, type PyInt } from './int-norm';

/** CPython's default int_max_str_digits. */
export const INT_MAX_STR_DIGITS = 4300;

/** The interpreter's current limit (sys.set_int_max_str_digits); 0 means no limit. */
let maxStrDigits = INT_MAX_STR_DIGITS;

export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

/** Set by sys.set_int_max_str_digits (and reset to the default when an interpreter starts). */
export function setIntMaxStrDigits(n: number): void {
  maxStrDigits = n;
}

export function toStrLimitMessage(): string {
  return `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; ` +
    'use sys.set_int_max_str_digits() to increase the limit';
}

let limitPow: bigint | null = null;
let limitPowDigits = 0;

/** Raise the 3.11 ValueError if |x| has more decimal digits than the limit (4300 by default). */
export function checkDecimalStrLimit(x: bigint): void {
  const max = maxStrDigits;
  if (max <= 0) return;
  const bits = bitLength(x);
  // A b-bit number has between floor((b-1)·log10 2)+1 and ceil(b·log10 2) decimal digits.
  if (Math.ceil(bits * Math.LOG10E * Math.LN2) + 1 <= max) return;
  if (Math.floor((bits - 1) * Math.LOG10E * Math.LN2) > max + 1) pyThrow('ValueError', toStrLimitMessage());
  if (limitPow === null || limitPowDigits !== max) {
    limitPow = pow10Big(max);
    limitPowDigits = max;
  }
  if ((x < 0n ? -x : x) >= limitPow) pyThrow('ValueError', toStrLimitMessage());
}

/** Digits of x in `base` (2..36), lower case, '-' for negatives, no prefix. Base 10 is limited. */
export function intToStr(x: PyInt, base = 10): string {
  if (typeof x === 'number') return x.toString(base);
  if (base === 10) checkDecimalStrLimit(x);
  return x.toString(base);
}

function prefixed(x: PyInt, base: number, prefix: string): string {
  const s = x.toString(base);
  return s.charCodeAt(0) === 45 ? '-' + prefix + s.slice(1) : prefix + s;
}

/** bin(x): '0b101', '-0b101'. */
export function intToBin(x: PyInt): string {
  return prefixed(x, 2, '0b');
}

/** oct(x): '0o17', '-0o17'. */
export function intToOct(x: PyInt): string {
  return prefixed(x, 8, '0o');
}

/** hex(x): '0xff', '-0xff'. */
export function intToHex(x: PyInt): string {
  return prefixed(x, 16, '0x');
}
