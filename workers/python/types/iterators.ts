/**
 * Iterator types: the built-in ones' __iter__/__next__/__length_hint__, and the iterators that may
 * run Python code — enumerate, zip, map, filter, reversed, the __getitem__ protocol and
 * iter(callable, sentinel).
 */
import { STOP, type PyValue, type Stop } from '../objects/object';
import {
  None, typeOf, enumerateType, zipType, mapType, filterType, reversedType, seqIteratorType, callableIteratorType,
  listIteratorType, listReverseIteratorType, tupleIteratorType, rangeIteratorType, longRangeIteratorType,
  strIteratorType, strUnicodeIteratorType, bytesIteratorType, bytearrayIteratorType, dictKeyIteratorType,
  dictValueIteratorType, dictItemIteratorType, dictReverseKeyIteratorType, dictReverseValueIteratorType,
  dictReverseItemIteratorType, setIteratorType,
} from '../objects/core-types';
import { PyType } from '../objects/type';
import { newTuple } from '../objects/tuple';
import { PyBaseException } from '../objects/exception';
import { BuiltinKind, PyBuiltin } from '../objects/builtin';
import type { PyDict } from '../objects/dict';
import { SyncIterator, GenIterator } from '../objects/iterators';
import { slot } from '../runtime/define';
import { typeError, valueError, stopIterationType, indexErrorType } from '../runtime/errors';
import { pyIter, pyNext, installSeqIter } from '../ops/iter';
import { pyCall, callMethod } from '../ops/call';
import { pyTruthy, pyLen } from '../ops/truth';
import { pyEq } from '../ops/compare';
import { pyIndex } from '../ops/subscript';
import { intAdd } from '../ops/int-arith';
import { isGeneratorFunction, type NativeGen, type KwArgs, type NativeFn } from '../vm/native';
import { stopIteration } from '../vm/generators';

// Built-in sync iterators.
for (const t of [
  listIteratorType, listReverseIteratorType, tupleIteratorType, rangeIteratorType, longRangeIteratorType,
  strIteratorType, strUnicodeIteratorType, bytesIteratorType, bytearrayIteratorType, dictKeyIteratorType,
  dictValueIteratorType, dictItemIteratorType, dictReverseKeyIteratorType, dictReverseValueIteratorType,
  dictReverseItemIteratorType, setIteratorType,
]) {
  slot(t, '__iter__', '', (it: SyncIterator) => it);
  slot(t, '__next__', '', (it: SyncIterator) => {
    const v = it.next();
    if (v === STOP) throw stopIteration(None);
    return v;
  });
  slot(t, '__length_hint__', '', (it: SyncIterator) => it.lengthHint());
}

/** Base behaviour of GenIterator types: __iter__ returns self, __next__ runs nextGen. */
function genIterType(t: PyType): void {
  slot(t, '__iter__', '', (it: GenIterator) => it);
  slot(t, '__next__', '', function* (it: GenIterator) {
    const v = yield* it.nextGen();
    if (v === STOP) throw stopIteration(None);
    return v;
  });
}

function setNew(t: PyType, fn: (cls: PyType, args: PyValue[], kw: KwArgs | null) => NativeGen | PyValue): void {
  const wrapper = (args: PyValue[], kw: KwArgs | null) => fn(args[0] as PyType, args.slice(1), kw);
  (t.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', wrapper as NativeFn, BuiltinKind.StaticMethod, t, undefined, isGeneratorFunction(fn)));
}

// ---- enumerate(iterable, start=0) ----
class Enumerate extends GenIterator {
  constructor(cls: PyType, readonly it: PyValue, public n: number | bigint) {
    super(cls);
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    const v = yield* pyNext(this.it);
    if (v === STOP) return STOP;
    const i = this.n;
    this.n = intAdd(i, 1);
    return newTuple([i, v]);
  }
}
genIterType(enumerateType);
setNew(enumerateType, function* (cls, args, kw) {
  const iterable = args.length > 0 ? args[0] : kw?.get('iterable');
  if (iterable === undefined) typeError("enumerate() missing required argument 'iterable'");
  const startArg = args.length > 1 ? args[1] : kw?.get('start');
  if (args.length > 2) typeError(`enumerate() takes at most 2 arguments (${args.length} given)`);
  const start = startArg === undefined ? 0 : yield* pyIndex(startArg);
  return new Enumerate(cls, yield* pyIter(iterable!), start);
});

// ---- zip(*iterables, strict=False) ----
class Zip extends GenIterator {
  constructor(cls: PyType, readonly its: PyValue[], readonly strict: boolean) {
    super(cls);
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    if (this.its.length === 0) return STOP;
    const out: PyValue[] = [];
    for (let i = 0; i < this.its.length; i++) {
      const v = yield* pyNext(this.its[i]);
      if (v === STOP) {
        if (this.strict) {
          if (i > 0) valueError(`zip() argument ${i + 1} is shorter than argument${i === 1 ? '' : 's'} 1${i > 1 ? `-${i}` : ''}`);
          for (let j = 1; j < this.its.length; j++) {
            if ((yield* pyNext(this.its[j])) !== STOP) valueError(`zip() argument ${j + 1} is longer than argument${j === 1 ? '' : 's'} 1${j > 1 ? `-${j}` : ''}`);
          }
        }
        return STOP;
      }
      out.push(v);
    }
    return newTuple(out);
  }
}
genIterType(zipType);
setNew(zipType, function* (cls, args, kw) {
  // PyArg_ParseTupleAndKeywords(empty, kwds, "|$p:zip", {"strict"}).
  let strict = false;
  if (kw !== null && kw.size > 0) {
    if (kw.size > 1) typeError(`zip() takes at most 1 keyword argument (${kw.size} given)`);
    for (const k of kw.keys()) if (k !== 'strict') typeError(`'${k}' is an invalid keyword argument for zip()`);
    strict = yield* pyTruthy(kw.get('strict')!);
  }
  // 3.11's zip_new lets iter()'s own TypeError through ("'int' object is not iterable").
  const its: PyValue[] = [];
  for (let i = 0; i < args.length; i++) its.push(yield* pyIter(args[i]));
  return new Zip(cls, its, strict);
});

// ---- map(func, *iterables) ----
class MapIter extends GenIterator {
  constructor(cls: PyType, readonly fn: PyValue, readonly its: PyValue[]) {
    super(cls);
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    const args: PyValue[] = [];
    for (const it of this.its) {
      const v = yield* pyNext(it);
      if (v === STOP) return STOP;
      args.push(v);
    }
    return yield* pyCall(this.fn, args);
  }
}
genIterType(mapType);
setNew(mapType, function* (cls, args, kw) {
  if (kw !== null && kw.size > 0) typeError('map() takes no keyword arguments');
  if (args.length < 2) typeError('map() must have at least two arguments.');
  const its: PyValue[] = [];
  for (const a of args.slice(1)) its.push(yield* pyIter(a));
  return new MapIter(cls, args[0], its);
});

// ---- filter(function or None, iterable) ----
class FilterIter extends GenIterator {
  constructor(cls: PyType, readonly fn: PyValue, readonly it: PyValue) {
    super(cls);
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    for (;;) {
      const v = yield* pyNext(this.it);
      if (v === STOP) return STOP;
      const keep = this.fn === None ? yield* pyTruthy(v) : yield* pyTruthy(yield* pyCall(this.fn, [v]));
      if (keep) return v;
    }
  }
}
genIterType(filterType);
setNew(filterType, function* (cls, args, kw) {
  if (kw !== null && kw.size > 0) typeError('filter() takes no keyword arguments');
  if (args.length !== 2) typeError(`filter expected 2 arguments, got ${args.length}`);
  return new FilterIter(cls, args[0], yield* pyIter(args[1]));
});

// ---- reversed(seq) ----
class ReversedIter extends GenIterator {
  constructor(cls: PyType, readonly seq: PyValue, public i: number) {
    super(cls);
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    if (this.i < 0) return STOP;
    const gi = typeOf(this.seq).lookup('__getitem__')!;
    try {
      return yield* callMethod(gi, this.seq, [this.i--]);
    } catch (e) {
      if (e instanceof PyBaseException && (e.cls.isSubtypeOf(indexErrorType) || e.cls.isSubtypeOf(stopIterationType))) {
        this.i = -1;
        return STOP;
      }
      throw e;
    }
  }
}
genIterType(reversedType);
slot(reversedType, '__length_hint__', '', (r: ReversedIter) => Math.max(0, r.i + 1));
setNew(reversedType, function* (cls, args, kw) {
  if (kw !== null && kw.size > 0) typeError('reversed() takes no keyword arguments');
  if (args.length !== 1) typeError(`reversed expected 1 argument, got ${args.length}`);
  const seq = args[0];
  const t = typeOf(seq);
  const rev = t.lookup('__reversed__');
  if (rev === None) typeError(`'${t.name}' object is not reversible`);
  if (rev !== undefined) return yield* callMethod(rev, seq, []);
  if (t.lookup('__getitem__') === undefined || t.lookup('__len__') === undefined) {
    typeError(`'${t.name}' object is not reversible`);
  }
  const n = yield* pyLen(seq);
  return new ReversedIter(cls, seq, n - 1);
});

// ---- the __getitem__ iteration protocol ----
class SeqIter extends GenIterator {
  i = 0;
  done = false;
  constructor(readonly seq: PyValue) {
    super(seqIteratorType);
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    if (this.done) return STOP;
    const gi = typeOf(this.seq).lookup('__getitem__')!;
    try {
      return yield* callMethod(gi, this.seq, [this.i++]);
    } catch (e) {
      if (e instanceof PyBaseException && (e.cls.isSubtypeOf(indexErrorType) || e.cls.isSubtypeOf(stopIterationType))) {
        this.done = true;
        return STOP;
      }
      throw e;
    }
  }
}
genIterType(seqIteratorType);
installSeqIter((x) => new SeqIter(x));

// ---- iter(callable, sentinel) ----
export class CallableIter extends GenIterator {
  done = false;
  constructor(readonly fn: PyValue, readonly sentinel: PyValue) {
    super(callableIteratorType);
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    if (this.done) return STOP;
    let v: PyValue;
    try {
      v = yield* pyCall(this.fn, []);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtypeOf(stopIterationType)) {
        this.done = true;
        return STOP;
      }
      throw e;
    }
    if (yield* pyEq(v, this.sentinel)) {
      this.done = true;
      return STOP;
    }
    return v;
  }
}
genIterType(callableIteratorType);

