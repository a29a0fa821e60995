/**
 * The `itertools` module, part 1: the iterator-type machinery and the simple iterators (count,
 * cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse, islice, pairwise,
 * starmap). Part 2 (itertools-more.ts) has groupby, tee, zip_longest and the combinatorics.
 *
 * Every iterator is a GenIterator (it may run Python code), so FOR_ITER drives nextGen directly.
 * Semantics follow Modules/itertoolsmodule.c, including when arguments are consumed and the
 * error messages; only count and repeat have custom reprs in 3.11.
 */
import { STOP, type PyValue, type Stop } from '../python/objects/object';
import type { PyModule } from '../python/objects/module';
import type { Interpreter } from '../python/vm/interpreter-state';
import { None, typeOf, builtinType, objectType } from '../python/objects/core-types';
import { PyType } from '../python/objects/type';
import { PyTuple, newTuple } from '../python/objects/tuple';
import { PyFloat } from '../python/objects/float';
import { GenIterator } from '../python/objects/iterators';
import { PyBuiltin, BuiltinKind } from '../python/objects/builtin';
import type { PyDict } from '../python/objects/dict';
import { slot, method, classMethod } from '../python/runtime/define';
import { sig } from '../python/runtime/args';
import { typeError, valueError } from '../python/runtime/errors';
import { pyIter, pyNext } from '../python/ops/iter';
import { pyCall } from '../python/ops/call';
import { pyTruthy } from '../python/ops/truth';
import { pyRepr } from '../python/ops/strrepr';
import { indexFast, pyIndex } from '../python/ops/subscript';
import { binaryOp, binaryOpFast } from '../python/ops/arith';
import { NEED_GEN } from '../python/ops/attr';
import { NB_ADD } from '../python/compiler/opcodes';
import { stopIteration } from '../python/vm/generators';
import { isGeneratorFunction, type KwArgs, type NativeGen, type NativeFn } from '../python/vm/native';
import { initItertoolsMore } from './itertools-more';
import { shortTypeName } from './util';
import { itType, itNew } from './itertools-base';

export { itType, itNew };

/** a + b with the int/float fast path. */
export function* add(a: PyValue, b: PyValue): NativeGen {
  const f = binaryOpFast(a, b, NB_ADD);
  return f !== NEED_GEN ? f : yield* binaryOp(a, b, NB_ADD);
}

// ---- count(start=0, step=1) ----
const countType = itType('count');
class Count extends GenIterator {
  constructor(cls: PyType, public cur: PyValue, readonly step: PyValue) {
    super(cls);
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    const v = this.cur;
    this.cur = yield* add(v, this.step);
    return v;
  }
}
function isNumber(x: PyValue): boolean {
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || x instanceof PyFloat) return true;
  const t = typeOf(x);
  return t.lookup('__index__') !== undefined || t.lookup('__float__') !== undefined || t.lookup('__complex__') !== undefined || t.name === 'complex';
}
itNew(countType, 'start=0, step=1', (cls: PyType, start: PyValue, step: PyValue) => {
  if (!isNumber(start) || !isNumber(step)) typeError('a number is required');
  return new Count(cls, start, step);
});
slot(countType, '__repr__', '', function* (c: Count) {
  const name = shortTypeName(c.cls);
  if (c.step === 1 || c.step === true) return `${name}(${yield* pyRepr(c.cur)})`;
  return `${name}(${yield* pyRepr(c.cur)}, ${yield* pyRepr(c.step)})`;
});

// ---- cycle(iterable) ----
const cycleType = itType('cycle');
class Cycle extends GenIterator {
  saved: PyValue[] = [];
  firstPass = true;
  index = 0;
  constructor(cls: PyType, public it: PyValue | null) {
    super(cls);
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    if (this.it !== null) {
      const v = yield* pyNext(this.it);
      if (v !== STOP) {
        if (this.firstPass) this.saved.push(v);
        return v;
      }
      this.it = null;
      this.firstPass = false;
    }
    if (this.saved.length === 0) return STOP;
    const v = this.saved[this.index];
    this.index = (this.index + 1) % this.saved.length;
    return v;
  }
}
itNew(cycleType, 'iterable, /', function* (cls: PyType, iterable: PyValue) {
  return new Cycle(cls, yield* pyIter(iterable));
});

// ---- repeat(object, times=?) ----
const repeatType = itType('repeat');
class Repeat extends GenIterator {
  constructor(cls: PyType, readonly obj: PyValue, public left: number | null) {
    super(cls);
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    if (this.left === null) return this.obj;
    if (this.left <= 0) return STOP;
    this.left--;
    return this.obj;
  }
}
itNew(repeatType, 'object, times=?', function* (cls: PyType, obj: PyValue, times?: PyValue) {
  let left: number | null = null;
  if (times !== undefined) {
    const n = yield* pyIndex(times);
    left = n < 0 ? 0 : Number(n);
  }
  return new Repeat(cls, obj, left);
});
slot(repeatType, '__repr__', '', function* (r: Repeat) {
  const o = yield* pyRepr(r.obj);
  const name = shortTypeName(r.cls);
  return r.left === null ? `${name}(${o})` : `${name}(${o}, ${r.left})`;
});
method(repeatType, '__length_hint__', '', (r: Repeat) => {
  if (r.left === null) typeError('len() of unsized object');
  return r.left;
});

// ---- accumulate(iterable, func=None, *, initial=None) ----
const accumulateType = itType('accumulate');
class Accumulate extends GenIterator {
  total: PyValue | undefined;
  constructor(cls: PyType, readonly it: PyValue, readonly fn: PyValue, public initial: PyValue) {
    super(cls);
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    if (this.initial !== None) {
      this.total = this.initial;
      this.initial = None;
      return this.total;
    }
    const v = yield* pyNext(this.it);
    if (v === STOP) return STOP;
    if (this.total === undefined) this.total = v;
    else if (this.fn === None) this.total = yield* add(this.total, v);
    else this.total = yield* pyCall(this.fn, [this.total, v]);
    return this.total;
  }
}
itNew(accumulateType, 'iterable, func=None, *, initial=None', function* (cls: PyType, it: PyValue, fn: PyValue, initial: PyValue) {
  return new Accumulate(cls, yield* pyIter(it), fn, initial);
});

// ---- chain(*iterables), chain.from_iterable(iterable) ----
const chainType = itType('chain');
class Chain extends GenIterator {
  active: PyValue | null = null;
  constructor(cls: PyType, public source: PyValue | null) {
    super(cls);
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    for (;;) {
      if (this.active === null) {
        if (this.source === null) return STOP;
        const nextIterable = yield* pyNext(this.source);
        if (nextIterable === STOP) {
          this.source = null;
          return STOP;
        }
        this.active = yield* pyIter(nextIterable);
      }
      const v = yield* pyNext(this.active);
      if (v !== STOP) return v;
      this.active = null;
    }
  }
}
(chainType.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', function* (args: PyValue[], kw: KwArgs | null) {
  if (kw !== null && kw.size > 0) typeError('chain() takes no keyword arguments');
  return new Chain(args[0] as PyType, yield* pyIter(newTuple(args.slice(1))));
}, BuiltinKind.StaticMethod, chainType, undefined, true));
classMethod(chainType, 'from_iterable', 'iterable, /', function* (cls: PyType, iterable: PyValue) {
  return new Chain(cls, yield* pyIter(iterable));
});

// ---- compress(data, selectors) ----
const compressType = itType('compress');
class Compress extends GenIterator {
  constructor(cls: PyType, readonly data: PyValue, readonly sel: PyValue) {
    super(cls);
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    for (;;) {
      const d = yield* pyNext(this.data);
      if (d === STOP) return STOP;
      const s = yield* pyNext(this.sel);
      if (s === STOP) return STOP;
      if (yield* pyTruthy(s)) return d;
    }
  }
}
itNew(compressType, 'data, selectors', function* (cls: PyType, data: PyValue, sel: PyValue) {
  return new Compress(cls, yield* pyIter(data), yield* pyIter(sel));
});

// ---- dropwhile / takewhile / filterfalse (predicate, iterable) ----
const dropwhileType = itType('dropwhile');
const takewhileType = itType('takewhile');
const filterfalseType = itType('filterfalse');
class PredIter extends GenIterator {
  done = false;
  constructor(cls: PyType, readonly pred: PyValue, readonly it: PyValue) {
    super(cls);
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    const kind = this.cls.isSubtypeOf(dropwhileType) ? 0 : this.cls.isSubtypeOf(takewhileType) ? 1 : 2;
    for (;;) {
      if (kind === 1 && this.done) return STOP;
      const v = yield* pyNext(this.it);
      if (v === STOP) return STOP;
      if (kind === 0 && this.done) return v;
      const r = kind === 2 && this.pred === None ? yield* pyTruthy(v) : yield* pyTruthy(yield* pyCall(this.pred, [v]));
      if (kind === 0) {
        if (!r) {
          this.done = true;
          return v;
        }
      } else if (kind === 1) {
        if (r) return v;
        this.done = true;
        return STOP;
      } else if (!r) return v;
    }
  }
}
for (const t of [dropwhileType, takewhileType, filterfalseType]) {
  itNew(t, 'predicate, iterable, /', function* (cls: PyType, pred: PyValue, it: PyValue) {
    return new PredIter(cls, pred, yield* pyIter(it));
  });
}

// ---- islice(iterable, stop) / islice(iterable, start, stop[, step]) ----
const isliceType = itType('islice');
class ISlice extends GenIterator {
  cnt = 0;
  constructor(cls: PyType, public it: PyValue | null, public next: number, readonly stop: number, readonly step: number) {
    super(cls);
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    if (this.it === null) return STOP;
    const stop = this.stop;
    while (this.cnt < this.next) {
      const v = yield* pyNext(this.it);
      if (v === STOP) return this.empty();
      this.cnt++;
    }
    if (stop !== -1 && this.cnt >= stop) return this.empty();
    const v = yield* pyNext(this.it);
    if (v === STOP) return this.empty();
    this.cnt++;
    const old = this.next;
    this.next += this.step;
    if (this.next < old || (stop !== -1 && this.next > stop)) this.next = stop;
    return v;
  }
  private empty(): Stop {
    this.it = null;
    return STOP;
  }
}
const MAXSIZE = Number.MAX_SAFE_INTEGER;
function* sliceArg(x: PyValue, msg: string): NativeGen<number> {
  if (x === None) return -1;
  if (indexFast(x) === null && typeOf(x).lookup('__index__') === undefined) valueError(msg);
  const n = yield* pyIndex(x);
  if (n < 0) valueError(msg);
  return typeof n === 'bigint' || n > MAXSIZE ? MAXSIZE : n;
}
(isliceType.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', function* (args: PyValue[], kw: KwArgs | null) {
  const cls = args[0] as PyType;
  const a = args.slice(1);
  if (kw !== null && kw.size > 0) typeError('islice() takes no keyword arguments');
  if (a.length < 2 || a.length > 4) {
    typeError(a.length < 2 ? `islice expected at least 2 arguments, got ${a.length}` : `islice expected at most 4 arguments, got ${a.length}`);
  }
  let start = 0;
  let stop: number;
  let step = 1;
  const stopMsg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  const idxMsg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  if (a.length === 2) stop = yield* sliceArg(a[1], stopMsg);
  else {
    start = a[1] === None ? 0 : yield* sliceArg(a[1], idxMsg);
    stop = yield* sliceArg(a[2], idxMsg);
    if (a.length === 4 && a[3] !== None) {
      const s = indexFast(a[3]) === null && typeOf(a[3]).lookup('__index__') === undefined ? -1 : yield* pyIndex(a[3]);
      if (s <= 0) valueError('Step for islice() must be a positive integer or None.');
      step = typeof s === 'bigint' ? MAXSIZE : s;
    }
  }
  return new ISlice(cls, yield* pyIter(a[0]), start, stop, step);
}, BuiltinKind.StaticMethod, isliceType, undefined, true));

// ---- pairwise(iterable) ----
const pairwiseType = itType('pairwise');
class Pairwise extends GenIterator {
  old: PyValue | undefined;
  constructor(cls: PyType, public it: PyValue | null) {
    super(cls);
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    if (this.it === null) return STOP;
    if (this.old === undefined) {
      const first = yield* pyNext(this.it);
      if (first === STOP) {
        this.it = null;
        return STOP;
      }
      this.old = first;
    }
    const v = yield* pyNext(this.it);
    if (v === STOP) {
      this.it = null;
      return STOP;
    }
    const r = newTuple([this.old, v]);
    this.old = v;
    return r;
  }
}
itNew(pairwiseType, 'iterable, /', function* (cls: PyType, it: PyValue) {
  return new Pairwise(cls, yield* pyIter(it));
});

// ---- starmap(function, iterable) ----
const starmapType = itType('starmap');
class Starmap extends GenIterator {
  constructor(cls: PyType, readonly fn: PyValue, readonly it: PyValue) {
    super(cls);
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    const v = yield* pyNext(this.it);
    if (v === STOP) return STOP;
    let args: PyValue[];
    if (v instanceof PyTuple && !v.cls.isHeap) args = v.items;
    else {
      const it = yield* pyIter(v);
      args = [];
      for (let x = yield* pyNext(it); x !== STOP; x = yield* pyNext(it)) args.push(x);
    }
    return yield* pyCall(this.fn, args);
  }
}
itNew(starmapType, 'function, iterable, /', function* (cls: PyType, fn: PyValue, it: PyValue) {
  return new Starmap(cls, fn, yield* pyIter(it));
});

export function initItertools(interp: Interpreter, m: PyModule): void {
  void interp;
  const ns = m.ns;
  for (const t of [countType, cycleType, repeatType, accumulateType, chainType, compressType, dropwhileType, takewhileType, filterfalseType, isliceType, pairwiseType, starmapType]) {
    ns.setStr(t.qualname, t);
  }
  initItertoolsMore(ns);
}
