/**
 * `_heapq`: CPython's C heap functions (heappush, heappop, heapify, heapreplace, heappushpop and
 * the _max variants used by nsmallest/merge), with the same sift order so the list layout after
 * each operation equals CPython's. py/heapq.py adds merge/nsmallest/nlargest in Python.
 */
import type { PyValue } from '../python/objects/object';
import type { PyModule } from '../python/objects/module';
import type { Interpreter } from '../python/vm/interpreter-state';
import { None, typeOf } from '../python/objects/core-types';
import { PyList } from '../python/objects/list';
import { typeError, indexError } from '../python/runtime/errors';
import type { NativeGen } from '../python/vm/native';
import { defModFn } from './util';
import { lessThan } from './bisect';

type Lt = (a: PyValue, b: PyValue) => NativeGen<boolean>;
const minLt: Lt = lessThan;
const maxLt: Lt = (a, b) => lessThan(b, a);

/** The heap list; clinic's "heappush() argument 1 must be list, not tuple" otherwise. */
function heapArg(h: PyValue, fn: string, several: boolean): PyValue[] {
  if (!(h instanceof PyList)) typeError(`${fn}() argument${several ? ' 1' : ''} must be list, not ${typeOf(h).name}`);
  return (h as PyList).items;
}

function* siftdown(a: PyValue[], start: number, pos: number, lt: Lt): NativeGen<void> {
  const newitem = a[pos];
  while (pos > start) {
    const parentpos = (pos - 1) >> 1;
    const parent = a[parentpos];
    if (!(yield* lt(newitem, parent))) break;
    a[pos] = parent;
    pos = parentpos;
  }
  a[pos] = newitem;
}

function* siftup(a: PyValue[], pos: number, lt: Lt): NativeGen<void> {
  const end = a.length;
  const start = pos;
  const limit = end >> 1;
  while (pos < limit) {
    let child = 2 * pos + 1;
    if (child + 1 < end && !(yield* lt(a[child], a[child + 1]))) child += 1;
    const t = a[pos];
    a[pos] = a[child];
    a[child] = t;
    pos = child;
  }
  yield* siftdown(a, start, pos, lt);
}

function* heappop(h: PyValue, lt: Lt, fn: string): NativeGen {
  const a = heapArg(h, fn, false);
  if (a.length === 0) indexError('index out of range');
  const last = a.pop()!;
  if (a.length === 0) return last;
  const ret = a[0];
  a[0] = last;
  yield* siftup(a, 0, lt);
  return ret;
}

function* heapreplace(h: PyValue, item: PyValue, lt: Lt, fn: string): NativeGen {
  const a = heapArg(h, fn, true);
  if (a.length === 0) indexError('index out of range');
  const ret = a[0];
  a[0] = item;
  yield* siftup(a, 0, lt);
  return ret;
}

function* heapify(h: PyValue, lt: Lt, fn: string): NativeGen {
  const a = heapArg(h, fn, false);
  for (let i = (a.length >> 1) - 1; i >= 0; i--) yield* siftup(a, i, lt);
  return None;
}

export function initHeapq(interp: Interpreter, m: PyModule): void {
  void interp;
  const ns = m.ns;
  const def = (name: string, params: string, impl: (...a: any[]) => any) => defModFn(ns, '_heapq', name, params, impl);
  def('heappush', 'heap, item, /', function* (h: PyValue, item: PyValue) {
    const a = heapArg(h, 'heappush', true);
    a.push(item);
    yield* siftdown(a, 0, a.length - 1, minLt);
    return None;
  });
  def('heappop', 'heap, /', function* (h: PyValue) {
    return yield* heappop(h, minLt, 'heappop');
  });
  def('heapreplace', 'heap, item, /', function* (h: PyValue, item: PyValue) {
    return yield* heapreplace(h, item, minLt, 'heapreplace');
  });
  def('heappushpop', 'heap, item, /', function* (h: PyValue, item: PyValue) {
    const a = heapArg(h, 'heappushpop', true);
    if (a.length === 0 || !(yield* minLt(a[0], item))) return item;
    const ret = a[0];
    a[0] = item;
    yield* siftup(a, 0, minLt);
    return ret;
  });
  def('heapify', 'heap, /', function* (h: PyValue) {
    return yield* heapify(h, minLt, 'heapify');
  });
  def('_heappop_max', 'heap, /', function* (h: PyValue) {
    return yield* heappop(h, maxLt, '_heappop_max');
  });
  def('_heapreplace_max', 'heap, item, /', function* (h: PyValue, item: PyValue) {
    return yield* heapreplace(h, item, maxLt, '_heapreplace_max');
  });
  def('_heapify_max', 'heap, /', function* (h: PyValue) {
    return yield* heapify(h, maxLt, '_heapify_max');
  });
}
