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

/** Shared boxes for the floats programs use all the time. */
const ZERO = new PyFloat(0);
const ONE = new PyFloat(1);

export function newFloat(v: number): PyFloat {
  if (v === 0 && !Object.is(v, -0)) return ZERO;
  if (v === 1) return ONE;
  return new PyFloat(v);
}
