/** The methods of `object`: the defaults every class inherits. */
import { PyObject, type PyValue } from '../objects/object';
import { objectType, None, NotImplemented, typeOf, intType, bytesType, tupleType, instanceDictHook, mappingProxyType } from '../objects/core-types';
import { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyList } from '../objects/list';
import { method, slot, getter, classMethod } from '../runtime/define';
import { typeError } from '../runtime/errors';
import { iterToArray } from '../ops/iter';
import type { NativeGen } from '../vm/native';
import { defaultGetattribute, defaultSetattr, pyGetAttrOpt, objectSetAttr, genericGetAttr, attrError } from '../ops/attr';
import { allocInstance, callMethod } from '../ops/call';
import { pyRepr, pyStr, fakeAddress } from '../ops/strrepr';
import { identityHash } from '../ops/hash';
import { hashToPyInt } from '../hashing';
import { pyTruthy } from '../ops/truth';
import { moduleQualname } from './type-names';
import { attrNameArg } from './str-args';
import { BuiltinKind, PyBuiltin, PyGetSet, PyStaticMethod } from '../objects/builtin';
import { PyFunction } from '../objects/function';

objectType.alloc = (cls) => new PyObject(cls);

// object.__new__(cls, *args, **kwargs): argument checks happen in type.__call__ (callType).
const newFn: PyBuiltin = new PyBuiltin('__new__', (args, kw) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) return typeError(`object.__new__(X): X is not a type object (${typeOf(cls ?? None).name})`);
  if (args.length > 1 || (kw !== null && kw.size > 0)) {
    // CPython's object_new excess_args checks.
    if (cls.lookup('__new__') !== newFn) typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    if (cls.lookup('__init__') === initFn) typeError(`${cls.name}() takes no arguments`);
  }
  if (cls.layout.alloc === null || cls.layout !== objectType) {
    // tp_new_wrapper: the nearest class (along __base__) without a Python __new__ must use ours.
    let sb: PyType = cls;
    while (sb.isHeap && sb.base !== null && isPythonNew((sb.dict as PyDict).getStr('__new__'))) sb = sb.base;
    if (sb.lookup('__new__') !== newFn) typeError(`object.__new__(${cls.name}) is not safe, use ${sb.name}.__new__()`);
  }
  return allocInstance(cls);
}, BuiltinKind.StaticMethod, objectType);
(objectType.dict as PyDict).setStr('__new__', newFn);

function isPythonNew(f: PyValue | undefined): boolean {
  return f instanceof PyStaticMethod && f.func instanceof PyFunction;
}

const initFn = slot(objectType, '__init__', '*args, **kwargs', (self: PyValue, args: PyValue[], kw: Map<string, PyValue> | null) => {
  if (args.length > 0 || (kw !== null && kw.size > 0)) {
    // CPython's object_init excess_args checks.
    const t = typeOf(self);
    if (t.lookup('__init__') !== initFn) typeError('object.__init__() takes exactly one argument (the instance to initialize)');
    if (t.lookup('__new__') === newFn) typeError(`${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
  return None;
});
slot(objectType, '__repr__', '', (self: PyValue) => {
  const t = typeOf(self);
  return `<${moduleQualname(t)} object at ${fakeAddress(self)}>`;
});
slot(objectType, '__str__', '', function* (self: PyValue) {
  // object_str calls tp_repr directly: str() then checks the result ("__str__ returned ...").
  const r = typeOf(self).lookup('__repr__');
  return r === undefined ? yield* pyRepr(self) : yield* callMethod(r, self, []);
});
slot(objectType, '__hash__', '', (self: PyValue) => hashToPyInt(identityHash(self)));
slot(objectType, '__eq__', 'other, /', (self: PyValue, other: PyValue) => (self === other ? true : NotImplemented));
slot(objectType, '__ne__', 'other, /', function* (self: PyValue, other: PyValue) {
  // Delegates to __eq__ and inverts it, unless that is NotImplemented.
  const eq = typeOf(self).lookup('__eq__')!;
  const r = yield* callMethod(eq, self, [other]);
  if (r === NotImplemented) return r;
  return !(yield* pyTruthy(r));
});
for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) slot(objectType, name, 'other, /', () => NotImplemented);

const ga = slot(objectType, '__getattribute__', 'name, /', function* (self: PyValue, nameArg: PyValue) {
  const name = attrNameArg(nameArg);
  const r = yield* genericGetAttr(self, typeOf(self), name);
  if (r === undefined) pyGetAttrMissing(self, name);
  return r;
});
defaultGetattribute.add(ga);
/** CPython's hackcheck: object.__setattr__ cannot bypass type's own setattr on a class. */
function hackcheck(self: PyValue, what: string): void {
  if (self instanceof PyType) typeError(`can't apply this ${what} to type object`);
}
const sa = slot(objectType, '__setattr__', 'name, value, /', function* (self: PyValue, name: PyValue, v: PyValue) {
  hackcheck(self, '__setattr__');
  yield* objectSetAttr(self, attrNameArg(name), v);
  return None;
});
const da = slot(objectType, '__delattr__', 'name, /', function* (self: PyValue, name: PyValue) {
  hackcheck(self, '__delattr__');
  yield* objectSetAttr(self, attrNameArg(name), undefined);
  return None;
});
defaultSetattr.add(sa);
defaultSetattr.add(da);

slot(objectType, '__format__', 'format_spec, /', function* (self: PyValue, spec: PyValue) {
  if (typeof spec !== 'string') typeError(`format_spec must be a str, not ${typeOf(spec).name}`);
  if (spec !== '') typeError(`unsupported format string passed to ${typeOf(self).name}.__format__`);
  // PyObject_Str(self), with its recursion check.
  return yield* pyStr(self);
});
/**
 * object.__dir__ (CPython's object___dir___impl): the keys of the instance's __dict__, then of
 * its __class__'s namespace and, recursively, its bases' (merge_class_dict).
 */
method(objectType, '__dir__', '', function* (self: PyValue) {
  const names = new Set<PyValue>();
  const d = yield* pyGetAttrOpt(self, '__dict__');
  if (d instanceof PyDict) for (const k of d.keys()) names.add(k);
  const cls = yield* pyGetAttrOpt(self, '__class__');
  if (cls !== undefined) yield* mergeClassDict(names, cls);
  return new PyList([...names]);
});

/** merge_class_dict: a class's __dict__ keys, then its __bases__', recursively. */
export function* mergeClassDict(names: Set<PyValue>, cls: PyValue): NativeGen<void> {
  if (cls instanceof PyType && !cls.isHeap) {
    // Built-in classes: their namespace and bases cannot be overridden.
    for (const t of cls.mro) for (const k of (t.dict as PyDict).keys()) names.add(k);
    return;
  }
  const d = yield* pyGetAttrOpt(cls, '__dict__');
  if (d instanceof PyDict) for (const k of d.keys()) names.add(k);
  else if (typeof d === 'object' && d.cls === mappingProxyType) for (const k of (d as unknown as { d: PyDict }).d.keys()) names.add(k);
  const bases = yield* pyGetAttrOpt(cls, '__bases__');
  if (bases !== undefined) for (const b of yield* iterToArray(bases)) yield* mergeClassDict(names, b);
}

// __getstate__, __reduce__ and __reduce_ex__ (the pickle protocol) are in ./reduce.ts.
method(objectType, '__sizeof__', '', (self: PyValue) => (typeof self === 'object' ? 16 + (self.dict ? 8 : 0) : 28));
classMethod(objectType, '__init_subclass__', '', () => None);
classMethod(objectType, '__subclasshook__', '*args', () => NotImplemented);
getter(objectType, '__class__', (self: PyValue) => typeOf(self), (self: PyValue, v) => {
  if (v === undefined) typeError("can't delete __class__ attribute");
  if (!(v instanceof PyType)) typeError(`__class__ must be set to a class, not '${typeOf(v!).name}' object`);
  const o = self as PyObject;
  const nt = v as PyType;
  if (typeof self !== 'object' || !o.cls.isHeap || !nt.isHeap) {
    typeError(`__class__ assignment only supported for mutable types or ModuleType subclasses`);
  }
  if (!sameInstanceLayout(o.cls, nt)) typeError(`__class__ assignment: '${nt.name}' object layout differs from '${o.cls.name}'`);
  o.cls = nt;
  if (o.dict !== null) {
    o.dict.ownerType = o.cls;
    for (const k of o.dict.keys()) if (typeof k === 'string') o.cls.instanceAttrNames.add(k);
  }
});
/**
 * The `__dict__` descriptor of instances (CPython's subtype_dict / subtype_setdict). It lives in
 * the namespace of each class that gives its instances a __dict__ — a class statement's class
 * unless a base already does, or a built-in type made with `instanceDict` — never on object.
 */
export function instanceDictDescr(owner: PyType): PyGetSet {
  return new PyGetSet('__dict__', owner, (self: PyValue) => {
    if (typeof self !== 'object' || (self.dict === null && !self.cls.instancesHaveDict)) {
      throw attrError(self, '__dict__');
    }
    if (self.dict === null) {
      self.dict = new PyDict();
      self.dict.ownerType = self.cls;
    }
    return self.dict;
  }, (self: PyValue, v) => {
    if (typeof self !== 'object' || (self.dict === null && !self.cls.instancesHaveDict)) throw attrError(self, '__dict__');
    if (v !== undefined && !(v instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
    // `del obj.__dict__` drops it; a fresh empty one appears on the next use.
    const d = v === undefined ? new PyDict() : (v as PyDict);
    d.ownerType = self.cls;
    for (const k of d.keys()) if (typeof k === 'string') self.cls.instanceAttrNames.add(k);
    self.dict = d;
  });
}

/** The `__weakref__` descriptor a class statement adds (no weak references here: always None). */
export function weakrefDescr(owner: PyType): PyGetSet {
  return new PyGetSet('__weakref__', owner, () => None, null);
}

instanceDictHook.install = (t: PyType) => {
  for (const b of t.mro) if ((b.dict as PyDict).getStr('__dict__') !== undefined) return;
  (t.dict as PyDict).setStr('__dict__', instanceDictDescr(t));
};
for (const t of instanceDictHook.pending) instanceDictHook.install(t);
instanceDictHook.pending.length = 0;

// CPython's object.__doc__ is a plain class attribute, so an instance's own __doc__ (a module's
// docstring, an attribute set on an instance) wins; otherwise the type's own docstring or None.
getter(objectType, '__doc__', (self: PyValue) => {
  const own = typeof self === 'object' && self.dict !== null ? self.dict.getStr('__doc__') : undefined;
  if (own !== undefined) return own;
  const d = (typeOf(self).dict as PyDict).getStr('__doc__');
  return d ?? None;
});

/** Whether instances of `t` support weak references (a __weakref__ slot), as CPython lays them out. */
function hasWeakref(t: PyType): boolean {
  if (!t.isHeap) return false;
  const slots = (t.dict as PyDict).getStr('__slots__');
  if (slots === undefined) return true;
  const names = typeof slots === 'string' ? [slots] : slots instanceof PyObject && 'items' in slots ? (slots as PyList).items : [];
  return names.includes('__weakref__') || (t.base !== null && hasWeakref(t.base));
}

/** A heap class that adds no instance storage (slots, __dict__, __weakref__) to its base. */
function addsNothing(t: PyType): boolean {
  const b = t.base;
  return t.isHeap && b !== null && (t.slotNames === null || t.slotNames.length === 0)
    && t.instancesHaveDict === b.instancesHaveDict && hasWeakref(t) === hasWeakref(b);
}

/**
 * CPython's compatible_for_assignment: the classes that last added instance storage must be the
 * same, or siblings adding the same slots, __dict__ and __weakref__ (never for variable-size
 * layouts such as int, bytes and tuple once a __dict__ is added).
 */
function sameInstanceLayout(a: PyType, b: PyType): boolean {
  while (addsNothing(a)) a = a.base!;
  while (addsNothing(b)) b = b.base!;
  if (a === b) return true;
  if (!a.isHeap || !b.isHeap || a.base !== b.base || a.layout !== b.layout) return false;
  if ((a.slotNames ?? []).join(',') !== (b.slotNames ?? []).join(',')) return false;
  if (a.instancesHaveDict !== b.instancesHaveDict || hasWeakref(a) !== hasWeakref(b)) return false;
  const l = a.layout;
  return !(a.instancesHaveDict && (l === intType || l === bytesType || l === tupleType));
}

/** object.__getattribute__ found nothing: AttributeError (never the type's own __getattribute__ again). */
function pyGetAttrMissing(self: PyValue, name: string): never {
  throw attrError(self, name);
}
