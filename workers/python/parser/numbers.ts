/**
 * Value of a NUMBER token as a Constant value: arbitrary-precision ints (bigint), floats and
 * imaginary literals, with CPython's limit on huge decimal integer literals.
 */
import type { ConstantValue } from './ast';
import type { Parser, PToken } from './parser-core';
import { getIntMaxStrDigits } from '../numfmt/int-to-str';

export function parseNumber(p: Parser, t: PToken): ConstantValue {
  const s = t.string.includes('_') ? t.string.replace(/_/g, '') : t.string;
  const last = s.charCodeAt(s.length - 1);
  if (last === 106 || last === 74) return { kind: 'complex', imag: Number(s.slice(0, -1)) };
  const c1 = s.length > 1 ? s.charCodeAt(1) | 0x20 : 0;
  if (s.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
    return { kind: 'int', value: BigInt('0' + String.fromCharCode(c1) + s.slice(2)) };
  }
  if (/[.eE]/.test(s)) return { kind: 'float', value: Number(s) };
  const maxDigits = getIntMaxStrDigits();
  if (maxDigits > 0 && s.length > maxDigits) {
    p.raiseAt('SyntaxError', `Exceeds the limit (${maxDigits} digits) for integer string conversion: ` +
      `value has ${s.length} digits; use sys.set_int_max_str_digits() to increase the limit - ` +
      'Consider hexadecimal for huge integer literals to avoid decimal conversion limits.',
    t.lineno, 0, t.endLineno, 0);
  }
  return { kind: 'int', value: BigInt(s) };
}
