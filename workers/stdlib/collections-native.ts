/**
 * `_collections`: the native half of the collections package — deque (deque.ts) and
 * _caller_module(depth), which namedtuple/enum use instead of sys._getframe(depth) to learn the
 * calling module's __name__ (for the new class's __module__), and the type-flag helpers of abc.py.
 */
import type { PyValue } from '../python/objects/object';
import type { PyModule } from '../python/objects/module';
import type { Interpreter } from '../python/vm/interpreter-state';
import { None, tupleType, typeOf } from '../python/objects/core-types';
import { PyTuple } from '../python/objects/tuple';
import { PyBuiltin, BuiltinKind, PyProperty } from '../python/objects/builtin';
import { typeError, indexError, attributeError } from '../python/runtime/errors';
import type { Frame } from '../python/vm/frame';
import { currentFrame } from '../python/vm/current';
import { pyIndex } from '../python/ops/subscript';
import { defModFn } from './util';
import { dequeType } from './deque';
import { STOP } from '../python/objects/object';
import { PyDict } from '../python/objects/dict';
import { dictType } from '../python/objects/core-types';
import { pyIter, pyNext } from '../python/ops/iter';
import { pyGetAttr } from '../python/ops/attr';
import { pyCall } from '../python/ops/call';
import { pySetItem } from '../python/ops/subscript';
import { binaryOp } from '../python/ops/arith';
import { NB_ADD } from '../python/compiler/opcodes';
import type { NativeGen } from '../python/vm/native';
import { PyType, TPFLAGS_COLLECTION, bumpTypeEpoch } from '../python/objects/type';

/** The Python frame `depth` levels above the one calling this native (0 = the caller). */
export function callerFrame(depth: number): Frame | null {
  let f: Frame | null = currentFrame();
  for (let i = 0; i < depth && f !== null; i++) {
    let b = f.back;
    while (b !== null && b.native) b = b.back;
    f = b as Frame | null;
  }
  return f;
}

export function initCollectionsNative(interp: Interpreter, m: PyModule): void {
  void interp;
  const ns = m.ns;
  ns.setStr('deque', dequeType);
  defModFn(ns, '_collections', '_caller_module', 'depth=1, /', function* (d: PyValue) {
    const f = callerFrame(Number(yield* pyIndex(d)));
    if (f === null) return None;
    return f.globals.getStr('__name__') ?? '__main__';
  });
  defModFn(ns, '_collections', '_count_elements', 'mapping, iterable, /', countElements);
  // abc.py's share of CPython's _abc module: the Py_TPFLAGS_SEQUENCE / _MAPPING bits that
  // pattern matching reads. _abc_init_flags(cls) applies and removes a class's __abc_tpflags__;
  // _abc_set_collection_flag(cls, flag) sets one collection flag on a mutable class (False when
  // nothing changed: a built-in type, or the flag was already set) — register() recurses.
  defModFn(ns, '_collections', '_abc_init_flags', 'cls, /', (cls: PyValue) => {
    if (!(cls instanceof PyType)) return None;
    const d = cls.dict as PyDict;
    const flags = d.getStr('__abc_tpflags__');
    if (flags === undefined) return None;
    if (typeof flags === 'number') cls.patmaFlags |= flags & TPFLAGS_COLLECTION;
    d.delStr('__abc_tpflags__');
    bumpTypeEpoch();
    return None;
  });
  defModFn(ns, '_collections', '_abc_collection_flag', 'cls, /', (cls: PyValue) => (cls instanceof PyType ? cls.patmaFlags & TPFLAGS_COLLECTION : 0));
  defModFn(ns, '_collections', '_abc_set_collection_flag', 'cls, flag, /', (cls: PyValue, flag: PyValue) => {
    if (!(cls instanceof PyType) || !cls.isHeap || (cls.patmaFlags & TPFLAGS_COLLECTION) === flag) return false;
    cls.patmaFlags = (cls.patmaFlags & ~TPFLAGS_COLLECTION) | ((flag as number) & TPFLAGS_COLLECTION);
    return true;
  });
  // namedtuple's field accessors: a read-only property whose setter/deleter raise the C
  // descriptor's "can't set attribute", keeping the "Alias for field number N" doc.
  defModFn(ns, '_collections', '_tuplegetter', 'index, doc, /', (index: PyValue, doc: PyValue) => {
    const i = Number(index);
    const get = new PyBuiltin('_tuplegetter', (args: PyValue[]) => {
      const self = args[0];
      if (!(self instanceof PyTuple)) typeError(`descriptor for index '${i}' for tuple subclasses doesn't apply to '${typeOf(self).name}' object`);
      const items = (self as PyTuple).items;
      if (i >= items.length) indexError('tuple index out of range');
      return items[i];
    }, BuiltinKind.Function, null);
    const set = new PyBuiltin('_tuplegetter', () => attributeError("can't set attribute"), BuiltinKind.Function, null);
    const del = new PyBuiltin('_tuplegetter', () => attributeError("can't delete attribute"), BuiltinKind.Function, null);
    return new PyProperty(get, set, del, doc);
  });
}

// Counter's _count_elements helper (C in CPython): mapping[elem] = mapping.get(elem, 0) + 1.

export function* countElements(mapping: PyValue, iterable: PyValue): NativeGen {
  const t = (mapping as PyDict).cls;
  const direct = mapping instanceof PyDict && t.lookup('get') === dictType.lookup('get') && t.lookup('__setitem__') === dictType.lookup('__setitem__');
  const it = yield* pyIter(iterable);
  const get = direct ? null : yield* pyGetAttr(mapping, 'get');
  for (let v = yield* pyNext(it); v !== STOP; v = yield* pyNext(it)) {
    if (direct) {
      const d = mapping as PyDict;
      const old = yield* d.get(v);
      yield* d.set(v, old === undefined ? 1 : yield* binaryOp(old, 1, NB_ADD));
    } else {
      const old = yield* pyCall(get!, [v, 0]);
      yield* pySetItem(mapping, v, yield* binaryOp(old, 1, NB_ADD));
    }
  }
  return None;
}
