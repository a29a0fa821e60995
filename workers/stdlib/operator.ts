/**
 * The `operator` module (CPython's _operator C module): every operator as a function (also under
 * its dunder name), the in-place variants, and the itemgetter / attrgetter / methodcaller types
 * with their reprs. All go through the runtime's protocols, so user dunders are honoured.
 */
import { PyObject, STOP, type PyValue } from '../python/objects/object';
import type { PyModule } from '../python/objects/module';
import type { Interpreter } from '../python/vm/interpreter-state';
import { None, typeOf, builtinType, objectType } from '../python/objects/core-types';
import { PyType } from '../python/objects/type';
import { newTuple } from '../python/objects/tuple';
import { PyBuiltin, BuiltinKind } from '../python/objects/builtin';
import type { PyDict } from '../python/objects/dict';
import { slot } from '../python/runtime/define';
import { typeError, valueError } from '../python/runtime/errors';
import { binaryOp, unaryOp, UNARY_NEG, UNARY_POS, UNARY_INV } from '../python/ops/arith';
import { richCompare, pyEq } from '../python/ops/compare';
import { pyTruthy, pyLen } from '../python/ops/truth';
import { pyGetItem, pySetItem, pyIndex, pyContains } from '../python/ops/subscript';
import { pyGetAttr } from '../python/ops/attr';
import { pyCall, callMethod } from '../python/ops/call';
import { pyIter, pyNext } from '../python/ops/iter';
import { pyRepr } from '../python/ops/strrepr';
import { withReprGuard } from '../python/types/seq-util';
import { NB_INPLACE_OFFSET, BINOP_SYMBOLS } from '../python/compiler/opcodes';
import type { KwArgs, NativeGen } from '../python/vm/native';
import { defModFn, defModRaw, setTpName, shortTypeName } from './util';
import { bytesLike } from './ioutil';

// NB_* order: add and floordiv lshift matmul mul mod or pow rshift sub truediv xor
const BINARY: [string, number][] = [
  ['add', 0], ['and_', 1], ['floordiv', 2], ['lshift', 3], ['matmul', 4], ['mul', 5], ['mod', 6],
  ['or_', 7], ['pow', 8], ['rshift', 9], ['sub', 10], ['truediv', 11], ['xor', 12],
];
const COMPARE = ['lt', 'le', 'eq', 'ne', 'gt', 'ge'];
void BINOP_SYMBOLS;

function* concatCheck(a: PyValue): NativeGen<void> {
  const t = typeOf(a);
  if (t.lookup('__getitem__') === undefined || t.lookup('__len__') === undefined && typeof a !== 'string') {
    typeError(`'${t.name}' object can't be concatenated`);
  }
}

// ---- itemgetter ----
class ItemGetter extends PyObject {
  constructor(cls: PyType, readonly items: PyValue[]) {
    super(cls);
  }
}
const itemgetterType = setTpName(builtinType('itemgetter', objectType, { module: 'operator' }), 'operator', 'itemgetter');
setNew(itemgetterType, (cls, args, kw) => {
  if (kw !== null && kw.size > 0) typeError('itemgetter() takes no keyword arguments');
  if (args.length === 0) typeError('itemgetter expected 1 argument, got 0');
  return new ItemGetter(cls, args);
});
slot(itemgetterType, '__call__', '*args, **kwargs', function* (g: ItemGetter, args: PyValue[], kw: KwArgs | null) {
  if (kw !== null && kw.size > 0) typeError('itemgetter() takes no keyword arguments');
  if (args.length !== 1) typeError(`itemgetter expected 1 argument, got ${args.length}`);
  const obj = args[0];
  if (g.items.length === 1) return yield* pyGetItem(obj, g.items[0]);
  const out: PyValue[] = [];
  for (const k of g.items) out.push(yield* pyGetItem(obj, k));
  return newTuple(out);
});
slot(itemgetterType, '__repr__', '', function* (g: ItemGetter) {
  return yield* withReprGuard(g, `${shortTypeName(g.cls)}(...)`, function* () {
    const parts: string[] = [];
    for (const k of g.items) parts.push(yield* pyRepr(k));
    return `${g.cls.name}(${parts.join(', ')})`;
  });
});
slot(itemgetterType, '__reduce__', '', (g: ItemGetter) => newTuple([g.cls, newTuple(g.items)]));

// ---- attrgetter ----
class AttrGetter extends PyObject {
  constructor(cls: PyType, readonly names: string[]) {
    super(cls);
  }
}
const attrgetterType = setTpName(builtinType('attrgetter', objectType, { module: 'operator' }), 'operator', 'attrgetter');
setNew(attrgetterType, (cls, args, kw) => {
  if (kw !== null && kw.size > 0) typeError('attrgetter() takes no keyword arguments');
  if (args.length === 0) typeError('attrgetter expected 1 argument, got 0');
  for (const a of args) if (typeof a !== 'string') typeError('attribute name must be a string');
  return new AttrGetter(cls, args as string[]);
});
function* dotted(obj: PyValue, name: string): NativeGen {
  let v = obj;
  for (const part of name.split('.')) v = yield* pyGetAttr(v, part);
  return v;
}
slot(attrgetterType, '__call__', '*args, **kwargs', function* (g: AttrGetter, args: PyValue[], kw: KwArgs | null) {
  if (kw !== null && kw.size > 0) typeError('attrgetter() takes no keyword arguments');
  if (args.length !== 1) typeError(`attrgetter expected 1 argument, got ${args.length}`);
  if (g.names.length === 1) return yield* dotted(args[0], g.names[0]);
  const out: PyValue[] = [];
  for (const n of g.names) out.push(yield* dotted(args[0], n));
  return newTuple(out);
});
slot(attrgetterType, '__repr__', '', function* (g: AttrGetter) {
  const parts: string[] = [];
  for (const n of g.names) parts.push(yield* pyRepr(n));
  return `${g.cls.name}(${parts.join(', ')})`;
});

// ---- methodcaller ----
class MethodCaller extends PyObject {
  constructor(cls: PyType, readonly name: string, readonly args: PyValue[], readonly kw: KwArgs | null) {
    super(cls);
  }
}
const methodcallerType = setTpName(builtinType('methodcaller', objectType, { module: 'operator' }), 'operator', 'methodcaller');
setNew(methodcallerType, (cls, args, kw) => {
  if (args.length === 0) typeError('methodcaller needs at least one argument, the method name');
  if (typeof args[0] !== 'string') typeError('method name must be a string');
  return new MethodCaller(cls, args[0] as string, args.slice(1), kw !== null && kw.size > 0 ? new Map(kw) : null);
});
slot(methodcallerType, '__call__', '*args, **kwargs', function* (g: MethodCaller, args: PyValue[], kw: KwArgs | null) {
  if (kw !== null && kw.size > 0) typeError('methodcaller() takes no keyword arguments');
  if (args.length !== 1) typeError(`methodcaller expected 1 argument, got ${args.length}`);
  const m = yield* pyGetAttr(args[0], g.name);
  return yield* pyCall(m, g.args, g.kw);
});
slot(methodcallerType, '__repr__', '', function* (g: MethodCaller) {
  const parts: string[] = [yield* pyRepr(g.name)];
  for (const a of g.args) parts.push(yield* pyRepr(a));
  if (g.kw !== null) for (const [k, v] of g.kw) parts.push(`${k}=${yield* pyRepr(v)}`);
  return `${g.cls.name}(${parts.join(', ')})`;
});

function setNew(t: PyType, fn: (cls: PyType, args: PyValue[], kw: KwArgs | null) => PyValue): void {
  (t.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', (args: PyValue[], kw: KwArgs | null) => fn(args[0] as PyType, args.slice(1), kw), BuiltinKind.StaticMethod, t));
}

export function initOperator(interp: Interpreter, m: PyModule): void {
  void interp;
  const ns = m.ns;
  const def = (name: string, params: string, impl: (...a: any[]) => any, dunder = true) => {
    const b = defModFn(ns, 'operator', name, params, impl);
    if (dunder) ns.setStr(`__${name.replace(/_$/, '')}__`, b);
    return b;
  };
  for (const [name, op] of BINARY) {
    def(name, 'a, b, /', function* (a: PyValue, b: PyValue) {
      return yield* binaryOp(a, b, op);
    });
    const iname = `i${name.replace(/_$/, '')}`;
    def(iname, 'a, b, /', function* (a: PyValue, b: PyValue) {
      return yield* binaryOp(a, b, op + NB_INPLACE_OFFSET);
    });
  }
  COMPARE.forEach((name, op) => {
    def(name, 'a, b, /', function* (a: PyValue, b: PyValue) {
      return yield* richCompare(a, b, op);
    });
  });
  def('concat', 'a, b, /', function* (a: PyValue, b: PyValue) {
    yield* concatCheck(a);
    return yield* binaryOp(a, b, 0);
  });
  def('iconcat', 'a, b, /', function* (a: PyValue, b: PyValue) {
    yield* concatCheck(a);
    return yield* binaryOp(a, b, NB_INPLACE_OFFSET);
  });
  def('neg', 'a, /', function* (a: PyValue) {
    return yield* unaryOp(a, UNARY_NEG);
  });
  def('pos', 'a, /', function* (a: PyValue) {
    return yield* unaryOp(a, UNARY_POS);
  });
  def('inv', 'a, /', function* (a: PyValue) {
    return yield* unaryOp(a, UNARY_INV);
  });
  def('invert', 'a, /', function* (a: PyValue) {
    return yield* unaryOp(a, UNARY_INV);
  });
  def('abs', 'a, /', function* (a: PyValue) {
    const abs = (interp.builtins.getStr('abs') as PyBuiltin);
    return yield* pyCall(abs, [a]);
  });
  def('not_', 'a, /', function* (a: PyValue) {
    return !(yield* pyTruthy(a));
  });
  def('truth', 'a, /', function* (a: PyValue) {
    return yield* pyTruthy(a);
  }, false);
  def('index', 'a, /', function* (a: PyValue) {
    return yield* pyIndex(a);
  });
  def('is_', 'a, b, /', (a: PyValue, b: PyValue) => a === b || (typeof a !== 'object' && typeof b !== 'object' && Object.is(a, b)), false);
  def('is_not', 'a, b, /', (a: PyValue, b: PyValue) => !(a === b), false);
  def('contains', 'a, b, /', function* (a: PyValue, b: PyValue) {
    return yield* pyContains(a, b);
  });
  def('countOf', 'a, b, /', function* (a: PyValue, b: PyValue) {
    const it = yield* pyIter(a);
    let n = 0;
    for (let v = yield* pyNext(it); v !== STOP; v = yield* pyNext(it)) if (yield* pyEq(v, b)) n++;
    return n;
  }, false);
  def('indexOf', 'a, b, /', function* (a: PyValue, b: PyValue) {
    const it = yield* pyIter(a);
    let i = 0;
    for (let v = yield* pyNext(it); v !== STOP; v = yield* pyNext(it), i++) if (yield* pyEq(v, b)) return i;
    return valueError('sequence.index(x): x not in sequence');
  }, false);
  def('getitem', 'a, b, /', function* (a: PyValue, b: PyValue) {
    return yield* pyGetItem(a, b);
  });
  def('setitem', 'a, b, c, /', function* (a: PyValue, b: PyValue, c: PyValue) {
    yield* pySetItem(a, b, c);
    return None;
  });
  def('delitem', 'a, b, /', function* (a: PyValue, b: PyValue) {
    yield* pySetItem(a, b, undefined);
    return None;
  });
  def('length_hint', 'obj, default=0, /', function* (obj: PyValue, d: PyValue) {
    const t = typeOf(obj);
    if (t.lookup('__len__') !== undefined) return yield* pyLen(obj);
    const h = t.lookup('__length_hint__');
    if (h === undefined) return d;
    const r = yield* callMethod(h, obj, []);
    return r;
  }, false);
  defModRaw(ns, 'operator', 'call', function* (args: PyValue[], kw: KwArgs | null) {
    if (args.length === 0) typeError("call() missing required argument 'obj' (pos 1)");
    return yield* pyCall(args[0], args.slice(1), kw);
  });
  ns.setStr('__call__', ns.getStr('call')!);
  // _operator._compare_digest (hmac.compare_digest): equal ASCII strings or equal bytes-likes.
  defModFn(ns, '_operator', '_compare_digest', 'a, b, /', (a: PyValue, b: PyValue) => {
    if (typeof a === 'string' && typeof b === 'string') {
      if (!/^[\x00-\x7f]*$/.test(a) || !/^[\x00-\x7f]*$/.test(b)) typeError('comparing strings with non-ASCII characters is not supported');
      return a === b;
    }
    const x = bytesLike(a);
    const y = bytesLike(b);
    if (x === null || y === null || typeof a === 'string' || typeof b === 'string') {
      typeError(`unsupported operand types(s) or combination of types: '${typeOf(a).name}' and '${typeOf(b).name}'`);
    }
    return x!.length === y!.length && x!.every((v, i) => v === y![i]);
  });
  ns.setStr('itemgetter', itemgetterType);
  ns.setStr('attrgetter', attrgetterType);
  ns.setStr('methodcaller', methodcallerType);
}
