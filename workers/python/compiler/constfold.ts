/**
 * Constant folding as CPython's AST optimizer does it for the common cases (unary/binary
 * operators on constants, with its size limits), so `-1`, `2**10` and `'a' * 3` become
 * LOAD_CONST. Operations that would raise are left to run (and raise) at run time.
 */
import type * as A from '../parser/ast';
import type { PyValue } from '../objects/object';
import { PyFloat } from '../objects/float';
import { PyComplex } from '../objects/complex';
import { PyTuple } from '../objects/tuple';
import { PyBytes } from '../objects/bytes';
import { PySet } from '../objects/set';
import { None } from '../objects/core-types';
import { binaryOpFast, unaryOpFast, UNARY_NEG, UNARY_POS, UNARY_INV } from '../ops/arith';
import { NEED_GEN } from '../ops/attr';
import { BINOP_ARG } from './stmt';
import { NB_POWER, NB_LSHIFT, NB_MULTIPLY, NB_ADD, NB_MATRIX_MULTIPLY, NB_REMAINDER } from './opcodes';

const MAX_INT_BITS = 128;
const MAX_STR_SIZE = 4096;
const MAX_COLLECTION_SIZE = 256;

/** _PyLong_NumBits: bits in |v| (0 for 0). */
function intBits(v: bigint): number {
  return v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length;
}

function isNumber(v: PyValue): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat || v instanceof PyComplex;
}

/** Truth value of a constant (constants are never user objects, so this cannot run code). */
export function constTruthy(v: PyValue): boolean {
  switch (typeof v) {
    case 'number':
      return v !== 0;
    case 'bigint':
      return v !== 0n;
    case 'boolean':
      return v;
    case 'string':
      return v.length > 0;
  }
  if (v === None) return false;
  if (v instanceof PyFloat) return v.v !== 0;
  if (v instanceof PyComplex) return v.re !== 0 || v.im !== 0;
  if (v instanceof PyBytes) return v.b.length > 0;
  if (v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PySet) return v.size > 0;
  return true; // Ellipsis, code objects
}

export function foldUnary(k: A.UnaryOpKind, v: PyValue): PyValue | undefined {
  if (k === 'Not') return !constTruthy(v); // fold_unaryop's unary_not
  if (!isNumber(v)) return undefined;
  try {
    const r = unaryOpFast(v, k === 'USub' ? UNARY_NEG : k === 'UAdd' ? UNARY_POS : UNARY_INV);
    return r === NEED_GEN ? undefined : r;
  } catch {
    return undefined;
  }
}

const MAX_TOTAL_ITEMS = 1024;

const isInt = (v: PyValue): v is number | bigint | boolean => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
const bigOf = (v: number | bigint | boolean): bigint => (typeof v === 'boolean' ? (v ? 1n : 0n) : BigInt(v));

/** check_complexity: how much of `limit` a nested constant tuple / frozenset uses up. */
function checkComplexity(v: PyValue, limit: number): number {
  if (v instanceof PyTuple) {
    limit -= v.items.length;
    for (let i = 0; limit >= 0 && i < v.items.length; i++) limit = checkComplexity(v.items[i], limit);
  } else if (v instanceof PySet) {
    const items = v.items();
    limit -= items.length;
    for (let i = 0; limit >= 0 && i < items.length; i++) limit = checkComplexity(items[i], limit);
  }
  return limit;
}

/** Sequence concatenation and repetition of constants (str, bytes, tuple). */
function seqBinop(a: PyValue, b: PyValue, o: number): PyValue | undefined {
  if (o === NB_ADD) {
    if (typeof a === 'string' && typeof b === 'string') return a + b;
    if (a instanceof PyBytes && b instanceof PyBytes) {
      const r = new Uint8Array(a.b.length + b.b.length);
      r.set(a.b);
      r.set(b.b, a.b.length);
      return new PyBytes(r);
    }
    if (a instanceof PyTuple && b instanceof PyTuple) return new PyTuple([...a.items, ...b.items]);
    return undefined;
  }
  if (o !== NB_MULTIPLY) return undefined;
  if (isInt(b) && !isInt(a)) [a, b] = [b, a];
  if (!isInt(a)) return undefined;
  const n = Math.max(0, Number(bigOf(a)));
  if (typeof b === 'string') return b.repeat(n);
  if (b instanceof PyBytes) {
    const r = new Uint8Array(b.b.length * n);
    for (let i = 0; i < n; i++) r.set(b.b, i * b.b.length);
    return new PyBytes(r);
  }
  if (b instanceof PyTuple) {
    const items: PyValue[] = [];
    for (let i = 0; i < n; i++) items.push(...b.items);
    return new PyTuple(items);
  }
  return undefined;
}

/**
 * fold_binop with CPython's guards (safe_multiply, safe_power, safe_lshift, safe_mod): results
 * that could be huge are left to run time, and so is `%` on strings (formatting).
 */
export function foldBinOp(k: A.OperatorKind, a: PyValue, b: PyValue): PyValue | undefined {
  const o = BINOP_ARG[k];
  if (o === NB_MATRIX_MULTIPLY) return undefined;
  if (o === NB_MULTIPLY) {
    if (isInt(a) && isInt(b)) {
      if (bigOf(a) !== 0n && bigOf(b) !== 0n && intBits(bigOf(a)) + intBits(bigOf(b)) > MAX_INT_BITS) return undefined;
    } else {
      const [n, w] = isInt(a) ? [a, b] : isInt(b) ? [b, a] : [null, null];
      if (n !== null) {
        const count = Number(bigOf(n));
        if (w instanceof PyTuple || w instanceof PySet) {
          const size = w instanceof PyTuple ? w.items.length : w.size;
          if (size > 0) {
            if (count < 0 || count > Math.floor(MAX_COLLECTION_SIZE / size)) return undefined;
            if (count > 0 && checkComplexity(w, Math.floor(MAX_TOTAL_ITEMS / count)) < 0) return undefined;
          }
        } else if (typeof w === 'string' || w instanceof PyBytes) {
          const size = typeof w === 'string' ? [...w].length : w.b.length;
          if (size > 0 && (count < 0 || count > Math.floor(MAX_STR_SIZE / size))) return undefined;
        }
      }
    }
  }
  if (o === NB_POWER && isInt(a) && isInt(b) && bigOf(a) !== 0n && bigOf(b) > 0n) {
    if (intBits(bigOf(a)) > Math.floor(MAX_INT_BITS / Number(bigOf(b)))) return undefined;
  }
  if (o === NB_LSHIFT && isInt(a) && isInt(b) && bigOf(a) !== 0n && bigOf(b) !== 0n) {
    const w = bigOf(b);
    if (w < 0n) return undefined; // negative shift count: ValueError at run time
    if (w > BigInt(MAX_INT_BITS) || intBits(bigOf(a)) > MAX_INT_BITS - Number(w)) return undefined;
  }
  if (o === NB_REMAINDER && (typeof a === 'string' || a instanceof PyBytes)) return undefined;
  if (!(isNumber(a) && isNumber(b))) return seqBinop(a, b, o);
  try {
    const r = binaryOpFast(a, b, o);
    return r === NEED_GEN ? undefined : r;
  } catch {
    return undefined; // it raises: left to raise at run time
  }
}
