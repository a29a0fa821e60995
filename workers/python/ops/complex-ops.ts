/**
 * complex operands and operators between Python values and the pure arithmetic of
 * numfmt/complex-arith.ts. Shared by the complex type's slots, the operator fast path (which is
 * also what constant folding uses, so `1+2j` becomes one constant as in CPython) and float's
 * `**` (a negative float to a fractional power is complex).
 */
import type { PyValue } from '../objects/object';
import { NotImplemented, None, tupleType, listType, bytesType } from '../objects/core-types';
import { PyFloat } from '../objects/float';
import { PyComplex, newComplex } from '../objects/complex';
import { intVal } from '../objects/int-sub';
import { compareIntFloat, intToFloat } from '../numfmt/int-float';
import { cDiff, cProd, cSum, complexDiv, complexPow, type Cx } from '../numfmt/complex-arith';
import { NB_ADD, NB_MULTIPLY, NB_POWER, NB_SUBTRACT, NB_TRUE_DIVIDE } from '../compiler/opcodes';

/**
 * TO_COMPLEX: a complex (any subclass), an int or bool (PyLong_AsDouble, OverflowError for huge
 * ints) or a float as a complex value; null means NotImplemented.
 */
export function toCx(x: PyValue): Cx | null {
  if (typeof x === 'number') return { re: x, im: 0 };
  if (x instanceof PyComplex) return { re: x.re, im: x.im };
  if (x instanceof PyFloat) return { re: x.v, im: 0 };
  const i = intVal(x); // ints, bools and int subclass instances
  return i === null ? null : { re: intToFloat(i), im: 0 };
}

/** Like toCx but only for exact built-in types (fast paths must leave subclasses to their dunders). */
export function toCxExact(x: PyValue): Cx | null {
  if (typeof x === 'object' && x.cls.isHeap) return null;
  return toCx(x);
}

export function cxValue(c: Cx): PyComplex {
  return newComplex(c.re, c.im);
}

/** a <op> b on complex values for the operators complex supports, else NotImplemented. */
export function complexBinop(a: Cx, b: Cx, op: number): PyValue {
  switch (op) {
    case NB_ADD: return cxValue(cSum(a, b));
    case NB_SUBTRACT: return cxValue(cDiff(a, b));
    case NB_MULTIPLY: return cxValue(cProd(a, b));
    case NB_TRUE_DIVIDE: return cxValue(complexDiv(a, b));
    case NB_POWER: return cxValue(complexPow(a, b));
  }
  return NotImplemented;
}

/** float ** float when float_pow defers to complex pow (negative base, fractional exponent). */
export function floatPowComplex(x: number, y: number): PyComplex {
  return cxValue(complexPow({ re: x, im: 0 }, { re: y, im: 0 }));
}

/** complex_richcompare's == for z and b: a boolean, or null for NotImplemented. */
export function complexEquals(z: PyComplex, b: PyValue): boolean | null {
  if (b instanceof PyFloat) return z.re === b.v && z.im === 0;
  if (b instanceof PyComplex) return z.re === b.re && z.im === b.im;
  const i = intVal(b);
  if (i === null) return null;
  // The real part against the int exactly (as float == int does), if imag is 0.
  return z.im === 0 && compareIntFloat(i, z.re) === 0;
}

/**
 * a == b without Python code when one side is an exact complex: against an exact number by value;
 * against str, bytes, tuple, list or None it is False (both __eq__ return NotImplemented, and
 * identity decides). null when Python code may be involved.
 */
export function complexEqFast(a: PyValue, b: PyValue): boolean | null {
  const z = (a instanceof PyComplex ? a : b) as PyComplex;
  const other = z === a ? b : a;
  if (z.cls.isHeap) return null;
  if (typeof other === 'string' || other === None) return false;
  if (typeof other === 'object' && !other.cls.isHeap) {
    const t = other.cls;
    if (t === tupleType || t === listType || t === bytesType) return false;
  }
  // (Not toCx: converting a huge int would raise, while == compares it exactly.)
  const isNumber = typeof other !== 'object' || ((other instanceof PyFloat || other instanceof PyComplex) && !other.cls.isHeap);
  return isNumber ? complexEquals(z, other) : null;
}
