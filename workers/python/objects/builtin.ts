/**
 * Natively implemented callables and descriptors: built-in functions and methods (bound or not),
 * getset descriptors (native properties such as `function.__name__`), and the Python-visible
 * property / staticmethod / classmethod wrappers.
 */
import { PyObject, type PyValue } from './object';
import {
  builtinFunctionType, methodDescriptorType, wrapperDescriptorType, classmethodDescriptorType,
  getsetDescriptorType, propertyType, staticmethodType, classmethodType,
} from './core-types';
import type { PyType } from './type';
import { isGeneratorFunction, type NativeFn } from '../vm/native';

export const enum BuiltinKind {
  /** A module-level function, or a method already bound to `self`. */
  Function,
  /** An unbound method in a type's namespace (`list.append`): binds on attribute access. */
  Method,
  /** An unbound special method (`list.__len__`): same as Method, different repr. */
  Slot,
  /** A class method of a built-in type (`dict.fromkeys`, `int.from_bytes`). */
  ClassMethod,
  /** A static method of a built-in type (`str.maketrans`). */
  StaticMethod,
}

export const UNIT_NEVER = 0;
export const UNIT_ALWAYS = 1;
export const UNIT_UNLESS_POPPED = 2;

export class PyBuiltin extends PyObject {
  readonly name: string;
  /** Owning type for methods (for reprs and the self type check). */
  readonly owner: PyType | null;
  readonly fn: NativeFn;
  /** fn is a generator function: the VM drives its result as a native frame. */
  readonly isGen: boolean;
  readonly kind: BuiltinKind;
  /** Bound `self` (undefined when unbound). */
  readonly self: PyValue | undefined;
  /** Module name for functions (`builtins`, `math`, …). */
  module: string | null;
  doc: string | null;
  textSignature: string | null;
  /**
   * Whether a call from Python code takes a recursion unit, as CPython 3.11's specialized calls
   * of METH_O / METH_NOARGS / METH_VARARGS C functions do (" while calling a Python object"):
   * UNIT_NEVER, UNIT_ALWAYS, or UNIT_UNLESS_POPPED (list.append as a statement). Calls from
   * natives always take one (vectorcall). See vm/call-units.ts.
   */
  unit: number;

  constructor(name: string, fn: NativeFn, kind: BuiltinKind, owner: PyType | null, self?: PyValue, isGen?: boolean) {
    super(
      // A static method of a built-in type (int.__new__, str.maketrans) is a plain
      // builtin_function_or_method in CPython too.
      kind === BuiltinKind.Function || kind === BuiltinKind.StaticMethod || self !== undefined
        ? builtinFunctionType
        : kind === BuiltinKind.Slot
          ? wrapperDescriptorType
          : kind === BuiltinKind.ClassMethod
            ? classmethodDescriptorType
            : methodDescriptorType,
    );
    this.name = name;
    this.fn = fn;
    this.isGen = isGen ?? isGeneratorFunction(fn);
    this.kind = kind;
    this.owner = owner;
    this.self = self;
    this.module = null;
    this.doc = null;
    this.textSignature = null;
    this.unit = 0;
  }

  bind(self: PyValue): PyBuiltin {
    const b = new PyBuiltin(this.name, this.fn, this.kind, this.owner, self, this.isGen);
    b.doc = this.doc;
    b.unit = this.unit;
    return b;
  }
}

/**
 * A native data descriptor on a built-in type (e.g. `BaseException.args`, `function.__name__`),
 * or a `member_descriptor` (pass `memberDescriptorType`: a __slots__ entry).
 */
export class PyGetSet extends PyObject {
  constructor(
    readonly name: string,
    readonly owner: PyType,
    readonly get: (self: PyValue) => PyValue,
    readonly set: ((self: PyValue, v: PyValue | undefined) => void) | null,
    cls: PyType = getsetDescriptorType,
  ) {
    super(cls);
  }
}

export class PyProperty extends PyObject {
  /** Set by __set_name__ (and copied by getter/setter/deleter); used in error messages. */
  name: PyValue | null = null;
  /** The doc came from fget (CPython's getter_doc). */
  getterDoc = false;
  constructor(
    public fget: PyValue,
    public fset: PyValue,
    public fdel: PyValue,
    public doc: PyValue,
    cls: PyType = propertyType,
  ) {
    super(cls);
  }
}

export class PyStaticMethod extends PyObject {
  constructor(public func: PyValue, cls: PyType = staticmethodType) {
    super(cls);
  }
}

export class PyClassMethod extends PyObject {
  constructor(public func: PyValue, cls: PyType = classmethodType) {
    super(cls);
  }
}
