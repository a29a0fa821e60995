/**
 * PyComplex: a complex number as two doubles. Like PyFloat it is boxed and immutable; `cls` is a
 * user subclass for instances of `class C(complex)`, so fast paths must check `!x.cls.isHeap`.
 */
import { PyObject } from './object';
import { complexType } from './core-types';
import type { PyType } from './type';

export class PyComplex extends PyObject {
  readonly re: number;
  readonly im: number;
  constructor(re: number, im: number, cls?: PyType) {
    super(cls ?? complexType);
    this.re = re;
    this.im = im;
  }
}

export function newComplex(re: number, im: number): PyComplex {
  return new PyComplex(re, im);
}
