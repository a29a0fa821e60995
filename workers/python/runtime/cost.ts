/**
 * Virtual time charged by natives: the work CPython does in C beyond the CALL that reached it
 * (sorting, summing, scanning and building strings, filling containers, hashing bytes, big-int
 * arithmetic). Every instruction already costs OP_COST[op] in the run loop; a native adds
 * `base + perUnit × units` of its kind here. The constants are fitted by scripts/calibrate.py
 * against CPython 3.11 and live in the generated compiler/op-costs.ts (docs/cost-model.md).
 *
 * Natives run with the thread's cost written back (the run loop syncs th.cost around a native
 * call), so `charge` adds to the running thread's account directly. The few charges made inside
 * the run loop's own fast paths (`in` on a list, slices, big-int operators, instance creation)
 * use `costNs`, which returns the nanoseconds for the loop to add to its local clock.
 */
import type { PyValue } from '../objects/object';
import { PyList } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { NATIVE_COSTS } from '../compiler/op-costs';
import { peekCurrentThread } from '../vm/current';
import * as O from '../compiler/opcodes';

/** Kinds of native work with a cost of their own. Names are the keys of NATIVE_COSTS. */
export const enum NK {
  /** Creating an instance of a user class (type call, allocation, calling __init__), beyond CALL. */
  NewInstance,
  /** list.sort/sorted: one comparison of int/float keys (CPython's unsafe_long/float_compare). */
  SortCmp,
  /** list.sort/sorted: one comparison of str keys (unsafe_latin_compare). */
  SortCmpStr,
  /** list.sort/sorted: one comparison of other keys (tuples, mixed types, user objects). */
  SortCmpObj,
  /** An item taken from an iterator by a native that materialises it (list(), tuple(), sorted(), join, …). */
  IterItem,
  /** sum(): one item added. */
  SumItem,
  /** min()/max(): one item compared. */
  MinMaxItem,
  /** set()/dict() from an iterable, set.update(): one item hashed and inserted. */
  HashInsert,
  /** A list/tuple element compared by `in`, index(), count(), remove(). */
  SeqScan,
  /** A list/tuple element (or dict/set entry) copied: slices, concatenation, repetition, copy(). */
  SeqCopy,
  /** A character searched by str find/index/count/replace/split. */
  StrFind,
  /** A character copied into a new string: slices, repetition, concatenation, join. */
  StrCopy,
  /** A character mapped into a new string: upper/lower/…, replace. */
  StrTransform,
  /** A character tested by str isalpha/isdigit/…. */
  StrClassify,
  /** A str object made by split()/splitlines(). */
  StrPart,
  /** A part joined by str.join(). */
  StrJoin,
  /** hashlib: one byte digested by md5. */
  DigestMd5,
  /** hashlib: one byte digested by sha1. */
  DigestSha1,
  /** hashlib: one byte digested by sha256/sha224. */
  DigestSha256,
  /** hashlib: one byte digested by another algorithm (sha384/sha512). */
  DigestOther,
  /** hashlib: digest()/hexdigest() (copying and finishing the hash state). */
  DigestFinal,
  /** Big-int add, subtract, shift, bitwise ops. Units: 30-bit digits. */
  BigLinear,
  /** Big int divided by a one-digit int (// or %). Units: 30-bit digits. */
  BigSmall,
  /** Big-int multiplication/division of two big operands. Units: digit products (Karatsuba-adjusted). */
  BigMul,
  /** Converting an int to decimal text (quadratic in CPython 3.11). Units: 30-bit digits². */
  BigDecimal,
  /** Parsing a long decimal int (quadratic in CPython 3.11). Units: (decimal digits / 9)². */
  BigParse,
  /** math.factorial: units are the digit products of multiplying the result's halves. */
  Factorial,
  /** An exception raised in the run loop or a native and unwound to its handler. Units: none. */
  Raise,
  /** A native's error message with the repr of a value (int('x'), float('x')). Units: none. */
  ErrorMessage,
  /** A Python function called by the runtime rather than by CALL: key functions, dunder methods, properties, __init__ via type(). */
  PyCall,
  /** A generator resumed by a native (sum(gen), list(gen), next()) rather than by FOR_ITER. */
  GenResume,
  /**
   * A native frame: the generic path of an instruction (an attribute found through a
   * descriptor or super, a comparison of tuples, a user __getitem__ …) or a builtin that may call
   * back into Python. Fitted with the instructions (stage 2), like an opcode.
   */
  NativeFrame,
  /** FOR_ITER over a built-in iterator other than range/list (zip, enumerate, map, dict views, str, …). */
  IterNext,
  /** list.sort/sorted with a key function: per comparison, moving the items alongside the keys. */
  SortKey,
}

/** The names of the kinds, in NK order (the keys of NATIVE_COSTS and of results.json). */
export const NATIVE_KIND_NAMES: readonly string[] = [
  'new_instance', 'sort_cmp', 'sort_cmp_str', 'sort_cmp_obj', 'iter_item', 'sum_item', 'minmax_item',
  'hash_insert', 'seq_scan', 'seq_copy', 'str_find', 'str_copy', 'str_transform', 'str_classify',
  'str_part', 'str_join', 'digest_md5', 'digest_sha1', 'digest_sha256', 'digest_other', 'digest_final', 'big_linear', 'big_small',
  'big_mul', 'big_decimal', 'big_parse', 'factorial', 'raise', 'error_message', 'py_call', 'gen_resume', 'native_frame',
  'iter_next', 'sort_key',
];

const BASE = new Float64Array(NATIVE_KIND_NAMES.length);
const PER = new Float64Array(NATIVE_KIND_NAMES.length);
for (let k = 0; k < NATIVE_KIND_NAMES.length; k++) {
  const c = NATIVE_COSTS[NATIVE_KIND_NAMES[k]];
  if (c !== undefined) {
    BASE[k] = c[0];
    PER[k] = c[1];
  }
}

/**
 * Calibration only (scripts/calibrate-vm.ts): told of every charge, to count calls and units
 * per kind. Null in normal runs.
 */
export const costProbe: { on: ((kind: NK, units: number) => void) | null } = { on: null };

/** Virtual nanoseconds of `kind` over `units` (for the run loop's local clock). */
export function costNs(kind: NK, units: number): number {
  if (costProbe.on !== null) costProbe.on(kind, units);
  return Math.round(BASE[kind] + PER[kind] * units);
}

/** Charge the running thread for native work of `kind` over `units`. */
export function charge(kind: NK, units: number): void {
  const th = peekCurrentThread();
  const ns = costNs(kind, units);
  if (th !== null) th.cost += ns;
}

// ---- big-int sizes without an O(n) conversion ----
// JS has no bit length for a bigint, and toString is far slower than the arithmetic. A bigint
// compares with one of a different length in O(1), so a search over lazily made powers of two
// (ratio 2^(1/4) apart) finds the size within ±10%.

const TH_BITS: number[] = [];
const TH: bigint[] = [];
const NEG_TH: bigint[] = [];
function extendThresholds(): void {
  const bits = Math.round(64 * Math.pow(1.1892, TH.length));
  TH_BITS.push(bits);
  const t = 1n << BigInt(bits);
  TH.push(t);
  NEG_TH.push(-t);
}

/** Approximate number of CPython 30-bit digits of `x` (≥ 1). */
export function bigDigits(x: number | bigint): number {
  if (typeof x === 'number') return x === 0 ? 1 : Math.ceil(Math.log2(Math.abs(x) + 1) / 30) || 1;
  const neg = x < 0n;
  let lo = 0;
  for (;;) {
    while (lo >= TH.length) extendThresholds();
    if (neg ? x > NEG_TH[lo] : x < TH[lo]) break;
    lo = lo === 0 ? 1 : lo * 2;
  }
  // x is below threshold lo and (when lo > 0) at or above threshold lo/2: search between.
  let hi = lo;
  lo = lo === 0 ? 0 : lo >> 1;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (neg ? x > NEG_TH[m] : x < TH[m]) hi = m;
    else lo = m + 1;
  }
  const upper = TH_BITS[hi];
  const lower = hi > 0 ? TH_BITS[hi - 1] : 0;
  return Math.max(1, Math.round((upper + lower) / 60));
}

/** CPython's multiplication work for n×m digits: schoolbook below 70 digits, else Karatsuba. */
export function mulUnits(n: number, m: number): number {
  const small = Math.min(n, m);
  if (small < 70) return n * m;
  const big = Math.max(n, m);
  // Karatsuba on balanced halves: (small)^log2(3) per small×small block, big/small blocks.
  return Math.pow(small, 1.585) * 70 ** 0.415 * (big / small);
}

/** BINARY_OP on ints whose result is a bigint: the virtual ns beyond the instruction's cost. */
export function bigBinopNs(a: number | bigint, b: number | bigint, op: number): number {
  const na = bigDigits(a);
  const nb = bigDigits(b);
  const o = op >= 13 ? op - 13 : op;
  switch (o) {
    case 5: // *
      return na > 1 && nb > 1 ? costNs(NK.BigMul, mulUnits(na, nb)) : costNs(NK.BigLinear, Math.max(na, nb));
    case 2: // //
    case 6: // %
      return nb > 1 ? costNs(NK.BigMul, na * nb) : costNs(NK.BigSmall, na);
    case 8: {
      // **: squarings of growing size; about the cost of the last few multiplications.
      const e = typeof b === 'number' ? b : Number(b);
      const bitsA = typeof a === 'number' ? Math.log2(Math.abs(a) + 1) : na * 30;
      const rn = Math.max(1, Math.ceil((bitsA * Math.max(1, e)) / 30));
      return costNs(NK.BigMul, 2 * mulUnits(rn / 2, rn / 2));
    }
    default:
      return costNs(NK.BigLinear, Math.max(na, nb));
  }
}

/**
 * BINARY_OP through the generic fast path (anything but two small ints or floats): big-int
 * arithmetic by size; list/tuple concatenation and repetition per element copied (`list +=`
 * extends: only the right side); str repetition per character; str concatenation per character
 * of the result, except where CPython 3.11 appends in place (BINARY_OP_INPLACE_ADD_UNICODE:
 * `s = s + t` or `s += t` whose next instruction stores into the local variable holding s), which
 * copies only t. `next`/`nextArg` are the following instruction, `locals` the frame's slots.
 * Everything else costs only the instruction.
 */
export function binopExtraNs(a: PyValue, b: PyValue, op: number, r: PyValue, next: number, nextArg: number, locals: PyValue[]): number {
  if (typeof r === 'bigint' || typeof a === 'bigint' || typeof b === 'bigint') {
    return bigBinopNs(typeof a === 'bigint' ? a : 1, typeof b === 'bigint' ? b : typeof b === 'number' ? b : 1, op);
  }
  if (typeof r === 'string') {
    const o = op >= 13 ? op - 13 : op;
    if (o === 0) {
      const inPlace = (next === O.STORE_FAST || next === O.STORE_FAST__LOAD_FAST || next === O.STORE_FAST__STORE_FAST) && locals[nextArg] === a;
      return costNs(NK.StrCopy, inPlace && typeof b === 'string' ? b.length : r.length);
    }
    return o === 5 ? costNs(NK.StrCopy, r.length) : 0;
  }
  if (r instanceof PyList || r instanceof PyTuple) {
    if (op === 13 && r === a && (b instanceof PyList || b instanceof PyTuple)) return costNs(NK.SeqCopy, b.items.length);
    return costNs(NK.SeqCopy, r.items.length);
  }
  return 0;
}

/** A slice taken by BINARY_SUBSCR: elements or characters copied. */
export function sliceNs(r: PyValue): number {
  if (typeof r === 'string') return costNs(NK.StrCopy, r.length);
  if (r instanceof PyList || r instanceof PyTuple) return costNs(NK.SeqCopy, r.items.length);
  return 0;
}
