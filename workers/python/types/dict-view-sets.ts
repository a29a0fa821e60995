/**
 * Set operations and comparisons of dict_keys / dict_items views, as CPython 3.11's
 * dictobject.c does them: the result set is built from the left operand (from the dict itself,
 * pre-sized, for a keys view of an exact dict) and then updated with the right one, so element
 * order matches CPython. `a & b` probes the view instead (after CPython's size-based swaps).
 */
import type { PyValue } from '../objects/object';
import { PyObject } from '../objects/object';
import { setType, dictType, dictKeysType, dictItemsType, NotImplemented } from '../objects/core-types';
import type { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyTuple, newTuple } from '../objects/tuple';
import { PySet } from '../objects/set';
import * as ops from '../objects/set-ops';
import { slot, method } from '../runtime/define';
import { pyIter, pyNext } from '../ops/iter';
import { pyEq } from '../ops/compare';
import { pyContains } from '../ops/subscript';
import { pyLen } from '../ops/truth';
import { STOP } from '../objects/object';
import { CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE } from '../compiler/opcodes';
import type { NativeGen } from '../vm/native';

/** A dict_keys or dict_items view (the DictView class of dict.ts). */
interface View extends PyObject {
  d: PyDict;
}

function isViewSet(x: PyValue): x is View {
  return x instanceof PyObject && (x.cls === dictKeysType || x.cls === dictItemsType);
}

/** dictviews_to_set: a keys view of an exact dict is copied from the dict (pre-sized). */
function* toSet(x: PyValue): NativeGen<PySet> {
  if (x instanceof PyObject && x.cls === dictKeysType && (x as View).d.cls === dictType) {
    return yield* ops.makeNewSet(setType, (x as View).d);
  }
  return yield* ops.makeNewSet(setType, x);
}

/** dictkeys_contains / dictitems_contains. */
function* viewContains(v: View, x: PyValue): NativeGen<boolean> {
  if (v.cls === dictKeysType) return (yield* v.d.slotOf(x)) >= 0;
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const found = yield* v.d.get(x.items[0]);
  return found !== undefined && (yield* pyEq(found, x.items[1]));
}

/** Visit the items of any iterable; `f` returns true to stop. */
function* each(iterable: PyValue, f: (x: PyValue) => NativeGen<boolean>): NativeGen<void> {
  const it = yield* pyIter(iterable);
  for (;;) {
    const x = yield* pyNext(it);
    if (x === STOP || (yield* f(x))) return;
  }
}

function* viewSub(self: PyValue, other: PyValue): NativeGen<PySet> {
  const r = yield* toSet(self);
  yield* ops.differenceUpdateInternal(r, other);
  return r;
}

function* viewOr(self: PyValue, other: PyValue): NativeGen<PySet> {
  const r = yield* toSet(self);
  yield* ops.updateInternal(r, other);
  return r;
}

/** items ^ items: pairs of the right dict not matched on the left, then the left's leftovers. */
function* itemsXor(a: View, b: View): NativeGen<PySet> {
  const temp = a.d.copyInto(new PyDict());
  const r = new PySet(setType);
  for (const k of b.d.keys()) {
    const v2 = (yield* b.d.get(k)) as PyValue;
    const v1 = yield* temp.get(k);
    if (v1 !== undefined && (yield* pyEq(v1, v2))) yield* temp.remove(k);
    else yield* r.add(newTuple([k, v2]));
  }
  const rest: PyValue[] = [];
  temp.forEach((k, v) => rest.push(newTuple([k, v])));
  for (const pair of rest) yield* r.add(pair);
  return r;
}

function* viewXor(self: PyValue, other: PyValue): NativeGen<PySet> {
  if (self instanceof PyObject && self.cls === dictItemsType && other instanceof PyObject && other.cls === dictItemsType) {
    return yield* itemsXor(self as View, other as View);
  }
  const r = yield* toSet(self);
  yield* ops.symmetricDifferenceUpdate(r, other);
  return r;
}

/** _PyDictView_Intersect: reuse set.intersection when the set is larger; else probe the view. */
function* viewAnd(self: PyValue, other: PyValue): NativeGen<PyValue> {
  if (!isViewSet(self)) [self, other] = [other, self];
  let view = self as View;
  const lenSelf = view.d.size;
  if (other instanceof PySet && other.cls === setType && lenSelf <= other.size) {
    return yield* ops.intersectionMulti(other, [view]);
  }
  if (isViewSet(other) && other.d.size > lenSelf) [view, other] = [other, view];
  const r = new PySet(setType);
  yield* each(other, function* (x) {
    if (yield* viewContains(view, x)) yield* r.add(x);
    return false;
  });
  return r;
}

/** Every item of `a` is in `b` (PySequence_Contains). */
function* allContainedIn(a: PyValue, b: PyValue): NativeGen<boolean> {
  let ok = true;
  yield* each(a, function* (x) {
    ok = yield* pyContains(b, x);
    return !ok;
  });
  return ok;
}

function* viewRichCompare(self: View, other: PyValue, op: number): NativeGen<PyValue> {
  if (!(other instanceof PySet) && !isViewSet(other)) return NotImplemented;
  const lenSelf = self.d.size;
  const lenOther = yield* pyLen(other);
  switch (op) {
    case CMP_EQ:
    case CMP_NE: {
      const eq = lenSelf === lenOther && (yield* allContainedIn(self, other));
      return op === CMP_EQ ? eq : !eq;
    }
    case CMP_LT: return lenSelf < lenOther && (yield* allContainedIn(self, other));
    case CMP_LE: return lenSelf <= lenOther && (yield* allContainedIn(self, other));
    case CMP_GT: return lenSelf > lenOther && (yield* allContainedIn(other, self));
    case CMP_GE: return lenSelf >= lenOther && (yield* allContainedIn(other, self));
  }
  return NotImplemented;
}

function* viewIsDisjoint(self: View, other: PyValue): NativeGen<boolean> {
  if (self === other) return self.d.size === 0;
  let a: PyValue = self, b: PyValue = other;
  // Iterate the shorter one when both are sets/views (membership is cheap on both sides).
  if (other instanceof PySet || isViewSet(other)) {
    if ((yield* pyLen(other)) > self.d.size) [a, b] = [other, self];
  }
  let disjoint = true;
  yield* each(b, function* (x) {
    if (yield* pyContains(a, x)) disjoint = false;
    return !disjoint;
  });
  return disjoint;
}

/** Install the operators, comparisons and isdisjoint on dict_keys and dict_items. */
export function installViewSetOps(): void {
  const bins: [string, (a: PyValue, b: PyValue) => NativeGen<PyValue>][] = [
    ['sub', viewSub], ['or', viewOr], ['xor', viewXor], ['and', viewAnd],
  ];
  const cmps: [string, number][] = [
    ['__eq__', CMP_EQ], ['__ne__', CMP_NE], ['__lt__', CMP_LT], ['__le__', CMP_LE], ['__gt__', CMP_GT], ['__ge__', CMP_GE],
  ];
  for (const t of [dictKeysType, dictItemsType] as PyType[]) {
    for (const [name, fn] of bins) {
      // The C slot receives the operands in source order whichever side the view is on.
      slot(t, `__${name}__`, 'other, /', function* (v: View, o: PyValue) {
        return yield* fn(v, o);
      });
      slot(t, `__r${name}__`, 'other, /', function* (v: View, o: PyValue) {
        return yield* fn(o, v);
      });
    }
    for (const [name, op] of cmps) {
      slot(t, name, 'other, /', function* (v: View, o: PyValue) {
        return yield* viewRichCompare(v, o, op);
      });
    }
    method(t, 'isdisjoint', 'other, /', function* (v: View, o: PyValue) {
      return yield* viewIsDisjoint(v, o);
    });
  }
}
