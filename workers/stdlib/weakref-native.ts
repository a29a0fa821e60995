/**
 * `_weakref` (Modules/_weakref.c, Objects/weakrefobject.c): `ref`, `proxy`, getweakrefcount,
 * getweakrefs, _remove_dead_weakref. CPython's own weakref.py and _weakrefset.py run on it.
 *
 * Interleave has no reference counting or garbage collector: an object lives until the program
 * ends. So a weak reference here never dies — calling it always returns its object and its
 * callback never runs. Everything else is CPython's: which objects can be weakly referenced
 * (`cannot create weak reference to 'int' object`), hashing and equality through the referent,
 * subclassing `ref` (WeakMethod, KeyedRef), reprs.
 */
import { PyObject, type PyValue } from '../python/objects/object';
import { None, builtinType, objectType, typeOf, NotImplemented } from '../python/objects/core-types';
import type { PyModule } from '../python/objects/module';
import type { PyType } from '../python/objects/type';
import type { Interpreter } from '../python/vm/interpreter-state';
import { method, slot, getter, func } from '../python/runtime/define';
import { setNew, defineAll } from './ioutil';
import { setTpName } from './util';
import { typeError, notImplementedError } from '../python/runtime/errors';
import { pyHash } from '../python/ops/hash';
import { pyEq } from '../python/ops/compare';
import { pyCall } from '../python/ops/call';
import { pyGetAttr, pyGetAttrOpt } from '../python/ops/attr';
import { fakeAddress } from '../python/ops/strrepr';
import type { KwArgs, NativeGen } from '../python/vm/native';

export const refType = setTpName(builtinType('weakref.ReferenceType', objectType, { module: 'weakref', valueKeyed: true }), '', 'weakref.ReferenceType');
export const proxyType = setTpName(builtinType('weakref.ProxyType', objectType, { module: 'weakref', final: true }), '', 'weakref.ProxyType');
export const callableProxyType = setTpName(builtinType('weakref.CallableProxyType', objectType, { module: 'weakref', final: true }), '', 'weakref.CallableProxyType');

export class PyWeakRef extends PyObject {
  constructor(
    cls: PyType,
    readonly referent: PyObject,
    readonly callback: PyValue,
  ) {
    super(cls);
  }
}

/** The built-in types whose instances CPython cannot weakly reference (no tp_weaklistoffset). */
const NOT_WEAKREFERENCEABLE = new Set(['int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'tuple', 'list', 'dict', 'NoneType', 'NotImplementedType', 'ellipsis', 'range', 'slice', 'object']);

function referentOf(ob: PyValue): PyObject {
  const t = typeOf(ob);
  let builtin = t;
  while (builtin.isHeap) builtin = builtin.mro[1];
  // A heap subclass of a built-in gets a weakref slot unless its base is variable-sized (int, tuple, bytes).
  const baseBlocks = t.isHeap ? ['int', 'bool', 'tuple', 'bytes'].includes(builtin.name) : NOT_WEAKREFERENCEABLE.has(t.name);
  if (!(ob instanceof PyObject) || baseBlocks) typeError(`cannot create weak reference to '${t.name}' object`);
  return ob as PyObject;
}

// ---- ref ----

setNew(refType, 'ob, callback=None, /, *args, **kwargs', (cls: PyType, ob: PyValue, callback: PyValue) => new PyWeakRef(cls, referentOf(ob), callback ?? None));
slot(refType, '__init__', '*args, **kwargs', () => None);
slot(refType, '__call__', '', (r: PyWeakRef) => r.referent);
getter(refType, '__callback__', (r: PyWeakRef) => r.callback);
slot(refType, '__hash__', '', function* (r: PyWeakRef) {
  return yield* pyHash(r.referent);
});
slot(refType, '__eq__', 'other, /', function* (r: PyWeakRef, other: PyValue) {
  if (!(other instanceof PyWeakRef)) return NotImplemented;
  return yield* pyEq(r.referent, other.referent);
});
slot(refType, '__ne__', 'other, /', function* (r: PyWeakRef, other: PyValue) {
  if (!(other instanceof PyWeakRef)) return NotImplemented;
  return !(yield* pyEq(r.referent, other.referent));
});
slot(refType, '__repr__', '', function* (r: PyWeakRef) {
  const name = yield* pyGetAttrOpt(r.referent, '__name__');
  const named = typeof name === 'string' ? ` (${name})` : '';
  return `<weakref at ${fakeAddress(r)}; to '${typeOf(r.referent).qualname}' at ${fakeAddress(r.referent)}${named}>`;
});
method(refType, '__class_getitem__', 'item, /', (t: PyType) => t);

// ---- proxy: forwards attribute access and calls to the referent ----

class PyProxy extends PyObject {
  constructor(
    cls: PyType,
    readonly referent: PyObject,
    readonly callback: PyValue,
  ) {
    super(cls);
  }
}
for (const t of [proxyType, callableProxyType]) {
  slot(t, '__getattribute__', 'name, /', function* (p: PyProxy, name: PyValue) {
    return yield* pyGetAttr(p.referent, name as string);
  });
  slot(t, '__repr__', '', (p: PyProxy) => `<weakproxy at ${fakeAddress(p)}; to '${typeOf(p.referent).qualname}' at ${fakeAddress(p.referent)}>`);
}
slot(callableProxyType, '__call__', '*args, **kwargs', function* (p: PyProxy, args: PyValue[], kw: KwArgs | null): NativeGen {
  return yield* pyCall(p.referent, args, kw);
});

export function initWeakref(_interp: Interpreter, m: PyModule): void {
  const ns = m.ns;
  ns.setStr('ref', refType);
  ns.setStr('ReferenceType', refType);
  ns.setStr('ProxyType', proxyType);
  ns.setStr('CallableProxyType', callableProxyType);
  defineAll(m, [
    func('proxy', 'object, callback=None, /', (ob: PyValue, callback: PyValue) => {
      const referent = referentOf(ob);
      const callable = typeOf(referent).lookup('__call__') !== undefined;
      return new PyProxy(callable ? callableProxyType : proxyType, referent, callback ?? None);
    }),
    // Nothing tracks the references to an object; no reference ever dies.
    func('getweakrefcount', 'object, /', () => 0),
    func('getweakrefs', 'object, /', () => notImplementedError('weakref.getweakrefs() is not supported by Interleave (it does not track references)')),
    func('_remove_dead_weakref', 'dct, key, /', () => None),
  ]);
}
