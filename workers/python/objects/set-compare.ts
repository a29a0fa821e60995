/**
 * Set comparisons (subset/superset, set_richcompare) and the single-element operations that
 * accept a set as the element (`{1} in s`, s.remove({1})), as CPython 3.11's setobject.c does them.
 */
import { STOP, type PyValue } from './object';
import { setType, frozensetType, NotImplemented } from './core-types';
import { PyBaseException } from './exception';
import { PySet, HP, hashKeyFast, hashKeySlow } from './set';
import { NEED } from './set-table';
import { makeNewSet, isMutableSet, syncIter } from './set-ops';
import { pyIter, pyNext } from '../ops/iter';
import { keyError, typeErrorType } from '../runtime/errors';
import { PyErrorSignal } from '../pyerror-signal';
import { CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE } from '../compiler/opcodes';
import type { NativeGen } from '../vm/native';

// ---- subset tests and comparison ----

export function* isSubset(so: PySet, other: PyValue): NativeGen<boolean> {
  if (!(other instanceof PySet)) return yield* isSubset(so, yield* makeNewSet(setType, other));
  if (so.size > other.size) return false;
  const ot = other.t, st = so.t;
  for (let j = st.nextLive(0); j >= 0; j = st.nextLive(j + 1)) {
    const k = st.keys[j] as PyValue, lo = st.h[2 * j], hi = st.h[2 * j + 1];
    let f = ot.findSync(k, lo, hi);
    if (f === NEED) f = yield* ot.findGen(k, lo, hi);
    if (f < 0) return false;
  }
  return true;
}

export function* isSuperset(so: PySet, other: PyValue): NativeGen<boolean> {
  if (other instanceof PySet) return yield* isSubset(other, so);
  const st = so.t;
  const it = yield* pyIter(other);
  const sync = syncIter(it);
  for (;;) {
    const k = sync !== null ? sync.next() : yield* pyNext(it);
    if (k === STOP) return true;
    if (!hashKeyFast(k)) yield* hashKeySlow(k);
    const lo = HP.lo, hi = HP.hi;
    let f = st.findSync(k, lo, hi);
    if (f === NEED) f = yield* st.findGen(k, lo, hi);
    if (f < 0) return false;
  }
}

/** set_richcompare: NotImplemented unless `w` is a set or frozenset. */
export function* richCompare(v: PySet, w: PyValue, op: number): NativeGen<PyValue> {
  if (!(w instanceof PySet)) return NotImplemented;
  switch (op) {
    case CMP_EQ:
    case CMP_NE: {
      let eq: boolean;
      if (v.size !== w.size) eq = false;
      else if (v.hashCache !== null && w.hashCache !== null && v.hashCache !== w.hashCache) eq = false;
      else eq = yield* isSubset(v, w);
      return op === CMP_EQ ? eq : !eq;
    }
    case CMP_LE:
      return yield* isSubset(v, w);
    case CMP_GE:
      return yield* isSuperset(v, w);
    case CMP_LT:
      return v.size >= w.size ? false : yield* isSubset(v, w);
    case CMP_GT:
      return v.size <= w.size ? false : yield* isSuperset(v, w);
  }
  return NotImplemented;
}

// ---- single elements ----

function isTypeError(e: unknown): boolean {
  if (e instanceof PyBaseException) return e.cls.isSubtypeOf(typeErrorType);
  return e instanceof PyErrorSignal && e.type === 'TypeError';
}

/**
 * Run a lookup for `key`; if it fails with TypeError and the key is a (mutable) set, retry with
 * frozenset(key), so `{1} in s` works although sets are unhashable.
 */
function* withFrozenFallback<T>(key: PyValue, op: (k: PyValue) => NativeGen<T>): NativeGen<T> {
  if (!isMutableSet(key)) return yield* op(key);
  let tmp: PySet;
  try {
    return yield* op(key);
  } catch (e) {
    if (!isTypeError(e)) throw e;
    tmp = yield* makeNewSet(frozensetType, key);
  }
  return yield* op(tmp);
}

/** set_contains (`key in so`). */
export function* contains(so: PySet, key: PyValue): NativeGen<boolean> {
  return yield* withFrozenFallback(key, (k) => so.has(k));
}

/** set.discard; true when found. */
export function* discardKey(so: PySet, key: PyValue): NativeGen<boolean> {
  return yield* withFrozenFallback(key, (k) => so.discard(k));
}

/** set.remove: KeyError(key) when missing. */
export function* removeKey(so: PySet, key: PyValue): NativeGen<void> {
  if (!(yield* discardKey(so, key))) keyError(key);
}
