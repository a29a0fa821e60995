/**
 * Calling any Python callable from native code, and instantiating types.
 * Python functions are never called on the JS stack: they become CallRequests the VM performs.
 */
import type { PyValue } from '../objects/object';
import { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import {
  typeOf, typeType, objectType, None, floatType, boolType, listType, tupleType, dictType, setType, frozensetType, rangeType,
  enumerateType, mapType, filterType, strType,
} from '../objects/core-types';
import { PyFunction, PyMethod } from '../objects/function';
import { PyBuiltin, BuiltinKind, PyStaticMethod, PyClassMethod } from '../objects/builtin';
import { PyDict } from '../objects/dict';
import { CallRequest, type KwArgs, type NativeGen } from '../vm/native';
import { typeError } from '../runtime/errors';
import { currentThread } from '../vm/current';
import { enterRecursiveCall, leaveRecursiveCall, WHILE_CALLING } from '../vm/recursion';
import { callWithUnit } from '../vm/recursion';
import { charge, NK } from '../runtime/cost';

/** Call a built-in directly (driving it if it is a generator). */
export function* callBuiltin(b: PyBuiltin, args: PyValue[], kw: KwArgs | null): NativeGen {
  if (b.self !== undefined) args = [b.self as PyValue, ...args];
  else if (b.kind === BuiltinKind.ClassMethod) {
    // Unbound classmethod descriptor called on its own: first argument must be the type.
  }
  const r = b.unit !== 0 ? callWithUnit(currentThread(), b, args, kw) : b.fn(args, kw);
  return b.isGen ? yield* (r as NativeGen) : (r as PyValue);
}

/** Call any callable with positional args and optional keywords. */
export function* pyCall(f: PyValue, args: PyValue[], kw: KwArgs | null = null): NativeGen {
  for (;;) {
    if (f instanceof PyFunction) return (yield new CallRequest(f, args, kw, true)) as PyValue;
    if (f instanceof PyBuiltin) return yield* callBuiltin(f, args, kw);
    if (f instanceof PyMethod) {
      args = [f.self, ...args];
      f = f.func;
      continue;
    }
    if (f instanceof PyType) return yield* callType(f, args, kw);
    const call = typeOf(f).lookup('__call__');
    if (call === undefined) typeError(`'${typeOf(f).name}' object is not callable`);
    // CPython's _PyObject_MakeTpCall takes a recursion unit for the callable instance.
    const th = currentThread();
    enterRecursiveCall(th, WHILE_CALLING);
    try {
      return yield* callMethod(call, f, args, kw);
    } finally {
      leaveRecursiveCall(th);
    }
  }
}

/**
 * Call `descr` (found on the type of `self`) as a method of `self`, without creating a bound
 * method object for the common cases.
 */
export function* callMethod(descr: PyValue, self: PyValue, args: PyValue[], kw: KwArgs | null = null): NativeGen {
  if (descr instanceof PyFunction) return (yield new CallRequest(descr, [self, ...args], kw)) as PyValue;
  if (descr instanceof PyBuiltin && descr.self === undefined && (descr.kind === BuiltinKind.Method || descr.kind === BuiltinKind.Slot)) {
    const r = descr.fn([self, ...args], kw);
    return descr.isGen ? yield* (r as NativeGen) : (r as PyValue);
  }
  const bound = yield* bindDescriptor(descr, self, typeOf(self));
  return yield* pyCall(bound, args, kw);
}

/** Apply the descriptor protocol to a class attribute found for an instance (or class). */
export function* bindDescriptor(d: PyValue, self: PyValue | null, owner: PyType): NativeGen {
  if (d instanceof PyFunction) return self === null ? d : new PyMethod(d, self);
  if (d instanceof PyBuiltin) {
    if (d.self !== undefined || d.kind === BuiltinKind.Function) return d;
    if (d.kind === BuiltinKind.ClassMethod) return d.bind(owner);
    if (d.kind === BuiltinKind.StaticMethod) return d;
    return self === null ? d : d.bind(self);
  }
  if (d instanceof PyObject && d.cls.isHeap) {
    // Instances of user classes, including subclasses of staticmethod/classmethod/property.
    const get = d.cls.lookup('__get__');
    return get === undefined ? d : yield* callMethod(get, d, [self ?? None, owner]);
  }
  if (d instanceof PyStaticMethod) return d.func;
  if (d instanceof PyClassMethod) return yield* classMethodGet(d, owner);
  return d;
}

/**
 * classmethod.__get__: a bound method of the class, or (3.9–3.12) the wrapped object's own
 * __get__(owner, owner) when it has one (classmethod stacked on property and the like).
 */
export function* classMethodGet(c: PyClassMethod, owner: PyType): NativeGen {
  const f = c.func;
  if (!(f instanceof PyFunction) && f instanceof PyObject) {
    const get = f.cls.lookup('__get__');
    if (get !== undefined) return yield* callMethod(get, f, [owner, owner]);
  }
  return new PyMethod(f, owner);
}

/**
 * CPython's Py_TPFLAGS_IS_ABSTRACT check in object.__new__: a class whose own
 * __abstractmethods__ (set by abc.ABCMeta) is non-empty cannot be instantiated.
 */
function checkAbstract(t: PyType): void {
  const abs = (t.dict as PyDict).getStr('__abstractmethods__');
  if (abs === undefined) return;
  const names: PyValue[] = abs instanceof PyObject && 'items' in abs
    ? (typeof (abs as { items: unknown }).items === 'function' ? (abs as unknown as { items(): PyValue[] }).items() : (abs as unknown as { items: PyValue[] }).items)
    : [];
  if (names.length === 0) return;
  const sorted = names.map(String).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  typeError(`Can't instantiate abstract class ${t.name} with abstract method${sorted.length === 1 ? '' : 's'} ${sorted.join(', ')}`);
}

/** Allocate a bare instance of `t` (object.__new__ semantics, no argument checks). */
export function allocInstance(t: PyType): PyObject {
  if (t.isHeap) checkAbstract(t);
  const alloc = t.layout.alloc;
  if (alloc === null) return typeError(`cannot create '${t.name}' instances`);
  const o = alloc(t);
  if (t.instancesHaveDict && o.dict === null) {
    o.dict = new PyDict();
    o.dict.ownerType = t;
  }
  return o;
}

let objectNew: PyValue | undefined;
let objectInit: PyValue | undefined;
function defaults(): void {
  if (objectNew === undefined) {
    objectNew = objectType.lookup('__new__');
    objectInit = objectType.lookup('__init__');
  }
}

/** True when instantiating `t` may use the VM's fast path (object.__new__, Python __init__). */
export function instantiationPlan(t: PyType): { init: PyValue | undefined; defaultNew: boolean } {
  defaults();
  const newf = t.lookup('__new__');
  const initf = t.lookup('__init__');
  return { init: initf === objectInit ? undefined : initf, defaultNew: newf === objectNew };
}

/**
 * type.__call__: __new__ then __init__ (CPython's type_call), including the excess-args checks.
 * `warm`: called from specialized code, where str(x) is PRECALL_NO_KW_STR_1 (no recursion unit).
 */
export function* callType(t: PyType, args: PyValue[], kw: KwArgs | null, warm = false): NativeGen {
  // A metaclass overriding __call__ runs it (its super().__call__() reaches typeCallBase).
  const meta = t.cls;
  if (meta !== typeType && meta.isHeap) {
    const metaCall = meta.lookup('__call__');
    if (metaCall !== undefined && metaCall !== typeType.lookup('__call__')) {
      return yield* callMethod(metaCall, t, args, kw);
    }
  }
  return yield* typeCallBase(t, args, kw, warm);
}

/**
 * Built-in types with a tp_vectorcall in CPython 3.11: calling them takes no recursion unit.
 * The others (int, str, zip, object, exceptions, …) go through tp_call, which takes one.
 */
const VECTORCALL_TYPES = new Set<PyType>([floatType, boolType, listType, tupleType, dictType, setType, frozensetType, rangeType, enumerateType, mapType, filterType, typeType]);

/** type.__call__ itself (CPython's type_call). */
export function* typeCallBase(t: PyType, args: PyValue[], kw: KwArgs | null, warm = false): NativeGen {
  if (t.isHeap) charge(NK.NewInstance, 0);
  if (VECTORCALL_TYPES.has(t) || (warm && t === strType && args.length === 1 && (kw === null || kw.size === 0))) return yield* typeCall(t, args, kw);
  const th = currentThread();
  enterRecursiveCall(th, WHILE_CALLING);
  try {
    return yield* typeCall(t, args, kw);
  } finally {
    leaveRecursiveCall(th);
  }
}

function* typeCall(t: PyType, args: PyValue[], kw: KwArgs | null): NativeGen {
  defaults();
  if (t === typeType) {
    const nkw = kw === null ? 0 : kw.size;
    if (args.length === 1 && nkw === 0) return typeOf(args[0]);
    if (args.length !== 3) typeError('type() takes 1 or 3 arguments');
  }
  const newf = t.lookup('__new__');
  const initf = t.lookup('__init__');
  const hasArgs = args.length > 0 || (kw !== null && kw.size > 0);
  let obj: PyValue;
  if (newf === objectNew) {
    if (hasArgs && initf === objectInit) typeError(`${t.name}() takes no arguments`);
    obj = allocInstance(t);
  } else {
    const fn = newf instanceof PyStaticMethod ? newf.func : (newf as PyValue);
    obj = yield* pyCall(fn, [t, ...args], kw);
  }
  const ot = typeOf(obj);
  if (ot !== t && !ot.isSubtypeOf(t)) return obj;
  const init = ot.lookup('__init__');
  if (init !== objectInit && init !== undefined) {
    const r = yield* callMethod(init, obj, args, kw);
    if (r !== None) typeError(`__init__() should return None, not '${typeOf(r).name}'`);
  } else if (hasArgs && newf === objectNew) {
    typeError(`${t.name}() takes no arguments`);
  }
  return obj;
}

/** Look up a special method on the type of `o` and call it; undefined when the type lacks it. */
export function* callSpecial(o: PyValue, name: string, args: PyValue[]): NativeGen<PyValue | undefined> {
  const f = typeOf(o).lookup(name);
  if (f === undefined) return undefined;
  return yield* callMethod(f, o, args);
}
