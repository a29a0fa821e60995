/**
 * The trace's side table of variable-length int lists (lock/sync waiters, queue contents as
 * string ids). Events hold a reference: -1 is the empty list, otherwise a word offset here.
 *
 * A list is stored either in full or as one edit of the previous list of the same object
 * (a put appends, a get removes the front), so a queue that grows to n items costs O(1) words
 * per event instead of O(n). Records:
 *   full:   [n << 2 | 0, id_0 … id_n-1]
 *   insert: [pos << 2 | 1, prevRef, id]
 *   remove: [pos << 2 | 2, prevRef]
 * A chain of edits is cut by a full copy once its decoding cost would exceed max(16, n), so
 * decoding any reference costs O(n + 16) and storage stays amortised O(1) words per event.
 */

export const EMPTY_LIST = -1;
const FULL = 0;
const INSERT = 1;
const REMOVE = 2;

type Value = number | string;

interface Chain {
  prev: Value[];
  ref: number;
  cost: number;
}

/** Growable Int32 storage shared by the encoder and the reader. */
export class IntColumn {
  words: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.words = new Int32Array(capacity);
  }
  reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.words.length) return;
    let cap = this.words.length * 2;
    while (cap < need) cap *= 2;
    const next = new Int32Array(cap);
    next.set(this.words.subarray(0, this.length));
    this.words = next;
  }
  push(v: number): void {
    if (this.length === this.words.length) this.reserve(1);
    this.words[this.length++] = v;
  }
}

/** Finds the single insertion or removal turning `a` into `b`: [isInsert, pos], 'same', or null. */
function singleEdit(a: readonly Value[], b: readonly Value[]): [boolean, number] | 'same' | null {
  const insert = b.length === a.length + 1;
  if (!insert && b.length !== a.length - 1) {
    if (b.length !== a.length) return null;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return null;
    return 'same';
  }
  const short = insert ? a : b;
  const long = insert ? b : a;
  let p = 0;
  while (p < short.length && short[p] === long[p]) p++;
  for (let i = p; i < short.length; i++) if (short[i] !== long[i + 1]) return null;
  return [insert, p];
}

/** Recorder side: turns each list into a reference, reusing or delta-coding per key. */
export class ListEncoder {
  readonly col = new IntColumn();
  private chains = new Map<number, Chain>();

  /** Stores `values` (ids via `toId`) for `key` (-1: no key, always stored in full). */
  put(key: number, values: readonly Value[], toId: (v: Value) => number): number {
    const chain = key >= 0 ? this.chains.get(key) : undefined;
    const n = values.length;
    let ref: number;
    let cost = 0;
    const edit = chain ? singleEdit(chain.prev, values) : null;
    if (edit === 'same') return chain!.ref; // unchanged: share the previous reference
    if (n === 0) ref = EMPTY_LIST;
    else if (chain && edit) {
      const [insert, pos] = edit;
      const atEnd = pos === 0 || pos === (insert ? n - 1 : n);
      cost = chain.cost + (atEnd ? 1 : 2 + (n >> 5));
      if (cost < Math.max(16, n) && n > 2) ref = this.writeEdit(chain.ref, insert, pos, insert ? toId(values[pos]) : 0);
      else {
        ref = this.writeFull(values, toId);
        cost = 0;
      }
    } else ref = this.writeFull(values, toId);
    if (chain) {
      chain.prev.length = 0;
      for (const v of values) chain.prev.push(v);
      chain.ref = ref;
      chain.cost = cost;
    } else if (key >= 0) this.chains.set(key, { prev: values.slice(), ref, cost });
    return ref;
  }

  private writeFull(values: readonly Value[], toId: (v: Value) => number): number {
    const c = this.col;
    c.reserve(values.length + 1);
    const ref = c.length;
    c.words[c.length++] = (values.length << 2) | FULL;
    for (const v of values) c.words[c.length++] = toId(v);
    return ref;
  }

  private writeEdit(prev: number, insert: boolean, pos: number, id: number): number {
    const c = this.col;
    c.reserve(3);
    const ref = c.length;
    c.words[c.length++] = (pos << 2) | (insert ? INSERT : REMOVE);
    c.words[c.length++] = prev;
    if (insert) c.words[c.length++] = id;
    return ref;
  }
}

/** Reader side: the ids of list `ref` in `words`. */
export function decodeList(words: Int32Array, ref: number): number[] {
  const edits: number[] = [];
  let r = ref;
  while (r >= 0 && (words[r] & 3) !== FULL) {
    edits.push(r);
    r = words[r + 1];
  }
  let arr: number[] = r < 0 ? [] : Array.from(words.subarray(r + 1, r + 1 + (words[r] >>> 2)));
  let lo = 0; // live items are arr[lo …]: removing the front is lo++
  for (let e = edits.length - 1; e >= 0; e--) {
    const at = edits[e];
    const pos = words[at] >>> 2;
    const len = arr.length - lo;
    if ((words[at] & 3) === INSERT) {
      const id = words[at + 2];
      if (pos === len) arr.push(id);
      else if (pos === 0) {
        if (lo === 0) {
          const pad = len + 16; // LIFO puts insert at the front: make room once, not per insert
          arr = new Array<number>(pad).fill(0).concat(arr);
          lo = pad;
        }
        arr[--lo] = id;
      } else arr.splice(lo + pos, 0, id);
    } else if (pos === 0) lo++;
    else if (pos === len - 1) arr.pop();
    else arr.splice(lo + pos, 1);
  }
  return lo === 0 ? arr : arr.slice(lo);
}
