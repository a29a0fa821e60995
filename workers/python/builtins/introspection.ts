/** Builtins about objects and types: isinstance, issubclass, getattr & co, id, hash, vars, dir, callable, globals, locals. */
import { type PyValue, objectId, primitiveId } from '../objects/object';
import { None, typeOf, typeType } from '../objects/core-types';
import { PyType } from '../objects/type';
import { PyTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { PyDict } from '../objects/dict';
import { PyFunction, PyMethod } from '../objects/function';
import { PyBuiltin } from '../objects/builtin';
import { func } from '../runtime/define';
import { typeError, attributeErrorType } from '../runtime/errors';
import { pyGetAttr, pyGetAttrOpt, pySetAttr } from '../ops/attr';
import { callMethod } from '../ops/call';
import { pyHash } from '../ops/hash';
import { pyTruthy } from '../ops/truth';
import { iterToArray } from '../ops/iter';
import { compareStrs } from '../ops/compare';
import { hashToPyInt } from '../hashing';
import { currentFrame } from '../vm/current';
import type { NativeGen } from '../vm/native';
import { PyBaseException } from '../objects/exception';
import { fastLocalsInto } from '../vm/frame-object';
import { attrNameArg } from '../types/str-args';
import { PyUnion } from '../types/union';

function* isinstanceImpl(o: PyValue, cls: PyValue, depth = 0): NativeGen<boolean> {
  if (cls instanceof PyType) {
    if (typeOf(o).isSubtypeOf(cls)) return true;
    const meta = cls.cls;
    if (meta !== typeType) {
      const ic = meta.lookup('__instancecheck__');
      if (ic !== undefined && ic !== typeType.lookup('__instancecheck__')) return yield* pyTruthy(yield* callMethod(ic, cls, [o]));
    }
    // __class__ may be overridden (proxies); CPython checks it too.
    return false;
  }
  if (cls instanceof PyUnion) cls = cls.args;
  if (cls instanceof PyTuple) {
    if (depth > 100) typeError('maximum recursion depth exceeded in __instancecheck__');
    for (const c of cls.items) if (yield* isinstanceImpl(o, c, depth + 1)) return true;
    return false;
  }
  const ic = typeOf(cls).lookup('__instancecheck__');
  if (ic !== undefined) return yield* pyTruthy(yield* callMethod(ic, cls, [o]));
  return typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
}

function* issubclassImpl(c: PyValue, cls: PyValue, depth = 0): NativeGen<boolean> {
  if (cls instanceof PyUnion) cls = cls.args;
  if (cls instanceof PyTuple) {
    for (const x of cls.items) if (yield* issubclassImpl(c, x, depth + 1)) return true;
    return false;
  }
  if (cls instanceof PyType) {
    const meta = cls.cls;
    if (meta !== typeType) {
      const sc = meta.lookup('__subclasscheck__');
      if (sc !== undefined && sc !== typeType.lookup('__subclasscheck__')) return yield* pyTruthy(yield* callMethod(sc, cls, [c]));
    }
    if (!(c instanceof PyType)) typeError('issubclass() arg 1 must be a class');
    return (c as PyType).isSubtypeOf(cls);
  }
  const sc = typeOf(cls).lookup('__subclasscheck__');
  if (sc !== undefined) return yield* pyTruthy(yield* callMethod(sc, cls, [c]));
  return typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

export const isinstance = func('isinstance', 'obj, class_or_tuple, /', isinstanceImpl);
export const issubclass = func('issubclass', 'cls, class_or_tuple, /', issubclassImpl);


export const getattr = func('getattr', 'object, name, default=?, /', function* (o: PyValue, name: PyValue, d: PyValue | undefined) {
  const n = attrNameArg(name);
  if (d === undefined) return yield* pyGetAttr(o, n);
  try {
    const v = yield* pyGetAttrOpt(o, n);
    return v === undefined ? d : v;
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(attributeErrorType)) return d;
    throw e;
  }
});
export const setattr = func('setattr', 'obj, name, value, /', function* (o: PyValue, name: PyValue, v: PyValue) {
  yield* pySetAttr(o, attrNameArg(name), v);
  return None;
});
export const delattr = func('delattr', 'obj, name, /', function* (o: PyValue, name: PyValue) {
  yield* pySetAttr(o, attrNameArg(name), undefined);
  return None;
});
export const hasattr = func('hasattr', 'obj, name, /', function* (o: PyValue, name: PyValue) {
  const n = attrNameArg(name);
  try {
    return (yield* pyGetAttrOpt(o, n)) !== undefined;
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(attributeErrorType)) return false;
    throw e;
  }
});
export const id = func('id', 'obj, /', (o: PyValue) => {
  if (typeof o === 'object') return 0x7f0000100000 + objectId(o) * 48;
  if (typeof o === 'boolean') return o ? 0x7f00000000a0 : 0x7f00000000c0;
  // Ints and strs are JS values here: one identity per value, from the objects' counter.
  return 0x7f0000100000 + primitiveId(o) * 48;
});
export const hash = func('hash', 'obj, /', function* (o: PyValue) {
  return hashToPyInt(yield* pyHash(o));
});
export const callable = func('callable', 'obj, /', (o: PyValue) => {
  if (o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyMethod || o instanceof PyType) return true;
  return typeOf(o).lookup('__call__') !== undefined;
});

/** The caller's globals / locals (module and class frames use their mapping; functions a snapshot). */
export function frameLocals(): PyDict {
  const f = currentFrame();
  if (f === null) return new PyDict();
  if (f.locals !== null) return f.locals;
  return fastLocalsInto(f, new PyDict());
}

export const globals = func('globals', '', () => currentFrame()?.globals ?? new PyDict());
export const locals = func('locals', '', () => currentFrame()?.localsMap ?? frameLocals());
export const vars = func('vars', 'object=?, /', function* (o: PyValue | undefined) {
  if (o === undefined) return frameLocals();
  const d = yield* pyGetAttrOpt(o, '__dict__');
  if (d === undefined) typeError('vars() argument must have __dict__ attribute');
  return d!;
});
export const dir = func('dir', 'object=?, /', function* (o: PyValue | undefined) {
  let names: PyValue[];
  if (o === undefined) names = frameLocals().keys();
  else {
    const f = typeOf(o).lookup('__dir__');
    if (f === undefined) typeError('object does not provide __dir__');
    names = yield* iterToArray(yield* callMethod(f!, o, []));
  }
  const strs = names.filter((n): n is string => typeof n === 'string');
  strs.sort(compareStrs);
  return new PyList(strs);
});
