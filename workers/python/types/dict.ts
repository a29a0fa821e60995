/** The methods of `dict` and its views (dict_keys, dict_values, dict_items). */
import { PyObject, type PyValue, STOP } from '../objects/object';
import {
  dictType, typeOf, None, NotImplemented, dictKeysType, dictValuesType, dictItemsType,
  dictReverseValueIteratorType, dictReverseItemIteratorType,
} from '../objects/core-types';
import { PyDict } from '../objects/dict';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { PyType } from '../objects/type';
import { BuiltinKind, PyBuiltin } from '../objects/builtin';
import { DictIterator, DictIterKind, DictReverseIterator } from '../objects/iterators';
import { method, slot, classMethod } from '../runtime/define';
import { typeError, valueError, keyError, keyErrorType, throwPy } from '../runtime/errors';
import { iterToArray, pyIter, pyNext } from '../ops/iter';
import { pyEq } from '../ops/compare';
import { pyRepr } from '../ops/strrepr';
import { pyCall, callMethod } from '../ops/call';
import { pyGetAttrOpt } from '../ops/attr';
import { pyGetItem, pySetItem } from '../ops/subscript';
import type { NativeGen, KwArgs } from '../vm/native';
import { withReprGuard, classGetItem } from './seq-util';
import { installViewSetOps } from './dict-view-sets';
import { charge, NK } from '../runtime/cost';

dictType.alloc = (cls) => new PyDict(cls);

const dictNew = new PyBuiltin('__new__', (args: PyValue[]) => new PyDict(args[0] as PyType), BuiltinKind.StaticMethod, dictType);
(dictType.dict as PyDict).setStr('__new__', dictNew);

/** dict.update semantics: a mapping (has keys()), or an iterable of key/value pairs. */
export function* dictMergeFrom(d: PyDict, other: PyValue): NativeGen<void> {
  if (other instanceof PyDict && !other.cls.isHeap) {
    charge(NK.SeqCopy, 2 * other.size);
    const ks = other.ks;
    for (let i = 0; i < ks.length; i++) if (ks[i] !== undefined) yield* d.set(ks[i] as PyValue, other.vs[i] as PyValue);
    return;
  }
  const keys = yield* pyGetAttrOpt(other, 'keys');
  if (keys !== undefined) {
    for (const k of yield* iterToArray(yield* pyCall(keys, []))) yield* d.set(k, yield* pyGetItem(other, k));
    return;
  }
  const it = yield* pyIter(other);
  for (let n = 0; ; n++) {
    const pair = yield* pyNext(it);
    if (pair === STOP) {
      charge(NK.HashInsert, n);
      return;
    }
    const pt = typeOf(pair);
    if (pt.lookup('__iter__') === undefined && pt.lookup('__getitem__') === undefined) {
      typeError(`cannot convert dictionary update sequence element #${n} to a sequence`);
    }
    const kv = yield* iterToArray(pair);
    if (kv.length !== 2) valueError(`dictionary update sequence element #${n} has length ${kv.length}; 2 is required`);
    yield* d.set(kv[0], kv[1]);
  }
}

function* updateImpl(d: PyDict, args: PyValue[], kw: KwArgs | null, name: string): NativeGen<void> {
  if (args.length > 1) typeError(`${name} expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) yield* dictMergeFrom(d, args[0]);
  if (kw !== null) for (const [k, v] of kw) d.setStr(k, v);
}

slot(dictType, '__init__', '*args, **kwargs', function* (self: PyDict, args: PyValue[], kw: KwArgs | null) {
  yield* updateImpl(self, args, kw, 'dict');
  return None;
});
method(dictType, 'update', '*args, **kwargs', function* (self: PyDict, args: PyValue[], kw: KwArgs | null) {
  yield* updateImpl(self, args, kw, 'update');
  return None;
});
slot(dictType, '__len__', '', (self: PyDict) => self.size);
slot(dictType, '__iter__', '', (self: PyDict) => new DictIterator(self, DictIterKind.Keys));
slot(dictType, '__reversed__', '', (self: PyDict) => new DictReverseIterator(self, DictIterKind.Keys));
slot(dictType, '__contains__', 'key, /', function* (self: PyDict, k: PyValue) {
  return (yield* self.slotOf(k)) >= 0;
});
slot(dictType, '__getitem__', 'key, /', function* (self: PyDict, k: PyValue) {
  const v = yield* self.get(k);
  if (v !== undefined) return v;
  if (self.cls !== dictType) {
    const missing = self.cls.lookup('__missing__');
    if (missing !== undefined) return yield* callMethod(missing, self, [k]);
  }
  return keyError(k);
});
slot(dictType, '__setitem__', 'key, value, /', function* (self: PyDict, k: PyValue, v: PyValue) {
  yield* self.set(k, v);
  return None;
});
slot(dictType, '__delitem__', 'key, /', function* (self: PyDict, k: PyValue) {
  if ((yield* self.remove(k)) === undefined) keyError(k);
  return None;
});
slot(dictType, '__eq__', 'other, /', function* (self: PyDict, o: PyValue) {
  if (!(o instanceof PyDict)) return NotImplemented;
  return yield* dictEquals(self, o);
});
slot(dictType, '__ne__', 'other, /', function* (self: PyDict, o: PyValue) {
  if (!(o instanceof PyDict)) return NotImplemented;
  return !(yield* dictEquals(self, o));
});
(dictType.dict as PyDict).setStr('__hash__', None);

function* dictEquals(a: PyDict, b: PyDict): NativeGen<boolean> {
  if (a.size !== b.size) return false;
  for (let i = 0; i < a.ks.length; i++) {
    const k = a.ks[i];
    if (k === undefined) continue;
    const bv = yield* b.get(k);
    if (bv === undefined) return false;
    if (!(yield* pyEq(a.vs[i] as PyValue, bv))) return false;
  }
  return true;
}

slot(dictType, '__repr__', '', function* (self: PyDict) {
  return yield* withReprGuard(self, '{...}', function* () {
    const parts: string[] = [];
    for (let i = 0; i < self.ks.length; i++) {
      const k = self.ks[i];
      if (k === undefined) continue;
      parts.push(`${yield* pyRepr(k)}: ${yield* pyRepr(self.vs[i] as PyValue)}`);
    }
    return '{' + parts.join(', ') + '}';
  });
});
slot(dictType, '__or__', 'other, /', function* (self: PyDict, o: PyValue) {
  if (!(o instanceof PyDict)) return NotImplemented;
  // PyDict_Copy: a plain dict for user subclasses of dict (built-in dict types keep their type).
  const base = self.cls.mro.find((c) => !c.isHeap) ?? dictType;
  const d = self.copyInto(new PyDict(base === dictType ? undefined : self.cls));
  yield* dictMergeFrom(d, o);
  return d;
});
slot(dictType, '__ror__', 'other, /', function* (self: PyDict, o: PyValue) {
  if (!(o instanceof PyDict)) return NotImplemented;
  const d = o.copyInto(new PyDict());
  yield* dictMergeFrom(d, self);
  return d;
});
slot(dictType, '__ior__', 'other, /', function* (self: PyDict, o: PyValue) {
  yield* dictMergeFrom(self, o);
  return self;
});
slot(dictType, '__sizeof__', '', (self: PyDict) => 64 + 24 * self.ks.length);
classMethod(dictType, '__class_getitem__', 'item, /', classGetItem);

method(dictType, 'keys', '', (self: PyDict) => new DictView(dictKeysType, self));
method(dictType, 'values', '', (self: PyDict) => new DictView(dictValuesType, self));
method(dictType, 'items', '', (self: PyDict) => new DictView(dictItemsType, self));
method(dictType, 'get', 'key, default=None, /', function* (self: PyDict, k: PyValue, d: PyValue) {
  const v = yield* self.get(k);
  return v === undefined ? d : v;
});
method(dictType, 'setdefault', 'key, default=None, /', function* (self: PyDict, k: PyValue, d: PyValue) {
  const v = yield* self.get(k);
  if (v !== undefined) return v;
  yield* self.set(k, d);
  return d;
});
method(dictType, 'pop', 'key, default=?, /', function* (self: PyDict, k: PyValue, d: PyValue | undefined) {
  const v = yield* self.remove(k);
  if (v !== undefined) return v;
  if (d !== undefined) return d;
  return keyError(k);
});
method(dictType, 'popitem', '', (self: PyDict) => {
  for (let i = self.ks.length - 1; i >= 0; i--) {
    const k = self.ks[i];
    if (k === undefined) continue;
    const v = self.vs[i] as PyValue;
    self.removeAt(i);
    return newTuple([k, v]);
  }
  return throwPy(keyErrorType, 'popitem(): dictionary is empty');
});
method(dictType, 'clear', '', (self: PyDict) => {
  self.clear();
  return None;
});
method(dictType, 'copy', '', (self: PyDict) => self.copyInto(new PyDict()));
classMethod(dictType, 'fromkeys', 'iterable, value=None, /', function* (cls: PyValue, it: PyValue, v: PyValue) {
  const d = cls === dictType ? new PyDict() : ((yield* pyCall(cls, [])) as PyDict);
  for (const k of yield* iterToArray(it)) {
    if (d.cls === dictType) yield* d.set(k, v);
    else yield* pySetItem(d, k, v);
  }
  return d;
});

// ---- views ----

export class DictView extends PyObject {
  constructor(cls: PyType, readonly d: PyDict) {
    super(cls);
  }
}

function viewKind(v: DictView): DictIterKind {
  return v.cls === dictKeysType ? DictIterKind.Keys : v.cls === dictValuesType ? DictIterKind.Values : DictIterKind.Items;
}

function viewItems(v: DictView): PyValue[] {
  const kind = viewKind(v);
  if (kind === DictIterKind.Keys) return v.d.keys();
  if (kind === DictIterKind.Values) return v.d.values();
  const out: PyValue[] = [];
  v.d.forEach((k, val) => out.push(newTuple([k, val])));
  return out;
}

for (const [t, name] of [[dictKeysType, 'dict_keys'], [dictValuesType, 'dict_values'], [dictItemsType, 'dict_items']] as const) {
  slot(t, '__len__', '', (v: DictView) => v.d.size);
  slot(t, '__iter__', '', (v: DictView) => new DictIterator(v.d, viewKind(v)));
  slot(t, '__reversed__', '', (v: DictView) => {
    const kind = viewKind(v);
    return new DictReverseIterator(v.d, kind, kind === DictIterKind.Values ? dictReverseValueIteratorType : kind === DictIterKind.Items ? dictReverseItemIteratorType : undefined);
  });
  slot(t, '__repr__', '', function* (v: DictView) {
    return yield* withReprGuard(v, '...', function* () {
      return `${name}(${yield* pyRepr(new PyList(viewItems(v)))})`;
    });
  });
}
slot(dictKeysType, '__contains__', 'key, /', function* (v: DictView, k: PyValue) {
  return (yield* v.d.slotOf(k)) >= 0;
});
slot(dictItemsType, '__contains__', 'item, /', function* (v: DictView, item: PyValue) {
  if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
  const val = yield* v.d.get(item.items[0]);
  return val !== undefined && (yield* pyEq(val, item.items[1]));
});
slot(dictValuesType, '__contains__', 'value, /', function* (v: DictView, x: PyValue) {
  for (const y of v.d.values()) if (yield* pyEq(y, x)) return true;
  return false;
});
// Set operations, comparisons and isdisjoint of keys/items views (CPython's order of work).
installViewSetOps();
(dictKeysType.dict as PyDict).setStr('__hash__', None);
(dictItemsType.dict as PyDict).setStr('__hash__', None);
