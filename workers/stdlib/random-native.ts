/**
 * `_random`: the native core under py/random.py. `_random.Random` holds a PyRandom (MT19937 and
 * CPython's algorithms, in ./random/) and provides what CPython's C type provides (random,
 * getrandbits, seed, getstate, setstate) plus fast natives for the integer and sequence methods
 * random.py would otherwise run in Python (_randbelow, randrange, randint, choice, shuffle,
 * randbytes). Those keep Python-style argument errors ("Random.randint() missing 1 required
 * positional argument: 'b'") because CPython defines them in Python.
 *
 * seed(None) has no OS entropy to read: it seeds from interp.options.seed plus a counter, so a
 * run is reproducible and successive unseeded generators still differ.
 */
import type { PyValue } from '../python/objects/object';
import { PyObject } from '../python/objects/object';
import type { PyModule } from '../python/objects/module';
import type { Interpreter } from '../python/vm/interpreter-state';
import { None, typeOf, builtinType, objectType, listType, intType } from '../python/objects/core-types';
import { PyType } from '../python/objects/type';
import { PyTuple, newTuple } from '../python/objects/tuple';
import { PyList } from '../python/objects/list';
import { PyFloat, newFloat } from '../python/objects/float';
import { PyBytes } from '../python/objects/bytes';
import { PyBuiltin, BuiltinKind } from '../python/objects/builtin';
import { PyDict } from '../python/objects/dict';
import { method } from '../python/runtime/define';
import { typeError, valueError, indexError } from '../python/runtime/errors';
import { pyIndex, indexFast, pyGetItem, pySetItem } from '../python/ops/subscript';
import { pyLen } from '../python/ops/truth';
import { pyHash } from '../python/ops/hash';
import { pyCall } from '../python/ops/call';
import { pyEq } from '../python/ops/compare';
import { binaryOp } from '../python/ops/arith';
import { NB_ADD } from '../python/compiler/opcodes';
import type { KwArgs, NativeGen } from '../python/vm/native';
import { PyRandom, NV_MAGICCONST, TWOPI, LOG4, SG_MAGICCONST, type PyInt } from './random';
import { bindPyStyle, setTpName } from './util';
import { currentThread } from '../python/vm/current';
import { importModule } from '../python/vm/imports';
import { deprecationWarningType } from '../python/runtime/errors';

export class RandomObject extends PyObject {
  readonly r = new PyRandom();
}

export const randomType = setTpName(builtinType('Random', objectType, { module: '_random' }), '_random', 'Random');
randomType.alloc = (cls) => new RandomObject(cls);

function R(self: PyValue): PyRandom {
  if (!(self instanceof RandomObject)) typeError(`descriptor requires a '_random.Random' object but received a '${typeOf(self).name}'`);
  return (self as RandomObject).r;
}

/** Deterministic stand-in for OS entropy (see the file comment). */
function seedFromEntropy(r: PyRandom): void {
  const interp = currentThread().interp;
  const st = interp.ext<{ n: number; pid?: number }>('random.entropy', () => ({ n: 0 }));
  const s = interp.options.seed;
  // A forked child (pid set) draws different entropy from its parent, as from /dev/urandom.
  const key = [s >>> 0, Math.floor(s / 4294967296) >>> 0, 0x5eed, st.n++];
  if (st.pid !== undefined) key.push(st.pid);
  r.seedFromEntropy(key);
}

// random_new: seeds from entropy so a subclass that skips __init__ still has a seeded generator.
(randomType.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', (args: PyValue[]) => {
  const cls = args[0] as PyType;
  const o = new RandomObject(cls);
  if (cls.instancesHaveDict) o.dict = new PyDict();
  seedFromEntropy(o.r);
  return o;
}, BuiltinKind.StaticMethod, randomType));

method(randomType, 'random', '', (self: PyValue) => newFloat(R(self).random()));
method(randomType, 'getrandbits', 'k, /', function* (self: PyValue, k: PyValue) {
  const n = yield* pyIndex(k);
  if (n < 0) valueError('number of bits must be non-negative');
  return R(self).getrandbits(n);
});
method(randomType, 'seed', 'n=None, /', function* (self: PyValue, n: PyValue) {
  const r = R(self);
  if (n === None) seedFromEntropy(r);
  else if (typeof n === 'number' || typeof n === 'bigint') r.seedInt(n);
  else r.seedFromHash(yield* pyHash(n));
  return None;
});
method(randomType, 'getstate', '', (self: PyValue) => newTuple(R(self).mt.getstate()));
method(randomType, 'setstate', 'state, /', (self: PyValue, state: PyValue) => {
  if (!(state instanceof PyTuple)) typeError('state vector must be a tuple');
  const words: PyInt[] = [];
  for (const v of (state as PyTuple).items) {
    const i = indexFast(v);
    if (i === null) typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
    words.push(i!);
  }
  R(self).mt.setstate(words);
  return None;
});
method(randomType, '_randbelow', 'n, /', function* (self: PyValue, n: PyValue) {
  const v = yield* pyIndex(n);
  return v <= 0 ? 0 : R(self).randbelow(v);
});

const DEPRECATED_FLOAT = 'non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version';

/** warnings.warn(msg, DeprecationWarning) attributed to the Python code calling randrange. */
function* deprecation(msg: string): NativeGen<void> {
  const interp = currentThread().interp;
  const warnings = yield* importModule(interp, 'warnings');
  const warn = warnings.ns.getStr('warn');
  if (warn !== undefined) yield* pyCall(warn, [msg, deprecationWarningType, 1]);
}

/**
 * randrange's argument conversion (random.py 3.11): ints and __index__; otherwise int(x), with
 * a DeprecationWarning for floats and ValueError "non-integer arg 1 for randrange()" when
 * int(x) != x.
 */
function* rangeArg(x: PyValue, what: string, warn: boolean): NativeGen<PyInt> {
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (!(x instanceof PyFloat) && typeOf(x).lookup('__index__') !== undefined) return yield* pyIndex(x);
  const i = yield* pyCall(intType, [x]);
  if (!(yield* pyEq(i, x))) {
    if (warn) yield* deprecation('randrange() will raise TypeError in the future');
    valueError(`non-integer ${what} for randrange()`);
  }
  if (warn) yield* deprecation(DEPRECATED_FLOAT);
  return i as PyInt;
}

/**
 * randrange with Python's argument handling. `warn`: whether DeprecationWarnings reach the user
 * (not from randint, whose randrange call CPython attributes to random.py, where the default
 * filters ignore them).
 */
function* randrange(r: PyRandom, start: PyValue, stop: PyValue, step: PyValue | undefined, warn = true): NativeGen {
  const istart = yield* rangeArg(start, 'arg 1', warn);
  if (stop === None) {
    if (step !== undefined && !(step === 1)) typeError('Missing a non-None stop argument');
    return r.randrange(istart);
  }
  const istop = yield* rangeArg(stop, 'stop', warn);
  const istep = step === undefined ? undefined : yield* rangeArg(step, 'step', warn);
  return r.randrange(istart, istop, istep);
}

// step's default is a sentinel (_ONE in random.py): absent and an explicit 1 behave alike.
const STEP_UNSET = new PyObject(objectType);
const RANDRANGE = [{ name: 'start' }, { name: 'stop', def: None }, { name: 'step', def: STEP_UNSET }];
method(randomType, 'randrange', '*args, **kwargs', function* (self: PyValue, args: PyValue[], kw: KwArgs | null) {
  const [start, stop, step] = bindPyStyle('Random.randrange', RANDRANGE, args, kw);
  return yield* randrange(R(self), start, stop, step === STEP_UNSET ? undefined : step);
});

method(randomType, 'randint', '*args, **kwargs', function* (self: PyValue, args: PyValue[], kw: KwArgs | null) {
  const [a, b] = bindPyStyle('Random.randint', [{ name: 'a' }, { name: 'b' }], args, kw);
  const b1 = yield* binaryOp(b, 1, NB_ADD);
  return yield* randrange(R(self), a, b1, undefined, false);
});

method(randomType, 'choice', '*args, **kwargs', function* (self: PyValue, args: PyValue[], kw: KwArgs | null) {
  const [seq] = bindPyStyle('Random.choice', [{ name: 'seq' }], args, kw);
  const n = yield* pyLen(seq);
  if (n === 0) indexError('Cannot choose from an empty sequence');
  const j = R(self).randbelow(n);
  if (seq instanceof PyList && seq.cls === listType) return seq.items[j as number];
  return yield* pyGetItem(seq, j);
});

method(randomType, 'shuffle', '*args, **kwargs', function* (self: PyValue, args: PyValue[], kw: KwArgs | null) {
  const [x] = bindPyStyle('Random.shuffle', [{ name: 'x' }], args, kw);
  const r = R(self);
  if (x instanceof PyList && x.cls === listType) {
    r.shuffle(x.items);
    return None;
  }
  const n = yield* pyLen(x);
  for (let i = n - 1; i >= 1; i--) {
    const j = r.randbelow(i + 1) as number;
    const xi = yield* pyGetItem(x, i);
    const xj = yield* pyGetItem(x, j);
    yield* pySetItem(x, i, xj);
    yield* pySetItem(x, j, xi);
  }
  return None;
});

method(randomType, 'randbytes', '*args, **kwargs', function* (self: PyValue, args: PyValue[], kw: KwArgs | null) {
  const [n] = bindPyStyle('Random.randbytes', [{ name: 'n' }], args, kw);
  const k = yield* pyIndex(n);
  return new PyBytes(R(self).randbytes(k));
});

export function initRandomNative(interp: Interpreter, m: PyModule): void {
  void interp;
  const ns = m.ns;
  ns.setStr('Random', randomType);
  ns.setStr('NV_MAGICCONST', newFloat(NV_MAGICCONST));
  ns.setStr('TWOPI', newFloat(TWOPI));
  ns.setStr('LOG4', newFloat(LOG4));
  ns.setStr('SG_MAGICCONST', newFloat(SG_MAGICCONST));
  // random.seed(str/bytes, version=1|2): the int CPython derives (sha512 for version 2).
  ns.setStr('_seed_text', new PyBuiltin('_seed_text', (args: PyValue[]) => {
    const [self, a, version] = args;
    const r = R(self);
    const data = typeof a === 'string' ? a : a instanceof PyBytes ? a.b : (a as unknown as { view(): Uint8Array }).view();
    if (version === 1) r.seedV1(data);
    else if (typeof data === 'string') r.seedStr(data);
    else r.seedBytes(data);
    return None;
  }, BuiltinKind.Function, null));
}
