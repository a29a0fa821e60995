/**
 * `_functools`: the C half of functools — reduce, partial, cmp_to_key's KeyWrapper and the
 * lru_cache core. They are native for the same reason CPython's are: calling through them adds
 * no Python frame, so a memoised recursive function reaches the same depth before RecursionError
 * as in CPython. (py/functools.py subclasses the cache wrapper in Python only to add __get__,
 * which the runtime honours on Python classes.)
 */
import { PyObject, STOP, type PyValue } from '../python/objects/object';
import type { PyModule } from '../python/objects/module';
import type { Interpreter } from '../python/vm/interpreter-state';
import { None, typeOf, builtinType, objectType, intType, strType, dictType } from '../python/objects/core-types';
import { PyType } from '../python/objects/type';
import { PyTuple, newTuple } from '../python/objects/tuple';
import { PyDict } from '../python/objects/dict';
import { PyBuiltin, BuiltinKind } from '../python/objects/builtin';
import { slot, method, getter, classMethod } from '../python/runtime/define';
import { typeError } from '../python/runtime/errors';
import { pyIter, pyNext } from '../python/ops/iter';
import { pyCall } from '../python/ops/call';
import { pyRepr } from '../python/ops/strrepr';
import { richCompare } from '../python/ops/compare';
import { withReprGuard, classGetItem } from '../python/types/seq-util';
import type { KwArgs, NativeGen } from '../python/vm/native';
import { defModRaw, setTpName } from './util';

function isCallable(x: PyValue): boolean {
  return typeof x === 'object' && (x instanceof PyType || typeOf(x).lookup('__call__') !== undefined);
}

function setNew(t: PyType, fn: (cls: PyType, args: PyValue[], kw: KwArgs | null) => PyValue | NativeGen, isGen = false): void {
  (t.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', (args: PyValue[], kw: KwArgs | null) => fn(args[0] as PyType, args.slice(1), kw), BuiltinKind.StaticMethod, t, undefined, isGen));
}

// ---- partial ----
export class PyPartial extends PyObject {
  constructor(cls: PyType, public fn: PyValue, public args: PyValue[], public kw: PyDict) {
    super(cls);
  }
}
export const partialType = setTpName(builtinType('partial', objectType, { module: 'functools', instanceDict: true }), 'functools', 'partial');
partialType.alloc = (cls) => new PyPartial(cls, None, [], new PyDict());
setNew(partialType, (cls, args, kw) => {
  if (args.length === 0) typeError("type 'partial' takes at least one argument");
  let fn = args[0];
  let pargs = args.slice(1);
  const kwd = new PyDict();
  if (fn instanceof PyPartial && fn.cls === partialType && (fn.dict === null || fn.dict.size === 0)) {
    // Flatten partial(partial(f, 1), 2) into partial(f, 1, 2) like CPython.
    pargs = fn.args.concat(pargs);
    fn.kw.copyInto(kwd);
    fn = fn.fn;
  }
  if (!isCallable(fn)) typeError('the first argument must be callable');
  if (kw !== null) for (const [k, v] of kw) kwd.setStr(k, v);
  const p = new PyPartial(cls, fn, pargs, kwd);
  if (cls.instancesHaveDict) p.dict = new PyDict();
  return p;
});
slot(partialType, '__call__', '*args, **kwargs', function* (p: PyPartial, args: PyValue[], kw: KwArgs | null) {
  let merged: KwArgs | null = null;
  if (p.kw.size > 0 || (kw !== null && kw.size > 0)) {
    merged = new Map();
    for (const k of p.kw.keys()) merged.set(k as string, p.kw.getStr(k as string)!);
    if (kw !== null) for (const [k, v] of kw) merged.set(k, v);
  }
  return yield* pyCall(p.fn, p.args.length === 0 ? args : p.args.concat(args), merged);
});
getter(partialType, 'func', (p: PyPartial) => p.fn);
getter(partialType, 'args', (p: PyPartial) => newTuple(p.args.slice()));
getter(partialType, 'keywords', (p: PyPartial) => p.kw);
slot(partialType, '__repr__', '', function* (p: PyPartial) {
  const name = p.cls.name;
  return yield* withReprGuard(p, '...', function* () {
    const parts = [yield* pyRepr(p.fn)];
    for (const a of p.args) parts.push(yield* pyRepr(a));
    for (const k of p.kw.keys()) parts.push(`${k as string}=${yield* pyRepr(p.kw.getStr(k as string)!)}`);
    return `${name}(${parts.join(', ')})`;
  });
});
classMethod(partialType, '__class_getitem__', 'item, /', classGetItem);
// partial_reduce / partial_setstate: (type, (func,), (func, args, keywords, __dict__ or None)).
method(partialType, '__reduce__', '', (p: PyPartial) => {
  const d = p.dict !== null && p.dict.size > 0 ? p.dict : None;
  return newTuple([p.cls, newTuple([p.fn]), newTuple([p.fn, newTuple(p.args.slice()), p.kw, d])]);
});
method(partialType, '__setstate__', 'state, /', (p: PyPartial, state: PyValue) => {
  const items = state instanceof PyTuple ? state.items : null;
  if (items === null || items.length !== 4 || !isCallable(items[0]) || !(items[1] instanceof PyTuple) ||
      (items[2] !== None && !(items[2] instanceof PyDict))) {
    typeError('invalid partial state');
  }
  const [fn, fnargs, kw, d] = items!;
  p.fn = fn;
  p.args = (fnargs as PyTuple).items.slice();
  p.kw = kw === None ? new PyDict() : (kw as PyDict).cls === dictType ? (kw as PyDict) : (kw as PyDict).copyInto(new PyDict());
  if (d !== None) {
    if (!(d instanceof PyDict)) typeError('setting partial object\'s dictionary to a non-dict');
    p.dict = d as PyDict;
  } else if (p.dict !== null) p.dict = new PyDict();
  return None;
});

// ---- cmp_to_key ----
class KeyWrapper extends PyObject {
  constructor(readonly cmp: PyValue, readonly obj: PyValue | undefined) {
    super(keyWrapperType);
  }
}
const keyWrapperType = setTpName(builtinType('KeyWrapper', objectType, { module: 'functools', final: true, valueKeyed: true }), 'functools', 'KeyWrapper');
slot(keyWrapperType, '__call__', '*args, **kwargs', (k: KeyWrapper, args: PyValue[], kw: KwArgs | null) => {
  if ((kw !== null && kw.size > 0) || args.length !== 1) {
    if (kw !== null && kw.size > 0 && args.length === 0) typeError("K() missing required argument 'obj' (pos 1)");
    typeError(`K() takes at most 1 argument (${args.length + (kw?.size ?? 0)} given)`);
  }
  return new KeyWrapper(k.cmp, args[0]);
});
getter(keyWrapperType, 'obj', (k: KeyWrapper) => {
  if (k.obj === undefined) throw typeError('obj');
  return k.obj;
});
(keyWrapperType.dict as PyDict).setStr('__hash__', None);
['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
  slot(keyWrapperType, name, 'other, /', function* (a: KeyWrapper, b: PyValue) {
    if (!(b instanceof KeyWrapper)) typeError('other argument must be K instance');
    const kb = b as KeyWrapper;
    if (a.obj === undefined || kb.obj === undefined) typeError('object');
    const r = yield* pyCall(a.cmp, [a.obj!, kb.obj!]);
    return yield* richCompare(r, 0, op);
  });
});

// ---- lru_cache core ----
export class LruWrapper extends PyObject {
  fn: PyValue = None;
  maxsize: number | null = 128;
  typed = false;
  cacheInfoType: PyValue = None;
  cache = new PyDict();
  hits = 0;
  misses = 0;
}
const kwdMark = new PyObject(objectType);
export const lruBaseType = builtinType('_lru_cache_base', objectType, { module: 'functools' });
lruBaseType.alloc = (cls) => new LruWrapper(cls);
slot(lruBaseType, '__init__', 'user_function, maxsize, typed, cache_info_type, /', (w: LruWrapper, fn: PyValue, maxsize: PyValue, typed: PyValue, info: PyValue) => {
  if (!isCallable(fn)) typeError('the first argument must be callable');
  w.fn = fn;
  w.maxsize = maxsize === None ? null : Math.max(0, Number(maxsize));
  w.typed = typed === true;
  w.cacheInfoType = info;
  return None;
});

function makeKey(args: PyValue[], kw: KwArgs | null, typed: boolean): PyValue {
  if ((kw === null || kw.size === 0) && !typed && args.length === 1) {
    const t = typeOf(args[0]);
    if (t === intType || t === strType) return args[0];
  }
  const items = args.slice();
  if (kw !== null && kw.size > 0) {
    items.push(kwdMark);
    for (const [k, v] of kw) items.push(k, v);
  }
  if (typed) {
    for (const a of args) items.push(typeOf(a));
    if (kw !== null) for (const v of kw.values()) items.push(typeOf(v));
  }
  return new PyTuple(items);
}

slot(lruBaseType, '__call__', '*args, **kwargs', function* (w: LruWrapper, args: PyValue[], kw: KwArgs | null) {
  if (w.maxsize === 0) {
    w.misses++;
    return yield* pyCall(w.fn, args, kw);
  }
  const key = makeKey(args, kw, w.typed);
  const hit = yield* w.cache.get(key);
  if (hit !== undefined) {
    w.hits++;
    if (w.maxsize !== null) {
      // Most recently used goes last (CPython moves the link to the end of its list).
      yield* w.cache.remove(key);
      yield* w.cache.set(key, hit);
    }
    return hit;
  }
  w.misses++;
  const result = yield* pyCall(w.fn, args, kw);
  if ((yield* w.cache.get(key)) !== undefined) return result;
  if (w.maxsize !== null && w.cache.size >= w.maxsize && w.cache.size > 0) {
    yield* w.cache.remove(w.cache.keys()[0]);
  }
  yield* w.cache.set(key, result);
  return result;
});
method(lruBaseType, 'cache_info', '', function* (w: LruWrapper) {
  return yield* pyCall(w.cacheInfoType, [w.hits, w.misses, w.maxsize === null ? None : w.maxsize, w.cache.size]);
});
method(lruBaseType, 'cache_clear', '', (w: LruWrapper) => {
  w.cache = new PyDict();
  w.hits = 0;
  w.misses = 0;
  return None;
});
method(lruBaseType, 'cache_parameters', '', (w: LruWrapper) => {
  const d = new PyDict();
  d.setStr('maxsize', w.maxsize === null ? None : w.maxsize);
  d.setStr('typed', w.typed);
  return d;
});

export function initFunctoolsNative(interp: Interpreter, m: PyModule): void {
  void interp;
  const ns = m.ns;
  ns.setStr('partial', partialType);
  ns.setStr('KeyWrapper', keyWrapperType);
  ns.setStr('_lru_cache_base', lruBaseType);
  defModRaw(ns, 'functools', 'reduce', function* (args: PyValue[], kw: KwArgs | null) {
    if (kw !== null && kw.size > 0) typeError('reduce() takes no keyword arguments');
    if (args.length < 2) typeError(`reduce expected at least 2 arguments, got ${args.length}`);
    if (args.length > 3) typeError(`reduce expected at most 3 arguments, got ${args.length}`);
    const [fn, seq] = args;
    let acc: PyValue | undefined = args[2];
    let it: PyValue;
    try {
      it = yield* pyIter(seq);
    } catch (e) {
      if (typeOf(seq).lookup('__iter__') === undefined && typeOf(seq).lookup('__getitem__') === undefined) typeError('reduce() arg 2 must support iteration');
      throw e;
    }
    for (let v = yield* pyNext(it); v !== STOP; v = yield* pyNext(it)) {
      acc = acc === undefined ? v : yield* pyCall(fn, [acc, v]);
    }
    if (acc === undefined) typeError('reduce() of empty iterable with no initial value');
    return acc!;
  });
  defModRaw(ns, 'functools', 'cmp_to_key', (args: PyValue[], kw: KwArgs | null) => {
    const mycmp = args.length > 0 ? args[0] : kw?.get('mycmp');
    if (mycmp === undefined) typeError("cmp_to_key() missing required argument 'mycmp' (pos 1)");
    return new KeyWrapper(mycmp!, undefined);
  });
}
