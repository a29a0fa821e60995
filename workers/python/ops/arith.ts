/**
 * Binary and unary operators: built-in fast paths, then CPython's binary_op1 dispatch over
 * __op__/__rop__/__iop__ (a right operand whose type is a subclass overriding the reflected
 * method goes first; NotImplemented falls through; TypeError wording as in CPython 3.11).
 */
import type { PyValue } from '../objects/object';
import { typeOf, NotImplemented, strType, listType, tupleType, bytesType, bytearrayType } from '../objects/core-types';
import { PyFloat, newFloat } from '../objects/float';
import { PyList } from '../objects/list';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyBytes } from '../objects/bytes';
import type { NativeGen } from '../vm/native';
import type { PyType } from '../objects/type';
import { callMethod } from './call';
import { typeError, memoryErrorType, throwPy, overflowError } from '../runtime/errors';
import { NEED_GEN } from './attr';
import {
  NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_LSHIFT, NB_MULTIPLY, NB_REMAINDER, NB_OR, NB_POWER,
  NB_RSHIFT, NB_SUBTRACT, NB_TRUE_DIVIDE, NB_XOR, NB_INPLACE_OFFSET, BINOP_SYMBOLS, NB_MATRIX_MULTIPLY,
} from '../compiler/opcodes';
import {
  intAdd, intSub, intMul, intFloorDiv, intMod, intPow, intAnd, intOr, intXor, intLshift, intRshift,
  type Int,
} from './int-arith';
import { intToFloat, intTrueDiv } from '../numfmt/int-float';
import { floatDiv, floatFloorDiv, floatMod, floatPow } from '../numfmt/float-arith';
import { PyComplex } from '../objects/complex';
import { floatPowIsComplex } from '../numfmt/complex-arith';
import { complexBinop, floatPowComplex, toCxExact } from './complex-ops';

export const BINOP_DUNDER = [
  'add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor',
];

/** Upper bound on sequence repetition results, so `[0] * 10**10` is a MemoryError, not a hang. */
const MAX_SEQ_LEN = 1 << 28;

/** int op int for the 13 binary operators (ints include bools here). */
export function intBinop(a: Int, b: Int, op: number): PyValue {
  switch (op) {
    case NB_ADD: return intAdd(a, b);
    case NB_SUBTRACT: return intSub(a, b);
    case NB_MULTIPLY: return intMul(a, b);
    case NB_FLOOR_DIVIDE: return intFloorDiv(a, b);
    case NB_REMAINDER: return intMod(a, b);
    case NB_TRUE_DIVIDE: return newFloat(intTrueDiv(a, b));
    case NB_POWER:
      if (b < 0) return newFloat(floatPow(intToFloat(a), intToFloat(b)));
      return intPow(a, b);
    case NB_AND: return intAnd(a, b);
    case NB_OR: return intOr(a, b);
    case NB_XOR: return intXor(a, b);
    case NB_LSHIFT: return intLshift(a, b);
    case NB_RSHIFT: return intRshift(a, b);
  }
  return NotImplemented;
}

export function floatBinop(x: number, y: number, op: number): PyValue {
  switch (op) {
    case NB_ADD: return newFloat(x + y);
    case NB_SUBTRACT: return newFloat(x - y);
    case NB_MULTIPLY: return newFloat(x * y);
    case NB_TRUE_DIVIDE: return newFloat(floatDiv(x, y));
    case NB_FLOOR_DIVIDE: return newFloat(floatFloorDiv(x, y));
    case NB_REMAINDER: return newFloat(floatMod(x, y));
    case NB_POWER: return floatPowIsComplex(x, y) ? floatPowComplex(x, y) : newFloat(floatPow(x, y));
  }
  return NotImplemented;
}

/** Numeric value of an int/bool/exact-float operand: a number/bigint, a PyFloat's double, or null. */
function asInt(x: PyValue): Int | null {
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  return null;
}

/** A plain int/bool repeat count (see repeatCountOf), or null when __index__ would be needed. */
function repeatCount(n: PyValue): number | null {
  if (typeof n === 'number') return n;
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n === 'bigint') return repeatCountOf(n);
  return null;
}

/**
 * A sequence repeat count as CPython's sequence_repeat converts it: PyNumber_AsSsize_t(n,
 * OverflowError), so a count outside Py_ssize_t is "cannot fit 'int' into an index-sized
 * integer" (even for an empty sequence). Counts beyond any real allocation become Infinity (a
 * MemoryError when the sequence is not empty).
 */
export function repeatCountOf(n: number | bigint): number {
  if (typeof n === 'number') return n;
  if (n >= 2n ** 63n || n < -(2n ** 63n)) overflowError("cannot fit 'int' into an index-sized integer");
  return n > 0n ? Infinity : 0;
}

/** MemoryError for a repetition too large to build (CPython's allocation failing). */
export function checkRepeat(len: number, n: number): void {
  if (len > 0 && n > 0 && len * n > MAX_SEQ_LEN) throwPy(memoryErrorType, '');
}

/** items * n for list/tuple (n already converted by repeatCountOf). */
export function repeatArray(items: PyValue[], n: number): PyValue[] {
  if (n <= 0 || items.length === 0) return [];
  checkRepeat(items.length, n);
  if (items.length === 1) return new Array(n).fill(items[0]);
  const out: PyValue[] = new Array(items.length * n);
  for (let r = 0, k = 0; r < n; r++) for (let i = 0; i < items.length; i++) out[k++] = items[i];
  return out;
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const r = new Uint8Array(a.length + b.length);
  r.set(a);
  r.set(b, a.length);
  return r;
}

/**
 * a <op> b for built-in operand types without running Python code, or NEED_GEN.
 * `op` may be an in-place operator (>= 13); in-place on immutable types is the binary op.
 */
export function binaryOpFast(a: PyValue, b: PyValue, op: number): PyValue | typeof NEED_GEN {
  const bop = op >= NB_INPLACE_OFFSET ? op - NB_INPLACE_OFFSET : op;
  // int @ int is not defined (intBinop's NotImplemented): the slow path raises the TypeError.
  if (typeof a === 'number' && typeof b === 'number') return bop === NB_MATRIX_MULTIPLY ? NEED_GEN : intBinop(a, b, bop);
  const ai = asInt(a);
  const bi = asInt(b);
  if (ai !== null && bi !== null) {
    if (typeof a === 'boolean' && typeof b === 'boolean' && (bop === NB_AND || bop === NB_OR || bop === NB_XOR)) {
      return bop === NB_AND ? a && b : bop === NB_OR ? a || b : a !== b;
    }
    return bop === NB_MATRIX_MULTIPLY ? NEED_GEN : intBinop(ai, bi, bop);
  }
  if (a instanceof PyComplex || b instanceof PyComplex) {
    // Exact complex with int/bool/float/complex: +, -, *, /, ** (others are TypeErrors, left to
    // the slow path for their messages).
    const x = toCxExact(a);
    const y = toCxExact(b);
    if (x === null || y === null) return NEED_GEN;
    const r = complexBinop(x, y, bop);
    return r === NotImplemented ? NEED_GEN : r;
  }
  const af = a instanceof PyFloat && !a.cls.isHeap ? a.v : null;
  const bf = b instanceof PyFloat && !b.cls.isHeap ? b.v : null;
  if (af !== null || bf !== null) {
    const x = af ?? (ai !== null ? intToFloat(ai) : null);
    const y = bf ?? (bi !== null ? intToFloat(bi) : null);
    if (x !== null && y !== null) {
      const r = floatBinop(x, y, bop);
      if (r !== NotImplemented) return r;
    }
    return NEED_GEN;
  }
  if (typeof a === 'string') {
    if (bop === NB_ADD && typeof b === 'string') return a + b;
    if (bop === NB_MULTIPLY) {
      const n = repeatCount(b);
      if (n !== null) {
        if (n <= 0 || a.length === 0) return '';
        checkRepeat(a.length, n);
        return a.repeat(n);
      }
    }
    return NEED_GEN;
  }
  if (typeof b === 'string' && bop === NB_MULTIPLY) {
    const n = repeatCount(a);
    if (n !== null) {
      if (n <= 0 || b.length === 0) return '';
      checkRepeat(b.length, n);
      return b.repeat(n);
    }
    return NEED_GEN;
  }
  if (typeof a === 'object') {
    const t = a.cls;
    if (t === listType) {
      const items = (a as PyList).items;
      if (bop === NB_ADD && typeof b === 'object' && b.cls === listType) {
        if (op >= NB_INPLACE_OFFSET) {
          items.push(...(b as PyList).items);
          return a;
        }
        return new PyList(items.concat((b as PyList).items));
      }
      if (bop === NB_MULTIPLY) {
        const n = repeatCount(b);
        if (n === null) return NEED_GEN;
        if (op >= NB_INPLACE_OFFSET) {
          (a as PyList).items = repeatArray(items, n);
          return a;
        }
        return new PyList(repeatArray(items, n));
      }
    } else if (t === tupleType) {
      const items = (a as PyTuple).items;
      if (bop === NB_ADD && typeof b === 'object' && b.cls === tupleType) return newTuple(items.concat((b as PyTuple).items));
      if (bop === NB_MULTIPLY) {
        const n = repeatCount(b);
        if (n === null) return NEED_GEN;
        return n === 1 ? a : newTuple(repeatArray(items, n));
      }
    } else if (t === bytesType) {
      if (bop === NB_ADD && b instanceof PyBytes && !b.cls.isHeap) return new PyBytes(concatBytes((a as PyBytes).b, b.b));
      if (bop === NB_MULTIPLY) {
        const n = repeatCount(b);
        if (n === null) return NEED_GEN;
        const src = (a as PyBytes).b;
        if (n <= 0) return new PyBytes(new Uint8Array(0));
        checkRepeat(src.length, n);
        const r = new Uint8Array(src.length * n);
        for (let i = 0; i < n; i++) r.set(src, i * src.length);
        return new PyBytes(r);
      }
    }
  }
  if (bop === NB_MULTIPLY && ai !== null && typeof b === 'object') {
    if (b.cls === listType) return new PyList(repeatArray((b as PyList).items, repeatCount(a)!));
    if (b.cls === tupleType) return newTuple(repeatArray((b as PyTuple).items, repeatCount(a)!));
  }
  return NEED_GEN;
}

/** The full operator: fast path, in-place dunder, then binary dispatch. */
export function* binaryOp(a: PyValue, b: PyValue, op: number): NativeGen {
  const fast = binaryOpFast(a, b, op);
  if (fast !== NEED_GEN && fast !== NotImplemented) return fast;
  const inplace = op >= NB_INPLACE_OFFSET;
  const bop = inplace ? op - NB_INPLACE_OFFSET : op;
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (inplace) {
    const f = ta.lookup(`__i${BINOP_DUNDER[bop]}__`);
    if (f !== undefined) {
      const r = yield* callMethod(f, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  const name = BINOP_DUNDER[bop];
  const fa = ta.lookup(`__${name}__`);
  const fb = ta !== tb ? tb.lookup(`__r${name}__`) : undefined;
  let triedB = false;
  if (fb !== undefined && ((tb.isSubtypeOf(ta) && fb !== ta.lookup(`__r${name}__`)) || isSeqSlot(ta, fa, bop))) {
    triedB = true;
    const r = yield* callMethod(fb, b, [a]);
    if (r !== NotImplemented) return r;
  }
  if (fa !== undefined) {
    const r = yield* callMethod(fa, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined && !triedB) {
    const r = yield* callMethod(fb, b, [a]);
    if (r !== NotImplemented) return r;
  }
  return binopTypeError(a, b, op);
}

/**
 * True when `fa` is a built-in sequence's + or * (CPython's sq_concat/sq_repeat, not number
 * slots): those run only after the right operand's __radd__/__rmul__ ([1] * x asks x first).
 */
function isSeqSlot(ta: PyType, fa: PyValue | undefined, bop: number): boolean {
  if (bop !== NB_MULTIPLY && bop !== NB_ADD) return false;
  const l = ta.layout;
  if (l !== listType && l !== tupleType && l !== strType && l !== bytesType && l !== bytearrayType) return false;
  return fa !== undefined && fa === l.lookup(bop === NB_ADD ? '__add__' : '__mul__');
}

/**
 * Whether a type still has its built-in sequence's sq_concat (`__add__`) or sq_repeat (`__mul__`):
 * a class defining __add__ (or __mul__/__rmul__) in Python loses it, and then gets the generic
 * "unsupported operand" error.
 */
function hasSeqSlot(t: PyType, name: '__add__' | '__mul__'): boolean {
  if (!t.isHeap) return true;
  const base = t.layout;
  if (t.lookup(name) !== base.lookup(name)) return false;
  return name === '__add__' || t.lookup('__rmul__') === base.lookup('__rmul__');
}

/** CPython's error for an unsupported operand combination (incl. the sequence special cases). */
export function binopTypeError(a: PyValue, b: PyValue, op: number): never {
  const bop = op >= NB_INPLACE_OFFSET ? op - NB_INPLACE_OFFSET : op;
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (bop === NB_ADD && hasSeqSlot(ta, '__add__')) {
    if (ta.isSubtypeOf(strType) || ta.isSubtypeOf(listType) || ta.isSubtypeOf(tupleType)) {
      const tn = ta.isSubtypeOf(strType) ? 'str' : ta.isSubtypeOf(listType) ? 'list' : 'tuple';
      typeError(`can only concatenate ${tn} (not "${tb.name}") to ${tn}`);
    }
    if (ta.isSubtypeOf(bytesType) || ta.isSubtypeOf(bytearrayType)) typeError(`can't concat ${tb.name} to ${ta.name}`);
  }
  if (bop === NB_MULTIPLY) {
    const isSeq = (t: typeof ta) => hasSeqSlot(t, '__mul__') && (t.isSubtypeOf(strType) || t.isSubtypeOf(listType) || t.isSubtypeOf(tupleType) || t.isSubtypeOf(bytesType) || t.isSubtypeOf(bytearrayType));
    const seqA = isSeq(ta);
    const seqB = isSeq(tb);
    if (seqA && !(tb.lookup('__index__') !== undefined)) typeError(`can't multiply sequence by non-int of type '${tb.name}'`);
    if (seqB && !(ta.lookup('__index__') !== undefined)) typeError(`can't multiply sequence by non-int of type '${ta.name}'`);
  }
  if (bop === NB_POWER) typeError(`unsupported operand type(s) for ${op >= NB_INPLACE_OFFSET ? '**=' : '** or pow()'}: '${ta.name}' and '${tb.name}'`);
  return typeError(`unsupported operand type(s) for ${BINOP_SYMBOLS[op]}: '${ta.name}' and '${tb.name}'`);
}

// ---------------------------------------------------------------------------------------------
// unary operators

export const UNARY_NEG = 0, UNARY_POS = 1, UNARY_INV = 2;
const UNARY_DUNDER = ['__neg__', '__pos__', '__invert__'];
const UNARY_SYMBOL = ['-', '+', '~'];

export function unaryOpFast(x: PyValue, op: number): PyValue | typeof NEED_GEN {
  let i: Int | null = null;
  if (typeof x === 'number' || typeof x === 'bigint') i = x;
  else if (typeof x === 'boolean') i = x ? 1 : 0;
  if (i !== null) {
    if (op === UNARY_NEG) return typeof i === 'number' ? (i === 0 ? 0 : -i) : intSub(0, i);
    if (op === UNARY_POS) return i;
    return typeof i === 'number' && (i | 0) === i ? ~i : intSub(intSub(0, i), 1);
  }
  if (x instanceof PyFloat && !x.cls.isHeap) {
    if (op === UNARY_NEG) return new PyFloat(-x.v);
    if (op === UNARY_POS) return x;
  }
  if (x instanceof PyComplex && !x.cls.isHeap) {
    if (op === UNARY_NEG) return new PyComplex(-x.re, -x.im);
    if (op === UNARY_POS) return x;
  }
  return NEED_GEN;
}

export function* unaryOp(x: PyValue, op: number): NativeGen {
  const fast = unaryOpFast(x, op);
  if (fast !== NEED_GEN) return fast;
  const t = typeOf(x);
  const f = t.lookup(UNARY_DUNDER[op]);
  if (f === undefined) typeError(`bad operand type for unary ${UNARY_SYMBOL[op]}: '${t.name}'`);
  return yield* callMethod(f as PyValue, x, []);
}
