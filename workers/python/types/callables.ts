/**
 * Function-like types: `function`, bound `method`, built-in functions and method descriptors,
 * `property`, `staticmethod`, `classmethod` and `super`.
 */
import type { PyValue } from '../objects/object';
import {
  functionType, methodType, builtinFunctionType, methodDescriptorType, wrapperDescriptorType,
  classmethodDescriptorType, getsetDescriptorType, memberDescriptorType, propertyType, staticmethodType, classmethodType,
  superType, None, NotImplemented, typeOf, typeType,
} from '../objects/core-types';
import { PyFunction, PyMethod, PyCell } from '../objects/function';
import { PyBuiltin, BuiltinKind, PyGetSet, PyProperty, PyStaticMethod, PyClassMethod } from '../objects/builtin';
import { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyTuple, newTuple } from '../objects/tuple';
import { method, slot, getter } from '../runtime/define';
import { typeError, valueError, runtimeError, attributeError } from '../runtime/errors';
import { pyCall, callBuiltin, bindDescriptor, classMethodGet } from '../ops/call';
import { pyRepr, fakeAddress } from '../ops/strrepr';
import { pyEq } from '../ops/compare';
import { pyHash, identityHash } from '../ops/hash';
import { pyGetAttr, pyGetAttrOpt, PySuper, propertyGet, propertySet } from '../ops/attr';
import { hashToPyInt } from '../hashing';
import { currentFrame } from '../vm/current';
import { FAST_CELL, PyCode } from '../compiler/code';
import type { KwArgs, NativeGen } from '../vm/native';
import { moduleQualname } from './type-names';
import { sig } from '../runtime/args';
import { PyModule } from '../objects/module';

// ---- function ----
slot(functionType, '__repr__', '', (f: PyFunction) => `<function ${f.qualname} at ${fakeAddress(f)}>`);
slot(functionType, '__call__', '*args, **kwargs', function* (f: PyFunction, args: PyValue[], kw: KwArgs | null) {
  return yield* pyCall(f, args, kw);
});
slot(functionType, '__get__', 'instance, owner=None, /', (f: PyFunction, obj: PyValue) => (obj === None ? f : new PyMethod(f, obj)));
getter(functionType, '__name__', (f: PyFunction) => f.name, (f: PyFunction, v) => {
  if (typeof v !== 'string') typeError('__name__ must be set to a string object');
  f.name = v as string;
});
getter(functionType, '__qualname__', (f: PyFunction) => f.qualname, (f: PyFunction, v) => {
  if (typeof v !== 'string') typeError('__qualname__ must be set to a string object');
  f.qualname = v as string;
});
getter(functionType, '__doc__', (f: PyFunction) => f.doc, (f: PyFunction, v) => {
  f.doc = v ?? None;
});
getter(functionType, '__module__', (f: PyFunction) => f.module, (f: PyFunction, v) => {
  f.module = v ?? None;
});
getter(functionType, '__defaults__', (f: PyFunction) => (f.defaults === null ? None : newTuple(f.defaults)), (f: PyFunction, v) => {
  f.defaults = v === undefined || v === None ? null : (v as PyTuple).items;
});
getter(functionType, '__kwdefaults__', (f: PyFunction) => f.kwdefaults ?? None, (f: PyFunction, v) => {
  f.kwdefaults = v === undefined || v === None ? null : (v as PyDict);
});
getter(functionType, '__code__', (f: PyFunction) => f.code, (f: PyFunction, v) => {
  // func_set_code: any code object with as many free variables as the closure has cells.
  if (!(v instanceof PyCode)) typeError('__code__ must be set to a code object');
  const code = v as PyCode;
  const nclosure = f.closure === null ? 0 : f.closure.length;
  if (code.nfree !== nclosure) valueError(`${f.name}() requires a code object with ${nclosure} free vars, not ${code.nfree}`);
  f.code = code;
});
getter(functionType, '__globals__', (f: PyFunction) => f.globals);
getter(functionType, '__builtins__', (f: PyFunction) => f.builtins);
getter(functionType, '__closure__', (f: PyFunction) => (f.closure === null ? None : newTuple(f.closure)));
getter(functionType, '__annotations__', (f: PyFunction) => f.annotations ?? (f.annotations = new PyDict()), (f: PyFunction, v) => {
  f.annotations = v === undefined || v === None ? null : (v as PyDict);
});
getter(functionType, '__dict__', (f: PyFunction) => f.dict ?? (f.dict = new PyDict()));

// types.FunctionType(code, globals, name=None, argdefs=None, closure=None) (func_new_impl).
const functionNewSig = sig('function', 'code, globals, name=None, argdefs=None, closure=None');
(functionType.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', (args: PyValue[], kw: KwArgs | null) => {
  const [code, globals, name, argdefs, closure] = functionNewSig.bind(args.slice(1), kw);
  if (!(code instanceof PyCode)) typeError(`function() argument 'code' must be code, not ${typeOf(code).name}`);
  if (!(globals instanceof PyDict)) typeError(`function() argument 'globals' must be dict, not ${typeOf(globals).name}`);
  if (name !== None && typeof name !== 'string') typeError('arg 3 (name) must be None or string');
  if (argdefs !== None && !(argdefs instanceof PyTuple)) typeError('arg 4 (defaults) must be None or tuple');
  const co = code as PyCode;
  if (!(closure instanceof PyTuple)) {
    if (co.nfree > 0 && closure === None) typeError('arg 5 (closure) must be tuple');
    else if (closure !== None) typeError('arg 5 (closure) must be None or tuple');
  }
  const cells = closure instanceof PyTuple ? closure.items : [];
  if (co.nfree !== cells.length) valueError(`${co.name} requires closure of length ${co.nfree}, not ${cells.length}`);
  for (const c of cells) if (!(c instanceof PyCell)) typeError(`arg 5 (closure) expected cell, found ${typeOf(c).name}`);
  const g = globals as PyDict;
  const b = g.getStr('__builtins__');
  const builtins = b instanceof PyDict ? b : b instanceof PyModule ? b.ns : currentFrame()?.builtins ?? g;
  const doc = co.consts.length > 0 && typeof co.consts[0] === 'string' ? co.consts[0] : None;
  const f = new PyFunction(co, g, builtins, co.qualname, doc, g.getStr('__name__') ?? None);
  if (typeof name === 'string') f.name = name;
  if (argdefs instanceof PyTuple) f.defaults = argdefs.items;
  if (cells.length > 0) f.closure = cells as PyCell[];
  return f;
}, BuiltinKind.StaticMethod, functionType));

// ---- bound method ----
slot(methodType, '__repr__', '', function* (m: PyMethod) {
  const fn = m.func;
  const name = fn instanceof PyFunction ? fn.qualname : String((yield* pyGetAttrOpt(fn, '__qualname__')) ?? '?');
  return `<bound method ${name} of ${yield* pyRepr(m.self)}>`;
});
slot(methodType, '__call__', '*args, **kwargs', function* (m: PyMethod, args: PyValue[], kw: KwArgs | null) {
  return yield* pyCall(m.func, [m.self, ...args], kw);
});
slot(methodType, '__eq__', 'other, /', function* (m: PyMethod, o: PyValue) {
  if (!(o instanceof PyMethod)) return NotImplemented;
  return m.self === o.self && (yield* pyEq(m.func, o.func));
});
slot(methodType, '__hash__', '', function* (m: PyMethod) {
  const a = identityHash(m.self);
  const b = yield* pyHash(m.func);
  return hashToPyInt(BigInt.asIntN(64, BigInt(a) ^ BigInt(b)));
});
slot(methodType, '__get__', 'instance, owner=None, /', (m: PyMethod) => m);
// types.MethodType(function, instance): bind any callable to an object.
(methodType.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', (args: PyValue[], kw: KwArgs | null) => {
  if (kw !== null && kw.size > 0) typeError('method() takes no keyword arguments');
  if (args.length !== 3) typeError(`method expected 2 arguments, got ${args.length - 1}`);
  const [, fn, obj] = args;
  if (typeof fn !== 'object' || (!(fn instanceof PyType) && typeOf(fn).lookup('__call__') === undefined)) typeError('first argument must be callable');
  if (obj === None) typeError('instance must not be None');
  return new PyMethod(fn, obj);
}, BuiltinKind.StaticMethod, methodType));
getter(methodType, '__func__', (m: PyMethod) => m.func);
getter(methodType, '__self__', (m: PyMethod) => m.self);
getter(methodType, '__name__', function (m: PyMethod) {
  return m.func instanceof PyFunction ? m.func.name : '?';
});
getter(methodType, '__qualname__', (m: PyMethod) => (m.func instanceof PyFunction ? m.func.qualname : '?'));
getter(methodType, '__doc__', (m: PyMethod) => (m.func instanceof PyFunction ? m.func.doc : None));
getter(methodType, '__module__', (m: PyMethod) => (m.func instanceof PyFunction ? m.func.module : None));
getter(methodType, '__wrapped__', () => typeError('__wrapped__'));
(methodType.dict as PyDict).delStr('__wrapped__');

// ---- built-in functions and method descriptors ----
function builtinRepr(b: PyBuiltin): string {
  if (b.self !== undefined) {
    if (b.self instanceof PyType && b.kind === BuiltinKind.ClassMethod) return `<built-in method ${b.name} of type object at ${fakeAddress(b.self)}>`;
    if (b.owner === null && b.module !== null) return `<built-in function ${b.name}>`;
    // A bound slot (`(1).__add__`) is a method-wrapper.
    if (b.kind === BuiltinKind.Slot) return `<method-wrapper '${b.name}' of ${typeOf(b.self).name} object at ${fakeAddress(b.self)}>`;
    return `<built-in method ${b.name} of ${typeOf(b.self).name} object at ${fakeAddress(b.self)}>`;
  }
  // A static method of a built-in type (str.maketrans) reads as a method of the type object.
  if (b.kind === BuiltinKind.StaticMethod && b.owner !== null) return `<built-in method ${b.name} of type object at ${fakeAddress(b.owner)}>`;
  if (b.kind === BuiltinKind.Function) return `<built-in function ${b.name}>`;
  if (b.kind === BuiltinKind.Slot) return `<slot wrapper '${b.name}' of '${b.owner!.name}' objects>`;
  if (b.kind === BuiltinKind.ClassMethod) return `<method '${b.name}' of '${b.owner!.name}' objects>`;
  return `<method '${b.name}' of '${b.owner!.name}' objects>`;
}
for (const t of [builtinFunctionType, methodDescriptorType, wrapperDescriptorType, classmethodDescriptorType]) {
  slot(t, '__repr__', '', builtinRepr);
  slot(t, '__call__', '*args, **kwargs', function* (b: PyBuiltin, args: PyValue[], kw: KwArgs | null) {
    return yield* callBuiltin(b, args, kw);
  });
  getter(t, '__name__', (b: PyBuiltin) => b.name);
  getter(t, '__qualname__', (b: PyBuiltin) => (b.owner !== null ? `${b.owner.name}.${b.name}` : b.name));
  getter(t, '__doc__', (b: PyBuiltin) => b.doc ?? None);
  getter(t, '__text_signature__', (b: PyBuiltin) => b.textSignature ?? None);
}
// A type's __new__ is bound to the type (tp_new's wrapper); copyreg._reduce_ex compares it.
getter(builtinFunctionType, '__self__', (b: PyBuiltin) => b.self ?? (b.kind === BuiltinKind.StaticMethod && b.name === '__new__' && b.owner !== null ? b.owner : None));
getter(builtinFunctionType, '__module__', (b: PyBuiltin) => b.module ?? None);
for (const t of [methodDescriptorType, wrapperDescriptorType, classmethodDescriptorType]) {
  getter(t, '__objclass__', (b: PyBuiltin) => b.owner ?? None);
  slot(t, '__get__', 'instance, owner=None, /', function* (b: PyBuiltin, obj: PyValue, owner: PyValue) {
    return yield* bindDescriptor(b, obj === None ? null : obj, (owner instanceof PyType ? owner : typeOf(obj)));
  });
}
/** CPython's descr_check: a descriptor only applies to instances of the type that defines it. */
function descrCheck(g: PyGetSet, obj: PyValue): void {
  if (!typeOf(obj).isSubtypeOf(g.owner)) {
    typeError(`descriptor '${g.name}' for '${g.owner.name}' objects doesn't apply to a '${typeOf(obj).name}' object`);
  }
}
for (const t of [getsetDescriptorType, memberDescriptorType]) {
  const kind = t === getsetDescriptorType ? 'attribute' : 'member';
  slot(t, '__repr__', '', (g: PyGetSet) => `<${kind} '${g.name}' of '${g.owner.name}' objects>`);
  slot(t, '__get__', 'instance, owner=None, /', (g: PyGetSet, obj: PyValue) => {
    if (obj === None) return g;
    descrCheck(g, obj);
    return g.get(obj);
  });
  slot(t, '__set__', 'instance, value, /', (g: PyGetSet, obj: PyValue, v: PyValue) => {
    descrCheck(g, obj);
    if (g.set === null) attributeError(`attribute '${g.name}' of '${g.owner.name}' objects is not writable`);
    g.set!(obj, v);
    return None;
  });
  slot(t, '__delete__', 'instance, /', (g: PyGetSet, obj: PyValue) => {
    descrCheck(g, obj);
    if (g.set === null) attributeError(`attribute '${g.name}' of '${g.owner.name}' objects is not writable`);
    g.set!(obj, undefined);
    return None;
  });
  getter(t, '__name__', (g: PyGetSet) => g.name);
  getter(t, '__qualname__', (g: PyGetSet) => `${g.owner.isHeap ? g.owner.qualname : g.owner.name.slice(g.owner.name.lastIndexOf('.') + 1)}.${g.name}`);
  getter(t, '__objclass__', (g: PyGetSet) => g.owner);
}
getter(memberDescriptorType, '__doc__', () => None);

// ---- property ----
propertyType.alloc = (cls) => new PyProperty(None, None, None, None, cls);
slot(propertyType, '__init__', 'fget=None, fset=None, fdel=None, doc=None', function* (p: PyProperty, fget: PyValue, fset: PyValue, fdel: PyValue, doc: PyValue) {
  p.fget = fget;
  p.fset = fset;
  p.fdel = fdel;
  p.getterDoc = false;
  if (doc === None && fget !== None) {
    doc = (yield* pyGetAttrOpt(fget, '__doc__')) ?? None;
    p.getterDoc = doc !== None;
  }
  p.doc = doc;
  return None;
});
slot(propertyType, '__get__', 'instance, owner=None, /', function* (p: PyProperty, obj: PyValue) {
  if (obj === None) return p;
  return yield* propertyGet(p, obj);
});
slot(propertyType, '__set__', 'instance, value, /', function* (p: PyProperty, obj: PyValue, v: PyValue) {
  yield* propertySet(p, obj, v);
  return None;
});
slot(propertyType, '__delete__', 'instance, /', function* (p: PyProperty, obj: PyValue) {
  yield* propertySet(p, obj, undefined);
  return None;
});
method(propertyType, '__set_name__', '*args', (p: PyProperty, args: PyValue[]) => {
  if (args.length !== 2) typeError(`__set_name__() takes 2 positional arguments but ${args.length} were given`);
  p.name = args[1];
  return None;
});
function* copyProperty(p: PyProperty, fget: PyValue, fset: PyValue, fdel: PyValue): NativeGen {
  const t = p.cls;
  let r: PyValue;
  // A doc taken from the old getter is taken from the new one instead (CPython's property_copy).
  const doc = p.getterDoc && fget !== None ? None : p.doc;
  if (t === propertyType) {
    const q = new PyProperty(fget, fset, fdel, doc);
    if (doc === None && fget !== None) {
      q.doc = (yield* pyGetAttrOpt(fget, '__doc__')) ?? None;
      q.getterDoc = q.doc !== None;
    }
    r = q;
  } else r = yield* pyCall(t, [fget, fset, fdel, doc]);
  if (r instanceof PyProperty) r.name = p.name;
  return r;
}
method(propertyType, 'getter', 'fget, /', function* (p: PyProperty, f: PyValue) {
  return yield* copyProperty(p, f, p.fset, p.fdel);
}, 'O');
method(propertyType, 'setter', 'fset, /', function* (p: PyProperty, f: PyValue) {
  return yield* copyProperty(p, p.fget, f, p.fdel);
}, 'O');
method(propertyType, 'deleter', 'fdel, /', function* (p: PyProperty, f: PyValue) {
  return yield* copyProperty(p, p.fget, p.fset, f);
}, 'O');
getter(propertyType, 'fget', (p: PyProperty) => p.fget);
getter(propertyType, 'fset', (p: PyProperty) => p.fset);
getter(propertyType, 'fdel', (p: PyProperty) => p.fdel);
getter(propertyType, '__doc__', (p: PyProperty) => p.doc, (p: PyProperty, v) => {
  p.doc = v ?? None;
});
getter(propertyType, '__isabstractmethod__', function (p: PyProperty) {
  return isAbstract(p.fget) || isAbstract(p.fset) || isAbstract(p.fdel);
});

function isAbstract(f: PyValue): boolean {
  return f instanceof PyFunction && f.dict?.getStr('__isabstractmethod__') === true;
}

// ---- staticmethod / classmethod ----
staticmethodType.alloc = (cls) => new PyStaticMethod(None, cls);
classmethodType.alloc = (cls) => new PyClassMethod(None, cls);
for (const [t, Ctor] of [[staticmethodType, PyStaticMethod], [classmethodType, PyClassMethod]] as const) {
  slot(t, '__init__', 'function, /', function* (s: PyStaticMethod | PyClassMethod, f: PyValue) {
    s.func = f;
    // 3.10+: like functools.wraps, copy the wrapped callable's metadata (CPython's functools_wraps).
    const d = s.dict ?? (s.dict = new PyDict());
    if (f instanceof PyFunction) {
      d.setStr('__module__', f.module);
      d.setStr('__name__', f.name);
      d.setStr('__qualname__', f.qualname);
      d.setStr('__doc__', f.doc);
      const ann = yield* pyGetAttrOpt(f, '__annotations__');
      if (ann !== undefined) d.setStr('__annotations__', ann);
    } else {
      for (const n of ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']) {
        const v = yield* pyGetAttrOpt(f, n);
        if (v !== undefined) d.setStr(n, v);
      }
    }
    return None;
  });
  getter(t, '__func__', (s: PyStaticMethod | PyClassMethod) => s.func);
  getter(t, '__wrapped__', (s: PyStaticMethod | PyClassMethod) => s.func);
  getter(t, '__isabstractmethod__', (s: PyStaticMethod | PyClassMethod) => isAbstract(s.func));
  slot(t, '__repr__', '', function* (s: PyStaticMethod | PyClassMethod) {
    return `<${t.name}(${yield* pyRepr(s.func)})>`;
  });
  void Ctor;
}
slot(staticmethodType, '__get__', 'instance, owner=None, /', (s: PyStaticMethod) => s.func);
slot(staticmethodType, '__call__', '*args, **kwargs', function* (s: PyStaticMethod, args: PyValue[], kw: KwArgs | null) {
  return yield* pyCall(s.func, args, kw);
});
slot(classmethodType, '__get__', 'instance, owner=None, /', function* (s: PyClassMethod, obj: PyValue, owner: PyValue) {
  return yield* classMethodGet(s, owner === None ? typeOf(obj) : (owner as PyType));
});

// ---- super ----
superType.alloc = () => new PySuper(typeType, null, null);
const superNew = new PyBuiltin('__new__', (args: PyValue[]) => new PySuper(typeType, null, null), BuiltinKind.StaticMethod, superType);
(superType.dict as PyDict).setStr('__new__', superNew);
slot(superType, '__init__', 'type=?, obj=?, /', (s: PySuper, t: PyValue | undefined, obj: PyValue | undefined) => {
  let thisType: PyValue;
  let o: PyValue | undefined = obj;
  if (t === undefined) {
    // Zero-argument form: the caller's first argument and its __class__ cell.
    const f = currentFrame();
    if (f === null || f.code.argcount === 0) runtimeError('super(): no arguments');
    let first = f!.stack[0];
    if (first instanceof PyCell && f!.code.localsplusKinds[0] & FAST_CELL) first = first.v as PyValue;
    if (first === undefined) runtimeError('super(): arg[0] deleted');
    const idx = f!.code.localsplusNames.lastIndexOf('__class__');
    if (idx < 0) runtimeError('super(): __class__ cell not found');
    const cell = f!.stack[idx] as PyCell;
    if (!(cell instanceof PyCell) || cell.v === undefined) runtimeError('super(): empty __class__ cell');
    thisType = cell.v as PyValue;
    o = first;
  } else thisType = t;
  if (!(thisType instanceof PyType)) typeError(`super() argument 1 must be a type, not ${typeOf(thisType).name}`);
  let objType: PyType | null = null;
  if (o !== undefined && o !== None) {
    if (o instanceof PyType && o.isSubtypeOf(thisType as PyType)) objType = o;
    else {
      const ot = typeOf(o);
      if (!ot.isSubtypeOf(thisType as PyType)) typeError('super(type, obj): obj must be an instance or subtype of type');
      objType = ot;
    }
  }
  Object.assign(s, { thisType, obj: o === undefined || o === None ? null : o, objType });
  return None;
});
slot(superType, '__repr__', '', function* (s: PySuper) {
  if (s.objType === null) return `<super: <class '${s.thisType.name}'>, NULL>`;
  return `<super: <class '${s.thisType.name}'>, <${s.objType.name} object>>`;
});
slot(superType, '__get__', 'instance, owner=None, /', (s: PySuper, obj: PyValue) => {
  if (obj === None || s.obj !== null) return s;
  return new PySuper(s.thisType, obj, typeOf(obj));
});
getter(superType, '__thisclass__', (s: PySuper) => s.thisType);
getter(superType, '__self__', (s: PySuper) => s.obj ?? None);
getter(superType, '__self_class__', (s: PySuper) => s.objType ?? None);

export { moduleQualname, pyGetAttr };
