/**
 * The reduce protocol of `object` (what pickle and copy ask every object), ported from CPython
 * 3.11's typeobject.c: object.__reduce_ex__ (a class's own __reduce__ wins), object.__reduce__,
 * reduce_newobj for protocols 2+ ((copyreg.__newobj__, (cls, *args), state, listitems,
 * dictitems), or __newobj_ex__ when __getnewargs_ex__ gives keywords), copyreg._reduce_ex
 * (CPython's Python code, in copyreg.py) for protocols 0 and 1, and object.__getstate__ with
 * the `required` check that refuses objects whose state lives outside __dict__ and __slots__
 * ("cannot pickle 'generator' object").
 */
import type { PyValue } from '../objects/object';
import { objectType, None, typeOf } from '../objects/core-types';
import { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyList } from '../objects/list';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyBuiltin } from '../objects/builtin';
import { PyBaseException } from '../objects/exception';
import { method } from '../runtime/define';
import { typeError, valueError } from '../runtime/errors';
import { pyGetAttr, pyGetAttrOpt, pySetAttr } from '../ops/attr';
import { callMethod, pyCall } from '../ops/call';
import { pyIter, iterToArray } from '../ops/iter';
import { pyAsCInt } from '../ops/subscript';
import { importModule } from '../vm/imports';
import { currentThread } from '../vm/current';
import type { NativeGen } from '../vm/native';

/** Built-in types whose instances vary in size (tp_itemsize): "cannot pickle code objects". */
const VARIABLE_SIZE = new Set(['code', 'memoryview']);

function* copyreg(): NativeGen<PyValue> {
  return yield* importModule(currentThread().interp, 'copyreg');
}

/**
 * object.__getstate__ (object_getstate_default): the instance __dict__ (None when empty) and,
 * for __slots__, a (dict, {slot: value}) pair. `required` (no __new__ arguments, not a list or
 * dict) refuses objects with state a __dict__ and slots cannot hold — in CPython, a basic size
 * larger than object's; here, instances of a built-in layout other than object's.
 */
export function* objectGetstateDefault(self: PyValue, required: boolean): NativeGen<PyValue> {
  const t = typeOf(self);
  if (required && VARIABLE_SIZE.has(t.name)) typeError(`cannot pickle ${t.name} objects`);
  let state: PyValue = None;
  if (typeof self === 'object' && self.dict !== null && self.dict.size > 0) state = self.dict;
  const slotnames = yield* typeSlotNames(t);
  if (required && t.layout !== objectType) typeError(`cannot pickle '${t.name}' object`);
  if (slotnames.length > 0) {
    const slots = new PyDict();
    for (const name of slotnames) {
      const v = typeof name === 'string' ? yield* pyGetAttrOpt(self, name) : undefined;
      if (v !== undefined) yield* slots.set(name, v);
    }
    if (slots.size > 0) state = newTuple([state, slots]);
  }
  return state;
}

const getstateDefault = method(objectType, '__getstate__', '', function* (self: PyValue) {
  return yield* objectGetstateDefault(self, false);
});

/** object_getstate: obj.__getstate__(), passing `required` on when it is object's own. */
export function* objectGetstate(self: PyValue, required: boolean): NativeGen<PyValue> {
  const getstate = yield* pyGetAttr(self, '__getstate__');
  if (getstate instanceof PyBuiltin && getstate.self === self && getstate.fn === getstateDefault.fn) {
    return yield* objectGetstateDefault(self, required);
  }
  return yield* pyCall(getstate, []);
}

/** _PyType_GetSlotNames: cls.__slotnames__ if cached, else copyreg._slotnames(cls) (which caches it). */
function* typeSlotNames(cls: PyType): NativeGen<PyValue[]> {
  const cached = (cls.dict as PyDict).getStr('__slotnames__');
  if (cached !== undefined) {
    if (cached === None) return [];
    if (!(cached instanceof PyList)) typeError(`${cls.name}.__slotnames__ should be a list or None, not ${typeOf(cached).name}`);
    return (cached as PyList).items.slice();
  }
  // copyreg._slotnames, inlined: a class without __slots__ (most) need not import copyreg.
  const names: PyValue[] = [];
  if ((yield* pyGetAttrOpt(cls, '__slots__')) !== undefined) {
    for (const c of cls.mro) {
      let slots = (c.dict as PyDict).getStr('__slots__');
      if (slots === undefined) continue;
      if (typeof slots === 'string') slots = newTuple([slots]);
      for (const name of yield* iterToArray(slots)) {
        if (name === '__dict__' || name === '__weakref__') continue;
        if (typeof name === 'string' && name.startsWith('__') && !name.endsWith('__')) {
          const stripped = c.name.replace(/^_+/, '');
          names.push(stripped !== '' ? `_${stripped}${name}` : name);
        } else names.push(name);
      }
    }
  }
  // cls.__slotnames__ = names, ignoring failure (built-in classes refuse it).
  if (cls.isHeap) {
    try {
      yield* pySetAttr(cls, '__slotnames__', new PyList(names.slice()));
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
    }
  }
  return names;
}

/** _PyObject_LookupSpecial then call: a method found on the type, bound to the object. */
function* callSpecialOpt(self: PyValue, name: string): NativeGen<PyValue | undefined> {
  const f = typeOf(self).lookup(name);
  if (f === undefined) return undefined;
  return yield* callMethod(f, self, []);
}

/** _PyObject_GetNewArguments: __getnewargs_ex__'s (args, kwargs), else __getnewargs__'s args. */
function* getNewArguments(self: PyValue): NativeGen<{ args: PyTuple | null; kwargs: PyDict | null }> {
  const ex = yield* callSpecialOpt(self, '__getnewargs_ex__');
  if (ex !== undefined) {
    if (!(ex instanceof PyTuple)) typeError(`__getnewargs_ex__ should return a tuple, not '${typeOf(ex).name}'`);
    const pair = (ex as PyTuple).items;
    if (pair.length !== 2) valueError(`__getnewargs_ex__ should return a tuple of length 2, not ${pair.length}`);
    if (!(pair[0] instanceof PyTuple)) typeError(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeOf(pair[0]).name}'`);
    if (!(pair[1] instanceof PyDict)) typeError(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeOf(pair[1]).name}'`);
    return { args: pair[0] as PyTuple, kwargs: pair[1] as PyDict };
  }
  const args = yield* callSpecialOpt(self, '__getnewargs__');
  if (args !== undefined) {
    if (!(args instanceof PyTuple)) typeError(`__getnewargs__ should return a tuple, not '${typeOf(args).name}'`);
    return { args: args as PyTuple, kwargs: null };
  }
  return { args: null, kwargs: null };
}

/** Whether `t` has no __new__ of its own (tp_new NULL): generators, dict views, iterators, … */
function cannotCreate(t: PyType): boolean {
  return !t.isHeap && !VARIABLE_SIZE.has(t.name) && t.layout.alloc === null && t.lookup('__new__') === objectType.lookup('__new__');
}

/** reduce_newobj: protocol 2+. */
function* reduceNewobj(self: PyValue): NativeGen<PyValue> {
  const t = typeOf(self);
  if (cannotCreate(t)) typeError(`cannot pickle '${t.name}' object`);
  const { args, kwargs } = yield* getNewArguments(self);
  const reg = yield* copyreg();
  let newobj: PyValue;
  let newargs: PyTuple;
  if (kwargs === null || kwargs.size === 0) {
    newobj = yield* pyGetAttr(reg, '__newobj__');
    newargs = newTuple([t, ...(args?.items ?? [])]);
  } else {
    newobj = yield* pyGetAttr(reg, '__newobj_ex__');
    newargs = newTuple([t, args!, kwargs]);
  }
  const isList = self instanceof PyList;
  const isDict = self instanceof PyDict;
  const state = yield* objectGetstate(self, !(args !== null || isList || isDict));
  const listitems = isList ? yield* pyIter(self) : None;
  const dictitems = isDict ? yield* pyIter(yield* callMethod(typeOf(self).lookup('items')!, self, [])) : None;
  return newTuple([newobj, newargs, state, listitems, dictitems]);
}

/** _common_reduce: reduce_newobj for protocols 2+, copyreg._reduce_ex(self, proto) below. */
function* commonReduce(self: PyValue, proto: number): NativeGen<PyValue> {
  if (proto >= 2) return yield* reduceNewobj(self);
  const reg = yield* copyreg();
  return yield* pyCall(yield* pyGetAttr(reg, '_reduce_ex'), [self, proto]);
}

const objReduce = method(objectType, '__reduce__', '', function* (self: PyValue) {
  return yield* commonReduce(self, 0);
});

method(objectType, '__reduce_ex__', 'protocol, /', function* (self: PyValue, protoArg: PyValue) {
  const proto = yield* pyAsCInt(protoArg);
  // A class's own __reduce__ wins (looked up on the instance, compared on the class).
  const reduce = yield* pyGetAttrOpt(self, '__reduce__');
  if (reduce !== undefined) {
    const clsReduce = yield* pyGetAttr(typeOf(self), '__reduce__');
    if (clsReduce !== objReduce) return yield* pyCall(reduce, []);
  }
  return yield* commonReduce(self, proto);
});
