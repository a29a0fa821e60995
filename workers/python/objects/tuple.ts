/** PyTuple: an immutable sequence backed by a JS array that is never mutated after creation. */
import { PyObject, type PyValue } from './object';
import { tupleType } from './core-types';
import type { PyType } from './type';

export class PyTuple extends PyObject {
  readonly items: PyValue[];
  constructor(items: PyValue[], cls?: PyType) {
    super(cls ?? tupleType);
    this.items = items;
  }
}

let emptyTuple: PyTuple | null = null;
export function newTuple(items: PyValue[]): PyTuple {
  if (items.length === 0) return emptyTuple ?? (emptyTuple = new PyTuple([]));
  return new PyTuple(items);
}
