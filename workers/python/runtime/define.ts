/**
 * Attaching natives to types and modules: methods, special methods, class/static methods,
 * native properties, and module functions. Each takes a text signature (see args.ts) and an
 * implementation receiving already-bound arguments:
 *
 *   method(strType, 'split', 'sep=None, maxsplit=-1', (self: string, sep, maxsplit) => ...);
 *
 * An implementation written as `function*` may yield requests (calls into Python); the VM drives it.
 */
import type { PyValue } from '../objects/object';
import { PyType } from '../objects/type';
import type { PyDict } from '../objects/dict';
import { typeOf } from '../objects/core-types';
import { PyBuiltin, BuiltinKind, PyGetSet, UNIT_ALWAYS, UNIT_NEVER } from '../objects/builtin';
import { isGeneratorFunction, type KwArgs, type NativeFn } from '../vm/native';
import { sig } from './args';
import { typeError } from './errors';

type Impl = (...a: any[]) => any;

/** The self check of method descriptors; slot wrappers (`isSlot`) word their errors differently. */
function checkSelf(owner: PyType, name: string, self: PyValue | undefined, isSlot: boolean): void {
  if (self === undefined) {
    if (isSlot) typeError(`descriptor '${name}' of '${owner.name}' object needs an argument`);
    typeError(`unbound method ${owner.name}.${name}() needs an argument`);
  }
  const t = typeOf(self!);
  if (t !== owner && !t.isSubtypeOf(owner)) {
    if (isSlot) typeError(`descriptor '${name}' requires a '${owner.name}' object but received a '${t.name}'`);
    typeError(`descriptor '${name}' for '${owner.name}' objects doesn't apply to a '${t.name}' object`);
  }
}

function makeMethodFn(owner: PyType, name: string, params: string, impl: Impl, style?: 'noargs' | 'O' | 'pos' | 'kw', isSlot = false): NativeFn {
  const s = sig(name, params, `${owner.qualname}.${name}`, style);
  if (s.params.length === 0) {
    return (args: PyValue[], kw: KwArgs | null) => {
      checkSelf(owner, name, args[0], isSlot);
      if (args.length !== 1 || (kw !== null && kw.size > 0)) s.bind(args, kw, 1);
      return impl(args[0]);
    };
  }
  return (args: PyValue[], kw: KwArgs | null) => {
    checkSelf(owner, name, args[0], isSlot);
    return impl(args[0], ...s.bind(args, kw, 1));
  };
}

/** A regular method (`str.split`). */
export function method(owner: PyType, name: string, params: string, impl: Impl, style?: 'noargs' | 'O' | 'pos' | 'kw'): PyBuiltin {
  const b = new PyBuiltin(name, makeMethodFn(owner, name, params, impl, style), BuiltinKind.Method, owner, undefined, isGeneratorFunction(impl));
  b.unit = takesUnit(sig(name, params, `${owner.qualname}.${name}`, style).style);
  (owner.dict as PyDict).setStr(name, b);
  return b;
}

/** A special method (`list.__len__`): same calling convention, slot-wrapper repr. */
export function slot(owner: PyType, name: string, params: string, impl: Impl): PyBuiltin {
  const b = new PyBuiltin(name, makeMethodFn(owner, name, params, impl, undefined, true), BuiltinKind.Slot, owner, undefined, isGeneratorFunction(impl));
  (owner.dict as PyDict).setStr(name, b);
  return b;
}

/** A class method of a built-in type: impl receives the class first. */
export function classMethod(owner: PyType, name: string, params: string, impl: Impl): PyBuiltin {
  const s = sig(name, params, `${owner.qualname}.${name}`);
  const fn: NativeFn = (args, kw) => {
    const cls = args[0];
    // A class method is bound to the class it is called on, and CPython's METH_NOARGS / METH_O
    // errors name that class ("Sub.__init_subclass__() takes no keyword arguments").
    if (cls !== owner && s.style !== 'kw' && ((kw !== null && kw.size > 0) || args.length - 1 > s.maxPositional || args.length - 1 < s.minPositional)) {
      const q = cls instanceof PyType ? cls.qualname : owner.qualname;
      return impl(cls, ...sig(name, params, `${q}.${name}`).bind(args, kw, 1));
    }
    return impl(cls, ...s.bind(args, kw, 1));
  };
  const b = new PyBuiltin(name, fn, BuiltinKind.ClassMethod, owner, undefined, isGeneratorFunction(impl));
  (owner.dict as PyDict).setStr(name, b);
  return b;
}

/** A static method of a built-in type (`str.maketrans`). */
export function staticMethod(owner: PyType, name: string, params: string, impl: Impl): PyBuiltin {
  const s = sig(name, params);
  const fn: NativeFn = (args, kw) => impl(...s.bind(args, kw));
  const b = new PyBuiltin(name, fn, BuiltinKind.StaticMethod, owner, undefined, isGeneratorFunction(impl));
  (owner.dict as PyDict).setStr(name, b);
  return b;
}

/** A native property (getset descriptor). Pass `set` for writable ones (receives undefined on del). */
export function getter(
  owner: PyType,
  name: string,
  get: (self: any) => PyValue,
  set?: (self: any, v: PyValue | undefined) => void,
): PyGetSet {
  const g = new PyGetSet(name, owner, get, set ?? null);
  (owner.dict as PyDict).setStr(name, g);
  return g;
}

/** A module-level or builtins function. */
export function func(name: string, params: string, impl: Impl, style?: 'noargs' | 'O' | 'pos' | 'kw'): PyBuiltin {
  const s = sig(name, params, name, style);
  const fn: NativeFn = s.params.length === 0
    ? (args, kw) => {
        if (args.length !== 0 || (kw !== null && kw.size > 0)) s.bind(args, kw);
        return impl();
      }
    : (args, kw) => impl(...s.bind(args, kw));
  const b = new PyBuiltin(name, fn, BuiltinKind.Function, null, undefined, isGeneratorFunction(impl));
  b.unit = takesUnit(s.style);
  return b;
}

/** METH_NOARGS and METH_O functions take a recursion unit when called (vm/call-units.ts). */
export function takesUnit(style: string): number {
  return style === 'noargs' || style === 'O' ? UNIT_ALWAYS : UNIT_NEVER;
}

/** A function taking raw (args, kw), for natives with irregular signatures (print, max, …). */
export function rawFunc(name: string, fn: NativeFn): PyBuiltin {
  return new PyBuiltin(name, fn, BuiltinKind.Function, null, undefined, isGeneratorFunction(fn));
}

/** Define a function into a namespace dict (a module or builtins). */
export function defineIn(ns: PyDict, b: PyBuiltin, module: string): PyBuiltin {
  b.module = module;
  ns.setStr(b.name, b);
  return b;
}

/** Set a plain attribute on a type's namespace (constants, aliases). */
export function typeAttr(owner: PyType, name: string, v: PyValue): void {
  (owner.dict as PyDict).setStr(name, v);
}
