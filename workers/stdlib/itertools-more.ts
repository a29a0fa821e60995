/**
 * The `itertools` module, part 2: groupby (with its shared-state _grouper), tee, zip_longest and
 * the combinatoric iterators (product, permutations, combinations,
 * combinations_with_replacement), following the index-vector algorithms of
 * Modules/itertoolsmodule.c so the output order is CPython's.
 */
import { STOP, type PyValue, type Stop } from '../python/objects/object';
import { None, typeOf } from '../python/objects/core-types';
import type { PyType } from '../python/objects/type';
import { PyTuple, newTuple } from '../python/objects/tuple';
import { GenIterator } from '../python/objects/iterators';
import { PyBuiltin, BuiltinKind } from '../python/objects/builtin';
import type { PyDict } from '../python/objects/dict';
import { typeError, valueError } from '../python/runtime/errors';
import { pyIter, pyNext, iterToArray } from '../python/ops/iter';
import { pyCall } from '../python/ops/call';
import { pyEq } from '../python/ops/compare';
import { pyIndex } from '../python/ops/subscript';
import type { KwArgs, NativeGen } from '../python/vm/native';
import { itType, itNew } from './itertools-base';

// ---- groupby(iterable, key=None) ----
const groupbyType = itType('groupby');
const grouperType = itType('_grouper');
class GroupBy extends GenIterator {
  tgtkey: PyValue | undefined;
  currkey: PyValue | undefined;
  currvalue: PyValue | undefined;
  currgrouper: Grouper | null = null;
  constructor(cls: PyType, readonly it: PyValue, readonly keyfunc: PyValue) {
    super(cls);
  }
  /** groupby_step: advance the underlying iterator; false when exhausted. */
  *step(): NativeGen<boolean> {
    const v = yield* pyNext(this.it);
    if (v === STOP) return false;
    const k = this.keyfunc === None ? v : yield* pyCall(this.keyfunc, [v]);
    this.currvalue = v;
    this.currkey = k;
    return true;
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    this.currgrouper = null;
    for (;;) {
      if (this.currkey === undefined) {
        /* pass */
      } else if (this.tgtkey === undefined) break;
      else if (!(yield* pyEq(this.tgtkey, this.currkey))) break;
      if (!(yield* this.step())) return STOP;
    }
    this.tgtkey = this.currkey;
    const g = new Grouper(this, this.tgtkey!);
    this.currgrouper = g;
    return newTuple([this.currkey!, g]);
  }
}
class Grouper extends GenIterator {
  constructor(readonly parent: GroupBy, readonly tgtkey: PyValue) {
    super(grouperType);
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    const gb = this.parent;
    if (gb.currgrouper !== this) return STOP;
    if (gb.currvalue === undefined) {
      if (!(yield* gb.step())) return STOP;
    }
    if (!(yield* pyEq(this.tgtkey, gb.currkey!))) return STOP;
    const r = gb.currvalue!;
    gb.currvalue = undefined;
    return r;
  }
}
itNew(groupbyType, 'iterable, key=None', function* (cls: PyType, it: PyValue, key: PyValue) {
  return new GroupBy(cls, yield* pyIter(it), key);
});

// ---- tee(iterable, n=2) ----
const teeType = itType('_tee');
/** Shared buffer of a tee group: values read from the source, dropped once every tee passed them. */
class TeeData {
  values: PyValue[] = [];
  base = 0;
  done = false;
  constructor(readonly it: PyValue) {}
}
class Tee extends GenIterator {
  constructor(readonly data: TeeData, public pos: number) {
    super(teeType);
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    const d = this.data;
    const i = this.pos - d.base;
    if (i < d.values.length) {
      this.pos++;
      return d.values[i];
    }
    if (d.done) return STOP;
    const v = yield* pyNext(d.it);
    if (v === STOP) {
      d.done = true;
      return STOP;
    }
    d.values.push(v);
    this.pos++;
    return v;
  }
}
function* teeImpl(iterable: PyValue, nArg: PyValue): NativeGen {
  const n = yield* pyIndex(nArg);
  if (n < 0) valueError('n must be >= 0');
  const it = yield* pyIter(iterable);
  const out: PyValue[] = [];
  if (n === 0) return newTuple(out);
  // A tee of a tee shares the same buffer (CPython copies the tee object).
  if (it instanceof Tee) {
    out.push(it);
    for (let i = 1; i < n; i++) out.push(new Tee(it.data, it.pos));
    return newTuple(out);
  }
  const data = new TeeData(it);
  for (let i = 0; i < n; i++) out.push(new Tee(data, 0));
  return newTuple(out);
}
(teeType.dict as PyDict).setStr('__copy__', new PyBuiltin('__copy__', (args: PyValue[]) => {
  const t = args[0] as Tee;
  return new Tee(t.data, t.pos);
}, BuiltinKind.Method, teeType));

// ---- zip_longest(*iterables, fillvalue=None) ----
const zipLongestType = itType('zip_longest');
class ZipLongest extends GenIterator {
  active: number;
  constructor(cls: PyType, readonly its: (PyValue | null)[], readonly fill: PyValue) {
    super(cls);
    this.active = its.length;
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    if (this.its.length === 0 || this.active === 0) return STOP;
    const out: PyValue[] = [];
    for (let i = 0; i < this.its.length; i++) {
      const it = this.its[i];
      if (it === null) {
        out.push(this.fill);
        continue;
      }
      const v = yield* pyNext(it);
      if (v === STOP) {
        this.its[i] = null;
        this.active--;
        if (this.active === 0) return STOP;
        out.push(this.fill);
      } else out.push(v);
    }
    return newTuple(out);
  }
}
(zipLongestType.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', function* (args: PyValue[], kw: KwArgs | null) {
  let fill: PyValue = None;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k !== 'fillvalue') typeError('zip_longest() got an unexpected keyword argument');
      fill = v;
    }
  }
  const its: PyValue[] = [];
  for (const a of args.slice(1)) its.push(yield* pyIter(a));
  return new ZipLongest(args[0] as PyType, its, fill);
}, BuiltinKind.StaticMethod, zipLongestType, undefined, true));

// ---- product(*iterables, repeat=1) ----
const productType = itType('product');
class Product extends GenIterator {
  indices: number[];
  result: PyValue[] | null = null;
  stopped = false;
  constructor(cls: PyType, readonly pools: PyValue[][]) {
    super(cls);
    this.indices = pools.map(() => 0);
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    if (this.stopped) return STOP;
    const pools = this.pools;
    if (this.result === null) {
      if (pools.some((p) => p.length === 0)) {
        this.stopped = true;
        return STOP;
      }
      this.result = pools.map((p) => p[0]);
      return newTuple(this.result.slice());
    }
    const r = this.result;
    let i = pools.length - 1;
    for (; i >= 0; i--) {
      const pool = pools[i];
      this.indices[i]++;
      if (this.indices[i] === pool.length) {
        this.indices[i] = 0;
        r[i] = pool[0];
      } else {
        r[i] = pool[this.indices[i]];
        break;
      }
    }
    if (i < 0) {
      this.stopped = true;
      return STOP;
    }
    return newTuple(r.slice());
  }
}
(productType.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', function* (args: PyValue[], kw: KwArgs | null) {
  let repeat = 1;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k !== 'repeat') typeError(`'${k}' is an invalid keyword argument for product()`);
      const n = yield* pyIndex(v);
      repeat = Number(n);
      if (repeat < 0) valueError('repeat argument cannot be negative');
    }
  }
  const base: PyValue[][] = [];
  for (const a of args.slice(1)) base.push(yield* iterToArray(a));
  const pools: PyValue[][] = [];
  for (let r = 0; r < repeat; r++) pools.push(...base);
  return new Product(args[0] as PyType, pools);
}, BuiltinKind.StaticMethod, productType, undefined, true));

// ---- combinations(iterable, r) ----
const combinationsType = itType('combinations');
class Combinations extends GenIterator {
  indices: number[];
  first = true;
  stopped: boolean;
  constructor(cls: PyType, readonly pool: PyValue[], readonly r: number) {
    super(cls);
    this.indices = Array.from({ length: r }, (_, i) => i);
    this.stopped = r > pool.length;
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    if (this.stopped) return STOP;
    const { pool, r, indices } = this;
    const n = pool.length;
    if (this.first) {
      this.first = false;
      return newTuple(indices.map((i) => pool[i]));
    }
    let i = r - 1;
    while (i >= 0 && indices[i] === i + n - r) i--;
    if (i < 0) {
      this.stopped = true;
      return STOP;
    }
    indices[i]++;
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
    return newTuple(indices.map((k) => pool[k]));
  }
}
itNew(combinationsType, 'iterable, r', function* (cls: PyType, it: PyValue, rArg: PyValue) {
  const pool = yield* iterToArray(it);
  const r = Number(yield* pyIndex(rArg));
  if (r < 0) valueError('r must be non-negative');
  return new Combinations(cls, pool, r);
});

// ---- combinations_with_replacement(iterable, r) ----
const cwrType = itType('combinations_with_replacement');
class CombinationsWR extends GenIterator {
  indices: number[];
  first = true;
  stopped: boolean;
  constructor(cls: PyType, readonly pool: PyValue[], readonly r: number) {
    super(cls);
    this.indices = new Array(r).fill(0);
    this.stopped = pool.length === 0 && r > 0;
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    if (this.stopped) return STOP;
    const { pool, r, indices } = this;
    const n = pool.length;
    if (this.first) {
      this.first = false;
      return newTuple(indices.map((i) => pool[i]));
    }
    let i = r - 1;
    while (i >= 0 && indices[i] === n - 1) i--;
    if (i < 0) {
      this.stopped = true;
      return STOP;
    }
    const v = indices[i] + 1;
    for (let j = i; j < r; j++) indices[j] = v;
    return newTuple(indices.map((k) => pool[k]));
  }
}
itNew(cwrType, 'iterable, r', function* (cls: PyType, it: PyValue, rArg: PyValue) {
  const pool = yield* iterToArray(it);
  const r = Number(yield* pyIndex(rArg));
  if (r < 0) valueError('r must be non-negative');
  return new CombinationsWR(cls, pool, r);
});

// ---- permutations(iterable, r=None) ----
const permutationsType = itType('permutations');
class Permutations extends GenIterator {
  indices: number[];
  cycles: number[];
  first = true;
  stopped: boolean;
  constructor(cls: PyType, readonly pool: PyValue[], readonly r: number) {
    super(cls);
    const n = pool.length;
    this.indices = Array.from({ length: n }, (_, i) => i);
    this.cycles = Array.from({ length: r }, (_, i) => n - i);
    this.stopped = r > n;
  }
  *nextGen(): NativeGen<PyValue | Stop> {
    if (this.stopped) return STOP;
    const { pool, r, indices, cycles } = this;
    const n = pool.length;
    if (this.first) {
      this.first = false;
      return newTuple(indices.slice(0, r).map((i) => pool[i]));
    }
    if (n === 0) {
      this.stopped = true;
      return STOP;
    }
    let i = r - 1;
    for (; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        const idx = indices[i];
        for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1];
        indices[n - 1] = idx;
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        const t = indices[i];
        indices[i] = indices[n - j];
        indices[n - j] = t;
        break;
      }
    }
    if (i < 0) {
      this.stopped = true;
      return STOP;
    }
    return newTuple(indices.slice(0, r).map((k) => pool[k]));
  }
}
itNew(permutationsType, 'iterable, r=None', function* (cls: PyType, it: PyValue, rArg: PyValue) {
  const pool = yield* iterToArray(it);
  let r = pool.length;
  if (rArg !== None) {
    if (typeof rArg !== 'number' && typeof rArg !== 'bigint' && typeof rArg !== 'boolean') typeError('Expected int as r');
    r = Number(yield* pyIndex(rArg));
    if (r < 0) valueError('r must be non-negative');
  }
  return new Permutations(cls, pool, r);
});

export function initItertoolsMore(ns: PyDict): void {
  for (const t of [groupbyType, zipLongestType, productType, combinationsType, cwrType, permutationsType]) ns.setStr(t.qualname, t);
  ns.setStr('tee', new PyBuiltin('tee', function* (args: PyValue[], kw: KwArgs | null) {
    if (kw !== null && kw.size > 0) typeError('tee() takes no keyword arguments');
    if (args.length < 1 || args.length > 2) typeError(args.length < 1 ? `tee expected at least 1 argument, got 0` : `tee expected at most 2 arguments, got ${args.length}`);
    return yield* teeImpl(args[0], args.length > 1 ? args[1] : 2);
  }, BuiltinKind.Function, null, undefined, true));
  (ns.getStr('tee') as PyBuiltin).module = 'itertools';
  void typeOf;
  void PyTuple;
}
