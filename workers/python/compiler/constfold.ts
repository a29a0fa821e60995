/**
 * Constant folding as CPython's AST optimizer does it for the common cases (unary/binary
 * operators on constants, with its size limits), so `-1`, `2**10` and `'a' * 3` become
 * LOAD_CONST. Operations that would raise are left to run (and raise) at run time.
 */
import type * as A from '../parser/ast';
import type { PyValue } from '../objects/object';
import { PyFloat } from '../objects/float';
import { PyTuple } from '../objects/tuple';
import { binaryOpFast, unaryOpFast, UNARY_NEG, UNARY_POS, UNARY_INV } from '../ops/arith';
import { NEED_GEN } from '../ops/attr';
import { BINOP_ARG } from './stmt';
import { NB_POWER, NB_LSHIFT, NB_MULTIPLY } from './opcodes';

const MAX_INT_BITS = 128;
const MAX_STR_SIZE = 4096;
const MAX_COLLECTION_SIZE = 256;

function intBits(v: PyValue): number {
  if (typeof v === 'number') return Math.abs(v) < 1 ? 0 : Math.floor(Math.log2(Math.abs(v))) + 1;
  if (typeof v === 'bigint') return (v < 0n ? -v : v).toString(2).length;
  return 0;
}

function isNumber(v: PyValue): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat;
}

export function foldUnary(k: A.UnaryOpKind, v: PyValue): PyValue | undefined {
  if (k === 'Not') {
    return undefined; // CPython folds `not` only inside conditions; keep UNARY_NOT.
  }
  if (!isNumber(v)) return undefined;
  try {
    const r = unaryOpFast(v, k === 'USub' ? UNARY_NEG : k === 'UAdd' ? UNARY_POS : UNARY_INV);
    return r === NEED_GEN ? undefined : r;
  } catch {
    return undefined;
  }
}

export function foldBinOp(k: A.OperatorKind, a: PyValue, b: PyValue): PyValue | undefined {
  const o = BINOP_ARG[k];
  // Guard the sizes CPython guards (safe_power, safe_lshift, safe_multiply).
  if (o === NB_POWER && (typeof b === 'number' || typeof b === 'bigint') && (typeof a === 'number' || typeof a === 'bigint')) {
    if (b < 0 && (a === 0 || a === 0n)) return undefined;
    if (b > 0 && intBits(a) * Number(b) > MAX_INT_BITS) return undefined;
  }
  if (o === NB_LSHIFT && (typeof b === 'number' || typeof b === 'bigint')) {
    if (Number(b) < 0 || intBits(a) + Number(b) > MAX_INT_BITS) return undefined;
  }
  if (o === NB_MULTIPLY) {
    const n = typeof b === 'number' ? b : typeof a === 'number' ? a : 0;
    const seq = typeof a === 'string' || a instanceof PyTuple ? a : typeof b === 'string' || b instanceof PyTuple ? b : null;
    if (seq !== null) {
      const len = typeof seq === 'string' ? seq.length : (seq as PyTuple).items.length;
      const limit = typeof seq === 'string' ? MAX_STR_SIZE : MAX_COLLECTION_SIZE;
      if (n < 0 || len * n > limit) return undefined;
    } else if (intBits(a) + intBits(b) > MAX_INT_BITS) return undefined;
  }
  if (!(isNumber(a) && isNumber(b)) && !(typeof a === 'string' && typeof b === 'string') && o !== NB_MULTIPLY) return undefined;
  try {
    const r = binaryOpFast(a, b, o);
    if (r === NEED_GEN) return undefined;
    if (typeof r === 'string' && r.length > MAX_STR_SIZE) return undefined;
    if ((typeof r === 'number' || typeof r === 'bigint') && intBits(r) > MAX_INT_BITS) return undefined;
    return r;
  } catch {
    return undefined;
  }
}
