/**
 * The methods of `int` and `bool` (ints are JS numbers/bigints, bools JS booleans), and the
 * instances of user subclasses of int (PyIntSub, see objects/int-sub.ts): int's slots read any
 * int's value with intVal() and return exact ints, as CPython's do.
 */
import { type PyValue, normBig } from '../objects/object';
import { PyIntSub, intVal } from '../objects/int-sub';
import { intType, boolType, bytesType, typeOf, None, NotImplemented } from '../objects/core-types';
import { PyFloat, newFloat } from '../objects/float';
import { PyBytes, PyByteArray } from '../objects/bytes';
import { PyTuple } from '../objects/tuple';
import { PyType } from '../objects/type';
import { BuiltinKind, PyBuiltin } from '../objects/builtin';
import { type PyDict, installHeapKeyValue } from '../objects/dict';
import { method, slot, getter, classMethod } from '../runtime/define';
import { typeError, valueError, overflowError } from '../runtime/errors';
import { intBinop, BINOP_DUNDER } from '../ops/arith';
import { intAbs, intNeg, intInvert, intPowMod, intBitLength, intDivmod, type Int } from '../ops/int-arith';
import { compareInts, cmpResult } from '../ops/compare';
import { hashInt, hashToPyInt } from '../hashing';
import { callMethod, pyCall } from '../ops/call';
import { pyStr } from '../ops/strrepr';
import { asStr } from './str-args';
import { pyTruthy } from '../ops/truth';
import { iterToArray } from '../ops/iter';
import { pyIndex, pyAsSsize } from '../ops/subscript';
import type { NativeGen } from '../vm/native';
import { warnDeprecation, strictIntSubclassMessage } from '../runtime/warn';
import { intToStr } from '../numfmt/int-to-str';
import { formatInt } from '../numfmt/format-int';
import { parseIntBytes, parseIntStr } from '../numfmt/parse-int';
import { bytesRepr, bufferOrNull, latin1 } from './bytes-core';
import { floatToInt, intToFloat } from '../numfmt/int-float';
import { roundInt } from '../numfmt/float-arith';
import { CMP_DUNDER } from '../ops/compare';
import { charge, NK } from '../runtime/cost';

/**
 * The int value of an exact int or bool (null for anything else, including int subclass
 * instances, whose own dunders may be overridden: use intVal() where CPython takes any int).
 */
export function asInt(x: PyValue): Int | null {
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  return null;
}

intType.alloc = (cls) => new PyIntSub(0, cls);

// Subclass instances that keep int's __eq__ and __hash__ are the same dict key as their value.
installHeapKeyValue((k) => {
  if (!(k instanceof PyIntSub)) return undefined;
  const t = k.cls;
  return t.lookup('__eq__') === intType.lookup('__eq__') && t.lookup('__hash__') === intType.lookup('__hash__') ? k.v : undefined;
});

function self(x: PyValue, name: string): Int {
  const v = intVal(x);
  if (v === null) typeError(`descriptor '${name}' requires a 'int' object but received a '${typeOf(x).name}'`);
  return v!;
}

// Arithmetic dunders (also reached by int subclasses and explicit int.__add__ calls).
BINOP_DUNDER.forEach((name, op) => {
  if (name === 'matmul') return;
  slot(intType, `__${name}__`, 'other, /', (a: PyValue, b: PyValue) => {
    const x = self(a, `__${name}__`);
    const y = intVal(b);
    if (y === null) return NotImplemented;
    return intBinop(x, y, op); // int.__and__(True, True) is 1: bool has its own & | ^
  });
  slot(intType, `__r${name}__`, 'other, /', (a: PyValue, b: PyValue) => {
    const x = self(a, `__r${name}__`);
    const y = intVal(b);
    if (y === null) return NotImplemented;
    return intBinop(y, x, op);
  });
});

/** bool & | ^ bool stay bool. */
function boolBitop(a: PyValue, b: PyValue, op: number): PyValue | null {
  if (typeof a !== 'boolean' || typeof b !== 'boolean') return null;
  if (op === 1) return a && b;
  if (op === 7) return a || b;
  if (op === 12) return a !== b;
  return null;
}

slot(intType, '__pow__', 'other, mod=None, /', (a: PyValue, b: PyValue, m: PyValue) => {
  const x = self(a, '__pow__');
  const y = intVal(b);
  if (y === null) return NotImplemented;
  if (m === None) return intBinop(x, y, 8);
  const z = intVal(m);
  if (z === null) return NotImplemented;
  return intPowMod(x, y, z);
});
slot(intType, '__divmod__', 'other, /', (a: PyValue, b: PyValue) => {
  const y = intVal(b);
  if (y === null) return NotImplemented;
  return new PyTuple(intDivmod(self(a, '__divmod__'), y));
});
slot(intType, '__rdivmod__', 'other, /', (a: PyValue, b: PyValue) => {
  const y = intVal(b);
  if (y === null) return NotImplemented;
  return new PyTuple(intDivmod(y, self(a, '__rdivmod__')));
});
slot(intType, '__neg__', '', (a: PyValue) => intNeg(self(a, '__neg__')));
slot(intType, '__pos__', '', (a: PyValue) => self(a, '__pos__'));
slot(intType, '__abs__', '', (a: PyValue) => intAbs(self(a, '__abs__')));
slot(intType, '__invert__', '', (a: PyValue) => intInvert(self(a, '__invert__')));
slot(intType, '__bool__', '', (a: PyValue) => {
  const v = self(a, '__bool__');
  return v !== 0 && v !== 0n;
});
slot(intType, '__index__', '', (a: PyValue) => self(a, '__index__'));
slot(intType, '__int__', '', (a: PyValue) => self(a, '__int__'));
slot(intType, '__float__', '', (a: PyValue) => newFloat(intToFloat(self(a, '__float__'))));
slot(intType, '__trunc__', '', (a: PyValue) => self(a, '__trunc__'));
slot(intType, '__floor__', '', (a: PyValue) => self(a, '__floor__'));
slot(intType, '__ceil__', '', (a: PyValue) => self(a, '__ceil__'));
slot(intType, '__round__', 'ndigits=None, /', function* (a: PyValue, nd: PyValue) {
  const x = self(a, '__round__');
  if (nd === None) return x;
  return roundInt(x, yield* pyIndex(nd));
});
slot(intType, '__hash__', '', (a: PyValue) => hashToPyInt(hashInt(self(a, '__hash__'))));
// int.__repr__(True) is '1': bool has its own __repr__.
slot(intType, '__repr__', '', (a: PyValue) => intToStr(self(a, '__repr__')));
slot(intType, '__format__', 'format_spec, /', function* (a: PyValue, specArg: PyValue) {
  const spec = asStr(specArg);
  if (spec === null) typeError(`__format__() argument must be str, not ${specArg === None ? 'None' : typeOf(specArg).name}`);
  if (typeof a === 'boolean') return spec === '' ? (a ? 'True' : 'False') : formatInt(a ? 1 : 0, spec!, 'bool');
  const v = self(a, '__format__');
  // An empty spec means str(self) for anything but an exact int (a subclass may override it).
  if (spec === '' && typeof a === 'object') return yield* pyStr(a);
  return formatInt(v, spec!, typeOf(a).name);
});
slot(intType, '__getnewargs__', '', (a: PyValue) => new PyTuple([self(a, '__getnewargs__')]));
slot(intType, '__sizeof__', '', (a: PyValue) => 24 + 4 * Math.ceil(Math.max(1, intBitLength(self(a, '__sizeof__'))) / 30));

CMP_DUNDER.forEach((name, op) => {
  slot(intType, name, 'other, /', (a: PyValue, b: PyValue) => {
    const x = self(a, name);
    const y = intVal(b);
    // long_richcompare compares ints only: int vs float is float's reflected comparison.
    if (y !== null) return cmpResult(compareInts(x, y), op);
    return NotImplemented;
  });
});

method(intType, 'bit_length', '', (a: PyValue) => intBitLength(self(a, 'bit_length')));
method(intType, 'bit_count', '', (a: PyValue) => {
  let v = BigInt(self(a, 'bit_count'));
  if (v < 0n) v = -v;
  let n = 0;
  for (const c of v.toString(2)) if (c === '1') n++;
  return n;
});
method(intType, 'conjugate', '', (a: PyValue) => self(a, 'conjugate'));
method(intType, 'as_integer_ratio', '', (a: PyValue) => new PyTuple([self(a, 'as_integer_ratio'), 1]));
getter(intType, 'real', (a: PyValue) => self(a, 'real'));
getter(intType, 'imag', () => 0);
getter(intType, 'numerator', (a: PyValue) => self(a, 'numerator'));
getter(intType, 'denominator', () => 1);

method(intType, 'to_bytes', 'length=1, byteorder=\'big\', *, signed=False', function* (a: PyValue, length: PyValue, order: PyValue, signed: PyValue) {
  const v = BigInt(self(a, 'to_bytes'));
  const n = yield* pyAsSsize(length);
  if (n < 0) valueError('length argument must be non-negative');
  if (order !== 'big' && order !== 'little') valueError("byteorder must be either 'little' or 'big'");
  const isSigned = signed === true;
  if (!isSigned && v < 0n) overflowError("can't convert negative int to unsigned");
  const bits = BigInt(n * 8);
  const limit = 1n << bits;
  if (isSigned ? v >= limit / 2n || v < -(limit / 2n) : v >= limit) overflowError('int too big to convert');
  let u = v < 0n ? v + limit : v;
  const out = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = Number(u & 0xffn);
    u >>= 8n;
  }
  if (order === 'little') out.reverse();
  return new PyBytes(out);
});
classMethod(intType, 'from_bytes', 'bytes, byteorder=\'big\', *, signed=False', function* (cls: PyValue, b: PyValue, order: PyValue, signed: PyValue) {
  let bytes: Uint8Array;
  if (b instanceof PyBytes) bytes = b.b;
  else if (b instanceof PyByteArray) bytes = b.view();
  else {
    // PyObject_Bytes: __bytes__, or PyBytes_FromObject (any iterable of ints, but not a str).
    const t = typeOf(b);
    if (t.lookup('__bytes__') === undefined && (asStr(b) !== null || (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined))) {
      typeError(`cannot convert '${t.name}' object to bytes`);
    }
    bytes = ((yield* pyCall(bytesType, [b])) as PyBytes).b;
  }
  if (order !== 'big' && order !== 'little') valueError("byteorder must be either 'little' or 'big'");
  const arr = order === 'little' ? Array.from(bytes).reverse() : Array.from(bytes);
  let v = 0n;
  for (const x of arr) v = (v << 8n) | BigInt(x);
  if (signed === true && arr.length > 0 && arr[0] & 0x80) v -= 1n << BigInt(arr.length * 8);
  // A subclass gets type(cls)(value), through its own __new__/__init__.
  if (cls !== intType) return yield* pyCall(cls, [normBig(v)]);
  return normBig(v);
});

/** int(x=0, /) / int(x, /, base=10): also int.__new__(cls, ...) for subclasses of int. */
const intNew = new PyBuiltin('__new__', function* (args: PyValue[], kw) {
  if (args.length === 0) typeError('int.__new__(): not enough arguments');
  const cls = args[0];
  if (!(cls instanceof PyType)) return typeError(`int.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtypeOf(intType)) typeError(`int.__new__(${cls.name}): ${cls.name} is not a subtype of int`);
  if (cls.isSubtypeOf(boolType)) typeError(`int.__new__(${cls.name}) is not safe, use bool.__new__()`);
  if (args.length > 3) typeError(`int() takes at most 2 arguments (${args.length - 1} given)`);
  const x = args.length > 1 ? args[1] : undefined;
  let base = args.length > 2 ? args[2] : undefined;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k !== 'base') typeError(`'${k}' is an invalid keyword argument for int()`);
      if (base !== undefined) typeError("argument for int() given by name ('base') and position (2)");
      base = v;
    }
  }
  const v = yield* intNewValue(x, base);
  return cls === intType ? v : new PyIntSub(v, cls);
}, BuiltinKind.StaticMethod, intType);
(intType.dict as PyDict).setStr('__new__', intNew);

/** repr() of the bytes object a one-char-per-byte string stands for. */
function latin1BytesRepr(s: string): string {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return bytesRepr(b);
}

/** long_new_impl for exact int: the value of int(x, base). */
function* intNewValue(x: PyValue | undefined, base: PyValue | undefined): NativeGen<Int> {
  if (x === undefined) {
    if (base !== undefined) typeError("int() missing string argument");
    return 0;
  }
  if (base === undefined) return yield* toInt(x);
  const b = yield* pyIndex(base);
  const s = asStr(x);
  if (s !== null) return parseIntCharged(s, Number(b));
  if (x instanceof PyBytes || x instanceof PyByteArray) {
    const raw = x instanceof PyBytes ? x.b : x.view();
    return parseIntBytes(String.fromCharCode(...raw), Number(b), latin1BytesRepr);
  }
  return typeError("int() can't convert non-string with explicit base");
}

/**
 * parseIntStr with its virtual time: long digit strings convert in quadratic time in CPython
 * 3.11, and a failure builds a ValueError message with the repr of the text.
 */
function parseIntCharged(s: string, base: number): Int {
  if (s.length > 18) {
    const d = s.length / 9;
    charge(NK.BigParse, d * d);
  }
  try {
    return parseIntStr(s, base);
  } catch (e) {
    charge(NK.ErrorMessage, 0);
    throw e;
  }
}

/** int(x) for one argument (PyNumber_Long): __int__, __index__, __trunc__, strings and bytes. */
export function* toInt(x: PyValue): NativeGen<Int> {
  // Exact ints only: an int subclass goes through its (possibly overridden) __int__.
  const i = asInt(x);
  if (i !== null) return i;
  if (typeof x === 'string') return parseIntCharged(x, 10);
  if (x instanceof PyFloat && !x.cls.isHeap) return floatToInt(x.v);
  const t = typeOf(x);
  for (const name of ['__int__', '__index__', '__trunc__']) {
    const f = t.lookup(name);
    if (f === undefined || f === None) continue;
    if (name === '__index__') return yield* pyIndex(x);
    if (name === '__trunc__') yield* warnDeprecation('The delegation of int() to __trunc__ is deprecated.');
    const r = yield* callMethod(f, x, []);
    // Issue #17576: an int subclass instance from __int__ is accepted with a warning.
    if ((r instanceof PyIntSub || typeof r === 'boolean') && name === '__int__') yield* warnDeprecation(strictIntSubclassMessage('__int__', typeOf(r).name));
    const ri = intVal(r);
    if (ri === null) {
      if (name === '__trunc__') {
        // __trunc__ may return any Integral: int() then takes its __index__.
        if (typeOf(r).lookup('__index__') === undefined) typeError(`__trunc__ returned non-Integral (type ${typeOf(r).name})`);
        return yield* pyIndex(r);
      }
      typeError(`${name} returned non-int (type ${typeOf(r).name})`);
    }
    return ri!;
  }
  const s = asStr(x);
  if (s !== null) return parseIntCharged(s, 10);
  if (x instanceof PyBytes || x instanceof PyByteArray) {
    const raw = x instanceof PyBytes ? x.b : x.view();
    return parseIntBytes(String.fromCharCode(...raw), 10, latin1BytesRepr);
  }
  // Any other buffer (a memoryview that can export): its bytes, shown as bytes in errors.
  const raw = bufferOrNull(x);
  if (raw !== null) return parseIntBytes(latin1(raw), 10, latin1BytesRepr);
  return typeError(`int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
}

// bool
const boolNew = new PyBuiltin('__new__', function* (args: PyValue[], kw) {
  if (args.length === 0) typeError('bool.__new__(): not enough arguments');
  const cls = args[0];
  if (!(cls instanceof PyType)) typeError(`bool.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!(cls as PyType).isSubtypeOf(boolType)) typeError(`bool.__new__(${(cls as PyType).name}): ${(cls as PyType).name} is not a subtype of bool`);
  if (kw !== null && kw.size > 0) typeError('bool() takes no keyword arguments');
  if (args.length > 2) typeError(`bool expected at most 1 argument, got ${args.length - 1}`);
  if (args.length < 2) return false;
  return yield* pyTruthy(args[1]);
}, BuiltinKind.StaticMethod, boolType);
(boolType.dict as PyDict).setStr('__new__', boolNew);
slot(boolType, '__repr__', '', (a: PyValue) => (a ? 'True' : 'False'));
for (const [name, op] of [['__and__', 1], ['__or__', 7], ['__xor__', 12]] as const) {
  for (const rname of [name, `__r${name.slice(2)}`]) {
    slot(boolType, rname, 'other, /', (a: PyValue, b: PyValue) => {
      const r = boolBitop(a, b, op);
      if (r !== null) return r;
      const x = asInt(a);
      const y = asInt(b);
      if (x === null || y === null) return NotImplemented;
      return intBinop(x, y, op);
    });
  }
}

