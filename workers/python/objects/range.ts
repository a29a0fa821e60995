/** PyRange and PySlice: immutable (start, stop, step) triples. Range bounds are Python ints. */
import { PyObject, type PyValue } from './object';
import { rangeType, sliceType } from './core-types';

export class PyRange extends PyObject {
  constructor(
    readonly start: number | bigint,
    readonly stop: number | bigint,
    readonly step: number | bigint,
  ) {
    super(rangeType);
  }
}

export class PySlice extends PyObject {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super(sliceType);
  }
}
