/** iter() and next() for any object, and helpers that drain an iterable into a JS array. */
import { STOP, type PyValue, type Stop, PyObject } from '../objects/object';
import { typeOf, None, listType, tupleType, strType, dictType, rangeType, generatorType } from '../objects/core-types';
import { PyList } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import { PyRange } from '../objects/range';
import { PyGenerator } from '../objects/generator';
import { PyBaseException } from '../objects/exception';
import {
  SyncIterator, GenIterator, ListIterator, TupleIterator, RangeIterator, LongRangeIterator,
  StrIterator, DictIterator, DictIterKind,
} from '../objects/iterators';
import { GenReturn, ResumeRequest, type NativeGen } from '../vm/native';
import { callMethod } from './call';
import { typeError } from '../runtime/errors';
import { stopIterationType } from '../runtime/errors';
import { NEED_GEN } from './attr';
import { charge, NK } from '../runtime/cost';

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

export function rangeIter(r: PyRange): SyncIterator {
  const { start, stop, step } = r;
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    return new RangeIterator(start, stop, step);
  }
  return new LongRangeIterator(BigInt(start), BigInt(stop), BigInt(step));
}

/** iter(x) for exact built-in iterables, or NEED_GEN. */
export function iterFast(x: PyValue): PyObject | typeof NEED_GEN {
  if (typeof x === 'string') return new StrIterator(x, isAscii(x));
  if (typeof x !== 'object') return NEED_GEN;
  const t = x.cls;
  if (t === listType) return new ListIterator(x as PyList);
  if (t === tupleType) return new TupleIterator((x as PyTuple).items);
  if (t === rangeType) return rangeIter(x as PyRange);
  if (t === dictType) return new DictIterator(x as PyDict, DictIterKind.Keys);
  if ((x instanceof SyncIterator || x instanceof GenIterator) && !t.isHeap) return x;
  // Coroutines and async generators are PyGenerators too, but not iterable.
  if (x instanceof PyGenerator && t === generatorType) return x;
  return NEED_GEN;
}

export function* pyIter(x: PyValue): NativeGen<PyObject> {
  const fast = iterFast(x);
  if (fast !== NEED_GEN) return fast;
  const t = typeOf(x);
  const f = t.lookup('__iter__');
  if (f === None) typeError(`'${t.name}' object is not iterable`);
  if (f === undefined) {
    if (t.lookup('__getitem__') !== undefined) return newSeqIter(x);
    typeError(`'${t.name}' object is not iterable`);
  }
  const it = yield* callMethod(f as PyValue, x, []);
  const itT = typeOf(it);
  if (itT.lookup('__next__') === undefined) typeError(`iter() returned non-iterator of type '${itT.name}'`);
  return it as PyObject;
}

/** Hook for the __getitem__ iteration protocol (defined with the other generic iterators). */
let newSeqIter: (x: PyValue) => PyObject;
export function installSeqIter(f: (x: PyValue) => PyObject): void {
  newSeqIter = f;
}

/** next(it): the next value, or STOP when exhausted (StopIteration is consumed). */
export function* pyNext(it: PyValue): NativeGen<PyValue | Stop> {
  if (it instanceof SyncIterator && !it.cls.isHeap) return it.next();
  if (it instanceof GenIterator && !it.cls.isHeap) return yield* it.nextGen();
  if (it instanceof PyGenerator) {
    const r = yield new ResumeRequest(it, None, null);
    return r instanceof GenReturn ? STOP : (r as PyValue);
  }
  const t = typeOf(it);
  const f = t.lookup('__next__');
  if (f === undefined) typeError(`'${t.name}' object is not an iterator`);
  try {
    return yield* callMethod(f as PyValue, it, []);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(stopIterationType)) return STOP;
    throw e;
  }
}

/** All items of an iterable, in order. */
export function* iterToArray(x: PyValue): NativeGen<PyValue[]> {
  if (typeof x === 'object' && !x.cls.isHeap) {
    if (x instanceof PyList || x instanceof PyTuple) {
      charge(NK.SeqCopy, x.items.length);
      return x.items.slice();
    }
    if (x instanceof PyDict) {
      charge(NK.IterItem, x.size);
      return x.keys();
    }
  }
  const it = yield* pyIter(x);
  const out: PyValue[] = [];
  if (it instanceof SyncIterator && !it.cls.isHeap) {
    for (let v = it.next(); v !== STOP; v = it.next()) out.push(v);
    charge(NK.IterItem, out.length);
    return out;
  }
  for (;;) {
    const v = yield* pyNext(it);
    if (v === STOP) {
      charge(NK.IterItem, out.length);
      return out;
    }
    out.push(v);
  }
}

/** Like iterToArray, but returns the underlying array for exact lists/tuples (do not mutate). */
export function* iterItems(x: PyValue): NativeGen<PyValue[]> {
  if (typeof x === 'object' && !x.cls.isHeap && (x instanceof PyList || x instanceof PyTuple)) return x.items;
  return yield* iterToArray(x);
}

export { strType };
