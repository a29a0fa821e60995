/** PyList: a mutable sequence backed by a JS array. */
import { PyObject, type PyValue } from './object';
import { listType } from './core-types';
import type { PyType } from './type';

export class PyList extends PyObject {
  items: PyValue[];
  constructor(items: PyValue[], cls?: PyType) {
    super(cls ?? listType);
    this.items = items;
  }
}
