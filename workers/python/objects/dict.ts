/**
 * PyDict storage: insertion-ordered entries with two indexes.
 *
 *  - The fast index maps a JS key derived from the Python key (see `fastKey`) to the entry slot.
 *    It covers every key whose hash and equality the runtime knows without running Python code:
 *    str, int, bool, float, bytes, None, tuples of those, and objects compared by identity.
 *    Keys that are equal in Python (1, 1.0, True) map to the same JS key.
 *  - The slow index maps a Python hash to candidate slots for the rest (user __hash__/__eq__,
 *    frozensets, …); those operations are generators because __eq__ may run Python code.
 *
 * Dict order is insertion order in CPython, so no hash-table layout needs to be reproduced here
 * (sets are different: see set.ts).
 */
import { PyObject, type PyValue, objectId } from './object';
import { dictType, complexType } from './core-types';
import type { PyType } from './type';
import { PyFloat } from './float';
import { PyComplex } from './complex';
import { PyTuple } from './tuple';
import { PyBytes } from './bytes';
import type { NativeGen } from '../vm/native';

/**
 * Python-level hash and equality, injected by the ops layer at startup (ops imports dict, so a
 * static import here would create an initialisation cycle).
 */
let pyHash: (k: PyValue) => NativeGen<number | bigint>;
let pyEq: (a: PyValue, b: PyValue) => NativeGen<boolean>;
export function installDictHooks(
  hash: (k: PyValue) => NativeGen<number | bigint>,
  eq: (a: PyValue, b: PyValue) => NativeGen<boolean>,
): void {
  pyHash = hash;
  pyEq = eq;
}

/** Marker: this key needs the slow (hash + __eq__) path. */
export const NO_FAST: unique symbol = Symbol('NO_FAST');
export type FastKey = string | number | bigint | boolean | PyObject;

/** Types whose instances are keyed by identity (object.__eq__/__hash__ not overridden). */
export function hasIdentityEquality(t: PyType): boolean {
  if (!t.isHeap) return t.layout.identityKeyed;
  return t.lookup('__eq__') === objectEqSlot() && t.lookup('__hash__') === objectHashSlot();
}

let objEq: PyValue | undefined;
let objHash: PyValue | undefined;
function objectEqSlot(): PyValue | undefined {
  return objEq ?? (objEq = dictLookupObjectSlot('__eq__'));
}
function objectHashSlot(): PyValue | undefined {
  return objHash ?? (objHash = dictLookupObjectSlot('__hash__'));
}
let objectTypeRef: PyType | null = null;
export function setObjectTypeForDict(t: PyType): void {
  objectTypeRef = t;
}
function dictLookupObjectSlot(name: string): PyValue | undefined {
  return objectTypeRef!.lookup(name);
}

/** Whether heap type t inherits the named methods unchanged from built-in type base. */
function sameSlots(t: PyType, base: PyType, ...names: string[]): boolean {
  for (const n of names) if (t.lookup(n) !== base.lookup(n)) return false;
  return true;
}

/** Encoding of a float key: equal to the int encoding when the float is integral. */
function floatKey(v: number): FastKey | typeof NO_FAST {
  if (Number.isInteger(v)) {
    if (Number.isSafeInteger(v)) return v + 0; // + 0 folds -0.0 into 0
    return BigInt(v);
  }
  return v; // non-integral: a JS number that no int key can equal
}

/**
 * Hooks for instances of user subclasses of value types (str, int, float) that keep the base
 * type's __eq__/__hash__: each returns the equal exact value (so MyStr('a') and 'a', or MyInt(1)
 * and 1, are the same key), or undefined. Installed by types/str.ts, types/int.ts, types/float.ts.
 */
const heapKeyHooks: ((k: PyObject) => PyValue | undefined)[] = [];
export function installHeapKeyValue(f: (k: PyObject) => PyValue | undefined): void {
  heapKeyHooks.push(f);
}
function heapKeyValue(k: PyObject): PyValue | undefined {
  for (let i = 0; i < heapKeyHooks.length; i++) {
    const v = heapKeyHooks[i](k);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** The JS key for the fast index, or NO_FAST. Strings starting with U+0000 are escaped so they
 * can never collide with tuple/bytes encodings (which start with U+0000 + a tag character). */
export function fastKey(k: PyValue): FastKey | typeof NO_FAST {
  switch (typeof k) {
    case 'string':
      return k.length > 0 && k.charCodeAt(0) === 0 ? '\u0000\u0000' + k : k;
    case 'number':
    case 'bigint':
      return k;
    case 'boolean':
      return k ? 1 : 0;
  }
  const t = k.cls;
  if (k instanceof PyFloat) {
    if (t.isHeap) {
      const v = heapKeyValue(k);
      return v === undefined ? NO_FAST : fastKey(v);
    }
    return Number.isNaN(k.v) ? k : floatKey(k.v);
  }
  if (k instanceof PyComplex) {
    // Equal to the int/float key when the imaginary part is zero ({1: 'a'}[1+0j]); NaN parts
    // never compare equal, so such keys are identity keys like NaN floats. String(-0) is '0'.
    // A subclass keeping complex's __eq__ and __hash__ is the same key as the equal complex.
    if (t.isHeap && !sameSlots(t, complexType, '__eq__', '__hash__')) return NO_FAST;
    if (k.re !== k.re || k.im !== k.im) return k;
    return k.im === 0 ? floatKey(k.re) : '\u0000j' + k.re + ',' + k.im;
  }
  if (k instanceof PyTuple) {
    if (t.isHeap) return NO_FAST;
    const enc = encodeTuple(k);
    return enc === null ? NO_FAST : enc;
  }
  if (k instanceof PyBytes) {
    if (t.isHeap) return NO_FAST;
    return '\u0000b' + latin1(k.b);
  }
  if (t.isHeap && t.layout !== objectTypeRef && heapKeyHooks.length > 0) {
    const v = heapKeyValue(k);
    if (v !== undefined) return fastKey(v);
  }
  return hasIdentityEquality(t) ? k : NO_FAST;
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

/** Length-prefixed encoding of a tuple of fast keys; null if any element needs the slow path. */
function encodeTuple(t: PyTuple): string | null {
  let s = '\u0000(';
  const items = t.items;
  for (let i = 0; i < items.length; i++) {
    const e = items[i];
    let part: string;
    switch (typeof e) {
      case 'string':
        part = 's' + e.length + ':' + e;
        break;
      case 'number':
        part = 'i' + e;
        break;
      case 'bigint':
        part = 'i' + e.toString();
        break;
      case 'boolean':
        part = e ? 'i1' : 'i0';
        break;
      default: {
        const fk = fastKey(e);
        if (fk === NO_FAST) return null;
        switch (typeof fk) {
          case 'number':
            part = Number.isInteger(fk) ? 'i' + fk : 'f' + fk;
            break;
          case 'bigint':
            part = 'i' + fk.toString();
            break;
          case 'string':
            part = 'x' + fk.length + ':' + fk; // nested tuple / bytes / escaped str
            break;
          default:
            part = 'o' + objectId(fk as PyObject);
        }
      }
    }
    s += part + ',';
  }
  return s + ')';
}

export class PyDict extends PyObject {
  /** Entry keys and values by slot; a deleted slot has key `undefined`. */
  ks: (PyValue | undefined)[];
  vs: (PyValue | undefined)[];
  private fast: Map<FastKey, number>;
  private slow: Map<number | bigint, number[]> | null;
  /** Python hash of each slow-path key, by slot (for deletion from the slow index). */
  private slowHash: Map<number, number | bigint> | null;
  /**
   * Fast-index slots by Python hash, built on demand when a slow key is looked up in a dict that
   * also has fast keys (a user object may equal an int or str key); dropped on any change.
   */
  private fastByHash: Map<number | bigint, number[]> | null;
  size: number;
  /** Bumped on every insertion or deletion of a key, so iterators detect changes. */
  version: number;
  /** For an instance __dict__: the instance's type, told about every new str key (see PyType.instanceAttrNames). */
  ownerType: PyType | null;

  /** `bootstrap`: the first namespaces are made before dictType exists (core-types patches them). */
  constructor(cls?: PyType, bootstrap = false) {
    super(bootstrap ? (null as unknown as PyType) : cls ?? dictType);
    this.ks = [];
    this.vs = [];
    this.fast = new Map();
    this.slow = null;
    this.slowHash = null;
    this.fastByHash = null;
    this.size = 0;
    this.version = 0;
    this.ownerType = null;
  }

  // ---- str-keyed fast paths (namespaces, kwargs, instance attributes) ----

  getStr(k: string): PyValue | undefined {
    const i = this.fast.get(k.length > 0 && k.charCodeAt(0) === 0 ? '\u0000\u0000' + k : k);
    return i === undefined ? undefined : this.vs[i];
  }

  /** Slot index of a str key, or -1 (slots are stable until a key is added or removed). */
  slotOfStr(k: string): number {
    const i = this.fast.get(k.length > 0 && k.charCodeAt(0) === 0 ? '\u0000\u0000' + k : k);
    return i === undefined ? -1 : i;
  }

  setStr(k: string, v: PyValue): void {
    this.setFast(k.length > 0 && k.charCodeAt(0) === 0 ? '\u0000\u0000' + k : k, k, v);
  }

  delStr(k: string): boolean {
    return this.delFast(k.length > 0 && k.charCodeAt(0) === 0 ? '\u0000\u0000' + k : k);
  }

  // ---- fast-key operations (caller computed fk = fastKey(k) !== NO_FAST) ----

  getFast(fk: FastKey): PyValue | undefined {
    const i = this.fast.get(fk);
    return i === undefined ? undefined : this.vs[i];
  }

  hasFast(fk: FastKey): boolean {
    return this.fast.has(fk);
  }

  setFast(fk: FastKey, k: PyValue, v: PyValue): void {
    const i = this.fast.get(fk);
    if (i !== undefined) {
      this.vs[i] = v;
      return;
    }
    this.fast.set(fk, this.ks.length);
    this.ks.push(k);
    this.vs.push(v);
    this.size++;
    this.version++;
    this.fastByHash = null;
    if (this.ownerType !== null && typeof k === 'string') this.ownerType.instanceAttrNames.add(k);
  }

  /** Whether some key needs the slow path (so a fast-index miss is not final: see slotOf). */
  get hasSlowKeys(): boolean {
    return this.slow !== null;
  }

  /**
   * setFast, unless the key is new and the dict has slow keys (one of which may equal it): then
   * false, and the caller takes the generic path (set).
   */
  trySetFast(fk: FastKey, k: PyValue, v: PyValue): boolean {
    if (this.slow !== null && !this.fast.has(fk)) return false;
    this.setFast(fk, k, v);
    return true;
  }

  delFast(fk: FastKey): boolean {
    const i = this.fast.get(fk);
    if (i === undefined) return false;
    this.fast.delete(fk);
    this.removeSlot(i);
    return true;
  }

  /** Slot of a fast key (for pop/popitem that need the stored key), or -1. */
  slotOfFast(fk: FastKey): number {
    const i = this.fast.get(fk);
    return i === undefined ? -1 : i;
  }

  // ---- generic operations: any key; generators because __hash__/__eq__ may be Python ----

  *slotOf(k: PyValue): NativeGen<number> {
    const fk = fastKey(k);
    if (fk !== NO_FAST) {
      const i = this.fast.get(fk);
      if (i !== undefined || this.slow === null) return i === undefined ? -1 : i;
      // A slow key (user __eq__/__hash__) may equal this built-in key.
      return yield* this.slowSlot(k, yield* pyHash(k));
    }
    const h = yield* pyHash(k);
    const i = yield* this.slowSlot(k, h);
    if (i >= 0 || this.fast.size === 0) return i;
    return yield* this.fastSlotByHash(k, h);
  }

  /** A fast-index entry equal to slow key k (hash h), or -1 (CPython compares stored == k). */
  private *fastSlotByHash(k: PyValue, h: number | bigint): NativeGen<number> {
    if (this.fastByHash === null) {
      const byHash = new Map<number | bigint, number[]>();
      for (const i of this.fast.values()) {
        const kh = yield* pyHash(this.ks[i] as PyValue);
        const list = byHash.get(kh);
        if (list === undefined) byHash.set(kh, [i]);
        else list.push(i);
      }
      this.fastByHash = byHash;
    }
    const cands = this.fastByHash.get(h);
    if (cands === undefined) return -1;
    for (const i of cands.slice()) {
      const kk = this.ks[i];
      if (kk === undefined) continue;
      const version = this.version;
      const eq = yield* pyEq(kk, k);
      if (version !== this.version) return yield* this.slotOf(k);
      if (eq) return i;
    }
    return -1;
  }

  private *slowSlot(k: PyValue, h: number | bigint): NativeGen<number> {
    const cands = this.slow?.get(h);
    if (cands === undefined) return -1;
    for (const i of cands.slice()) {
      const kk = this.ks[i];
      if (kk === undefined) continue;
      if (kk === k) return i;
      const version = this.version;
      const eq = yield* pyEq(kk, k);
      if (version !== this.version) {
        // __eq__ mutated the dict; CPython restarts the lookup in this case.
        return yield* this.slowSlot(k, h);
      }
      if (eq) return i;
    }
    return -1;
  }

  *get(k: PyValue): NativeGen<PyValue | undefined> {
    const i = yield* this.slotOf(k);
    return i < 0 ? undefined : this.vs[i];
  }

  *set(k: PyValue, v: PyValue): NativeGen<void> {
    const fk = fastKey(k);
    if (fk !== NO_FAST) {
      if (this.slow !== null && !this.fast.has(fk)) {
        const j = yield* this.slowSlot(k, yield* pyHash(k));
        if (j >= 0) {
          this.vs[j] = v;
          return;
        }
      }
      this.setFast(fk, k, v);
      return;
    }
    const h = yield* pyHash(k);
    let i = yield* this.slowSlot(k, h);
    if (i < 0 && this.fast.size > 0) i = yield* this.fastSlotByHash(k, h);
    if (i >= 0) {
      this.vs[i] = v;
      return;
    }
    const slot = this.ks.length;
    this.ks.push(k);
    this.vs.push(v);
    this.size++;
    this.version++;
    if (this.slow === null) {
      this.slow = new Map();
      this.slowHash = new Map();
    }
    const list = this.slow.get(h);
    if (list === undefined) this.slow.set(h, [slot]);
    else list.push(slot);
    this.slowHash!.set(slot, h);
  }

  /** Remove a key; returns the removed value or undefined. */
  *remove(k: PyValue): NativeGen<PyValue | undefined> {
    const i = yield* this.slotOf(k);
    if (i < 0) return undefined;
    const v = this.vs[i];
    this.removeAt(i);
    return v;
  }

  /** Remove the entry in slot i (any key kind). */
  removeAt(i: number): void {
    const k = this.ks[i] as PyValue;
    const fk = fastKey(k);
    if (fk !== NO_FAST && this.fast.get(fk) === i) this.fast.delete(fk);
    else this.unlinkSlow(i);
    this.removeSlot(i);
  }

  private unlinkSlow(i: number): void {
    const h = this.slowHash?.get(i);
    if (h === undefined) return;
    this.slowHash!.delete(i);
    const list = this.slow!.get(h)!;
    const j = list.indexOf(i);
    if (j >= 0) list.splice(j, 1);
    if (list.length === 0) this.slow!.delete(h);
  }

  private removeSlot(i: number): void {
    this.fastByHash = null;
    this.ks[i] = undefined;
    this.vs[i] = undefined;
    this.size--;
    this.version++;
    const holes = this.ks.length - this.size;
    if (holes > 16 && holes > this.size) this.compact();
    else if (this.size === 0) this.clear();
  }

  /** Drop deleted slots and rebuild the indexes (slots move, so only on size changes). */
  private compact(): void {
    const ks = this.ks;
    const vs = this.vs;
    const slowHash = this.slowHash;
    this.ks = [];
    this.vs = [];
    this.fast = new Map();
    const oldSlow = slowHash;
    this.slow = null;
    this.slowHash = null;
    this.fastByHash = null;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k === undefined) continue;
      const slot = this.ks.length;
      this.ks.push(k);
      this.vs.push(vs[i]);
      const h = oldSlow?.get(i);
      if (h !== undefined) {
        if (this.slow === null) {
          this.slow = new Map();
          this.slowHash = new Map();
        }
        const list = this.slow.get(h);
        if (list === undefined) this.slow.set(h, [slot]);
        else list.push(slot);
        this.slowHash!.set(slot, h);
      } else {
        this.fast.set(fastKey(k) as FastKey, slot);
      }
    }
  }

  clear(): void {
    const changed = this.size > 0;
    this.ks = [];
    this.vs = [];
    this.fast = new Map();
    this.slow = null;
    this.slowHash = null;
    this.fastByHash = null;
    this.size = 0;
    if (changed) this.version++;
  }

  // ---- iteration helpers (skip deleted slots) ----

  keys(): PyValue[] {
    const out: PyValue[] = [];
    const ks = this.ks;
    for (let i = 0; i < ks.length; i++) if (ks[i] !== undefined) out.push(ks[i] as PyValue);
    return out;
  }

  values(): PyValue[] {
    const out: PyValue[] = [];
    const ks = this.ks;
    for (let i = 0; i < ks.length; i++) if (ks[i] !== undefined) out.push(this.vs[i] as PyValue);
    return out;
  }

  /** Calls fn(key, value) for each live entry in order. */
  forEach(fn: (k: PyValue, v: PyValue) => void): void {
    const ks = this.ks;
    for (let i = 0; i < ks.length; i++) if (ks[i] !== undefined) fn(ks[i] as PyValue, this.vs[i] as PyValue);
  }

  /** A shallow copy (same key kinds, same order) without re-hashing slow keys. */
  copyInto(target: PyDict): PyDict {
    const ks = this.ks;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k === undefined) continue;
      const h = this.slowHash?.get(i);
      if (h === undefined) target.setFast(fastKey(k) as FastKey, k, this.vs[i] as PyValue);
      else target.insertSlowKnownNew(k, this.vs[i] as PyValue, h);
    }
    return target;
  }

  /** Insert a slow key already known to be absent (copying), with its hash. */
  private insertSlowKnownNew(k: PyValue, v: PyValue, h: number | bigint): void {
    const slot = this.ks.length;
    this.ks.push(k);
    this.vs.push(v);
    this.size++;
    this.version++;
    if (this.slow === null) {
      this.slow = new Map();
      this.slowHash = new Map();
    }
    const list = this.slow.get(h);
    if (list === undefined) this.slow.set(h, [slot]);
    else list.push(slot);
    this.slowHash!.set(slot, h);
  }
}
