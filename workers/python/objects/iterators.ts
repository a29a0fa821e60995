/**
 * Built-in iterators. SyncIterator subclasses never run Python code (list, tuple, range, str,
 * bytes and dict iterators), so FOR_ITER can call `next()` inline. GenIterator subclasses may
 * (map, filter, zip, enumerate, the __getitem__ protocol, iter(callable, sentinel)) and are
 * advanced through a native generator.
 */
import { PyObject, STOP, type PyValue, type Stop } from './object';
import {
  listIteratorType, listReverseIteratorType, tupleIteratorType, rangeIteratorType, longRangeIteratorType,
  strIteratorType, strUnicodeIteratorType, bytesIteratorType, dictKeyIteratorType,
  dictValueIteratorType, dictItemIteratorType, dictReverseKeyIteratorType,
} from './core-types';
import type { PyType } from './type';
import { PyList } from './list';
import { PyTuple } from './tuple';
import type { PyDict } from './dict';
import type { NativeGen } from '../vm/native';
import { runtimeError } from '../runtime/errors';

export abstract class SyncIterator extends PyObject {
  abstract next(): PyValue | Stop;
  /** __length_hint__, when cheap to know. */
  lengthHint(): number {
    return 0;
  }
}

export abstract class GenIterator extends PyObject {
  abstract nextGen(): NativeGen<PyValue | Stop>;
}

export class ListIterator extends SyncIterator {
  i = 0;
  constructor(public list: PyList | null) {
    super(listIteratorType);
  }
  next(): PyValue | Stop {
    const l = this.list;
    if (l !== null) {
      if (this.i < l.items.length) return l.items[this.i++];
      this.list = null;
    }
    return STOP;
  }
  override lengthHint(): number {
    return this.list === null ? 0 : Math.max(0, this.list.items.length - this.i);
  }
}

export class ListReverseIterator extends SyncIterator {
  i: number;
  constructor(public list: PyList | null) {
    super(listReverseIteratorType);
    this.i = list === null ? -1 : list.items.length - 1;
  }
  next(): PyValue | Stop {
    const l = this.list;
    if (l !== null && this.i >= 0 && this.i < l.items.length) return l.items[this.i--];
    this.list = null;
    return STOP;
  }
}

export class TupleIterator extends SyncIterator {
  i = 0;
  constructor(public items: PyValue[] | null) {
    super(tupleIteratorType);
  }
  next(): PyValue | Stop {
    const it = this.items;
    if (it !== null) {
      if (this.i < it.length) return it[this.i++];
      this.items = null;
    }
    return STOP;
  }
  override lengthHint(): number {
    return this.items === null ? 0 : this.items.length - this.i;
  }
}

/** range() iteration over safe integers (the common case: plain JS arithmetic). */
export class RangeIterator extends SyncIterator {
  constructor(
    public cur: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super(rangeIteratorType);
  }
  next(): PyValue | Stop {
    const c = this.cur;
    if (this.step > 0 ? c < this.stop : c > this.stop) {
      this.cur = c + this.step;
      return c;
    }
    return STOP;
  }
  override lengthHint(): number {
    const n = this.step > 0 ? Math.ceil((this.stop - this.cur) / this.step) : Math.ceil((this.cur - this.stop) / -this.step);
    return Math.max(0, n);
  }
}

export class LongRangeIterator extends SyncIterator {
  constructor(
    public cur: bigint,
    readonly stop: bigint,
    readonly step: bigint,
  ) {
    super(longRangeIteratorType);
  }
  next(): PyValue | Stop {
    const c = this.cur;
    if (this.step > 0n ? c < this.stop : c > this.stop) {
      this.cur = c + this.step;
      return c >= -9007199254740991n && c <= 9007199254740991n ? Number(c) : c;
    }
    return STOP;
  }
}

/** Iterates code points (surrogate pairs yield one character). */
export class StrIterator extends SyncIterator {
  i = 0;
  constructor(readonly s: string, ascii: boolean) {
    super(ascii ? strIteratorType : strUnicodeIteratorType);
  }
  next(): PyValue | Stop {
    const s = this.s;
    const i = this.i;
    if (i >= s.length) return STOP;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        this.i = i + 2;
        return s.slice(i, i + 2);
      }
    }
    this.i = i + 1;
    return s[i];
  }
}

export class BytesIterator extends SyncIterator {
  i = 0;
  constructor(readonly get: () => Uint8Array, cls: PyType = bytesIteratorType) {
    super(cls);
  }
  next(): PyValue | Stop {
    const b = this.get();
    return this.i < b.length ? b[this.i++] : STOP;
  }
}

export const enum DictIterKind {
  Keys,
  Values,
  Items,
}

export class DictIterator extends SyncIterator {
  slot = 0;
  private readonly size0: number;
  private readonly version0: number;
  private done = false;
  constructor(
    readonly d: PyDict,
    readonly kind: DictIterKind,
  ) {
    super(kind === DictIterKind.Keys ? dictKeyIteratorType : kind === DictIterKind.Values ? dictValueIteratorType : dictItemIteratorType);
    this.size0 = d.size;
    this.version0 = d.version;
  }
  next(): PyValue | Stop {
    if (this.done) return STOP;
    const d = this.d;
    if (d.size !== this.size0) {
      this.done = true;
      runtimeError('dictionary changed size during iteration');
    }
    if (d.version !== this.version0) {
      this.done = true;
      runtimeError('dictionary keys changed during iteration');
    }
    const ks = d.ks;
    let i = this.slot;
    while (i < ks.length && ks[i] === undefined) i++;
    if (i >= ks.length) {
      this.done = true;
      return STOP;
    }
    this.slot = i + 1;
    const k = ks[i] as PyValue;
    if (this.kind === DictIterKind.Keys) return k;
    const v = d.vs[i] as PyValue;
    if (this.kind === DictIterKind.Values) return v;
    return new PyTuple([k, v]);
  }
  override lengthHint(): number {
    return this.done ? 0 : this.d.size;
  }
}

export class DictReverseIterator extends SyncIterator {
  slot: number;
  constructor(
    readonly d: PyDict,
    readonly kind: DictIterKind,
    cls: PyType = dictReverseKeyIteratorType,
  ) {
    super(cls);
    this.slot = d.ks.length - 1;
  }
  next(): PyValue | Stop {
    const d = this.d;
    let i = this.slot;
    while (i >= 0 && d.ks[i] === undefined) i--;
    if (i < 0) return STOP;
    this.slot = i - 1;
    const k = d.ks[i] as PyValue;
    if (this.kind === DictIterKind.Keys) return k;
    const v = d.vs[i] as PyValue;
    if (this.kind === DictIterKind.Values) return v;
    return new PyTuple([k, v]);
  }
}
