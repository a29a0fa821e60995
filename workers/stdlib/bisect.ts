/**
 * `bisect` (CPython's _bisect C module): binary search and insertion with `<` only, the
 * optional key= of 3.10+, and insort through list.insert (or the object's own insert method).
 */
import type { PyValue } from '../python/objects/object';
import type { PyModule } from '../python/objects/module';
import type { Interpreter } from '../python/vm/interpreter-state';
import { None, listType } from '../python/objects/core-types';
import { PyList } from '../python/objects/list';
import { valueError } from '../python/runtime/errors';
import { pyLen } from '../python/ops/truth';
import { pyGetItem, pyIndex } from '../python/ops/subscript';
import { pyCall, callMethod } from '../python/ops/call';
import { pyGetAttr } from '../python/ops/attr';
import { compareFast, richCompare } from '../python/ops/compare';
import { pyTruthy } from '../python/ops/truth';
import { NEED_GEN } from '../python/ops/attr';
import { CMP_LT } from '../python/compiler/opcodes';
import type { NativeGen } from '../python/vm/native';
import { defModFn } from './util';

export function* lessThan(a: PyValue, b: PyValue): NativeGen<boolean> {
  const f = compareFast(a, b, CMP_LT);
  if (f !== NEED_GEN) return f;
  return yield* pyTruthy(yield* richCompare(a, b, CMP_LT));
}

function* item(a: PyValue, i: number): NativeGen {
  if (a instanceof PyList && a.cls === listType) return a.items[i];
  return yield* pyGetItem(a, i);
}

function* bounds(a: PyValue, loArg: PyValue, hiArg: PyValue): NativeGen<[number, number]> {
  const lo = Number(yield* pyIndex(loArg));
  if (lo < 0) valueError('lo must be non-negative');
  const hi = hiArg === None ? yield* pyLen(a) : Number(yield* pyIndex(hiArg));
  return [lo, hi];
}

/** bisect_right when `right`, else bisect_left; x is compared with key(a[mid]). */
export function* bisectImpl(a: PyValue, x: PyValue, lo: number, hi: number, key: PyValue, right: boolean): NativeGen<number> {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let v = yield* item(a, mid);
    if (key !== None) v = yield* pyCall(key, [v]);
    if (right ? yield* lessThan(x, v) : !(yield* lessThan(v, x))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function* insert(a: PyValue, i: number, x: PyValue): NativeGen<void> {
  if (a instanceof PyList && a.cls === listType) {
    a.items.splice(i, 0, x);
    return;
  }
  const ins = yield* pyGetAttr(a, 'insert');
  yield* pyCall(ins, [i, x]);
}

export function initBisect(interp: Interpreter, m: PyModule): void {
  void interp;
  const ns = m.ns;
  const params = 'a, x, lo=0, hi=None, *, key=None';
  for (const right of [true, false]) {
    const suffix = right ? 'right' : 'left';
    const b = defModFn(ns, 'bisect', `bisect_${suffix}`, params, function* (a: PyValue, x: PyValue, lo: PyValue, hi: PyValue, key: PyValue) {
      const [l, h] = yield* bounds(a, lo, hi);
      return yield* bisectImpl(a, x, l, h, key, right);
    });
    const ins = defModFn(ns, 'bisect', `insort_${suffix}`, params, function* (a: PyValue, x: PyValue, lo: PyValue, hi: PyValue, key: PyValue) {
      const [l, h] = yield* bounds(a, lo, hi);
      const kx = key === None ? x : yield* pyCall(key, [x]);
      const i = yield* bisectImpl(a, kx, l, h, key, right);
      yield* insert(a, i, x);
      return None;
    });
    if (right) {
      ns.setStr('bisect', b);
      ns.setStr('insort', ins);
    }
  }
  void callMethod;
}
