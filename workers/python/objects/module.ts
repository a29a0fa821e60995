/** PyModule: a namespace (its __dict__) with a name. */
import { PyObject } from './object';
import { moduleType } from './core-types';
import { PyDict } from './dict';

export class PyModule extends PyObject {
  constructor(readonly name: string, ns?: PyDict) {
    super(moduleType);
    this.dict = ns ?? new PyDict();
  }
  get ns(): PyDict {
    return this.dict as PyDict;
  }
}
