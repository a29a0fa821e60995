/**
 * The set algorithms of CPython 3.11's setobject.c, each building its result the same way (which
 * operand is copied, which one is iterated, when a table is pre-sized or swapped), since that
 * decides the result's slot layout and so the order Python code sees.
 *
 * Elements of another set are re-inserted with the hash stored in its table (no `__hash__` call),
 * as CPython does; elements of arbitrary iterables are hashed once each.
 */
import { STOP, type PyValue } from './object';
import { setType, frozensetType, dictType } from './core-types';
import type { PyType } from './type';
import { PyDict } from './dict';
import { SyncIterator } from './iterators';
import { PySet, HP, hashKeyFast, hashKeySlow, installSetUpdate } from './set';
import { NEED, type SetTable } from './set-table';
import { pyIter, pyNext } from '../ops/iter';
import { allocInstance } from '../ops/call';
import type { NativeGen } from '../vm/native';
import { charge, NK } from '../runtime/cost';

// ---- small building blocks ----

/** set or frozenset for a (possibly user) subclass: the type of results of set operations. */
export function baseType(cls: PyType): PyType {
  if (cls === setType || cls === frozensetType) return cls;
  return cls.isSubtypeOf(setType) ? setType : frozensetType;
}

/** PySet_Check: set or a subclass (not frozenset). */
export function isMutableSet(x: PyValue): x is PySet {
  return x instanceof PySet && !x.frozen;
}

/** set_add_key without Python code; false (nothing done) when the slow path is needed. */
function addFast(t: SetTable, k: PyValue): boolean {
  return hashKeyFast(k) && t.addSync(k, HP.lo, HP.hi) !== NEED;
}

/** A built-in iterator that can be stepped without a generator (or null). */
export function syncIter(it: PyValue): SyncIterator | null {
  return it instanceof SyncIterator && !it.cls.isHeap ? it : null;
}

// The loops below call the synchronous table operations and fall back to the generator versions
// (`yield*`) only when a user __eq__ must run, so built-in elements cost no allocation each.

// ---- construction and update ----

/** make_new_set(type, iterable). */
export function* makeNewSet(cls: PyType, iterable?: PyValue): NativeGen<PySet> {
  const s = cls === setType || cls === frozensetType ? new PySet(cls) : (allocInstance(cls) as PySet);
  if (iterable !== undefined) yield* updateInternal(s, iterable);
  return s;
}

/** set_update_internal: merge a set, pre-size for an exact dict, else add while iterating. */
export function* updateInternal(so: PySet, other: PyValue): NativeGen<void> {
  const t = so.t;
  if (other instanceof PySet) {
    charge(NK.SeqCopy, 2 * other.t.used);
    yield* t.merge(other.t);
    return;
  }
  if (other instanceof PyDict && other.cls === dictType) {
    const n = other.size;
    charge(NK.SeqCopy, 2 * n);
    if ((t.fill + n) * 5 >= t.mask * 3) t.resize((t.used + n) * 2);
    for (const k of other.keys()) if (!addFast(t, k)) yield* so.add(k);
    return;
  }
  const it = yield* pyIter(other);
  const sync = syncIter(it);
  for (let n = 0; ; n++) {
    const v = sync !== null ? sync.next() : yield* pyNext(it);
    if (v === STOP) {
      charge(NK.HashInsert, n);
      return;
    }
    if (!addFast(t, v)) yield* so.add(v);
  }
}
installSetUpdate(updateInternal);

/** set_copy: a new set of the base type with the same elements (not always the same layout). */
export function* setCopy(so: PySet): NativeGen<PySet> {
  return yield* makeNewSet(baseType(so.cls), so);
}

/** set_clear_internal (plus the cached hash reset). */
export function setClear(so: PySet): void {
  so.clear();
}

/** set_swap_bodies: exchange tables (not fingers); hashes only travel between frozensets. */
function swapBodies(a: PySet, b: PySet): void {
  a.t.swapContents(b.t);
  if (a.frozen && b.frozen) {
    const h = a.hashCache;
    a.hashCache = b.hashCache;
    b.hashCache = h;
  } else {
    a.hashCache = null;
    b.hashCache = null;
  }
}

// ---- union ----

export function* union(so: PySet, others: PyValue[]): NativeGen<PySet> {
  const result = yield* setCopy(so);
  for (const other of others) {
    if (other === so) continue;
    yield* updateInternal(result, other);
  }
  return result;
}

/** set | other (both sets). */
export function* or(so: PySet, other: PySet): NativeGen<PySet> {
  const result = yield* setCopy(so);
  if (other !== so) yield* updateInternal(result, other);
  return result;
}

// ---- intersection ----

export function* intersection(so: PySet, other: PyValue): NativeGen<PySet> {
  if (other === so) return yield* setCopy(so);
  const result = yield* makeNewSet(baseType(so.cls));
  const rt = result.t;
  if (other instanceof PySet) {
    // Iterate the smaller set, probing the larger.
    let big = so, small = other;
    if (small.size > big.size) [big, small] = [small, big];
    const bt = big.t, st = small.t;
    for (let j = st.nextLive(0); j >= 0; j = st.nextLive(j + 1)) {
      const k = st.keys[j] as PyValue, lo = st.h[2 * j], hi = st.h[2 * j + 1];
      let f = bt.findSync(k, lo, hi);
      if (f === NEED) f = yield* bt.findGen(k, lo, hi);
      if (f >= 0 && rt.addSync(k, lo, hi) === NEED) yield* rt.addGen(k, lo, hi);
    }
    return result;
  }
  const st = so.t;
  const it = yield* pyIter(other);
  const sync = syncIter(it);
  for (;;) {
    const k = sync !== null ? sync.next() : yield* pyNext(it);
    if (k === STOP) break;
    if (!hashKeyFast(k)) yield* hashKeySlow(k);
    const lo = HP.lo, hi = HP.hi;
    let f = st.findSync(k, lo, hi);
    if (f === NEED) f = yield* st.findGen(k, lo, hi);
    if (f < 0) continue;
    if (rt.addSync(k, lo, hi) === NEED) yield* rt.addGen(k, lo, hi);
    // Nothing more can be found once the result is as large as the set.
    if (rt.used >= st.used) break;
  }
  return result;
}

export function* intersectionMulti(so: PySet, others: PyValue[]): NativeGen<PySet> {
  if (others.length === 0) return yield* setCopy(so);
  let result = so;
  for (const other of others) result = yield* intersection(result, other);
  return result;
}

export function* intersectionUpdate(so: PySet, other: PyValue): NativeGen<void> {
  swapBodies(so, yield* intersection(so, other));
}

export function* intersectionUpdateMulti(so: PySet, others: PyValue[]): NativeGen<void> {
  swapBodies(so, yield* intersectionMulti(so, others));
}

export function* isDisjoint(so: PySet, other: PyValue): NativeGen<boolean> {
  if (other === so) return so.size === 0;
  if (other instanceof PySet && (other.cls === setType || other.cls === frozensetType)) {
    let big = so, small = other;
    if (small.size > big.size) [big, small] = [small, big];
    const bt = big.t, st = small.t;
    for (let j = st.nextLive(0); j >= 0; j = st.nextLive(j + 1)) {
      const k = st.keys[j] as PyValue, lo = st.h[2 * j], hi = st.h[2 * j + 1];
      let f = bt.findSync(k, lo, hi);
      if (f === NEED) f = yield* bt.findGen(k, lo, hi);
      if (f >= 0) return false;
    }
    return true;
  }
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
    if (f >= 0) return false;
  }
}

// ---- difference ----

export function* differenceUpdateInternal(so: PySet, other: PyValue): NativeGen<void> {
  if (other === so) {
    setClear(so);
    return;
  }
  const t = so.t;
  if (other instanceof PySet) {
    // Much larger other: only the common elements matter.
    const src = other.size >> 3 > so.size ? yield* intersection(so, other) : other;
    const ot = src.t;
    for (let j = ot.nextLive(0); j >= 0; j = ot.nextLive(j + 1)) {
      const k = ot.keys[j] as PyValue, lo = ot.h[2 * j], hi = ot.h[2 * j + 1];
      let f = t.findSync(k, lo, hi);
      if (f === NEED) f = yield* t.findGen(k, lo, hi);
      if (f >= 0) t.removeAt(f);
    }
  } else {
    const it = yield* pyIter(other);
    const sync = syncIter(it);
    for (;;) {
      const k = sync !== null ? sync.next() : yield* pyNext(it);
      if (k === STOP) break;
      if (!hashKeyFast(k)) yield* hashKeySlow(k);
      const lo = HP.lo, hi = HP.hi;
      let f = t.findSync(k, lo, hi);
      if (f === NEED) f = yield* t.findGen(k, lo, hi);
      if (f >= 0) t.removeAt(f);
    }
  }
  // More than a quarter dummies: rebuild.
  if (t.fill - t.used <= t.mask >>> 2) return;
  t.resize(t.used > 50000 ? t.used * 2 : t.used * 4);
}

export function* differenceUpdate(so: PySet, others: PyValue[]): NativeGen<void> {
  for (const other of others) yield* differenceUpdateInternal(so, other);
}

function* copyAndDifference(so: PySet, other: PyValue): NativeGen<PySet> {
  const result = yield* setCopy(so);
  yield* differenceUpdateInternal(result, other);
  return result;
}

export function* difference(so: PySet, other: PyValue): NativeGen<PySet> {
  let otherSize: number;
  const otherDict = other instanceof PyDict && other.cls === dictType ? other : null;
  if (other instanceof PySet) otherSize = other.size;
  else if (otherDict !== null) otherSize = otherDict.size;
  else return yield* copyAndDifference(so, other);
  // A much smaller other: copying and removing is cheaper.
  if (so.size >> 2 > otherSize) return yield* copyAndDifference(so, other);
  const result = yield* makeNewSet(baseType(so.cls));
  const rt = result.t, st = so.t;
  const ot = otherDict === null ? (other as PySet).t : null;
  for (let j = st.nextLive(0); j >= 0; j = st.nextLive(j + 1)) {
    const k = st.keys[j] as PyValue, lo = st.h[2 * j], hi = st.h[2 * j + 1];
    let found: boolean;
    if (ot !== null) {
      let f = ot.findSync(k, lo, hi);
      if (f === NEED) f = yield* ot.findGen(k, lo, hi);
      found = f >= 0;
    } else {
      found = (yield* otherDict!.slotOf(k)) >= 0;
    }
    if (!found && rt.addSync(k, lo, hi) === NEED) yield* rt.addGen(k, lo, hi);
  }
  return result;
}

export function* differenceMulti(so: PySet, others: PyValue[]): NativeGen<PySet> {
  if (others.length === 0) return yield* setCopy(so);
  const result = yield* difference(so, others[0]);
  for (let i = 1; i < others.length; i++) yield* differenceUpdateInternal(result, others[i]);
  return result;
}

// ---- symmetric difference ----

/** Remove k if present, else add it (with its known hash). */
function* toggle(t: SetTable, k: PyValue, lo: number, hi: number): NativeGen<void> {
  let f = t.findSync(k, lo, hi);
  if (f === NEED) f = yield* t.findGen(k, lo, hi);
  if (f >= 0) t.removeAt(f);
  else if (t.addSync(k, lo, hi) === NEED) yield* t.addGen(k, lo, hi);
}

export function* symmetricDifferenceUpdate(so: PySet, other: PyValue): NativeGen<void> {
  if (other === so) {
    setClear(so);
    return;
  }
  const t = so.t;
  if (other instanceof PyDict && other.cls === dictType) {
    for (const k of other.keys()) {
      if (!hashKeyFast(k)) yield* hashKeySlow(k);
      yield* toggle(t, k, HP.lo, HP.hi);
    }
    return;
  }
  const os = other instanceof PySet ? other : yield* makeNewSet(baseType(so.cls), other);
  const ot = os.t;
  for (let j = ot.nextLive(0); j >= 0; j = ot.nextLive(j + 1)) {
    const k = ot.keys[j] as PyValue, lo = ot.h[2 * j], hi = ot.h[2 * j + 1];
    // Inline toggle: no generator unless an __eq__ must run.
    let f = t.findSync(k, lo, hi);
    if (f === NEED) f = yield* t.findGen(k, lo, hi);
    if (f >= 0) t.removeAt(f);
    else if (t.addSync(k, lo, hi) === NEED) yield* t.addGen(k, lo, hi);
  }
}

/** Built from `other`, then toggled by this set's elements (CPython's order of work). */
export function* symmetricDifference(so: PySet, other: PyValue): NativeGen<PySet> {
  const result = yield* makeNewSet(baseType(so.cls), other);
  yield* symmetricDifferenceUpdate(result, so);
  return result;
}
