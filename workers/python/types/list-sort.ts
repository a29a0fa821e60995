/**
 * list.sort: CPython 3.11's timsort (Objects/listobject.c, listsort.txt) — binary insertion sort
 * for short runs, count_run, galloping merges and the powersort merge policy — so that the
 * sequence of `<` comparisons is CPython's. That sequence is observable: it decides which
 * TypeError a mixed list raises, what a comparison method with side effects sees, and the order
 * the list is left in when a comparison fails part-way.
 *
 * Keys live in `keys`; with a key function the list items move alongside in `values`.
 * Comparisons between built-in values with no Python code go through compareFast inline; the
 * rest through the full protocol (ltSlow). A list whose keys are all plain ints/floats (no NaN)
 * or all plain strs has a consistent total order with no side effects, so any stable sort gives
 * CPython's result; those use the engine's sort.
 */
import type { PyValue } from '../objects/object';
import { typeOf, objectType, NotImplemented, floatType } from '../objects/core-types';
import type { PyType } from '../objects/type';
import { PyFloat } from '../objects/float';
import type { NativeGen } from '../vm/native';
import { compareFast, compareBool, compareStrs } from '../ops/compare';
import { callMethod } from '../ops/call';
import { pyTruthy } from '../ops/truth';
import { NEED_GEN } from '../ops/attr';
import { CMP_LT } from '../compiler/opcodes';
import { charge, NK } from '../runtime/cost';

/** Stay in galloping mode until both runs win fewer than this many times in a row. */
const MIN_GALLOP = 7;

interface Run {
  /** Start index in the arrays being sorted. */
  base: number;
  len: number;
  /** Node level for the powersort merge strategy. */
  power: number;
}

class MergeState {
  minGallop = MIN_GALLOP;
  /** Comparisons made (the virtual time charged: runtime/cost.ts). */
  ncmp = 0;
  readonly pending: Run[] = [];
  /**
   * The pre-sort check's unsafe_object_compare: when every key has the same user-defined type,
   * CPython calls that type's __lt__ directly first (falling back to the full protocol on
   * NotImplemented).
   */
  heapLt: PyValue | undefined;

  constructor(
    readonly keys: PyValue[],
    readonly values: PyValue[] | null,
  ) {}
}

/** compareFast(x, y, <), counted. */
function countedLt(ms: MergeState, x: PyValue, y: PyValue): boolean | typeof NEED_GEN {
  ms.ncmp++;
  return compareFast(x, y, CMP_LT);
}

/** ISLT for values compareFast could not decide (safe_object_compare / unsafe_object_compare). */
function* ltSlow(ms: MergeState, x: PyValue, y: PyValue): NativeGen<boolean> {
  if (ms.heapLt !== undefined) {
    const r = yield* callMethod(ms.heapLt, x, [y]);
    if (r !== NotImplemented) return typeof r === 'boolean' ? r : yield* pyTruthy(r);
  }
  return yield* compareBool(x, y, CMP_LT);
}

/** binarysort: [lo, hi) sorted by binary insertion, given that [lo, start) already is. */
function* binarySort(ms: MergeState, lo: number, hi: number, start: number): NativeGen<void> {
  const keys = ms.keys;
  const values = ms.values;
  let f: boolean | typeof NEED_GEN;
  if (lo === start) ++start;
  for (; start < hi; ++start) {
    let l = lo;
    let r = start;
    const pivot = keys[r];
    // pivot >= all in [lo, l); pivot < all in [r, start).
    do {
      const p = l + ((r - l) >> 1);
      if ((f = countedLt(ms, pivot, keys[p])) !== NEED_GEN ? f : yield* ltSlow(ms, pivot, keys[p])) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; --p) keys[p] = keys[p - 1];
    keys[l] = pivot;
    if (values !== null) {
      const pv = values[start];
      for (let p = start; p > l; --p) values[p] = values[p - 1];
      values[l] = pv;
    }
  }
}

/**
 * count_run: the length of the run starting at lo (lo < hi): the longest ascending
 * (a[0] <= a[1] <= ...) or strictly descending (a[0] > a[1] > ...) sequence.
 */
function* countRun(ms: MergeState, lo: number, hi: number): NativeGen<[number, boolean]> {
  const keys = ms.keys;
  let f: boolean | typeof NEED_GEN;
  ++lo;
  if (lo === hi) return [1, false];
  let n = 2;
  if ((f = countedLt(ms, keys[lo], keys[lo - 1])) !== NEED_GEN ? f : yield* ltSlow(ms, keys[lo], keys[lo - 1])) {
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      if (!((f = countedLt(ms, keys[lo], keys[lo - 1])) !== NEED_GEN ? f : yield* ltSlow(ms, keys[lo], keys[lo - 1]))) break;
    }
    return [n, true];
  }
  for (lo = lo + 1; lo < hi; ++lo, ++n) {
    if ((f = countedLt(ms, keys[lo], keys[lo - 1])) !== NEED_GEN ? f : yield* ltSlow(ms, keys[lo], keys[lo - 1])) break;
  }
  return [n, false];
}

/**
 * gallop_left: where `key` belongs in the sorted a[base : base+n] — left of any equal elements.
 * Returns k in 0..n with a[k-1] < key <= a[k]; `hint` (0 <= hint < n) is where to start.
 */
function* gallopLeft(ms: MergeState, key: PyValue, a: PyValue[], base: number, n: number, hint: number): NativeGen<number> {
  let f: boolean | typeof NEED_GEN;
  let lastofs = 0;
  let ofs = 1;
  const h = base + hint;
  if ((f = countedLt(ms, a[h], key)) !== NEED_GEN ? f : yield* ltSlow(ms, a[h], key)) {
    // a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs].
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if ((f = countedLt(ms, a[h + ofs], key)) !== NEED_GEN ? f : yield* ltSlow(ms, a[h + ofs], key)) {
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs].
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if ((f = countedLt(ms, a[h - ofs], key)) !== NEED_GEN ? f : yield* ltSlow(ms, a[h - ofs], key)) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  // a[lastofs] < key <= a[ofs]: binary search with a[lastofs-1] < key <= a[ofs].
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if ((f = countedLt(ms, a[base + m], key)) !== NEED_GEN ? f : yield* ltSlow(ms, a[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** gallop_right: like gallopLeft, but right of any equal elements (a[k-1] <= key < a[k]). */
function* gallopRight(ms: MergeState, key: PyValue, a: PyValue[], base: number, n: number, hint: number): NativeGen<number> {
  let f: boolean | typeof NEED_GEN;
  let lastofs = 0;
  let ofs = 1;
  const h = base + hint;
  if ((f = countedLt(ms, key, a[h])) !== NEED_GEN ? f : yield* ltSlow(ms, key, a[h])) {
    // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastofs].
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if ((f = countedLt(ms, key, a[h - ofs])) !== NEED_GEN ? f : yield* ltSlow(ms, key, a[h - ofs])) {
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    // a[hint] <= key: gallop right until a[hint + lastofs] <= key < a[hint + ofs].
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if ((f = countedLt(ms, key, a[h + ofs])) !== NEED_GEN ? f : yield* ltSlow(ms, key, a[h + ofs])) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if ((f = countedLt(ms, key, a[base + m])) !== NEED_GEN ? f : yield* ltSlow(ms, key, a[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** Copy n entries (keys and values) from (srcK/srcV, si) to the sorted arrays at di, low to high. */
function copyUp(ms: MergeState, di: number, srcK: PyValue[], srcV: PyValue[] | null, si: number, n: number): void {
  const keys = ms.keys;
  const values = ms.values;
  for (let i = 0; i < n; i++) keys[di + i] = srcK[si + i];
  if (values !== null) for (let i = 0; i < n; i++) values[di + i] = srcV![si + i];
}

/** memmove within the sorted arrays when the destination is above the source (copy high to low). */
function moveDown(ms: MergeState, di: number, si: number, n: number): void {
  const keys = ms.keys;
  const values = ms.values;
  for (let i = n - 1; i >= 0; i--) keys[di + i] = keys[si + i];
  if (values !== null) for (let i = n - 1; i >= 0; i--) values[di + i] = values[si + i];
}

/**
 * merge_lo: merge the na elements at pa with the nb elements at pb = pa + na, in place, with
 * na <= nb; a[pa + na - 1] belongs at the end of the merge. Run A is copied to temp storage.
 */
function* mergeLo(ms: MergeState, pa0: number, na: number, pb: number, nb: number): NativeGen<void> {
  const keys = ms.keys;
  const values = ms.values;
  const tk = keys.slice(pa0, pa0 + na);
  const tv = values !== null ? values.slice(pa0, pa0 + na) : null;
  let f: boolean | typeof NEED_GEN;
  let dest = pa0;
  let pa = 0;
  let copyB = false;
  keys[dest] = keys[pb];
  if (values !== null) values[dest] = values[pb];
  dest++;
  pb++;
  --nb;
  try {
    done: {
      if (nb === 0) break done;
      if (na === 1) {
        copyB = true;
        break done;
      }
      let minGallop = ms.minGallop;
      for (;;) {
        let acount = 0; // times A won in a row
        let bcount = 0; // times B won in a row
        // The straightforward merge, until one run appears to win consistently.
        for (;;) {
          if ((f = countedLt(ms, keys[pb], tk[pa])) !== NEED_GEN ? f : yield* ltSlow(ms, keys[pb], tk[pa])) {
            keys[dest] = keys[pb];
            if (values !== null) values[dest] = values[pb];
            dest++;
            pb++;
            ++bcount;
            acount = 0;
            --nb;
            if (nb === 0) break done;
            if (bcount >= minGallop) break;
          } else {
            keys[dest] = tk[pa];
            if (values !== null) values[dest] = tv![pa];
            dest++;
            pa++;
            ++acount;
            bcount = 0;
            --na;
            if (na === 1) {
              copyB = true;
              break done;
            }
            if (acount >= minGallop) break;
          }
        }
        // Galloping, until neither run appears to be winning consistently any more.
        ++minGallop;
        do {
          if (minGallop > 1) minGallop--;
          ms.minGallop = minGallop;
          let k = yield* gallopRight(ms, keys[pb], tk, pa, na, 0);
          acount = k;
          if (k) {
            copyUp(ms, dest, tk, tv, pa, k);
            dest += k;
            pa += k;
            na -= k;
            if (na === 1) {
              copyB = true;
              break done;
            }
            // na == 0 is impossible for a consistent comparison, but cannot be assumed.
            if (na === 0) break done;
          }
          keys[dest] = keys[pb];
          if (values !== null) values[dest] = values[pb];
          dest++;
          pb++;
          --nb;
          if (nb === 0) break done;

          k = yield* gallopLeft(ms, tk[pa], keys, pb, nb, 0);
          bcount = k;
          if (k) {
            copyUp(ms, dest, keys, values, pb, k); // dest < pb: a forward copy is a safe memmove
            dest += k;
            pb += k;
            nb -= k;
            if (nb === 0) break done;
          }
          keys[dest] = tk[pa];
          if (values !== null) values[dest] = tv![pa];
          dest++;
          pa++;
          --na;
          if (na === 1) {
            copyB = true;
            break done;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++minGallop; // penalize leaving galloping mode
        ms.minGallop = minGallop;
      }
    }
  } catch (e) {
    // Even on failure the list holds a permutation of its items: put back what is left of A.
    if (na) copyUp(ms, dest, tk, tv, pa, na);
    throw e;
  }
  if (copyB) {
    // The last element of A belongs at the end of the merge.
    copyUp(ms, dest, keys, values, pb, nb);
    keys[dest + nb] = tk[pa];
    if (values !== null) values[dest + nb] = tv![pa];
    return;
  }
  if (na) copyUp(ms, dest, tk, tv, pa, na);
}

/**
 * merge_hi: like mergeLo with na >= nb, merging from the high end; run B is copied to temp
 * storage.
 */
function* mergeHi(ms: MergeState, pa0: number, na: number, pb0: number, nb: number): NativeGen<void> {
  const keys = ms.keys;
  const values = ms.values;
  const tk = keys.slice(pb0, pb0 + nb);
  const tv = values !== null ? values.slice(pb0, pb0 + nb) : null;
  let f: boolean | typeof NEED_GEN;
  let dest = pb0 + nb - 1;
  let pb = nb - 1; // index into the temp copy of B
  let pa = pa0 + na - 1;
  let copyA = false;
  keys[dest] = keys[pa];
  if (values !== null) values[dest] = values[pa];
  dest--;
  pa--;
  --na;
  try {
    done: {
      if (na === 0) break done;
      if (nb === 1) {
        copyA = true;
        break done;
      }
      let minGallop = ms.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if ((f = countedLt(ms, tk[pb], keys[pa])) !== NEED_GEN ? f : yield* ltSlow(ms, tk[pb], keys[pa])) {
            keys[dest] = keys[pa];
            if (values !== null) values[dest] = values[pa];
            dest--;
            pa--;
            ++acount;
            bcount = 0;
            --na;
            if (na === 0) break done;
            if (acount >= minGallop) break;
          } else {
            keys[dest] = tk[pb];
            if (values !== null) values[dest] = tv![pb];
            dest--;
            pb--;
            ++bcount;
            acount = 0;
            --nb;
            if (nb === 1) {
              copyA = true;
              break done;
            }
            if (bcount >= minGallop) break;
          }
        }
        ++minGallop;
        do {
          if (minGallop > 1) minGallop--;
          ms.minGallop = minGallop;
          let k = yield* gallopRight(ms, tk[pb], keys, pa0, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest -= k;
            pa -= k;
            moveDown(ms, dest + 1, pa + 1, k);
            na -= k;
            if (na === 0) break done;
          }
          keys[dest] = tk[pb];
          if (values !== null) values[dest] = tv![pb];
          dest--;
          pb--;
          --nb;
          if (nb === 1) {
            copyA = true;
            break done;
          }

          k = yield* gallopLeft(ms, keys[pa], tk, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest -= k;
            pb -= k;
            copyUp(ms, dest + 1, tk, tv, pb + 1, k);
            nb -= k;
            if (nb === 1) {
              copyA = true;
              break done;
            }
            // nb == 0 is impossible for a consistent comparison, but cannot be assumed.
            if (nb === 0) break done;
          }
          keys[dest] = keys[pa];
          if (values !== null) values[dest] = values[pa];
          dest--;
          pa--;
          --na;
          if (na === 0) break done;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++minGallop;
        ms.minGallop = minGallop;
      }
    }
  } catch (e) {
    if (nb) copyUp(ms, dest - (nb - 1), tk, tv, 0, nb);
    throw e;
  }
  if (copyA) {
    // The first element of B belongs at the front of the merge.
    moveDown(ms, dest + 1 - na, pa + 1 - na, na);
    dest -= na;
    keys[dest] = tk[pb];
    if (values !== null) values[dest] = tv![pb];
    return;
  }
  if (nb) copyUp(ms, dest - (nb - 1), tk, tv, 0, nb);
}

/** merge_at: merge the runs at stack indices i and i+1 (i is the 2nd- or 3rd-last run). */
function* mergeAt(ms: MergeState, i: number): NativeGen<void> {
  const p = ms.pending;
  let pa = p[i].base;
  let na = p[i].len;
  const pb = p[i + 1].base;
  let nb = p[i + 1].len;
  p[i].len = na + nb;
  p.splice(i + 1, 1);
  const keys = ms.keys;
  // Where does B start in A? Elements of A before that are already in place.
  const k = yield* gallopRight(ms, keys[pb], keys, pa, na, 0);
  pa += k;
  na -= k;
  if (na === 0) return;
  // Where does A end in B? Elements of B after that are already in place.
  nb = yield* gallopLeft(ms, keys[pa + na - 1], keys, pb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) yield* mergeLo(ms, pa, na, pb, nb);
  else yield* mergeHi(ms, pa, na, pb, nb);
}

/** powerloop: the powersort "power" of the run at s1 (length n1) followed by one of length n2. */
function powerLoop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1; // 2 * midpoint of the first run
  let b = a + n1 + n2; // 2 * midpoint of the second run
  // Emulate a/n and b/n one bit at a time, until the bits differ.
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

/** found_new_run: a run of length n2 follows the top of the stack; merge by powersort's policy. */
function* foundNewRun(ms: MergeState, n2: number, listlen: number): NativeGen<void> {
  const p = ms.pending;
  if (p.length === 0) return;
  const top = p[p.length - 1];
  const power = powerLoop(top.base, top.len, n2, listlen);
  while (p.length > 1 && p[p.length - 2].power > power) yield* mergeAt(ms, p.length - 2);
  p[p.length - 1].power = power;
}

/** merge_force_collapse: merge everything left on the stack. */
function* mergeForceCollapse(ms: MergeState): NativeGen<void> {
  const p = ms.pending;
  while (p.length > 1) {
    let n = p.length - 2;
    if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
    yield* mergeAt(ms, n);
  }
}

/** merge_compute_minrun: n if n < 64, else a k in [32, 64] with n/k just below a power of 2. */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n % 2;
    n = Math.floor(n / 2);
  }
  return n + r;
}

const enum Order {
  None,
  Numbers, // JS numbers only
  Strings,
  Mixed, // ints of any size, bools and non-NaN floats
}

/** Keys that are all plain ints/floats (no NaN) or all plain strs have a consistent total order. */
function totalOrder(keys: PyValue[]): Order {
  const t0 = typeof keys[0];
  if (t0 === 'string') {
    for (let i = 1; i < keys.length; i++) if (typeof keys[i] !== 'string') return Order.None;
    return Order.Strings;
  }
  let order = Order.Numbers;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const t = typeof k;
    if (t === 'number') continue;
    if (t === 'bigint' || t === 'boolean' || (k instanceof PyFloat && k.cls === floatType && !Number.isNaN(k.v))) {
      order = Order.Mixed;
      continue;
    }
    return Order.None;
  }
  return order;
}

/**
 * Sort keys[] (and values[] alongside, when given) in place, ascending, stably, exactly as
 * CPython's listsort with reverse=False does. On an exception, the arrays hold the permutation
 * CPython's would.
 */
export function* timsort(keys: PyValue[], values: PyValue[] | null): NativeGen<void> {
  const n = keys.length;
  if (n < 2) {
    charge(NK.SortCmp, 0);
    return;
  }
  const order = totalOrder(keys);
  if (order !== Order.None) {
    totalCmps = 0;
    sortTotallyOrdered(keys, values, order);
    charge(order === Order.Strings ? NK.SortCmpStr : NK.SortCmp, totalCmps);
    if (values !== null) charge(NK.SortKey, totalCmps);
    return;
  }
  const ms = new MergeState(keys, values);
  try {
    yield* timsortMerging(ms, keys, values, n);
  } finally {
    charge(NK.SortCmpObj, ms.ncmp);
    if (values !== null) charge(NK.SortKey, ms.ncmp);
  }
}

function* timsortMerging(ms: MergeState, keys: PyValue[], values: PyValue[] | null, n: number): NativeGen<void> {
  // The pre-sort check: keys all of one user-defined type compare through its __lt__ first.
  const t0: PyType = typeOf(keys[0]);
  if (t0.isHeap) {
    let same = true;
    for (let i = 1; i < n; i++) {
      if (typeOf(keys[i]) !== t0) {
        same = false;
        break;
      }
    }
    if (same) {
      const lt = t0.lookup('__lt__');
      if (lt !== undefined && lt !== objectType.lookup('__lt__')) ms.heapLt = lt;
    }
  }
  // March over the array once, left to right, finding natural runs and extending short ones to
  // minrun elements.
  const minrun = computeMinrun(n);
  let lo = 0;
  let nremaining = n;
  do {
    let [len, descending] = yield* countRun(ms, lo, lo + nremaining);
    if (descending) {
      reverseRange(keys, lo, lo + len);
      if (values !== null) reverseRange(values, lo, lo + len);
    }
    if (len < minrun) {
      const force = nremaining <= minrun ? nremaining : minrun;
      yield* binarySort(ms, lo, lo + force, lo + len);
      len = force;
    }
    yield* foundNewRun(ms, len, n);
    ms.pending.push({ base: lo, len, power: 0 });
    lo += len;
    nremaining -= len;
  } while (nremaining);
  yield* mergeForceCollapse(ms);
}

/** Comparisons made by the engine's sort in sortTotallyOrdered (charged as NK.SortCmp). */
let totalCmps = 0;
const cmpNumbers = (a: number, b: number) => (totalCmps++, a < b ? -1 : a > b ? 1 : 0);
const cmpStrings = (a: string, b: string) => (totalCmps++, compareStrs(a, b));
const cmpMixed = (a: PyValue, b: PyValue) => (totalCmps++, compareFast(a, b, CMP_LT) === true ? -1 : compareFast(b, a, CMP_LT) === true ? 1 : 0);

function sortTotallyOrdered(keys: PyValue[], values: PyValue[] | null, order: Order): void {
  const cmp: (a: any, b: any) => number =
    order === Order.Numbers ? cmpNumbers : order === Order.Strings ? cmpStrings : cmpMixed;
  if (values === null) {
    keys.sort(cmp); // stable
    return;
  }
  const idx = keys.map((_, i) => i);
  idx.sort((i, j) => cmp(keys[i], keys[j]));
  const k2 = idx.map((i) => keys[i]);
  const v2 = idx.map((i) => values[i]);
  for (let i = 0; i < k2.length; i++) {
    keys[i] = k2[i];
    values[i] = v2[i];
  }
}

export function reverseRange(a: PyValue[], lo: number, hi: number): void {
  for (--hi; lo < hi; ++lo, --hi) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}
