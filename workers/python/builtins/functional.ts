/** Builtins over values and iterables: len, abs, divmod, pow, round, min/max, sum, sorted, any/all, iter/next, chr/ord, hex/bin/oct, format, repr, ascii. */
import { type PyValue, STOP } from '../objects/object';
import { None, typeOf, NotImplemented } from '../objects/core-types';
import { PyFloat, newFloat } from '../objects/float';
import { PyComplex } from '../objects/complex';
import { toCx } from '../ops/complex-ops';
import { PyList } from '../objects/list';
import { PyBuiltin } from '../objects/builtin';
import { func, rawFunc } from '../runtime/define';
import { typeError, valueError, stopIterationType } from '../runtime/errors';
import { callMethod, pyCall } from '../ops/call';
import { binaryOp } from '../ops/arith';
import { pyLen, pyTruthy } from '../ops/truth';
import { pyIter, pyNext, iterToArray } from '../ops/iter';
import { compareBool, compareFast } from '../ops/compare';
import { NEED_GEN } from '../ops/attr';
import { CMP_GT, CMP_LT } from '../compiler/opcodes';
import { pyRepr, pyAscii, pyFormat, reprFast } from '../ops/strrepr';
import { currentThread } from '../vm/current';
import { enterRecursiveCall, leaveRecursiveCall, WHILE_CALLING, checkRecursion } from '../vm/recursion';
import { pyIndex, pyAsCInt } from '../ops/subscript';
import { intAbs, intPowMod } from '../ops/int-arith';
import { PyBaseException } from '../objects/exception';
import { sig } from '../runtime/args';
import type { KwArgs, NativeGen } from '../vm/native';
import { intToBin, intToOct, intToHex } from '../numfmt/int-to-str';
import { listSortFn } from '../types/list';
import { CallableIter } from '../types/iterators';
import { stopIteration, anextImpl, aiterImpl } from '../vm/generators';
import { GenIterator, SyncIterator } from '../objects/iterators';
import { asInt } from '../types/int';
import { charge, NK } from '../runtime/cost';

export const len = func('len', 'obj, /', function* (o: PyValue) {
  return yield* pyLen(o);
});
// repr and ascii are METH_O builtins: calling one takes a recursion unit in CPython 3.11 (it
// shows when __repr__ recurses through repr(): "... while calling a Python object"); the VM
// takes it for every such builtin (PyBuiltin.unit, see vm/call-units.ts).
function* asMethO<T>(gen: NativeGen<T>): NativeGen<T> {
  const th = currentThread();
  enterRecursiveCall(th, WHILE_CALLING);
  try {
    return yield* gen;
  } finally {
    leaveRecursiveCall(th);
  }
}
export const repr = func('repr', 'obj, /', function* (x: PyValue) {
  return yield* pyRepr(x);
});
export const ascii = func('ascii', 'obj, /', function* (x: PyValue) {
  return yield* pyAscii(x);
});
export const format = func('format', 'value, format_spec=\'\', /', function* (v: PyValue, spec: PyValue) {
  if (typeof spec !== 'string') typeError(`format() argument 2 must be str, not ${typeOf(spec).name}`);
  return yield* pyFormat(v, spec as string);
});
export const abs = func('abs', 'x, /', function* (x: PyValue) {
  const i = asInt(x);
  if (i !== null) return intAbs(i);
  if (x instanceof PyFloat && !x.cls.isHeap) return newFloat(Math.abs(x.v));
  const f = typeOf(x).lookup('__abs__');
  if (f === undefined) typeError(`bad operand type for abs(): '${typeOf(x).name}'`);
  return yield* callMethod(f!, x, []);
});
export const divmod = func('divmod', 'x, y, /', function* (a: PyValue, b: PyValue) {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const f = ta.lookup('__divmod__');
  if (f !== undefined) {
    const r = yield* callMethod(f, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (ta !== tb) {
    const g = tb.lookup('__rdivmod__');
    if (g !== undefined) {
      const r = yield* callMethod(g, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  return typeError(`unsupported operand type(s) for divmod(): '${ta.name}' and '${tb.name}'`);
});
/** Which built-in nb_power a value's type has ('' for other types, whose __pow__ was tried). */
function powSlotKind(x: PyValue): string {
  if (typeof x !== 'object') return typeof x === 'string' ? '' : 'int';
  if (x.cls.isHeap) return '';
  if (x instanceof PyFloat) return 'float';
  if (x instanceof PyComplex) return 'complex';
  return '';
}
export const pow = func('pow', 'base, exp, mod=None', function* (a: PyValue, b: PyValue, m: PyValue) {
  if (m === None) return yield* binaryOp(a, b, 8);
  const x = asInt(a);
  const y = asInt(b);
  const z = asInt(m);
  if (x !== null && y !== null && z !== null) return intPowMod(x, y, z);
  const f = typeOf(a).lookup('__pow__');
  if (f !== undefined) {
    const r = yield* callMethod(f, a, [b, m]);
    if (r !== NotImplemented) return r;
  }
  // ternary_op then calls the 2nd, then the 3rd operand's nb_power as slot(a, b, m) when it is a
  // different slot: float's refuses any modulus, complex's too once a and b convert to complex.
  const ka = powSlotKind(a);
  const kb = powSlotKind(b);
  const km = powSlotKind(m);
  for (const k of [kb !== ka ? kb : '', km !== ka && km !== kb ? km : '']) {
    if (k === 'float') typeError('pow() 3rd argument not allowed unless all arguments are integers');
    if (k === 'complex' && toCx(a) !== null && toCx(b) !== null) valueError('complex modulo');
  }
  return typeError(`unsupported operand type(s) for ** or pow(): '${typeOf(a).name}', '${typeOf(b).name}', '${typeOf(m).name}'`);
});
export const round = func('round', 'number, ndigits=None', function* (x: PyValue, nd: PyValue) {
  const f = typeOf(x).lookup('__round__');
  if (f === undefined) typeError(`type ${typeOf(x).name} doesn't define __round__ method`);
  // The bound __round__ is called through vectorcall: a built-in one takes a recursion unit.
  if (!(f instanceof PyBuiltin)) return yield* callMethod(f!, x, nd === None ? [] : [nd]);
  return yield* asMethO(callMethod(f!, x, nd === None ? [] : [nd]));
});

/**
 * min()/max() (CPython's min_max): one iterable or several arguments, key=, default=. Items are
 * consumed one at a time (key called as each arrives) and compared as item < best for min,
 * item > best for max (which shows in errors).
 */
function minmax(name: 'min' | 'max') {
  return rawFunc(name, function* (args: PyValue[], kw: KwArgs | null) {
    const positional = args.length > 1;
    if (args.length === 0) typeError(`${name} expected at least 1 argument, got 0`);
    let key: PyValue = None;
    let dflt: PyValue | undefined;
    if (kw !== null) {
      for (const [k, v] of kw) {
        if (k === 'key') key = v;
        else if (k === 'default') dflt = v;
        else typeError(`'${k}' is an invalid keyword argument for ${name}()`);
      }
    }
    if (positional && dflt !== undefined) typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    const it = positional ? null : yield* pyIter(args[0]);
    const sync = it instanceof SyncIterator && !it.cls.isHeap ? it : null;
    const op = name === 'max' ? CMP_GT : CMP_LT;
    let best: PyValue | undefined;
    let bestKey: PyValue | undefined;
    let i = 0;
    for (; ; i++) {
      let v: PyValue;
      if (it === null) {
        if (i >= args.length) break;
        v = args[i];
      } else {
        const n = sync !== null ? sync.next() : yield* pyNext(it);
        if (n === STOP) break;
        v = n;
      }
      const k = key === None ? v : yield* pyCall(key, [v]);
      let better = bestKey === undefined;
      if (!better) {
        const f = compareFast(k, bestKey!, op);
        if (f !== NEED_GEN) {
          // PyObject_RichCompareBool checks the recursion limit (no identity shortcut for < >).
          checkRecursion(currentThread(), ' in comparison');
          better = f;
        } else better = yield* compareBool(k, bestKey!, op);
      }
      if (better) {
        best = v;
        bestKey = k;
      }
    }
    charge(NK.MinMaxItem, i);
    if (best === undefined) {
      if (dflt !== undefined) return dflt;
      valueError(`${name}() arg is an empty sequence`);
    }
    return best!;
  });
}
export const min = minmax('min');
export const max = minmax('max');

const sumSig = sig('sum', 'iterable, /, start=0');
export const sum = rawFunc('sum', function* (args: PyValue[], kw: KwArgs | null) {
  if (args.length === 0) typeError('sum() takes at least 1 positional argument (0 given)');
  const [iterable, start] = sumSig.bind(args, kw);
  if (typeof start === 'string') typeError("sum() can't sum strings [use ''.join(seq) instead]");
  const t = typeOf(start);
  if (t.name === 'bytes') typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (t.name === 'bytearray') typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  let acc: PyValue = start;
  const it = yield* pyIter(iterable);
  for (let n = 0; ; n++) {
    const v = yield* pyNext(it);
    if (v === STOP) {
      charge(NK.SumItem, n);
      return acc;
    }
    if (typeof acc === 'number' && typeof v === 'number') {
      const r = acc + v;
      if (Number.isSafeInteger(r)) {
        acc = r;
        continue;
      }
    }
    acc = yield* binaryOp(acc, v, 0);
  }
});

/** sorted(iterable, /, **kw): a new list, then list.sort(**kw) (which checks the keywords). */
export const sorted = rawFunc('sorted', function* (args: PyValue[], kw: KwArgs | null) {
  if (args.length !== 1) typeError(`sorted expected 1 argument, got ${args.length}`);
  const l = new PyList(yield* iterToArray(args[0]));
  // CPython's sorted() calls list.sort through a vectorcall, which takes a recursion unit.
  yield* asMethO(callListSort(l, kw));
  return l;
});

function* callListSort(l: PyList, kw: KwArgs | null): NativeGen {
  return yield* (listSortFn([l], kw) as NativeGen);
}

export const any = func('any', 'iterable, /', function* (x: PyValue) {
  const it = yield* pyIter(x);
  for (let n = 1; ; n++) {
    const v = yield* pyNext(it);
    if (v === STOP || (yield* pyTruthy(v))) {
      charge(NK.IterItem, n);
      return v !== STOP;
    }
  }
});
export const all = func('all', 'iterable, /', function* (x: PyValue) {
  const it = yield* pyIter(x);
  for (let n = 1; ; n++) {
    const v = yield* pyNext(it);
    if (v === STOP || !(yield* pyTruthy(v))) {
      charge(NK.IterItem, n);
      return v === STOP;
    }
  }
});

export const iter = func('iter', 'object, sentinel=?, /', function* (o: PyValue, sentinel: PyValue | undefined) {
  if (sentinel === undefined) return yield* pyIter(o);
  const t = typeOf(o);
  if (t.lookup('__call__') === undefined) typeError('iter(v, w): v must be callable');
  return new CallableIter(o, sentinel);
});
export const next = func('next', 'iterator, default=?, /', function* (it: PyValue, d: PyValue | undefined) {
  const t = typeOf(it);
  if (!(it instanceof GenIterator) && t.lookup('__next__') === undefined) typeError(`'${t.name}' object is not an iterator`);
  if (d === undefined) {
    const f = t.lookup('__next__');
    if (f !== undefined && !(it instanceof GenIterator)) return yield* callMethod(f, it, []);
    const v = yield* pyNext(it);
    if (v === STOP) throw stopIteration(None);
    return v;
  }
  try {
    const v = yield* pyNext(it);
    return v === STOP ? d : v;
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(stopIterationType)) return d;
    throw e;
  }
});

export const chr = func('chr', 'i, /', function* (i: PyValue) {
  if (i instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
  // chr(i) takes a C int (_PyLong_AsInt), then checks the code point range.
  const n = yield* pyAsCInt(i);
  if (n < 0 || n > 0x10ffff) valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(Number(n));
});
export const ord = func('ord', 'c, /', (c: PyValue) => {
  if (typeof c === 'string') {
    const n = [...c].length;
    if (n !== 1) typeError(`ord() expected a character, but string of length ${n} found`);
    return c.codePointAt(0)!;
  }
  const b = (c as { b?: Uint8Array; view?: () => Uint8Array });
  const bytes = b.b ?? (b.view ? b.view() : null);
  if (bytes !== null && bytes !== undefined) {
    if (bytes.length !== 1) typeError(`ord() expected a character, but string of length ${bytes.length} found`);
    return bytes[0];
  }
  return typeError(`ord() expected string of length 1, but ${typeOf(c).name} found`);
});
export const hex = func('hex', 'number, /', function* (x: PyValue) {
  return intToHex(yield* pyIndex(x));
});
export const bin = func('bin', 'number, /', function* (x: PyValue) {
  return intToBin(yield* pyIndex(x));
});
export const oct = func('oct', 'number, /', function* (x: PyValue) {
  return intToOct(yield* pyIndex(x));
});

export const aiter = func('aiter', 'async_iterable, /', aiterImpl);
export const anext = func('anext', 'aiterator, default=?, /', anextImpl);
