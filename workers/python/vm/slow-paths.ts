/**
 * Native generators the dispatch loop runs when an instruction's operands are not built-in fast
 * cases (user types, values that need Python code). Each returns the instruction's result.
 */
import { type PyValue, STOP } from '../objects/object';
import { typeOf, None, listType, dictType } from '../objects/core-types';
import { PyList } from '../objects/list';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import { PyType } from '../objects/type';
import { PyBaseException } from '../objects/exception';
import { PyFunction, PyMethod } from '../objects/function';
import { PyBuiltin } from '../objects/builtin';
import { PyGenerator } from '../objects/generator';
import { coroutineType, generatorType } from '../objects/core-types';
import { GenReturn, type NativeGen, type KwArgs } from './native';
import { pyTruthy } from '../ops/truth';
import { pyIter, pyNext, iterToArray } from '../ops/iter';
import { pyStr, pyRepr, pyAscii, pyFormat } from '../ops/strrepr';
import { pyCall, callMethod, bindDescriptor } from '../ops/call';
import { pyGetAttr, pyGetAttrOpt } from '../ops/attr';
import { pySetItem, pyGetItem } from '../ops/subscript';
import { PyCell } from '../objects/function';
import type { PyCode } from '../compiler/code';
import { nameError, unboundFree } from './vm-errors';
import { typeError, valueError, baseExceptionType, stopIterationType, attributeErrorType, typeErrorType, keyErrorType } from '../runtime/errors';
import { compareBool } from '../ops/compare';
import { CO_ITERABLE_COROUTINE } from '../compiler/code';

export function* notGen(x: PyValue): NativeGen {
  return !(yield* pyTruthy(x));
}

export function* truthGen(x: PyValue): NativeGen {
  return yield* pyTruthy(x);
}

/** Unpack an iterable into exactly n values (UNPACK_SEQUENCE), returned as a tuple. */
export function* unpackGen(x: PyValue, n: number): NativeGen {
  const t = typeOf(x);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    typeError(`cannot unpack non-iterable ${t.name} object`);
  }
  const it = yield* pyIter(x);
  const out: PyValue[] = [];
  for (;;) {
    const v = yield* pyNext(it);
    if (v === STOP) break;
    if (out.length === n) valueError(`too many values to unpack (expected ${n})`);
    out.push(v);
  }
  if (out.length < n) valueError(`not enough values to unpack (expected ${n}, got ${out.length})`);
  return newTuple(out);
}

/** UNPACK_EX: `before` values, a list of the middle, `after` values, returned as a tuple. */
export function* unpackExGen(x: PyValue, before: number, after: number): NativeGen {
  const t = typeOf(x);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    typeError(`cannot unpack non-iterable ${t.name} object`);
  }
  const items = yield* iterToArray(x);
  if (items.length < before + after) {
    valueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const mid = new PyList(items.slice(before, items.length - after));
  return newTuple([...items.slice(0, before), mid, ...items.slice(items.length - after)]);
}

/** FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3 ascii) then format(value, spec). */
export function* formatValueGen(v: PyValue, conv: number, spec: string): NativeGen {
  if (conv === 1) v = yield* pyStr(v);
  else if (conv === 2) v = yield* pyRepr(v);
  else if (conv === 3) v = yield* pyAscii(v);
  if (spec === '' && typeof v === 'string') return v;
  return yield* pyFormat(v, spec);
}

/** LIST_EXTEND (`[*x]`, `f(a, *x)`): a TypeError for a non-iterable is reworded as CPython does. */
export function* listExtendGen(list: PyList, iterable: PyValue): NativeGen {
  let items: PyValue[];
  try {
    items = yield* iterToArray(iterable);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(typeErrorType)) {
      const t = typeOf(iterable);
      // tp_iter == NULL && !PySequence_Check (a dict subclass is not a sequence).
      if (t.lookup('__iter__') === undefined && (t.lookup('__getitem__') === undefined || t.isSubtypeOf(dictType))) {
        typeError(`Value after * must be an iterable, not ${t.name}`);
      }
    }
    throw e;
  }
  list.items.push(...items);
  return None;
}

/**
 * DICT_UPDATE (`{**m}`): any mapping with keys(); DICT_MERGE (`f(**m)`) rejects duplicates.
 * CPython's dict_merge raises AttributeError (no keys()) or KeyError (a duplicate), which the
 * instructions reword: "'X' object is not a mapping", format_kwargs_error's messages.
 */
export function* dictUpdateGen(d: PyDict, m: PyValue, merge: boolean, funcForMsg: PyValue | null): NativeGen {
  try {
    yield* dictMerge(d, m, merge);
  } catch (e) {
    if (e instanceof DuplicateKey) {
      typeError(`${yield* funcDesc(funcForMsg)} got multiple values for keyword argument '${yield* pyStr(e.key)}'`);
    }
    if (!(e instanceof PyBaseException)) throw e;
    if (e.cls.isSubtypeOf(attributeErrorType)) {
      if (merge) typeError(`${yield* funcDesc(funcForMsg)} argument after ** must be a mapping, not ${typeOf(m).name}`);
      typeError(`'${typeOf(m).name}' object is not a mapping`);
    }
    throw e;
  }
  return None;
}

/** dict_merge's duplicate-key KeyError (only this one, not a KeyError from the mapping's code). */
class DuplicateKey {
  constructor(readonly key: PyValue) {}
}

/** CPython's dict_merge (override 1 = update, 2 = merge: a duplicate key raises KeyError). */
function* dictMerge(d: PyDict, m: PyValue, merge: boolean): NativeGen<void> {
  if (m instanceof PyDict && (m.cls === dictType || typeOf(m).lookup('__iter__') === dictIter())) {
    const ks = m.ks;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k === undefined) continue;
      if (merge && (yield* d.get(k)) !== undefined) throw keyErrorFor(k);
      yield* d.set(k, m.vs[i] as PyValue);
    }
    return;
  }
  const keysFn = yield* pyGetAttr(m, 'keys');
  const keys = yield* iterToArray(yield* pyCall(keysFn, []));
  for (const k of keys) {
    if (merge && (yield* d.get(k)) !== undefined) throw keyErrorFor(k);
    const v = yield* pyGetItemAny(m, k);
    yield* d.set(k, v);
  }
}

function keyErrorFor(k: PyValue): DuplicateKey {
  return new DuplicateKey(k);
}

let dictIterCache: PyValue | undefined;
/** dict.__iter__ (a dict subclass that keeps it merges like a dict, ignoring keys()). */
function dictIter(): PyValue | undefined {
  return (dictIterCache ??= (dictType.dict as PyDict).getStr('__iter__'));
}

function* pyGetItemAny(m: PyValue, k: PyValue): NativeGen {
  const f = typeOf(m).lookup('__getitem__');
  if (f === undefined) typeError(`'${typeOf(m).name}' object is not subscriptable`);
  return yield* callMethod(f!, m, [k]);
}

/**
 * CPython's _PyObject_FunctionStr, naming a callable in call errors: "module.qualname()" (just
 * "qualname()" for builtins or no module), or str(f) when it has no __qualname__.
 */
export function* funcDesc(f: PyValue | null): NativeGen<string> {
  if (f === null) return 'function';
  const qualname = yield* pyGetAttrOpt(f, '__qualname__');
  if (qualname === undefined) return yield* pyStr(f);
  const module = yield* pyGetAttrOpt(f, '__module__');
  if (module !== undefined && module !== None && (yield* pyNe(module, 'builtins'))) {
    return `${yield* pyStr(module)}.${yield* pyStr(qualname)}()`;
  }
  return `${yield* pyStr(qualname)}()`;
}

function* pyNe(a: PyValue, b: PyValue): NativeGen<boolean> {
  return yield* compareBool(a, b, 3 /* Py_NE */);
}

/** CALL_FUNCTION_EX: normalise **kwargs to a str-keyed map and *args to a tuple (in that order), then call. */
export function* callExGen(fn: PyValue, args: PyValue, kwargs: PyValue | null): NativeGen {
  let kw: KwArgs | null = null;
  if (kwargs !== null) {
    let d: PyDict;
    if (kwargs instanceof PyDict && kwargs.cls === dictType) d = kwargs;
    else {
      d = new PyDict();
      yield* dictUpdateGen(d, kwargs, true, fn);
    }
    if (d.size > 0) {
      kw = new Map();
      for (const k of d.keys()) {
        if (typeof k !== 'string') {
          // CPython's _PyStack_UnpackDict, once the callable is known to be callable.
          if (!isCallable(fn)) typeError(`'${typeOf(fn).name}' object is not callable`);
          typeError('keywords must be strings');
        }
        kw.set(k as string, d.getStr(k as string)!);
      }
    }
  }
  let posArgs: PyValue[];
  if (args instanceof PyTuple) posArgs = args.items;
  else {
    const t = typeOf(args);
    if (typeof args !== 'string' && t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
      typeError(`${yield* funcDesc(fn)} argument after * must be an iterable, not ${t.name}`);
    }
    posArgs = yield* iterToArray(args);
  }
  return yield* pyCall(fn, posArgs.slice(), kw);
}

function isCallable(f: PyValue): boolean {
  return f instanceof PyFunction || f instanceof PyBuiltin || f instanceof PyMethod || f instanceof PyType || typeOf(f).lookup('__call__') !== undefined;
}

/** Instantiate an exception class for `raise Cls` (it must produce an exception instance). */
export function* makeExceptionGen(x: PyValue, isCause: boolean): NativeGen {
  if (x instanceof PyType) {
    if (!x.isSubtypeOf(baseExceptionType)) {
      typeError(isCause ? 'exception causes must derive from BaseException' : 'exceptions must derive from BaseException');
    }
    const e = yield* pyCall(x, []);
    if (!(e instanceof PyBaseException)) {
      typeError(`calling ${yield* pyRepr(x)} should have returned an instance of BaseException, not ${typeOf(e).name}`);
    }
    return e;
  }
  if (x instanceof PyBaseException) return x;
  if (isCause && x === None) return None;
  return typeError(isCause ? 'exception causes must derive from BaseException' : 'exceptions must derive from BaseException');
}

/**
 * BEFORE_WITH / BEFORE_ASYNC_WITH: returns [bound __exit__, result of __enter__()] as a tuple.
 * Like CPython's _PyObject_LookupSpecial, __enter__ is looked up and bound before __exit__.
 */
export function* beforeWithGen(mgr: PyValue, isAsync: boolean): NativeGen {
  const t = typeOf(mgr);
  const enterName = isAsync ? '__aenter__' : '__enter__';
  const exitName = isAsync ? '__aexit__' : '__exit__';
  const what = isAsync ? 'asynchronous context manager' : 'context manager';
  const enter = t.lookup(enterName);
  if (enter === undefined) typeError(`'${t.name}' object does not support the ${what} protocol`);
  // A plain function binds without side effects, so it is called through callMethod below.
  const boundEnter = enter instanceof PyFunction ? undefined : yield* bindDescriptor(enter!, mgr, t);
  const exit = t.lookup(exitName);
  if (exit === undefined) typeError(`'${t.name}' object does not support the ${what} protocol (missed ${exitName} method)`);
  const boundExit = yield* bindDescriptor(exit!, mgr, t);
  const res = boundEnter === undefined ? yield* callMethod(enter!, mgr, []) : yield* pyCall(boundEnter, []);
  return newTuple([boundExit, res]);
}

/** GET_AWAITABLE: the iterator an `await` drives. */
export function* getAwaitableGen(x: PyValue, where: number): NativeGen {
  if (x instanceof PyGenerator) {
    if (x.cls === coroutineType) {
      if (x.frame.gen !== null && x.yieldFrom !== null && x.state === 2) runtimeErrorAwaited();
      return x;
    }
    if (x.cls === generatorType && x.frame.code.flags & CO_ITERABLE_COROUTINE) return x;
  }
  const t = typeOf(x);
  const f = t.lookup('__await__');
  if (f === undefined) {
    if (where === 1) typeError(`'async with' received an object from __aenter__ that does not implement __await__: ${t.name}`);
    if (where === 2) typeError(`'async with' received an object from __aexit__ that does not implement __await__: ${t.name}`);
    typeError(`object ${t.name} can't be used in 'await' expression`);
  }
  const it = yield* callMethod(f!, x, []);
  if (it instanceof PyGenerator && it.cls === coroutineType) typeError('__await__() returned a coroutine');
  if (typeOf(it).lookup('__next__') === undefined) typeError(`__await__() returned non-iterator of type '${typeOf(it).name}'`);
  return it;
}

function runtimeErrorAwaited(): never {
  return typeError('coroutine is being awaited already');
}

/**
 * SEND to an iterator that is not a generator: __next__() when sending None, else .send(value).
 * A StopIteration ends the delegation: its value is the result (as a GenReturn).
 */
export function* sendIterGen(receiver: PyValue, value: PyValue): NativeGen<PyValue | GenReturn> {
  try {
    if (value === None) {
      const next = typeOf(receiver).lookup('__next__');
      if (next === undefined) typeError(`'${typeOf(receiver).name}' object is not an iterator`);
      return yield* callMethod(next!, receiver, []);
    }
    const send = yield* pyGetAttr(receiver, 'send');
    return yield* pyCall(send, [value]);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(stopIterationType)) {
      return new GenReturn(e.args.length > 0 ? e.args[0] : None);
    }
    throw e;
  }
}

export function* storeSubscrGen(o: PyValue, k: PyValue, v: PyValue | undefined): NativeGen {
  yield* pySetItem(o, k, v);
  return None;
}

export { listType };

// ---- class bodies whose namespace is not an exact dict (metaclass __prepare__) ----

/** ns[name], or undefined on KeyError (PyObject_GetItem as LOAD_NAME uses it). */
function* mapGetOpt(ns: PyValue, name: string): NativeGen<PyValue | undefined> {
  try {
    return yield* pyGetItem(ns, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(keyErrorType)) return undefined;
    throw e;
  }
}

/** LOAD_NAME: the namespace's __getitem__ (KeyError falls through), then globals and builtins. */
export function* loadNameMapGen(ns: PyValue, globals: PyDict, builtins: PyDict, name: string): NativeGen {
  const v = yield* mapGetOpt(ns, name);
  if (v !== undefined) return v;
  const g = globals.getStr(name) ?? builtins.getStr(name);
  if (g === undefined) nameError(name);
  return g!;
}

/** STORE_NAME / DELETE_NAME (v undefined; any failure becomes a NameError, as in CPython). */
export function* storeNameMapGen(ns: PyValue, name: string, v: PyValue | undefined): NativeGen {
  if (v !== undefined) {
    yield* pySetItem(ns, name, v);
    return None;
  }
  try {
    yield* pySetItem(ns, name, undefined);
  } catch (e) {
    if (e instanceof PyBaseException) nameError(name);
    throw e;
  }
  return None;
}

/** LOAD_CLASSDEREF: the namespace first, then the cell. */
export function* loadClassDerefMapGen(ns: PyValue, name: string, cell: PyCell, code: PyCode, arg: number): NativeGen {
  const v = yield* mapGetOpt(ns, name);
  if (v !== undefined) return v;
  if (cell.v === undefined) unboundFree(code, arg);
  return cell.v as PyValue;
}

/** SETUP_ANNOTATIONS. */
export function* setupAnnotationsMapGen(ns: PyValue): NativeGen {
  if ((yield* mapGetOpt(ns, '__annotations__')) === undefined) yield* pySetItem(ns, '__annotations__', new PyDict());
  return None;
}
