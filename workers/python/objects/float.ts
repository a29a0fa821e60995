/** PyFloat: a boxed double, so that a bare JS number always means a Python int in hot paths. */
import { PyObject } from './object';
import { floatType } from './core-types';
import type { PyType } from './type';

export class PyFloat extends PyObject {
  readonly v: number;
  constructor(v: number, cls?: PyType) {
    super(cls ?? floatType);
    this.v = v;
  }
}

/**
 * Shared boxes for the floats programs use all the time. Created on first use: this module is
 * evaluated inside the core-types -> dict import cycle, before floatType exists.
 */
let ZERO: PyFloat | null = null;
let ONE: PyFloat | null = null;

export function newFloat(v: number): PyFloat {
  if (v === 0 && !Object.is(v, -0)) return (ZERO ??= new PyFloat(0));
  if (v === 1) return (ONE ??= new PyFloat(1));
  return new PyFloat(v);
}
