/**
 * The open-addressing hash table behind set and frozenset, reproducing CPython 3.11's
 * Objects/setobject.c step for step, because a set's iteration order *is* its slot order:
 *
 *  - 8 slots to start; a probe looks at slot i and, when i + 9 <= mask, the 9 slots after it
 *    (LINEAR_PROBES), then moves on with `perturb >>= 5; i = (i*5 + 1 + perturb) & mask` over the
 *    full unsigned 64-bit hash.
 *  - Deleting leaves a dummy (hash -1). An insertion reuses the *last* dummy seen on its probe
 *    path, and only a write into a never-used slot counts towards `fill`; once fill*5 >= mask*3
 *    the table is rebuilt at the smallest power of two above used*4 (used*2 past 50000 entries),
 *    re-inserting live entries in old slot order.
 *  - pop() scans from a "finger" that remembers where the previous pop stopped.
 *
 * Keys are compared like CPython: identity, then equal hash, then `==`. `==` of built-in keys is
 * answered synchronously (`keyEqFast`); when a user `__eq__` must run, the synchronous method
 * returns NEED without having changed anything and the caller repeats the operation with the
 * generator version, which restarts its probe if the comparison changed the table (as CPython
 * does). Hashes are stored as int32 halves (lo, hi) in one Int32Array; dummies store -1, -1.
 */
import type { PyValue } from './object';
import { pyEq } from '../ops/compare';
import { NEED_GEN } from '../ops/attr';
import { keyEqFast } from './set-key-eq';
import type { NativeGen } from '../vm/native';

export const LINEAR_PROBES = 9;
export const MINSIZE = 8;

/** The key of a deleted slot. */
export const DUMMY: unique symbol = Symbol('set dummy');
export type Slot = PyValue | undefined | typeof DUMMY;

/** A synchronous operation met an `==` that needs Python code (nothing was changed). */
export const NEED = -2;

function emptyKeys(n: number): Slot[] {
  return new Array<Slot>(n).fill(undefined);
}

/**
 * CPython's set_insert_clean: place a key known to be absent into a table without dummies
 * (used when rebuilding and when merging into an empty set).
 */
function insertClean(keys: Slot[], h: Int32Array, mask: number, key: PyValue, lo: number, hi: number): void {
  let plo = lo >>> 0, phi = hi >>> 0;
  let i = plo & mask;
  for (;;) {
    if (keys[i] === undefined) break;
    if (i + LINEAR_PROBES <= mask) {
      let j = i + 1;
      const last = i + LINEAR_PROBES;
      for (; j <= last; j++) if (keys[j] === undefined) break;
      if (j <= last) {
        i = j;
        break;
      }
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + 1 + plo) & mask;
  }
  keys[i] = key;
  h[2 * i] = lo;
  h[2 * i + 1] = hi;
}

export class SetTable {
  /** Slot keys: undefined = never used, DUMMY = deleted. */
  keys: Slot[] = emptyKeys(MINSIZE);
  /** Slot hashes: h[2i] = low word, h[2i+1] = high word (int32). */
  h: Int32Array = new Int32Array(2 * MINSIZE);
  mask = MINSIZE - 1;
  /** Live + dummy slots. */
  fill = 0;
  /** Live slots. */
  used = 0;
  /** Where the next pop() starts looking. */
  finger = 0;

  // ---- lookup (set_lookkey) ----

  /** Slot of an equal key, -1 when absent, NEED when `==` must run Python code. */
  findSync(key: PyValue, lo: number, hi: number): number {
    const keys = this.keys, h = this.h, mask = this.mask;
    let plo = lo >>> 0, phi = hi >>> 0;
    let i = plo & mask;
    lo |= 0;
    hi |= 0;
    for (;;) {
      const last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
      for (let j = i; j <= last; j++) {
        const k = keys[j];
        if (k === undefined) return -1;
        if (h[2 * j] === lo && h[2 * j + 1] === hi) {
          // Equal hashes: a dummy (-1) can never match, so k is a live key.
          if (k === key) return j;
          const eq = keyEqFast(k as PyValue, key);
          if (eq === true) return j;
          if (eq !== false) return NEED;
        }
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }

  /** findSync with user `__eq__` allowed; restarts when a comparison changed the table. */
  *findGen(key: PyValue, lo: number, hi: number): NativeGen<number> {
    lo |= 0;
    hi |= 0;
    restart: for (;;) {
      const keys = this.keys, h = this.h;
      let mask = this.mask;
      let plo = lo >>> 0, phi = hi >>> 0;
      let i = plo & mask;
      for (;;) {
        const last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
        for (let j = i; j <= last; j++) {
          const k = keys[j];
          if (k === undefined) return -1;
          if (h[2 * j] !== lo || h[2 * j + 1] !== hi) continue;
          if (k === key) return j;
          let eq = keyEqFast(k as PyValue, key);
          if (eq === NEED_GEN) {
            eq = yield* pyEq(k as PyValue, key);
            // set_lookkey checks for mutation before looking at the answer.
            if (this.keys !== keys || keys[j] !== k) continue restart;
            mask = this.mask;
          }
          if (eq) return j;
        }
        plo = ((plo >>> 5) | (phi << 27)) >>> 0;
        phi >>>= 5;
        i = (i * 5 + 1 + plo) & mask;
      }
    }
  }

  /** Membership with `==` allowed to run Python code. */
  *has(key: PyValue, lo: number, hi: number): NativeGen<boolean> {
    let j = this.findSync(key, lo, hi);
    if (j === NEED) j = yield* this.findGen(key, lo, hi);
    return j >= 0;
  }

  // ---- insertion (set_add_entry) ----

  /** Insert unless an equal key is present: 1 added, 0 present, NEED (nothing changed). */
  addSync(key: PyValue, lo: number, hi: number): number {
    const keys = this.keys, h = this.h, mask = this.mask;
    let plo = lo >>> 0, phi = hi >>> 0;
    let i = plo & mask;
    let freeslot = -1;
    lo |= 0;
    hi |= 0;
    for (;;) {
      const last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
      for (let j = i; j <= last; j++) {
        const k = keys[j];
        if (k === undefined) return this.store(j, freeslot, key, lo, hi);
        if (h[2 * j] === lo && h[2 * j + 1] === hi) {
          if (k === key) return 0;
          const eq = keyEqFast(k as PyValue, key);
          if (eq === true) return 0;
          if (eq !== false) return NEED;
        } else if (k === DUMMY) {
          freeslot = j;
        }
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }

  /** addSync with user `__eq__` allowed. Returns true when the key was added. */
  *addGen(key: PyValue, lo: number, hi: number): NativeGen<boolean> {
    lo |= 0;
    hi |= 0;
    restart: for (;;) {
      const keys = this.keys, h = this.h;
      let mask = this.mask;
      let plo = lo >>> 0, phi = hi >>> 0;
      let i = plo & mask;
      let freeslot = -1;
      for (;;) {
        const last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
        for (let j = i; j <= last; j++) {
          const k = keys[j];
          if (k === undefined) return this.store(j, freeslot, key, lo, hi) === 1;
          if (h[2 * j] === lo && h[2 * j + 1] === hi) {
            if (k === key) return false;
            let eq = keyEqFast(k as PyValue, key);
            if (eq === NEED_GEN) {
              eq = yield* pyEq(k as PyValue, key);
              // set_add_entry looks at the answer before checking for mutation.
              if (eq) return false;
              if (this.keys !== keys || keys[j] !== k) continue restart;
              mask = this.mask;
            }
            if (eq) return false;
          } else if (k === DUMMY) {
            freeslot = j;
          }
        }
        plo = ((plo >>> 5) | (phi << 27)) >>> 0;
        phi >>>= 5;
        i = (i * 5 + 1 + plo) & mask;
      }
    }
  }

  /** Insert or skip, trying the synchronous path first. True when added. */
  *add(key: PyValue, lo: number, hi: number): NativeGen<boolean> {
    const r = this.addSync(key, lo, hi);
    if (r !== NEED) return r === 1;
    return yield* this.addGen(key, lo, hi);
  }

  /** The end of set_add_entry: reuse the last dummy seen, else take the empty slot and maybe grow. */
  private store(j: number, freeslot: number, key: PyValue, lo: number, hi: number): number {
    const keys = this.keys, h = this.h;
    if (freeslot >= 0) {
      this.used++;
      keys[freeslot] = key;
      h[2 * freeslot] = lo;
      h[2 * freeslot + 1] = hi;
      return 1;
    }
    this.fill++;
    this.used++;
    keys[j] = key;
    h[2 * j] = lo;
    h[2 * j + 1] = hi;
    if (this.fill * 5 < this.mask * 3) return 1;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
    return 1;
  }

  // ---- deletion ----

  /** Turn live slot j into a dummy (set_discard_entry after its lookup). */
  removeAt(j: number): void {
    this.keys[j] = DUMMY;
    this.h[2 * j] = -1;
    this.h[2 * j + 1] = -1;
    this.used--;
  }

  /** Discard an equal key; true when one was there. */
  *discard(key: PyValue, lo: number, hi: number): NativeGen<boolean> {
    let j = this.findSync(key, lo, hi);
    if (j === NEED) j = yield* this.findGen(key, lo, hi);
    if (j < 0) return false;
    this.removeAt(j);
    return true;
  }

  /** set_pop: the first live slot at or after the finger (wrapping), or undefined when empty. */
  pop(): PyValue | undefined {
    if (this.used === 0) return undefined;
    const keys = this.keys, mask = this.mask;
    let j = this.finger & mask;
    while (keys[j] === undefined || keys[j] === DUMMY) {
      j++;
      if (j > mask) j = 0;
    }
    const k = keys[j] as PyValue;
    this.removeAt(j);
    this.finger = j + 1;
    return k;
  }

  /** set_clear_internal: back to an empty 8-slot table (the finger is kept, as in CPython). */
  clear(): void {
    if (this.mask === MINSIZE - 1) {
      // CPython empties its built-in small table in place.
      this.keys.fill(undefined);
      this.h.fill(0);
    } else {
      this.keys = emptyKeys(MINSIZE);
      this.h = new Int32Array(2 * MINSIZE);
      this.mask = MINSIZE - 1;
    }
    this.fill = 0;
    this.used = 0;
  }

  // ---- resizing (set_table_resize) ----

  /** Rebuild at the smallest power of two (>= 8) above `minused`, dropping dummies. */
  resize(minused: number): void {
    let newsize = MINSIZE;
    while (newsize <= minused) newsize *= 2;
    let oldKeys = this.keys, oldH = this.h;
    const oldMask = this.mask;
    if (newsize === MINSIZE && oldMask === MINSIZE - 1) {
      // The small table stays in place (same arrays, as CPython reuses `smalltable`).
      if (this.fill === this.used) return;
      oldKeys = oldKeys.slice();
      oldH = oldH.slice();
      this.keys.fill(undefined);
      this.h.fill(0);
    } else {
      this.keys = emptyKeys(newsize);
      this.h = new Int32Array(2 * newsize);
      this.mask = newsize - 1;
    }
    const keys = this.keys, h = this.h, mask = this.mask;
    this.fill = this.used;
    for (let j = 0; j <= oldMask; j++) {
      const k = oldKeys[j];
      if (k !== undefined && k !== DUMMY) insertClean(keys, h, mask, k, oldH[2 * j], oldH[2 * j + 1]);
    }
  }

  // ---- bulk ----

  /** set_merge: add every key of `other` (another set's table). */
  *merge(other: SetTable): NativeGen<void> {
    if (other === this || other.used === 0) return;
    // One resize up front, expecting few overlapping keys.
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      // Same size, no dummies: the layout is copied slot for slot.
      const ok = other.keys, keys = this.keys;
      for (let j = 0; j <= other.mask; j++) keys[j] = ok[j];
      this.h.set(other.h);
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      const ok = other.keys, oh = other.h, keys = this.keys, h = this.h, mask = this.mask;
      this.fill = other.used;
      this.used = other.used;
      for (let j = 0; j <= other.mask; j++) {
        const k = ok[j];
        if (k !== undefined && k !== DUMMY) insertClean(keys, h, mask, k, oh[2 * j], oh[2 * j + 1]);
      }
      return;
    }
    // Possible duplicates: ordinary insertions, reading `other` afresh each step (a user __eq__
    // may change it).
    for (let j = 0; j <= other.mask; j++) {
      const k = other.keys[j];
      if (k === undefined || k === DUMMY) continue;
      const lo = other.h[2 * j], hi = other.h[2 * j + 1];
      if (this.addSync(k, lo, hi) === NEED) yield* this.addGen(k, lo, hi);
    }
  }

  /** Exchange contents with another table (set_swap_bodies); each keeps its own finger. */
  swapContents(o: SetTable): void {
    const k = this.keys, h = this.h, m = this.mask, f = this.fill, u = this.used;
    this.keys = o.keys;
    this.h = o.h;
    this.mask = o.mask;
    this.fill = o.fill;
    this.used = o.used;
    o.keys = k;
    o.h = h;
    o.mask = m;
    o.fill = f;
    o.used = u;
  }

  // ---- iteration ----

  /** Index of the first live slot at or after `pos`, or -1. */
  nextLive(pos: number): number {
    const keys = this.keys, mask = this.mask;
    while (pos <= mask) {
      const k = keys[pos];
      if (k !== undefined && k !== DUMMY) return pos;
      pos++;
    }
    return -1;
  }

  /** Live keys in slot order (= Python iteration order). */
  liveKeys(): PyValue[] {
    const out: PyValue[] = [];
    const keys = this.keys, mask = this.mask;
    for (let j = 0; j <= mask; j++) {
      const k = keys[j];
      if (k !== undefined && k !== DUMMY) out.push(k);
    }
    return out;
  }
}
