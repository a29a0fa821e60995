/** The methods of `object`: the defaults every class inherits. */
import { PyObject, type PyValue } from '../objects/object';
import { objectType, None, NotImplemented, typeOf } from '../objects/core-types';
import { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyList } from '../objects/list';
import { method, slot, getter, classMethod } from '../runtime/define';
import { typeError } from '../runtime/errors';
import { defaultGetattribute, defaultSetattr, pyGetAttr, objectSetAttr, genericGetAttr, attrError } from '../ops/attr';
import { allocInstance, callMethod } from '../ops/call';
import { pyRepr, fakeAddress } from '../ops/strrepr';
import { identityHash } from '../ops/hash';
import { hashToPyInt } from '../hashing';
import { pyTruthy } from '../ops/truth';
import { moduleQualname } from './type-names';
import { BuiltinKind, PyBuiltin } from '../objects/builtin';

objectType.alloc = (cls) => new PyObject(cls);

// object.__new__(cls, *args, **kwargs): argument checks happen in type.__call__ (callType).
const newFn = new PyBuiltin('__new__', (args) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) return typeError(`object.__new__(X): X is not a type object (${typeOf(cls ?? None).name})`);
  if (cls.layout.alloc === null || (cls.layout !== objectType && !cls.isHeap)) {
    typeError(`object.__new__(${cls.name}) is not safe, use ${cls.layout.name}.__new__()`);
  }
  return allocInstance(cls);
}, BuiltinKind.StaticMethod, objectType);
(objectType.dict as PyDict).setStr('__new__', newFn);

slot(objectType, '__init__', '*args, **kwargs', () => None);
slot(objectType, '__repr__', '', (self: PyValue) => {
  const t = typeOf(self);
  return `<${moduleQualname(t)} object at ${fakeAddress(self)}>`;
});
slot(objectType, '__str__', '', function* (self: PyValue) {
  return yield* pyRepr(self);
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

const ga = slot(objectType, '__getattribute__', 'name, /', function* (self: PyValue, name: PyValue) {
  if (typeof name !== 'string') typeError(`attribute name must be string, not '${typeOf(name).name}'`);
  const r = yield* genericGetAttr(self, typeOf(self), name as string);
  if (r === undefined) pyGetAttrMissing(self, name as string);
  return r;
});
defaultGetattribute.add(ga);
const sa = slot(objectType, '__setattr__', 'name, value, /', function* (self: PyValue, name: PyValue, v: PyValue) {
  if (typeof name !== 'string') typeError(`attribute name must be string, not '${typeOf(name).name}'`);
  yield* objectSetAttr(self, name as string, v);
  return None;
});
const da = slot(objectType, '__delattr__', 'name, /', function* (self: PyValue, name: PyValue) {
  if (typeof name !== 'string') typeError(`attribute name must be string, not '${typeOf(name).name}'`);
  yield* objectSetAttr(self, name as string, undefined);
  return None;
});
defaultSetattr.add(sa);
defaultSetattr.add(da);

slot(objectType, '__format__', 'format_spec, /', function* (self: PyValue, spec: PyValue) {
  if (typeof spec !== 'string') typeError(`format_spec must be a str, not ${typeOf(spec).name}`);
  if (spec !== '') typeError(`unsupported format string passed to ${typeOf(self).name}.__format__`);
  const strFn = typeOf(self).lookup('__str__')!;
  return yield* callMethod(strFn, self, []);
});
method(objectType, '__dir__', '', function* (self: PyValue) {
  const names = new Set<string>();
  if (typeof self === 'object' && self.dict !== null) for (const k of self.dict.keys()) if (typeof k === 'string') names.add(k);
  for (const t of typeOf(self).mro) for (const k of (t.dict as PyDict).keys()) if (typeof k === 'string') names.add(k);
  return new PyList([...names]);
});
method(objectType, '__reduce_ex__', 'protocol, /', () => typeError('pickling is not supported by Interleave yet'));
method(objectType, '__sizeof__', '', (self: PyValue) => (typeof self === 'object' ? 16 + (self.dict ? 8 : 0) : 28));
classMethod(objectType, '__init_subclass__', '', () => None);
classMethod(objectType, '__subclasshook__', '*args', () => NotImplemented);
getter(objectType, '__class__', (self: PyValue) => typeOf(self), (self: PyValue, v) => {
  if (!(v instanceof PyType)) typeError(`__class__ must be set to a class, not '${typeOf(v ?? None).name}' object`);
  const o = self as PyObject;
  if (typeof self !== 'object' || !o.cls.isHeap || !(v as PyType).isHeap || (v as PyType).layout !== o.cls.layout) {
    typeError(`__class__ assignment only supported for mutable types or ModuleType subclasses`);
  }
  o.cls = v as PyType;
  if (o.dict !== null) {
    o.dict.ownerType = o.cls;
    for (const k of o.dict.keys()) if (typeof k === 'string') o.cls.instanceAttrNames.add(k);
  }
});
getter(objectType, '__dict__', (self: PyValue) => {
  if (typeof self !== 'object' || (self.dict === null && !self.cls.instancesHaveDict)) {
    throw attrError(self, '__dict__');
  }
  if (self.dict === null) {
    self.dict = new PyDict();
    self.dict.ownerType = self.cls;
  }
  return self.dict;
}, (self: PyValue, v) => {
  if (typeof self !== 'object' || self.dict === null) throw attrError(self, '__dict__');
  if (!(v instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v ?? None).name}'`);
  const d = v as PyDict;
  d.ownerType = self.cls;
  for (const k of d.keys()) if (typeof k === 'string') self.cls.instanceAttrNames.add(k);
  self.dict = d;
});
getter(objectType, '__doc__', (self: PyValue) => {
  const d = (typeOf(self).dict as PyDict).getStr('__doc__');
  return d ?? None;
});

/** object.__getattribute__ found nothing: AttributeError (never the type's own __getattribute__ again). */
function pyGetAttrMissing(self: PyValue, name: string): never {
  throw attrError(self, name);
}
