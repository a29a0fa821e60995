/**
 * Attribute access: object.__getattribute__ / type.__getattribute__ / module and super lookup,
 * __getattr__ fallback, and the matching setattr/delattr paths.
 *
 * `getAttrFast` answers every lookup that needs no Python code (the VM's LOAD_ATTR hot path) and
 * returns NEED_GEN otherwise; the generator versions implement the complete semantics.
 */
import { PyObject, type PyValue } from '../objects/object';
import { PyType, bumpTypeEpoch } from '../objects/type';
import { typeOf, typeType, moduleType, superType, None, memberDescriptorType } from '../objects/core-types';
import { PyFunction, PyMethod } from '../objects/function';
import { PyBuiltin, BuiltinKind, PyGetSet, PyProperty, PyStaticMethod, PyClassMethod } from '../objects/builtin';
import { PyModule } from '../objects/module';
import { PyBaseException } from '../objects/exception';
import { PyDict } from '../objects/dict';
import type { NativeGen } from '../vm/native';
import { callMethod, pyCall, bindDescriptor } from './call';
import { attributeErrorType, typeError, attributeError } from '../runtime/errors';
import { pyRepr } from './strrepr';
import { strRepr } from '../numfmt/str-repr';

export const NEED_GEN: unique symbol = Symbol('NEED_GEN');

/** The default __getattribute__ implementations (set once the natives are defined). */
export const defaultGetattribute = new Set<PyValue>();
PyType.defaultGetattribute = defaultGetattribute;
export const defaultSetattr = new Set<PyValue>();

/** Super objects (defined here to keep attribute logic in one place). */
export class PySuper extends PyObject {
  constructor(
    readonly thisType: PyType,
    readonly obj: PyValue | null,
    readonly objType: PyType | null,
  ) {
    super(superType);
  }
}

function isDataDescriptor(d: PyValue): boolean {
  if (d instanceof PyGetSet || d instanceof PyProperty) return true;
  if (d instanceof PyObject && d.cls.isHeap) {
    return d.cls.lookup('__set__') !== undefined || d.cls.lookup('__delete__') !== undefined;
  }
  return false;
}

export function attrError(o: PyValue, name: string): PyBaseException {
  let msg: string;
  if (o instanceof PyType) msg = `type object '${o.name}' has no attribute '${name}'`;
  else if (o instanceof PyModule) msg = `module '${o.name}' has no attribute '${name}'`;
  else msg = `'${typeOf(o).name}' object has no attribute '${name}'`;
  const e = new PyBaseException(attributeErrorType, [msg]);
  e.attrName = name;
  e.attrObj = o;
  return e;
}

/**
 * _PyObject_GenericSetAttrWithDict's AttributeError: always "'<tp_name>' object has no
 * attribute", and (in 3.11) without name/obj, so tracebacks offer no "Did you mean".
 */
function setAttrError(o: PyValue, t: PyType, name: string): PyBaseException {
  void o;
  return new PyBaseException(attributeErrorType, [`'${t.name}' object has no attribute '${name}'`]);
}

declare module '../objects/exception' {
  interface PyBaseException {
    /** AttributeError/NameError details used for "Did you mean" suggestions. */
    attrName?: string;
    attrObj?: PyValue;
  }
}

/**
 * Attribute lookup without running Python code: the value, NEED_GEN, or undefined when the
 * attribute does not exist and no __getattr__ applies (caller raises attrError).
 */
export function getAttrFast(o: PyValue, name: string): PyValue | typeof NEED_GEN | undefined {
  const t = typeOf(o);
  if (!defaultGetattribute.has(t.lookup('__getattribute__') as PyValue)) return NEED_GEN;
  if (o instanceof PyType) return typeGetAttrFast(o, name);
  if (o instanceof PySuper) return NEED_GEN;
  const d = t.lookup(name);
  if (d !== undefined) {
    if (d instanceof PyGetSet) return d.get(o);
    if (d instanceof PyProperty || (d instanceof PyObject && d.cls.isHeap && isDataDescriptor(d))) return NEED_GEN;
  }
  if (typeof o === 'object' && o.dict !== null) {
    const v = o.dict.getStr(name);
    if (v !== undefined) return v;
  }
  if (d !== undefined) {
    if (d instanceof PyFunction) return new PyMethod(d, o);
    if (d instanceof PyBuiltin) {
      // Built-in functions (len as a class attribute) are no descriptors: never bound.
      if (d.self !== undefined || d.kind === BuiltinKind.StaticMethod || d.kind === BuiltinKind.Function) return d;
      return d.kind === BuiltinKind.ClassMethod ? d.bind(t) : d.bind(o);
    }
    if (d instanceof PyObject && d.cls.isHeap) return d.cls.lookup('__get__') !== undefined ? NEED_GEN : d;
    if (d instanceof PyStaticMethod) return d.func;
    if (d instanceof PyClassMethod) return d.func instanceof PyFunction ? new PyMethod(d.func, t) : NEED_GEN;
    return d;
  }
  if (o instanceof PyModule) {
    if (o.ns.getStr('__getattr__') !== undefined) return NEED_GEN;
    return undefined;
  }
  if (t.lookup('__getattr__') !== undefined) return NEED_GEN;
  return undefined;
}

function typeGetAttrFast(t: PyType, name: string): PyValue | typeof NEED_GEN | undefined {
  const meta = t.cls;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== undefined && isDataDescriptor(metaAttr)) {
    if (metaAttr instanceof PyGetSet) return metaAttr.get(t);
    return NEED_GEN;
  }
  const attr = t.lookup(name);
  if (attr !== undefined) {
    if (attr instanceof PyFunction || attr instanceof PyProperty || attr instanceof PyGetSet) return attr;
    if (attr instanceof PyBuiltin) return attr.kind === BuiltinKind.ClassMethod && attr.self === undefined ? attr.bind(t) : attr;
    if (attr instanceof PyObject && attr.cls.isHeap) return attr.cls.lookup('__get__') !== undefined ? NEED_GEN : attr;
    if (attr instanceof PyStaticMethod) return attr.func;
    if (attr instanceof PyClassMethod) return attr.func instanceof PyFunction ? new PyMethod(attr.func, t) : NEED_GEN;
    return attr;
  }
  if (metaAttr !== undefined) {
    if (metaAttr instanceof PyFunction) return new PyMethod(metaAttr, t);
    if (metaAttr instanceof PyBuiltin) {
      return metaAttr.self === undefined && metaAttr.kind !== BuiltinKind.Function && metaAttr.kind !== BuiltinKind.StaticMethod ? metaAttr.bind(t) : metaAttr;
    }
    if (metaAttr instanceof PyObject && metaAttr.cls.isHeap && metaAttr.cls.lookup('__get__') !== undefined) return NEED_GEN;
    return metaAttr;
  }
  if (meta !== typeType && meta.lookup('__getattr__') !== undefined) return NEED_GEN;
  return undefined;
}

/** getattr(o, name), raising AttributeError. */
export function* pyGetAttr(o: PyValue, name: string): NativeGen {
  let r: PyValue | undefined;
  try {
    r = yield* getAttrOrAbsent(o, name);
  } catch (e) {
    // PyObject_GetAttr's set_attribute_error_context: an AttributeError raised by a descriptor or
    // __getattr__ gets the name and object (for "Did you mean") unless it already has them.
    if (e instanceof PyBaseException && e.attrName === undefined && e.attrObj === undefined && e.cls.isSubtypeOf(attributeErrorType)) {
      e.attrName = name;
      e.attrObj = o;
    }
    throw e;
  }
  if (r === undefined) throw attrError(o, name);
  return r;
}

/**
 * getattr(o, name) or undefined when it raises AttributeError (hasattr, getattr with default,
 * and the __getattr__ fallback).
 */
export function* pyGetAttrOpt(o: PyValue, name: string): NativeGen<PyValue | undefined> {
  try {
    return yield* getAttrOrAbsent(o, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(attributeErrorType)) return undefined;
    throw e;
  }
}

/**
 * The attribute, undefined when simply absent, or the AttributeError a descriptor raised (kept,
 * so that getattr shows e.g. a property's own message).
 */
function* getAttrOrAbsent(o: PyValue, name: string): NativeGen<PyValue | undefined> {
  const t = typeOf(o);
  const ga = t.lookup('__getattribute__') as PyValue;
  if (!defaultGetattribute.has(ga)) {
    try {
      return yield* callMethod(ga, o, [name]);
    } catch (e) {
      if (!(e instanceof PyBaseException) || !e.cls.isSubtypeOf(attributeErrorType)) throw e;
      const getattr = t.lookup('__getattr__');
      if (getattr === undefined) throw e; // the custom __getattribute__'s own error
      return yield* callGetattr(getattr, o, name);
    }
  }
  const fast = getAttrFast(o, name);
  if (fast !== NEED_GEN) return fast;
  if (o instanceof PySuper) return yield* superGetAttr(o, name);
  try {
    const r = o instanceof PyType ? yield* typeGetAttr(o, name) : yield* genericGetAttr(o, t, name);
    if (r !== undefined) return r;
  } catch (e) {
    if (!(e instanceof PyBaseException) || !e.cls.isSubtypeOf(attributeErrorType)) throw e;
    const getattr = o instanceof PyModule ? o.ns.getStr('__getattr__') : t.lookup('__getattr__');
    if (getattr === undefined) throw e;
  }
  if (o instanceof PyModule) {
    const mg = o.ns.getStr('__getattr__');
    return mg === undefined ? undefined : yield* callGetattrPlain(mg, name);
  }
  const getattr = o instanceof PyType ? o.cls.lookup('__getattr__') : t.lookup('__getattr__');
  if (getattr === undefined) return undefined;
  return yield* callGetattr(getattr, o, name);
}

// An AttributeError raised by __getattr__ propagates with its own message (as in CPython);
// pyGetAttrOpt/hasattr still treat it as "absent".
function* callGetattr(getattr: PyValue, o: PyValue, name: string): NativeGen<PyValue | undefined> {
  return yield* callMethod(getattr, o, [name]);
}

function* callGetattrPlain(fn: PyValue, name: string): NativeGen<PyValue | undefined> {
  return yield* pyCall(fn, [name]);
}

/** object.__getattribute__ (without __getattr__). Returns undefined when absent. */
export function* genericGetAttr(o: PyValue, t: PyType, name: string): NativeGen<PyValue | undefined> {
  const d = t.lookup(name);
  if (d !== undefined) {
    if (d instanceof PyGetSet) return d.get(o);
    if (d instanceof PyProperty && !d.cls.isHeap) return yield* propertyGet(d, o);
    if (d instanceof PyObject && d.cls.isHeap && isDataDescriptor(d)) {
      const get = d.cls.lookup('__get__');
      if (get !== undefined) return yield* callMethod(get, d, [o, t]);
      return d;
    }
  }
  if (typeof o === 'object' && o.dict !== null) {
    const v = o.dict.getStr(name);
    if (v !== undefined) return v;
  }
  if (d !== undefined) return yield* bindDescriptor(d, o, t);
  return undefined;
}

/** property.__get__ (CPython's property_descr_get) for an instance. */
export function* propertyGet(p: PyProperty, obj: PyValue): NativeGen {
  if (p.fget === None) throw yield* propertyMissing(p, obj, 'getter');
  return yield* pyCall(p.fget, [obj]);
}

/** property.__set__ / __delete__ (v undefined) (CPython's property_descr_set). */
export function* propertySet(p: PyProperty, obj: PyValue, v: PyValue | undefined): NativeGen<void> {
  const f = v === undefined ? p.fdel : p.fset;
  if (f === None) throw yield* propertyMissing(p, obj, v === undefined ? 'deleter' : 'setter');
  yield* pyCall(f, v === undefined ? [obj] : [obj, v]);
}

/** "property 'x' of 'C' object has no setter" (the name only once __set_name__ has run). */
function* propertyMissing(p: PyProperty, obj: PyValue, what: string): NativeGen<PyBaseException> {
  const t = typeOf(obj);
  const qualname = strRepr(t.isHeap ? t.qualname : t.name.slice(t.name.lastIndexOf('.') + 1));
  const msg = p.name === null
    ? `property of ${qualname} object has no ${what}`
    : `property ${yield* pyRepr(p.name)} of ${qualname} object has no ${what}`;
  return new PyBaseException(attributeErrorType, [msg]);
}

/**
 * type.__getattribute__ itself (the slot a metaclass reaches through super()): no re-dispatch
 * to the metaclass's own __getattribute__, and no __getattr__ fallback.
 */
export function* typeGetAttribute(t: PyType, name: string): NativeGen {
  const fast = typeGetAttrFast(t, name);
  const r = fast === NEED_GEN ? yield* typeGetAttr(t, name) : fast;
  if (r === undefined) throw attrError(t, name);
  return r;
}

/** type.__getattribute__ (without __getattr__). */
function* typeGetAttr(t: PyType, name: string): NativeGen<PyValue | undefined> {
  const meta = t.cls;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== undefined && isDataDescriptor(metaAttr)) {
    if (metaAttr instanceof PyGetSet) return metaAttr.get(t);
    if (metaAttr instanceof PyProperty && !metaAttr.cls.isHeap) return yield* propertyGet(metaAttr, t);
    const get = (metaAttr as PyObject).cls.lookup('__get__')!;
    return yield* callMethod(get, metaAttr, [t, meta]);
  }
  const attr = t.lookup(name);
  if (attr !== undefined) {
    if (attr instanceof PyObject && attr.cls.isHeap) {
      const get = attr.cls.lookup('__get__');
      if (get !== undefined) return yield* callMethod(get, attr, [None, t]);
      return attr;
    }
    return yield* bindDescriptor(attr, null, t);
  }
  if (metaAttr !== undefined) return yield* bindDescriptor(metaAttr, t, meta);
  return undefined;
}

function* superGetAttr(s: PySuper, name: string): NativeGen<PyValue | undefined> {
  const start = s.objType;
  if (start !== null && name !== '__class__') {
    const mro = start.mro;
    let i = mro.indexOf(s.thisType) + 1;
    for (; i > 0 && i < mro.length; i++) {
      const v = (mro[i].dict as PyDict).getStr(name);
      if (v === undefined) continue;
      const self = s.obj === start ? null : s.obj;
      if (v instanceof PyObject && v.cls.isHeap) {
        const get = v.cls.lookup('__get__');
        if (get !== undefined) return yield* callMethod(get, v, [self ?? None, start]);
        return v;
      }
      if (v instanceof PyProperty) return self === null ? v : yield* propertyGet(v, self);
      if (v instanceof PyGetSet) return self === null ? v : v.get(self);
      return yield* bindDescriptor(v, self, start);
    }
  }
  return yield* genericGetAttr(s, superType, name);
}

// ---------------------------------------------------------------------------------------------
// setattr / delattr

/** setattr(o, name, v); v === undefined means delete. */
export function* pySetAttr(o: PyValue, name: string, v: PyValue | undefined): NativeGen<void> {
  const t = typeOf(o);
  const sa = t.lookup(v === undefined ? '__delattr__' : '__setattr__') as PyValue;
  if (!defaultSetattr.has(sa)) {
    yield* callMethod(sa, o, v === undefined ? [name] : [name, v]);
    return;
  }
  if (setAttrFast(o, name, v)) return;
  yield* genericSetAttr(o, t, name, v);
}

/**
 * The setattr cases that need no Python code (plain instance attributes with no data
 * descriptor on the type). Returns false when the generic path must run.
 */
export function setAttrFast(o: PyValue, name: string, v: PyValue | undefined): boolean {
  if (typeof o !== 'object' || o instanceof PyType) return false;
  const t = o.cls;
  // A class with its own __setattr__/__delattr__ must run it (STORE_ATTR calls this first);
  // so must a built-in type with one whose instances have a dict (_thread._local).
  if ((t.isHeap || o.dict !== null) && !defaultSetattr.has(t.lookup(v === undefined ? '__delattr__' : '__setattr__') as PyValue)) return false;
  const d = t.lookup(name);
  if (d !== undefined && (d instanceof PyGetSet || d instanceof PyProperty || (d instanceof PyObject && d.cls.isHeap))) return false;
  const dict = o.dict;
  if (dict === null) return false;
  if (v === undefined) return false;
  dict.setStr(name, v);
  return true;
}

export function* genericSetAttr(o: PyValue, t: PyType, name: string, v: PyValue | undefined): NativeGen<void> {
  if (o instanceof PyType) {
    yield* typeSetAttr(o, name, v);
    return;
  }
  const d = t.lookup(name);
  if (d !== undefined) {
    if (d instanceof PyGetSet) {
      getSetSet(d, o, v);
      return;
    }
    if (d instanceof PyProperty && !d.cls.isHeap) {
      yield* propertySet(d, o, v);
      return;
    }
    if (d instanceof PyObject && d.cls.isHeap) {
      const m = d.cls.lookup(v === undefined ? '__delete__' : '__set__');
      if (m !== undefined) {
        yield* callMethod(m, d, v === undefined ? [o] : [o, v]);
        return;
      }
      // A data descriptor with only the other method: CPython's slot_tp_descr_set fails to
      // find this one.
      if (d.cls.lookup(v === undefined ? '__set__' : '__delete__') !== undefined) {
        attributeError(v === undefined ? '__delete__' : '__set__');
      }
    }
  }
  let dict = typeof o === 'object' ? o.dict : null;
  // Built-in objects with a lazily created __dict__ (functions, modules, …) get it on first store.
  if (dict === null && typeof o === 'object' && t.instancesHaveDict && v !== undefined) dict = o.dict = new PyDict();
  if (dict === null) {
    if (d !== undefined && !(typeof o === 'object' && (o as PyObject).cls.isHeap)) {
      attributeError(`'${t.name}' object attribute '${name}' is read-only`);
    }
    throw setAttrError(o, t, name);
  }
  if (v === undefined) {
    if (!dict.delStr(name)) throw setAttrError(o, t, name);
  } else dict.setStr(name, v);
}

/** A getset/member descriptor's set or delete (read-only ones raise CPython's errors). */
function getSetSet(d: PyGetSet, o: PyValue, v: PyValue | undefined): void {
  if (d.set === null) {
    if (d.cls === memberDescriptorType) attributeError('readonly attribute');
    attributeError(`attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
  }
  d.set!(o, v);
}

/** type.__setattr__ / __delattr__ (CPython's type_setattro). */
function* typeSetAttr(t: PyType, name: string, v: PyValue | undefined): NativeGen<void> {
  if (!t.isHeap || t.cName === true) {
    typeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
  }
  // A data descriptor on the metaclass (type's own __name__/__doc__…, or a metaclass property).
  const metaD = t.cls.lookup(name);
  if (metaD !== undefined) {
    if (metaD instanceof PyGetSet) {
      getSetSet(metaD, t, v);
      bumpTypeEpoch();
      return;
    }
    if (metaD instanceof PyProperty && !metaD.cls.isHeap) {
      yield* propertySet(metaD, t, v);
      return;
    }
    if (metaD instanceof PyObject && metaD.cls.isHeap) {
      const m = metaD.cls.lookup(v === undefined ? '__delete__' : '__set__');
      if (m !== undefined) {
        yield* callMethod(m, metaD, v === undefined ? [t] : [t, v]);
        return;
      }
      if (metaD.cls.lookup(v === undefined ? '__set__' : '__delete__') !== undefined) {
        attributeError(v === undefined ? '__delete__' : '__set__');
      }
    }
  }
  const ns = t.dict as PyDict;
  if (v === undefined) {
    if (!ns.delStr(name)) throw new PyBaseException(attributeErrorType, [`type object '${t.name}' has no attribute '${name}'`]);
  } else ns.setStr(name, v);
  bumpTypeEpoch();
}

/** Used by the `__setattr__` natives of object/type. */
export function* objectSetAttr(o: PyValue, name: string, v: PyValue | undefined): NativeGen<void> {
  if (setAttrFast(o, name, v)) return;
  yield* genericSetAttr(o, typeOf(o), name, v);
}

export { moduleType };
