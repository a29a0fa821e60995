/**
 * The methods of `type`, and class creation: `type(name, bases, ns)` (type.__new__) and the
 * `__build_class__` builtin behind the `class` statement (metaclass selection, __prepare__,
 * running the body, __classcell__, __set_name__, __init_subclass__).
 */
import { onHeapClone } from '../vm/heap-clone';
import { PyObject, type PyValue } from '../objects/object';
import {
  typeType, objectType, None, typeOf, tupleType, dictType, intType, strType, bytesType, mappingProxyType,
  setType, frozensetType, moduleType,
  memberDescriptorType,
} from '../objects/core-types';
import { PyType, computeMro, mroConflictBases, bumpTypeEpoch } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { PyFunction, PyCell } from '../objects/function';
import { PyBuiltin, BuiltinKind, PyStaticMethod, PyClassMethod, PyGetSet } from '../objects/builtin';
import { method, slot, getter, rawFunc, classMethod } from '../runtime/define';
import { typeError, valueError, notImplementedError, attributeError, runtimeErrorType, runtimeError } from '../runtime/errors';
import { PyBaseException } from '../objects/exception';
import { defaultGetattribute, defaultSetattr, typeGetAttribute, pyGetAttr, pyGetAttrOpt, pySetAttr, genericSetAttr, PySuper, attrError } from '../ops/attr';
import { typeCallBase, callMethod, pyCall } from '../ops/call';
import { pyRepr } from '../ops/strrepr';
import { ExecRequest } from '../vm/requests';
import type { KwArgs, NativeGen } from '../vm/native';
import { moduleQualname, typeModule } from './type-names';
import { unionOr } from './union';
import { attrNameArg, asStr, PyStrSub } from './str-args';
import { strIsIdentifier } from './str-unicode';
import { instanceDictDescr, weakrefDescr } from './object';
import { mangle } from '../compiler/mangle';
import { strRepr } from '../numfmt/str-repr';
import { iterToArray } from '../ops/iter';
import { pySetItem } from '../ops/subscript';

slot(typeType, '__call__', '*args, **kwargs', function* (t: PyType, args: PyValue[], kw: KwArgs | null) {
  return yield* typeCallBase(t, args, kw);
});
slot(typeType, '__repr__', '', (t: PyType) => `<class '${moduleQualname(t)}'>`);
const tga = slot(typeType, '__getattribute__', 'name, /', function* (t: PyType, name: PyValue) {
  return yield* typeGetAttribute(t, attrNameArg(name));
});
defaultGetattribute.add(tga);
const tsa = slot(typeType, '__setattr__', 'name, value, /', function* (t: PyType, name: PyValue, v: PyValue) {
  // The generic type setattr (not pySetAttr, which would re-dispatch to a metaclass __setattr__
  // that called us through super()).
  yield* genericSetAttr(t, typeOf(t), attrNameArg(name), v);
  return None;
});
const tda = slot(typeType, '__delattr__', 'name, /', function* (t: PyType, name: PyValue) {
  yield* genericSetAttr(t, typeOf(t), attrNameArg(name), undefined);
  return None;
});
defaultSetattr.add(tsa);
defaultSetattr.add(tda);

slot(typeType, '__init__', '*args, **kwargs', () => None);
method(typeType, 'mro', '', (t: PyType) => new PyList(t.mro.slice()));
method(typeType, '__subclasses__', '', (t: PyType) => new PyList(subclassesOf(t)));
method(typeType, '__instancecheck__', 'instance, /', (t: PyType, o: PyValue) => typeOf(o).isSubtypeOf(t));
method(typeType, '__subclasscheck__', 'subclass, /', (t: PyType, c: PyValue) => {
  if (!(c instanceof PyType)) typeError('issubclass() arg 1 must be a class');
  return (c as PyType).isSubtypeOf(t);
});
method(typeType, '__dir__', '', (t: PyType) => {
  const names = new Set<string>();
  for (const b of t.mro) for (const k of (b.dict as PyDict).keys()) if (typeof k === 'string') names.add(k);
  return new PyList([...names]);
});
method(typeType, '__sizeof__', '', () => 0);
slot(typeType, '__or__', 'other, /', function* (t: PyType, o: PyValue) {
  return yield* unionOr(t, o);
});
slot(typeType, '__ror__', 'other, /', function* (t: PyType, o: PyValue) {
  return yield* unionOr(o, t);
});

// A static type's name is CPython's tp_name ('datetime.date' for types of C modules, used as is
// in error messages); __name__ is the part after the last dot.
/** CPython's check_set_special_type_attr. */
function checkSpecialTypeAttr(t: PyType, v: PyValue | undefined, name: string): void {
  if (!t.isHeap) typeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
  if (v === undefined) typeError(`cannot delete '${name}' attribute of immutable type '${t.name}'`);
}
getter(typeType, '__name__', (t: PyType) => (t.isHeap && t.cName !== true ? t.name : t.name.slice(t.name.lastIndexOf('.') + 1)), (t: PyType, v) => {
  checkSpecialTypeAttr(t, v, '__name__');
  if (typeof v !== 'string') typeError(`can only assign string to ${t.name}.__name__, not '${typeOf(v!).name}'`);
  if ((v as string).includes('\0')) valueError('type name must not contain null characters');
  t.name = v as string;
});
getter(typeType, '__qualname__', (t: PyType) => t.qualname, (t: PyType, v) => {
  checkSpecialTypeAttr(t, v, '__qualname__');
  if (typeof v !== 'string') typeError(`can only assign string to ${t.name}.__qualname__, not '${typeOf(v!).name}'`);
  t.qualname = v as string;
});
getter(typeType, '__module__', (t: PyType) => {
  if (!t.isHeap) return typeModule(t);
  const m = (t.dict as PyDict).getStr('__module__');
  return m !== undefined ? m : attributeError('__module__');
}, (t: PyType, v) => {
  checkSpecialTypeAttr(t, v, '__module__');
  (t.dict as PyDict).setStr('__module__', v!);
  bumpTypeEpoch();
});
getter(typeType, '__bases__', (t: PyType) => newTuple(t.bases.slice()), (t: PyType, v) => {
  checkSpecialTypeAttr(t, v, '__bases__');
  if (!(v instanceof PyTuple)) typeError(`can only assign tuple to ${t.name}.__bases__, not ${typeOf(v!).name}`);
  notImplementedError('assigning to __bases__ is not supported by Interleave yet');
});
// Read-only members (CPython's type_members): setting them says "readonly attribute".
for (const [n, get] of [['__base__', (t: PyType) => t.base ?? None], ['__mro__', (t: PyType) => newTuple(t.mro.slice())]] as const) {
  (typeType.dict as PyDict).setStr(n, new PyGetSet(n, typeType, get as (self: PyValue) => PyValue, null, memberDescriptorType));
}
getter(typeType, '__dict__', (t: PyType) => new MappingProxy(t.dict as PyDict));
getter(typeType, '__doc__', (t: PyType) => {
  const d = (t.dict as PyDict).getStr('__doc__');
  if (d === undefined) return None;
  // A __doc__ descriptor in the class namespace (CPython's type_get_doc calls its __get__).
  return d;
}, (t: PyType, v) => {
  checkSpecialTypeAttr(t, v, '__doc__');
  (t.dict as PyDict).setStr('__doc__', v!);
  bumpTypeEpoch();
});
getter(typeType, '__abstractmethods__', (t: PyType) => {
  const v = (t.dict as PyDict).getStr('__abstractmethods__');
  if (v === undefined) throw attributeError('__abstractmethods__');
  return v;
}, (t: PyType, v) => {
  if (v === undefined) (t.dict as PyDict).delStr('__abstractmethods__');
  else (t.dict as PyDict).setStr('__abstractmethods__', v);
  bumpTypeEpoch();
});
getter(typeType, '__text_signature__', () => None);
// type.__prepare__(name, bases, **kwds): a new empty dict.
classMethod(typeType, '__prepare__', '*args, **kwargs', () => new PyDict());
// type.__annotations__ (3.10+): created empty in the class namespace on first access.
getter(typeType, '__annotations__', (t: PyType) => {
  if (!t.isHeap) throw attrError(t, '__annotations__');
  const ns = t.dict as PyDict;
  let a = ns.getStr('__annotations__');
  if (a === undefined) {
    ns.setStr('__annotations__', (a = new PyDict()));
    bumpTypeEpoch();
  }
  return a;
}, (t: PyType, v) => {
  if (!t.isHeap) typeError(`cannot set '__annotations__' attribute of immutable type '${t.name}'`);
  const ns = t.dict as PyDict;
  if (v === undefined) {
    if (!ns.delStr('__annotations__')) attributeError('__annotations__');
  } else ns.setStr('__annotations__', v);
  bumpTypeEpoch();
});

/** A read-only view of a class namespace (type.__dict__). */
export class MappingProxy extends PyObject {
  constructor(readonly d: PyDict) {
    super(mappingProxyType);
  }
}

const allTypes: PyType[] = [];
/** Heap types register here so __subclasses__ can find them (built-ins are few and static). */
export function registerType(t: PyType): void {
  allTypes.push(t);
}
function subclassesOf(t: PyType): PyType[] {
  return allTypes.filter((c) => c.bases.includes(t));
}

/** The metaclass a class with these bases gets (most derived; error on conflict). */
function calculateMeta(meta: PyType, bases: PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtypeOf(bt)) continue;
    if (bt.isSubtypeOf(winner)) {
      winner = bt;
      continue;
    }
    typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** type.__new__(meta, name, bases, ns, **kwargs) */
export function* typeNew(meta: PyType, name: string, basesT: PyTuple, nsIn: PyDict, kw: KwArgs | null): NativeGen<PyType> {
  const bases: PyType[] = [];
  for (const b of basesT.items) {
    if (!(b instanceof PyType)) typeError(`bases must be types`);
    const bt = b as PyType;
    if (!bt.subclassable) typeError(`type '${bt.name}' is not an acceptable base type`);
    bases.push(bt);
  }
  if (bases.length === 0) bases.push(objectType);
  // The solid base: every base's layout must lie on one inheritance line.
  let layout = objectType;
  for (const b of bases) {
    const l = b.layout;
    if (l.isSubtypeOf(layout)) layout = l;
    else if (!layout.isSubtypeOf(l)) typeError('multiple bases have instance lay-out conflict');
  }
  // CPython's best_base: a class adding __slots__ members is its own solid base, so two such
  // bases conflict too.
  let solid: PyType = objectType;
  for (const b of bases) {
    const sb = solidBase(b);
    if (sb.isSubtypeOf(solid)) solid = sb;
    else if (!solid.isSubtypeOf(sb)) typeError('multiple bases have instance lay-out conflict');
  }
  // Variable-size layouts (CPython's tp_itemsize != 0) have no room for slots, not even __dict__.
  if (layout === intType || layout === bytesType || layout === tupleType) {
    const slots = nsIn.getStr('__slots__');
    const n = typeof slots === 'string' ? 1 : slots instanceof PyTuple || slots instanceof PyList ? slots.items.length : 0;
    if (n > 0) typeError(`nonempty __slots__ not supported for subtype of '${bases.find((b) => b.layout === layout)!.name}'`);
  }
  const ns = new PyDict();
  nsIn.copyInto(ns);
  const t = new PyType(meta, name, bases, ns, true);
  t.layout = layout;
  const qn = ns.getStr('__qualname__');
  if (qn !== undefined) {
    if (typeof qn !== 'string') typeError(`type __qualname__ must be a str, not ${typeOf(qn).name}`);
    t.qualname = qn as string;
    ns.delStr('__qualname__');
  }
  if (ns.getStr('__module__') === undefined) ns.setStr('__module__', '__main__');
  // CPython's check_duplicates (mro_implementation, before merging).
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) if (bases[j] === bases[i]) typeError(`duplicate base class ${classNameOf(bases[i])}`);
  }
  const mro = computeMro(t);
  if (mro === null) {
    typeError(mroErrorMessage(mroConflictBases(t)));
  }
  t.mro = mro!;
  t.inheritPatmaFlags();
  yield* setupSlots(t, ns, bases);
  // PyType_Ready adds __doc__ after the members and getsets.
  if (ns.getStr('__doc__') === undefined) ns.setStr('__doc__', None);
  // Implicit static/class methods.
  const newf = ns.getStr('__new__');
  if (newf instanceof PyFunction) ns.setStr('__new__', new PyStaticMethod(newf));
  for (const n of ['__init_subclass__', '__class_getitem__']) {
    const f = ns.getStr(n);
    if (f instanceof PyFunction) ns.setStr(n, new PyClassMethod(f));
  }
  // Defining __eq__ without __hash__ makes instances unhashable.
  if (ns.getStr('__eq__') !== undefined && ns.getStr('__hash__') === undefined) ns.setStr('__hash__', None);
  const cell = ns.getStr('__classcell__');
  if (cell !== undefined) {
    if (!(cell instanceof PyCell)) typeError(`__classcell__ must be a nonlocal cell, not ${typeOf(cell).name}`);
    (cell as PyCell).v = t;
    ns.delStr('__classcell__');
  }
  registerType(t);
  bumpTypeEpoch();
  // __set_name__ on attributes, then the parent's __init_subclass__.
  for (const k of [...ns.keys()]) {
    const v = ns.getStr(k as string);
    if (v === undefined || typeof v !== 'object') continue;
    const sn = v.cls.lookup('__set_name__');
    if (sn === undefined) continue;
    try {
      yield* callMethod(sn, v, [t, k]);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      // 3.11's _PyErr_FormatFromCause: a RuntimeError whose __cause__ is the original error.
      const err = new PyBaseException(runtimeErrorType, [`Error calling __set_name__ on '${v.cls.name}' instance ${yield* pyRepr(k)} in '${t.name}'`]);
      err.cause = e;
      err.context = e;
      err.suppressContext = true;
      throw err;
    }
  }
  const sup = new PySuper(t, t, t);
  const initSub = yield* pyGetAttr(sup, '__init_subclass__');
  yield* pyCall(initSub, [], kw);
  return t;
}

/** CPython's solid_base: the class itself when it adds __slots__ members, else its bases'. */
function solidBase(t: PyType): PyType {
  if (!t.isHeap) return t.layout;
  if (t.slotNames !== null && t.slotNames.length > 0) return t;
  let solid: PyType = objectType;
  for (const b of t.bases) {
    const sb = solidBase(b);
    if (sb.isSubtypeOf(solid)) solid = sb;
  }
  return solid;
}

/** A class's __name__ (CPython's class_name helper in typeobject.c). */
function classNameOf(k: PyType): string {
  return k.isHeap ? k.name : k.name.slice(k.name.lastIndexOf('.') + 1);
}

/** CPython's set_mro_error text (built in a 1000-byte buffer, so very long lists are cut). */
function mroErrorMessage(conflict: PyType[]): string {
  let buf = 'Cannot create a consistent method resolution\norder (MRO) for bases';
  let n = conflict.length;
  for (const k of conflict) {
    if (buf.length >= 1000) break;
    buf += ' ' + classNameOf(k);
    if (--n && buf.length + 1 < 1000) buf += ',';
  }
  return buf.length > 999 ? buf.slice(0, 999) : buf;
}

/** Built-in bases whose instances already take weak references, or are variable-size (tp_itemsize). */
function noRoomForWeakref(b: PyType): boolean {
  const l = b.layout;
  return l === setType || l === frozensetType || l === typeType || l === moduleType || l === intType || l === bytesType || l === tupleType;
}

/**
 * CPython's type_new_slots / type_new_descriptors: __slots__ members (validated, mangled and
 * sorted), then the `__dict__` and `__weakref__` descriptors the class adds for its instances —
 * without __slots__ both, unless its base (the one providing the layout) already has them.
 */
function* setupSlots(t: PyType, ns: PyDict, bases: PyType[]): NativeGen<void> {
  const base = bases.find((b) => b.layout === t.layout) ?? bases[0];
  const mayAddDict = !base.instancesHaveDict;
  const mayAddWeak = !noRoomForWeakref(base) && !base.mro.some((c) => c.isHeap && (c.dict as PyDict).getStr('__weakref__') !== undefined);
  let addDict = false;
  let addWeak = false;
  const slots = ns.getStr('__slots__');
  if (slots === undefined) {
    addDict = mayAddDict;
    addWeak = mayAddWeak;
  } else {
    const names = typeof slots === 'string' || slots instanceof PyStrSub ? [slots] : yield* iterToArray(slots);
    const members: string[] = [];
    for (const n of names) {
      const s = asStr(n);
      if (s === null) typeError(`__slots__ items must be strings, not '${typeOf(n).name}'`);
      if (!strIsIdentifier(s!)) typeError('__slots__ must be identifiers');
      if (s === '__dict__') {
        if (!mayAddDict || addDict) typeError('__dict__ slot disallowed: we already got one');
        addDict = true;
      } else if (s === '__weakref__') {
        if (!mayAddWeak || addWeak) typeError('__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
        addWeak = true;
      } else members.push(s!);
    }
    const mangled = members.map((n) => mangle(t.name, n));
    for (const n of mangled) {
      if (ns.getStr(n) !== undefined) valueError(`${strRepr(n)} in __slots__ conflicts with class variable`);
    }
    mangled.sort();
    t.slotNames = mangled;
    for (const n of mangled) ns.setStr(n, slotDescriptor(n, t));
  }
  t.instancesHaveDict = !mayAddDict || addDict;
  if (addDict) ns.setStr('__dict__', instanceDictDescr(t));
  if (addWeak) ns.setStr('__weakref__', weakrefDescr(t));
}

/** Slot values live in a per-instance map (objects without __dict__ use only slots). */
const slotValues = new WeakMap<PyObject, Map<string, PyValue>>();
// fork copies an instance's slot values with it.
onHeapClone((src, dst, clone) => {
  const m = slotValues.get(src as PyObject);
  if (m !== undefined) slotValues.set(dst as PyObject, clone(m));
});

/** A __slots__ attribute's value without running code (the trace reads asyncio's handles). */
export function slotValue(o: PyObject, name: string): PyValue | undefined {
  return slotValues.get(o)?.get(name);
}

function slotDescriptor(name: string, owner: PyType): PyGetSet {
  return new PyGetSet(name, owner, (self: PyValue) => {
    const v = slotValues.get(self as PyObject)?.get(name);
    if (v === undefined) throw attrError(self, name);
    return v;
  }, (self: PyValue, v: PyValue | undefined) => {
    let m = slotValues.get(self as PyObject);
    if (m === undefined) slotValues.set(self as PyObject, (m = new Map()));
    if (v === undefined) {
      // CPython's PyMember_SetOne: deleting an unset T_OBJECT_EX member says just the name.
      if (!m.delete(name)) attributeError(name);
    } else m.set(name, v);
  }, memberDescriptorType);
}

// type.__new__ as a static method (for type(name, bases, ns) and metaclass super().__new__).
const typeNewBuiltin = new PyBuiltin('__new__', function* (args: PyValue[], kw: KwArgs | null) {
  const meta = args[0];
  // CPython's tp_new_wrapper checks.
  if (meta === undefined) typeError('type.__new__(): not enough arguments');
  if (!(meta instanceof PyType)) typeError(`type.__new__(X): X is not a type object (${typeOf(meta).name})`);
  if (!(meta as PyType).isSubtypeOf(typeType)) typeError(`type.__new__(${(meta as PyType).name}): ${(meta as PyType).name} is not a subtype of type`);
  if (args.length === 2) return typeOf(args[1]);
  if (args.length !== 4) typeError('type.__new__() takes exactly 3 arguments (' + (args.length - 1) + ' given)');
  const [, name, bases, ns] = args;
  if (typeof name !== 'string') typeError(`type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
  if ((name as string).includes('\0')) valueError('type name must not contain null characters');
  if (!(bases instanceof PyTuple)) typeError(`type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`);
  if (!(ns instanceof PyDict)) typeError(`type.__new__() argument 3 must be dict, not ${typeOf(ns).name}`);
  const m = calculateMeta(meta as PyType, (bases as PyTuple).items);
  return yield* typeNew(m, name as string, bases as PyTuple, ns as PyDict, kw);
}, BuiltinKind.StaticMethod, typeType);
(typeType.dict as PyDict).setStr('__new__', typeNewBuiltin);
typeType.alloc = () => typeError('cannot create type instances this way');

/** builtins.__build_class__(func, name, *bases, metaclass=None, **kwds) */
export const buildClass = rawFunc('__build_class__', function* (args: PyValue[], kw: KwArgs | null) {
  if (args.length < 2) typeError('__build_class__: not enough arguments');
  const [func, name, ...bases] = args;
  if (!(func instanceof PyFunction)) typeError('__build_class__: func must be a function');
  if (typeof name !== 'string') typeError('__build_class__: name is not a string');
  let meta: PyValue | undefined = kw?.get('metaclass');
  let kwds: KwArgs | null = null;
  if (kw !== null) {
    kwds = new Map(kw);
    kwds.delete('metaclass');
    if (kwds.size === 0) kwds = null;
  }
  const resolvedBases = yield* resolveMroEntries(bases);
  let isClass = false;
  if (meta === undefined) meta = resolvedBases.length === 0 ? typeType : typeOf(resolvedBases[0]);
  if (meta instanceof PyType) {
    isClass = true;
    meta = calculateMeta(meta, resolvedBases);
  }
  const basesTuple = newTuple(resolvedBases);
  // The namespace: an exact dict, or any mapping from __prepare__ (then the class body's name
  // loads and stores call its __getitem__/__setitem__: see Frame.localsMap).
  let ns: PyValue;
  const prepare = yield* pyGetAttrOpt(meta, '__prepare__');
  if (prepare !== undefined) {
    const r = yield* pyCall(prepare, [name, basesTuple], kwds);
    // PyMapping_Check: anything with __getitem__ (a list passes, and fails later).
    if (!(r instanceof PyDict) && typeOf(r).lookup('__getitem__') === undefined) {
      typeError(`${isClass ? (meta as PyType).name : '<metaclass>'}.__prepare__() must return a mapping, not ${typeOf(r).name}`);
    }
    ns = r;
  } else ns = new PyDict();
  const f = func as PyFunction;
  const exact = ns instanceof PyDict && ns.cls === dictType;
  const storage = ns instanceof PyDict ? ns : new PyDict();
  const cell = yield new ExecRequest(f.code, f.globals, storage, f.closure, exact ? null : ns);
  if (resolvedBases !== bases) {
    if (exact) (ns as PyDict).setStr('__orig_bases__', newTuple(bases));
    else yield* pySetItem(ns, '__orig_bases__', newTuple(bases));
  }
  const cls = yield* pyCall(meta, [name, basesTuple, ns], kwds);
  if (cell instanceof PyCell && cls instanceof PyType && cell.v !== cls) {
    if (cell.v === undefined) {
      runtimeError(`__class__ not set defining ${strRepr(name as string)} as ${yield* pyRepr(cls)}. Was __classcell__ propagated to type.__new__?`);
    }
    typeError(`__class__ set to ${yield* pyRepr(cell.v as PyValue)} defining ${strRepr(name as string)} as ${yield* pyRepr(cls)}`);
  }
  return cls;
});


/** PEP 560: bases that are not classes may provide __mro_entries__. */
function* resolveMroEntries(bases: PyValue[]): NativeGen<PyValue[]> {
  let changed = false;
  const out: PyValue[] = [];
  for (const b of bases) {
    if (b instanceof PyType) {
      out.push(b);
      continue;
    }
    const me = typeOf(b).lookup('__mro_entries__');
    if (me === undefined) {
      out.push(b);
      continue;
    }
    changed = true;
    const r = yield* callMethod(me, b, [newTuple(bases)]);
    if (!(r instanceof PyTuple)) typeError('__mro_entries__ must return a tuple');
    out.push(...(r as PyTuple).items);
  }
  return changed ? out : bases;
}

