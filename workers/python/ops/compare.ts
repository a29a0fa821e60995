/**
 * Rich comparison (PyObject_RichCompare) and the boolean forms containers use
 * (PyObject_RichCompareBool, which treats identical objects as equal: [nan] == [nan]).
 */
import { currentThread } from '../vm/current';
import { enterRecursiveCall, leaveRecursiveCall, checkRecursion } from '../vm/recursion';
import type { PyValue } from '../objects/object';
import { PyObject } from '../objects/object';
import { typeOf, NotImplemented } from '../objects/core-types';
import { PyFloat } from '../objects/float';
import { PyComplex } from '../objects/complex';
import { complexEqFast } from './complex-ops';
import { PyList } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { PyBytes } from '../objects/bytes';
import { memoryviewType } from '../objects/memoryview';
import type { NativeGen } from '../vm/native';
import { callMethod } from './call';
import { typeError } from '../runtime/errors';
import { CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE, CMP_SYMBOLS } from '../compiler/opcodes';
import { NEED_GEN } from './attr';
import { pyTruthy } from './truth';
import { compareIntFloat } from '../numfmt/int-float';

export const CMP_DUNDER = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
/** The reflected comparison: a < b  ⇔  b > a. */
export const CMP_SWAP = [CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE];

export function cmpResult(c: number, op: number): boolean {
  switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c === 0;
    case CMP_NE: return c !== 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
  }
}

/** -1/0/1 for int vs int (number or bigint). */
export function compareInts(a: number | bigint, b: number | bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function hasSurrogates(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** Code-point order (JS compares UTF-16 units, which differs above U+FFFF). */
export function compareStrs(a: string, b: string): number {
  if (a === b) return 0;
  if ((a.length < 64 && b.length < 64) || !hasSurrogates(a) || !hasSurrogates(b)) {
    if (!hasSurrogates(a) && !hasSurrogates(b)) return a < b ? -1 : 1;
  }
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done) return y.done ? 0 : -1;
    if (y.done) return 1;
    const cx = x.value.codePointAt(0)!;
    const cy = y.value.codePointAt(0)!;
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length < 0 ? -1 : a.length > b.length ? 1 : 0;
}

/** Numeric view of int/bool/float for comparisons: [isFloat, value]. */
function numericCmp(a: PyValue, b: PyValue): number | typeof NEED_GEN {
  let ai: number | bigint | null = null;
  let af: number | null = null;
  let bi: number | bigint | null = null;
  let bf: number | null = null;
  switch (typeof a) {
    case 'number': case 'bigint': ai = a; break;
    case 'boolean': ai = a ? 1 : 0; break;
    default: if (a instanceof PyFloat && !a.cls.isHeap) af = a.v; else return NEED_GEN;
  }
  switch (typeof b) {
    case 'number': case 'bigint': bi = b; break;
    case 'boolean': bi = b ? 1 : 0; break;
    default: if (b instanceof PyFloat && !b.cls.isHeap) bf = b.v; else return NEED_GEN;
  }
  if (ai !== null && bi !== null) return compareInts(ai, bi);
  if (af !== null && bf !== null) return af < bf ? -1 : af > bf ? 1 : af === bf ? 0 : NaN;
  if (ai !== null) return compareIntFloat(ai, bf!);
  const c = compareIntFloat(bi!, af!);
  return -c;
}

/**
 * Comparison without Python code: a boolean, or NEED_GEN. Covers numbers, str and bytes.
 */
export function compareFast(a: PyValue, b: PyValue, op: number): boolean | typeof NEED_GEN {
  const ta = typeof a;
  if (ta === 'number' && typeof b === 'number') return cmpResult((a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0, op);
  if (ta === 'string') {
    if (typeof b === 'string') return cmpResult(compareStrs(a as string, b), op);
    if (op === CMP_EQ && (typeof b !== 'object' || !(b as PyObject).cls.isHeap)) return false;
    if (op === CMP_NE && (typeof b !== 'object' || !(b as PyObject).cls.isHeap)) return true;
    return NEED_GEN;
  }
  const c = numericCmp(a, b);
  if (c !== NEED_GEN) return Number.isNaN(c) ? op === CMP_NE : cmpResult(c, op);
  if ((op === CMP_EQ || op === CMP_NE) && (a instanceof PyComplex || b instanceof PyComplex)) {
    const eq = complexEqFast(a, b);
    if (eq !== null) return eq === (op === CMP_EQ);
  }
  if (a instanceof PyBytes && b instanceof PyBytes && !a.cls.isHeap && !b.cls.isHeap) {
    return cmpResult(compareBytes(a.b, b.b), op);
  }
  if (a === b && (op === CMP_EQ || op === CMP_NE) && typeof a === 'object' && !a.cls.isHeap && !(a instanceof PyFloat) && !(a instanceof PyComplex) && a.cls !== memoryviewType) {
    // Identical built-in objects (not floats or complexes: nan != nan; nor memoryviews, which
    // compare their items) are equal to themselves.
    return op === CMP_EQ;
  }
  return NEED_GEN;
}

/** a <op> b with full semantics; returns the (possibly non-bool) result. */
export function* richCompare(a: PyValue, b: PyValue, op: number): NativeGen {
  const th = currentThread();
  const fast = compareFast(a, b, op);
  if (fast !== NEED_GEN) {
    // PyObject_RichCompare checks the recursion limit whatever the operands.
    checkRecursion(th, ' in comparison');
    return fast;
  }
  enterRecursiveCall(th, ' in comparison');
  try {
    return yield* richCompareSlow(a, b, op);
  } finally {
    leaveRecursiveCall(th);
  }
}

function* richCompareSlow(a: PyValue, b: PyValue, op: number): NativeGen {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtypeOf(ta)) {
    const f = tb.lookup(CMP_DUNDER[CMP_SWAP[op]]);
    if (f !== undefined) {
      checkedReverse = true;
      const r = yield* callMethod(f, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  const f = ta.lookup(CMP_DUNDER[op]);
  if (f !== undefined) {
    const r = yield* callMethod(f, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse) {
    const g = tb.lookup(CMP_DUNDER[CMP_SWAP[op]]);
    if (g !== undefined) {
      const r = yield* callMethod(g, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === CMP_EQ) return a === b;
  if (op === CMP_NE) return a !== b;
  return typeError(`'${CMP_SYMBOLS[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality. */
export function* pyEq(a: PyValue, b: PyValue): NativeGen<boolean> {
  if (a === b) return true;
  const fast = compareFast(a, b, CMP_EQ);
  if (fast !== NEED_GEN) {
    checkRecursion(currentThread(), ' in comparison');
    return fast;
  }
  const r = yield* richCompare(a, b, CMP_EQ);
  return typeof r === 'boolean' ? r : yield* pyTruthy(r);
}

/** PyObject_RichCompareBool with any operator (identity shortcut only for == and !=). */
export function* compareBool(a: PyValue, b: PyValue, op: number): NativeGen<boolean> {
  if (a === b) {
    if (op === CMP_EQ) return true;
    if (op === CMP_NE) return false;
  }
  const fast = compareFast(a, b, op);
  if (fast !== NEED_GEN) {
    checkRecursion(currentThread(), ' in comparison');
    return fast;
  }
  const r = yield* richCompare(a, b, op);
  return typeof r === 'boolean' ? r : yield* pyTruthy(r);
}

export function* pyLt(a: PyValue, b: PyValue): NativeGen<boolean> {
  return yield* compareBool(a, b, CMP_LT);
}

/** Lexicographic comparison of two sequences (list/tuple semantics). */
export function* compareSequences(a: PyValue[], b: PyValue[], op: number): NativeGen<boolean> {
  if ((op === CMP_EQ || op === CMP_NE) && a.length !== b.length) return op === CMP_NE;
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) {
    if (!(yield* pyEq(a[i], b[i]))) break;
  }
  if (i >= a.length || i >= b.length) return cmpResult(a.length < b.length ? -1 : a.length > b.length ? 1 : 0, op);
  if (op === CMP_EQ) return false;
  if (op === CMP_NE) return true;
  return yield* compareBool(a[i], b[i], op);
}

/** Used by list/tuple natives: true when both are exactly list or exactly tuple. */
export function sameSeqKind(a: PyValue, b: PyValue): boolean {
  return (a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple);
}
