/**
 * str(int), bin(), oct(), hex(), including CPython 3.11's integer string conversion length limit
 * (sys.int_info.default_max_str_digits = 4300): converting an int with more than 4300 decimal
 * digits to a decimal string raises ValueError. Power-of-two bases are never limited.
 */

import { pyThrow } from '../pyerror-signal';
import { bitLength, pow10Big, type PyInt } from './int-norm';

/** CPython's default int_max_str_digits. */
export const INT_MAX_STR_DIGITS = 4300;

export const MSG_TO_STR_LIMIT =
  `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; ` +
  'use sys.set_int_max_str_digits() to increase the limit';

let limitPow: bigint | null = null;

/** Raise the 3.11 ValueError if |x| has more than 4300 decimal digits. */
export function checkDecimalStrLimit(x: bigint): void {
  const bits = bitLength(x);
  // 10^4300 needs 14285 bits: anything shorter is fine, anything longer is too long.
  if (bits < 14284) return;
  if (bits > 14286) pyThrow('ValueError', MSG_TO_STR_LIMIT);
  limitPow ??= pow10Big(INT_MAX_STR_DIGITS);
  if ((x < 0n ? -x : x) >= limitPow) pyThrow('ValueError', MSG_TO_STR_LIMIT);
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
