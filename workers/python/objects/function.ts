/** PyFunction (a code object + globals + defaults + closure), PyCell, and bound PyMethod. */
import { PyObject, type PyValue } from './object';
import { functionType, cellType, methodType } from './core-types';
import type { PyDict } from './dict';
import type { PyCode } from '../compiler/code';

export class PyCell extends PyObject {
  /** undefined = empty cell (reading it raises NameError/UnboundLocalError). */
  v: PyValue | undefined;
  constructor(v?: PyValue) {
    super(cellType);
    this.v = v;
  }
}

export class PyFunction extends PyObject {
  code: PyCode;
  globals: PyDict;
  builtins: PyDict;
  name: string;
  qualname: string;
  /** Positional defaults (`__defaults__`), or null. */
  defaults: PyValue[] | null;
  /** Keyword-only defaults (`__kwdefaults__`), or null. */
  kwdefaults: PyDict | null;
  closure: PyCell[] | null;
  doc: PyValue;
  module: PyValue;
  annotations: PyDict | null;

  constructor(code: PyCode, globals: PyDict, builtins: PyDict, qualname: string, doc: PyValue, module: PyValue) {
    super(functionType);
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.name = code.name;
    this.qualname = qualname;
    this.defaults = null;
    this.kwdefaults = null;
    this.closure = null;
    this.doc = doc;
    this.module = module;
    this.annotations = null;
  }
}

/** A function (or any callable) bound to `self`. */
export class PyMethod extends PyObject {
  constructor(
    readonly func: PyValue,
    readonly self: PyValue,
  ) {
    super(methodType);
  }
}
