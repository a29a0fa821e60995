/**
 * PySet: set and frozenset instances. Storage is delegated to a SetStorage so the table
 * algorithm can be swapped without touching callers.
 * INTERIM: insertion-ordered storage (a dict's keys); CPython's table order comes with set-table.ts.
 */
import { PyObject, type PyValue } from './object';
import { setType, frozensetType } from './core-types';
import type { PyType } from './type';
import { PyDict } from './dict';
import type { NativeGen } from '../vm/native';
import { iterToArray } from '../ops/iter';

export class PySet extends PyObject {
  readonly store: PyDict;
  constructor(cls?: PyType) {
    super(cls ?? setType);
    this.store = new PyDict();
  }
  get size(): number {
    return this.store.size;
  }
  get frozen(): boolean {
    return this.cls.layout === frozensetType;
  }
  *add(k: PyValue): NativeGen<void> {
    yield* this.store.set(k, true);
  }
  *has(k: PyValue): NativeGen<boolean> {
    return (yield* this.store.slotOf(k)) >= 0;
  }
  *discard(k: PyValue): NativeGen<boolean> {
    return (yield* this.store.remove(k)) !== undefined;
  }
  items(): PyValue[] {
    return this.store.keys();
  }
  clear(): void {
    this.store.clear();
  }
}

export function* newSetFromItems(items: PyValue[], cls?: PyType): NativeGen<PySet> {
  const s = new PySet(cls);
  for (const x of items) yield* s.add(x);
  return s;
}

export function* setAdd(s: PyValue, v: PyValue): NativeGen<void> {
  yield* (s as PySet).add(v);
}

export function* setUpdate(s: PyValue, iterable: PyValue): NativeGen<void> {
  const items = yield* iterToArray(iterable);
  for (const x of items) yield* (s as PySet).add(x);
}
