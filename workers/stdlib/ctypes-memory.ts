/**
 * `_interleave_cmem`: the memory behind Interleave's `ctypes` simple types and arrays
 * (py/ctypes/__init__.py) — n C values of one struct type code, with C's conversions: integers
 * wrap to their width, c_float rounds to single precision, c_char is one byte. A buffer made
 * `shared` is memory mapped by multiprocessing (Value, Array): a KernelObject, so fork() leaves
 * parent and children looking at the same values; any other buffer is copied like the heap.
 */
import { PyObject, normBig, type PyValue } from '../python/objects/object';
import { None, builtinType, objectType, typeOf } from '../python/objects/core-types';
import type { PyType } from '../python/objects/type';
import type { PyModule } from '../python/objects/module';
import { PyBytes, PyByteArray } from '../python/objects/bytes';
import { newFloat } from '../python/objects/float';
import type { Interpreter } from '../python/vm/interpreter-state';
import type { NativeGen } from '../python/vm/native';
import { method, func } from '../python/runtime/define';
import { currentThread } from '../python/vm/current';
import { machineOf } from '../machine/machine';
import { typeError, indexError, valueError } from '../python/runtime/errors';
import { indexFast } from '../python/ops/subscript';
import { pyTruthy } from '../python/ops/truth';
import { setNew, defineAll } from './ioutil';
import { setTpName, asDouble } from './util';
import { KernelObject, sharedMemory } from '../machine/kernel-object';

type Store = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | BigInt64Array | BigUint64Array | Float32Array | Float64Array;

const MAKERS: Record<string, (n: number) => Store> = {
  b: (n) => new Int8Array(n), B: (n) => new Uint8Array(n), c: (n) => new Uint8Array(n), '?': (n) => new Uint8Array(n),
  h: (n) => new Int16Array(n), H: (n) => new Uint16Array(n), i: (n) => new Int32Array(n), I: (n) => new Uint32Array(n),
  u: (n) => new Uint32Array(n), l: (n) => new BigInt64Array(n), L: (n) => new BigUint64Array(n),
  q: (n) => new BigInt64Array(n), Q: (n) => new BigUint64Array(n), f: (n) => new Float32Array(n), d: (n) => new Float64Array(n),
};

/** Memory mapped into several processes: the values themselves. */
export class SharedValues extends KernelObject {
  /** The name a spawned child attaches it by ('' until one is needed). */
  name = '';
  constructor(readonly store: Store) {
    super();
  }
}

export const cmemType = setTpName(builtinType('Buffer', objectType, { module: '_interleave_cmem' }), '_interleave_cmem', 'Buffer');

class PyCMem extends PyObject {
  constructor(
    cls: PyType,
    readonly code: string,
    /** The values: private memory (copied by fork) or a SharedValues (not copied). */
    readonly mem: Store | SharedValues,
  ) {
    super(cls);
  }

  get store(): Store {
    return this.mem instanceof SharedValues ? this.mem.store : this.mem;
  }
}

function intArg(x: PyValue): bigint {
  const i = indexFast(x);
  if (i === null) typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
  return BigInt(i!);
}

function slot(b: PyCMem, i: PyValue): number {
  const n = Number(intArg(i));
  if (n < 0 || n >= b.store.length) indexError('invalid index');
  return n;
}

setNew(cmemType, 'code, length, shared=False', (cls: PyType, code: PyValue, length: PyValue, shared: PyValue) => {
  const make = typeof code === 'string' ? MAKERS[code] : undefined;
  if (make === undefined) valueError(`unsupported type code ${String(code)}`);
  const store = make!(Number(intArg(length)));
  return new PyCMem(cls, code as string, pyTruthyFast(shared) ? new SharedValues(store) : store);
});

const pyTruthyFast = (v: PyValue) => v !== false && v !== 0 && v !== None;

method(cmemType, 'get', 'i', (b: PyCMem, i: PyValue): PyValue => {
  const v = b.store[slot(b, i)];
  switch (b.code) {
    case 'c': return new PyBytes(Uint8Array.of(v as number));
    case 'u': return String.fromCodePoint(v as number);
    case '?': return v !== 0;
    case 'f':
    case 'd': return newFloat(v as number);
    default: return typeof v === 'bigint' ? normBig(v) : v;
  }
});

method(cmemType, 'set', 'i, value', function* (b: PyCMem, i: PyValue, v: PyValue): NativeGen {
  const at = slot(b, i);
  const s = b.store;
  switch (b.code) {
    case 'c': s[at] = charByte(v); break;
    case 'u':
      if (typeof v !== 'string' || [...v].length !== 1) typeError(`unicode string expected instead of ${typeOf(v).name} instance`);
      s[at] = (v as string).codePointAt(0)!;
      break;
    case '?': s[at] = (yield* pyTruthy(v)) ? 1 : 0; break;
    case 'f':
    case 'd': s[at] = yield* asDouble(v); break;
    default: {
      const x = intArg(v);
      if (s instanceof BigInt64Array) s[at] = BigInt.asIntN(64, x);
      else if (s instanceof BigUint64Array) s[at] = BigInt.asUintN(64, x);
      else s[at] = Number(BigInt.asIntN(32, x)); // the typed array wraps to its own width
    }
  }
  return None;
});

/** c_char's value: one byte, as bytes/bytearray of length 1 or an int 0–255. */
function charByte(v: PyValue): number {
  if (v instanceof PyBytes && v.b.length === 1) return v.b[0];
  if (v instanceof PyByteArray && v.length === 1) return v.buf[0];
  if (typeof v === 'number' && v >= 0 && v < 256) return v;
  return typeError('one character bytes, bytearray or integer expected');
}

method(cmemType, '__len__', '', (b: PyCMem) => b.store.length);
method(cmemType, 'raw', '', (b: PyCMem) => new PyBytes(Uint8Array.from(b.store as Uint8Array)));
method(cmemType, 'set_raw', 'data', (b: PyCMem, data: PyValue) => {
  if (!(data instanceof PyBytes)) typeError(`a bytes-like object is required, not '${typeOf(data).name}'`);
  const src = (data as PyBytes).b;
  if (src.length > b.store.length) valueError('byte string too long');
  (b.store as Uint8Array).set(src);
  return None;
});
method(cmemType, 'itemsize', '', (b: PyCMem) => b.store.BYTES_PER_ELEMENT);

/** Shared buffers are found again by a name (an mmap'd file's, in effect) in a spawned child. */
let nextShared = 1;
method(cmemType, 'handle', '', (b: PyCMem) => {
  if (!(b.mem instanceof SharedValues)) valueError('not shared memory');
  const sv = b.mem as SharedValues;
  if (sv.name === '') {
    sv.name = `cmem:${nextShared++}`;
    machineOf(currentThread().interp).named.set(sv.name, sv);
  }
  return sv.name;
});

export function initCmem(_interp: Interpreter, m: PyModule): void {
  m.ns.setStr('Buffer', cmemType);
  defineAll(m, [
    // A bytearray over memory shared with forked children (multiprocessing.heap.BufferWrapper).
    func('shared_bytearray', 'size', (size: PyValue) => {
      const buf = new Uint8Array(Number(intArg(size)));
      sharedMemory.add(buf);
      return new PyByteArray(buf);
    }),
    // The shared buffer named `handle` (made by another process), as a Buffer of this one.
    func('attach', 'handle, code', (handle: PyValue, code: PyValue) => {
      const sv = machineOf(currentThread().interp).named.get(String(handle));
      if (!(sv instanceof SharedValues)) valueError(`no shared memory named ${String(handle)}`);
      return new PyCMem(cmemType, String(code), sv as SharedValues);
    }),
  ]);
}
