/**
 * PySet: set and frozenset instances (and instances of their subclasses), stored in a SetTable
 * that reproduces CPython 3.11's layout and therefore its iteration order (see set-table.ts).
 *
 * This module holds what the VM and other types need directly: element hashing (synchronous
 * when no `__hash__` has to run), add/has/discard, the set iterator, and the helpers behind
 * BUILD_SET / SET_ADD / SET_UPDATE. The set algorithms (union, …) live in set-ops.ts, the
 * compiler's frozenset constants in set-consts.ts and the Python-visible methods in
 * ../types/set.ts.
 */
import { PyObject, STOP, type PyValue, type Stop } from './object';
import { setType, frozensetType, setIteratorType } from './core-types';
import type { PyType } from './type';
import { SetTable, NEED, DUMMY } from './set-table';
import { SyncIterator } from './iterators';
import type { NativeGen } from '../vm/native';
import { hashFast, pyHash } from '../ops/hash';
import { NEED_GEN } from '../ops/attr';
import { runtimeError } from '../runtime/errors';
import {
  hashInt, hashStringParts, hashToParts, partsToHash, hashFrozenset, type HashParts, type PyHash,
} from '../hashing';

export class PySet extends PyObject {
  /** The hash table (its contents are exchanged with a temporary by intersection_update). */
  readonly t: SetTable = new SetTable();
  /** A frozenset's hash once computed (CPython's so->hash); always null for mutable sets. */
  hashCache: PyHash | null = null;

  constructor(cls?: PyType) {
    super(cls ?? setType);
  }
  get size(): number {
    return this.t.used;
  }
  /** frozenset or a subclass of it. */
  get frozen(): boolean {
    return this.cls.layout === frozensetType;
  }
  *add(k: PyValue): NativeGen<void> {
    if (!hashKeyFast(k)) yield* hashKeySlow(k);
    const lo = HP.lo, hi = HP.hi;
    if (this.t.addSync(k, lo, hi) === NEED) yield* this.t.addGen(k, lo, hi);
  }
  *has(k: PyValue): NativeGen<boolean> {
    if (!hashKeyFast(k)) yield* hashKeySlow(k);
    return yield* this.t.has(k, HP.lo, HP.hi);
  }
  *discard(k: PyValue): NativeGen<boolean> {
    if (!hashKeyFast(k)) yield* hashKeySlow(k);
    return yield* this.t.discard(k, HP.lo, HP.hi);
  }
  /** Elements in iteration order. */
  items(): PyValue[] {
    return this.t.liveKeys();
  }
  clear(): void {
    this.t.clear();
    this.hashCache = null;
  }
}

// ---- element hashes ----

/**
 * The last computed element hash, as uint32 halves. Callers read it right after hashKeyFast /
 * hashKeySlow, before anything else can run.
 */
export const HP: HashParts = { hi: 0, lo: 0 };

/** Hash `k` into HP without running Python code; false when its `__hash__` must run. */
export function hashKeyFast(k: PyValue): boolean {
  switch (typeof k) {
    case 'number': {
      const h = hashInt(k);
      if (typeof h === 'number') {
        HP.lo = h >>> 0;
        HP.hi = Math.floor(h / 4294967296) >>> 0;
      } else {
        hashToParts(h, HP);
      }
      return true;
    }
    case 'string':
      hashStringParts(k, HP);
      return true;
    case 'boolean':
      HP.lo = k ? 1 : 0;
      HP.hi = 0;
      return true;
    case 'bigint':
      hashToParts(hashInt(k), HP);
      return true;
  }
  if (k.cls === frozensetType) {
    hashToParts(frozensetHash(k as PySet), HP);
    return true;
  }
  const h = hashFast(k);
  if (h === NEED_GEN) return false;
  hashToParts(h, HP);
  return true;
}

/** Hash `k` into HP, running `__hash__` if needed (raises for unhashable values). */
export function* hashKeySlow(k: PyValue): NativeGen<void> {
  const h = yield* pyHash(k);
  hashToParts(h, HP);
}

/** hash(frozenset): xor of scrambled member hashes (order-free), cached like CPython's so->hash. */
export function frozensetHash(s: PySet): PyHash {
  if (s.hashCache !== null) return s.hashCache;
  const t = s.t, keys = t.keys, h = t.h;
  const hs: PyHash[] = [];
  for (let j = 0; j <= t.mask; j++) {
    const k = keys[j];
    if (k !== undefined && k !== DUMMY) hs.push(partsToHash(h[2 * j + 1], h[2 * j]));
  }
  const r = hashFrozenset(hs);
  s.hashCache = r;
  return r;
}

/** `x in s` for an exact set/frozenset without Python code, or NEED_GEN (VM fast path). */
export function setContainsFast(s: PySet, x: PyValue): boolean | typeof NEED_GEN {
  if (!hashKeyFast(x)) return NEED_GEN;
  const j = s.t.findSync(x, HP.lo, HP.hi);
  return j === NEED ? NEED_GEN : j >= 0;
}

// ---- iteration ----

/** set_iterator: walks the slots; a change of size between steps is an error (sticky). */
export class SetIterator extends SyncIterator {
  private siUsed: number;
  private pos = 0;
  private len: number;
  constructor(private set: PySet | null) {
    super(setIteratorType);
    this.siUsed = set === null ? 0 : set.t.used;
    this.len = this.siUsed;
  }
  next(): PyValue | Stop {
    const so = this.set;
    if (so === null) return STOP;
    const t = so.t;
    if (this.siUsed !== t.used) {
      this.siUsed = -1;
      runtimeError('Set changed size during iteration');
    }
    const j = t.nextLive(this.pos);
    if (j < 0) {
      this.set = null;
      return STOP;
    }
    this.pos = j + 1;
    this.len--;
    return t.keys[j] as PyValue;
  }
  override lengthHint(): number {
    return this.set !== null && this.siUsed === this.set.t.used ? this.len : 0;
  }
}

// ---- construction helpers used by the VM and other types ----

/** A new set (of `cls`, default set) holding `items` added in order (BUILD_SET). */
export function* newSetFromItems(items: PyValue[], cls?: PyType): NativeGen<PySet> {
  const s = new PySet(cls);
  for (const x of items) if (!addFast(s, x)) yield* s.add(x);
  return s;
}

/** SET_ADD. */
export function* setAdd(s: PyValue, v: PyValue): NativeGen<void> {
  if (!addFast(s as PySet, v)) yield* (s as PySet).add(v);
}

/** Add without running Python code; false (nothing done) when `__hash__`/`__eq__` must run. */
function addFast(s: PySet, k: PyValue): boolean {
  return hashKeyFast(k) && s.t.addSync(k, HP.lo, HP.hi) !== NEED;
}

/** SET_UPDATE: set_update_internal (installed by set-ops.ts, which needs the iteration protocol). */
export function* setUpdate(s: PyValue, iterable: PyValue): NativeGen<void> {
  yield* updateHook(s as PySet, iterable);
}
let updateHook: (s: PySet, iterable: PyValue) => NativeGen<void>;
export function installSetUpdate(f: (s: PySet, iterable: PyValue) => NativeGen<void>): void {
  updateHook = f;
}
