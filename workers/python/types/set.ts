/**
 * The methods of `set` and `frozenset`: argument handling and CPython's type rules (operators
 * take only sets, results have the base type, frozenset has no mutators) on top of the
 * algorithms in ../objects/set-ops.ts.
 */
import { objectGetstate } from './reduce';
import type { PyValue } from '../objects/object';
import { setType, frozensetType, objectType, typeOf, None, NotImplemented } from '../objects/core-types';
import { PyType } from '../objects/type';
import type { PyDict } from '../objects/dict';
import { BuiltinKind, PyBuiltin } from '../objects/builtin';
import { PySet, SetIterator, frozensetHash } from '../objects/set';
import * as ops from '../objects/set-ops';
import * as cmp from '../objects/set-compare';
import { newTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { method, slot, classMethod } from '../runtime/define';
import { typeError, throwPy, keyErrorType } from '../runtime/errors';
import { iterToArray } from '../ops/iter';
import { allocInstance } from '../ops/call';
import { hashToPyInt } from '../hashing';
import { CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE } from '../compiler/opcodes';
import type { NativeGen, KwArgs } from '../vm/native';
import { withReprGuard, reprItems, classGetItem } from './seq-util';

setType.alloc = (cls) => new PySet(cls);
frozensetType.alloc = (cls) => new PySet(cls);

/** The checks of CPython's tp_new wrapper for `T.__new__(cls, ...)`. */
function checkNewCls(owner: PyType, args: PyValue[]): PyType {
  if (args.length === 0) typeError(`${owner.name}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!(cls instanceof PyType)) return typeError(`${owner.name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (cls !== owner && !cls.isSubtypeOf(owner)) typeError(`${owner.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${owner.name}`);
  return cls;
}

// set.__new__ ignores its arguments; set.__init__ fills the set.
(setType.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', (args: PyValue[]) => {
  const cls = checkNewCls(setType, args);
  return cls === setType ? new PySet(setType) : allocInstance(cls);
}, BuiltinKind.StaticMethod, setType));

slot(setType, '__init__', '*args, **kw', function* (self: PySet, args: PyValue[], kw: KwArgs | null) {
  if (kw !== null && kw.size > 0) typeError('set() takes no keyword arguments');
  if (args.length > 1) typeError(`${self.cls.name} expected at most 1 argument, got ${args.length}`);
  if (self.t.fill > 0) ops.setClear(self);
  self.hashCache = null;
  if (args.length === 1) yield* ops.updateInternal(self, args[0]);
  return None;
});

// frozenset does its work in __new__; frozenset(f) returns f itself for an exact frozenset.
const objectInit = objectType.lookup('__init__');
(frozensetType.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', function* (args: PyValue[], kw: KwArgs | null) {
  const cls = checkNewCls(frozensetType, args);
  if ((cls === frozensetType || cls.lookup('__init__') === objectInit) && kw !== null && kw.size > 0) {
    typeError('frozenset() takes no keyword arguments');
  }
  if (args.length > 2) typeError(`${cls.name} expected at most 1 argument, got ${args.length - 1}`);
  const iterable = args.length > 1 ? args[1] : undefined;
  if (cls === frozensetType && iterable instanceof PySet && iterable.cls === frozensetType) return iterable;
  return yield* ops.makeNewSet(cls, iterable);
}, BuiltinKind.StaticMethod, frozensetType));

/** METH_VARARGS methods refuse keywords with the type-qualified name. */
function noKw(t: PyType, name: string, kw: KwArgs | null): void {
  if (kw !== null && kw.size > 0) typeError(`${t.name}.${name}() takes no keyword arguments`);
}

/** Methods and slots shared by set and frozenset. */
function defineCommon(T: PyType): void {
  slot(T, '__len__', '', (self: PySet) => self.size);
  slot(T, '__iter__', '', (self: PySet) => new SetIterator(self));
  method(T, '__contains__', 'key, /', function* (self: PySet, k: PyValue) {
    return yield* cmp.contains(self, k);
  });
  slot(T, '__repr__', '', function* (self: PySet) {
    const name = self.cls.name;
    return yield* withReprGuard(self, `${name}(...)`, function* () {
      if (self.size === 0) return `${name}()`;
      // PySequence_List: a subclass's own __iter__ is honoured.
      const keys = self.cls.isHeap ? yield* iterToArray(self) : self.items();
      const body = (yield* reprItems(keys)).join(', ');
      return self.cls === setType ? `{${body}}` : `${name}({${body}})`;
    });
  });

  const cmps: [string, number][] = [
    ['__eq__', CMP_EQ], ['__ne__', CMP_NE], ['__lt__', CMP_LT], ['__le__', CMP_LE], ['__gt__', CMP_GT], ['__ge__', CMP_GE],
  ];
  for (const [name, op] of cmps) {
    slot(T, name, 'other, /', function* (self: PySet, o: PyValue) {
      return yield* cmp.richCompare(self, o, op);
    });
  }

  // Binary operators accept only sets; the reflected forms run the same code with operands swapped.
  type BinFn = (a: PySet, b: PySet) => NativeGen<PySet>;
  const bins: [string, BinFn][] = [
    ['or', ops.or], ['and', ops.intersection], ['sub', ops.difference], ['xor', ops.symmetricDifference],
  ];
  for (const [name, fn] of bins) {
    slot(T, `__${name}__`, 'other, /', function* (self: PySet, o: PyValue) {
      return o instanceof PySet ? yield* fn(self, o) : NotImplemented;
    });
    slot(T, `__r${name}__`, 'other, /', function* (self: PySet, o: PyValue) {
      return o instanceof PySet ? yield* fn(o, self) : NotImplemented;
    });
  }

  method(T, 'union', '*others, **kw', function* (self: PySet, others: PyValue[], kw: KwArgs | null) {
    noKw(T, 'union', kw);
    return yield* ops.union(self, others);
  });
  method(T, 'intersection', '*others, **kw', function* (self: PySet, others: PyValue[], kw: KwArgs | null) {
    noKw(T, 'intersection', kw);
    return yield* ops.intersectionMulti(self, others);
  });
  method(T, 'difference', '*others, **kw', function* (self: PySet, others: PyValue[], kw: KwArgs | null) {
    noKw(T, 'difference', kw);
    return yield* ops.differenceMulti(self, others);
  });
  method(T, 'symmetric_difference', 'other, /', function* (self: PySet, o: PyValue) {
    return yield* ops.symmetricDifference(self, o);
  });
  method(T, 'isdisjoint', 'other, /', function* (self: PySet, o: PyValue) {
    return yield* ops.isDisjoint(self, o);
  });
  method(T, 'issubset', 'other, /', function* (self: PySet, o: PyValue) {
    return yield* cmp.isSubset(self, o);
  });
  method(T, 'issuperset', 'other, /', function* (self: PySet, o: PyValue) {
    return yield* cmp.isSuperset(self, o);
  });
  // set_reduce: (type, (list(self),), _PyObject_GetState(self)).
  method(T, '__reduce__', '', function* (self: PySet) {
    const items = new PyList(yield* iterToArray(self));
    return newTuple([self.cls, newTuple([items]), yield* objectGetstate(self, false)]);
  });
  method(T, '__sizeof__', '', (self: PySet) => {
    // sizeof(PySetObject) + an allocated table past the 8 built-in slots (16 bytes a slot).
    // (A subclass's __slots__ would add 8 bytes each in CPython; not counted here.)
    return self.t.mask > 7 ? 200 + (self.t.mask + 1) * 16 : 200;
  });
  classMethod(T, '__class_getitem__', 'item, /', classGetItem);
}

defineCommon(setType);
defineCommon(frozensetType);

// ---- set only ----

(setType.dict as PyDict).setStr('__hash__', None);

method(setType, 'add', 'key, /', function* (self: PySet, k: PyValue) {
  yield* self.add(k);
  return None;
});
method(setType, 'remove', 'key, /', function* (self: PySet, k: PyValue) {
  yield* cmp.removeKey(self, k);
  return None;
});
method(setType, 'discard', 'key, /', function* (self: PySet, k: PyValue) {
  yield* cmp.discardKey(self, k);
  return None;
});
method(setType, 'pop', '', (self: PySet) => {
  const k = self.t.pop();
  return k === undefined ? throwPy(keyErrorType, 'pop from an empty set') : k;
});
method(setType, 'clear', '', (self: PySet) => {
  ops.setClear(self);
  return None;
});
method(setType, 'copy', '', function* (self: PySet) {
  return yield* ops.setCopy(self);
});
method(setType, 'update', '*others, **kw', function* (self: PySet, others: PyValue[], kw: KwArgs | null) {
  noKw(setType, 'update', kw);
  for (const o of others) yield* ops.updateInternal(self, o);
  return None;
});
method(setType, 'intersection_update', '*others, **kw', function* (self: PySet, others: PyValue[], kw: KwArgs | null) {
  noKw(setType, 'intersection_update', kw);
  yield* ops.intersectionUpdateMulti(self, others);
  return None;
});
method(setType, 'difference_update', '*others, **kw', function* (self: PySet, others: PyValue[], kw: KwArgs | null) {
  noKw(setType, 'difference_update', kw);
  yield* ops.differenceUpdate(self, others);
  return None;
});
method(setType, 'symmetric_difference_update', 'other, /', function* (self: PySet, o: PyValue) {
  yield* ops.symmetricDifferenceUpdate(self, o);
  return None;
});

// In-place operators also take only sets, and return the set itself.
slot(setType, '__ior__', 'other, /', function* (self: PySet, o: PyValue) {
  if (!(o instanceof PySet)) return NotImplemented;
  yield* ops.updateInternal(self, o);
  return self;
});
slot(setType, '__iand__', 'other, /', function* (self: PySet, o: PyValue) {
  if (!(o instanceof PySet)) return NotImplemented;
  yield* ops.intersectionUpdate(self, o);
  return self;
});
slot(setType, '__isub__', 'other, /', function* (self: PySet, o: PyValue) {
  if (!(o instanceof PySet)) return NotImplemented;
  yield* ops.differenceUpdateInternal(self, o);
  return self;
});
slot(setType, '__ixor__', 'other, /', function* (self: PySet, o: PyValue) {
  if (!(o instanceof PySet)) return NotImplemented;
  yield* ops.symmetricDifferenceUpdate(self, o);
  return self;
});

// ---- frozenset only ----

slot(frozensetType, '__hash__', '', (self: PySet) => hashToPyInt(frozensetHash(self)));
method(frozensetType, 'copy', '', function* (self: PySet) {
  return self.cls === frozensetType ? self : yield* ops.setCopy(self);
});
