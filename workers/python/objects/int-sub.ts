/**
 * PyIntSub: an instance of a user subclass of int. Exact ints are JS numbers/bigints (and bools
 * JS booleans); a subclass instance is an object carrying its value in `v` plus the usual
 * instance __dict__/slots, so `typeof x === 'number'` fast paths never see it and every
 * operation on it goes through the dunder protocol (int's own slots unwrap it with intVal()).
 */
import { PyObject, type PyValue } from './object';
import type { PyType } from './type';
import { PyDict } from './dict';

export class PyIntSub extends PyObject {
  constructor(readonly v: number | bigint, cls: PyType) {
    super(cls);
    if (cls.instancesHaveDict) {
      this.dict = new PyDict();
      this.dict.ownerType = cls;
    }
  }
}

/**
 * The int value of an int, bool or int-subclass instance (PyLong_Check), or null. Use where
 * CPython reads the value of any int (int's own methods, _PyNumber_Index, %d), not in fast
 * paths that must leave subclass instances to their (possibly overridden) dunders.
 */
export function intVal(x: PyValue): number | bigint | null {
  switch (typeof x) {
    case 'number':
    case 'bigint':
      return x;
    case 'boolean':
      return x ? 1 : 0;
    case 'string':
      return null;
  }
  return x instanceof PyIntSub ? x.v : null;
}
