/**
 * The methods of `float` (boxed doubles). Instances of user subclasses of float are PyFloats whose
 * `cls` is the subclass: float's slots accept them and return exact floats, as CPython's do.
 */
import type { PyValue } from '../objects/object';
import { floatType, typeOf, None, NotImplemented } from '../objects/core-types';
import { PyFloat, newFloat } from '../objects/float';
import { PyTuple } from '../objects/tuple';
import { PyBytes } from '../objects/bytes';
import { BuiltinKind, PyBuiltin } from '../objects/builtin';
import { type PyDict, installHeapKeyValue } from '../objects/dict';
import { PyType } from '../objects/type';
import { intVal } from '../objects/int-sub';
import { method, slot, getter, classMethod } from '../runtime/define';
import { typeError, valueError } from '../runtime/errors';
import { floatBinop, BINOP_DUNDER } from '../ops/arith';
import { cmpResult, CMP_DUNDER } from '../ops/compare';
import { callMethod, pyCall } from '../ops/call';
import { pyStr, fakeAddress } from '../ops/strrepr';
import { PyMemoryView } from '../objects/memoryview';
import { bufferOrNull, bytesRepr, latin1 } from './bytes-core';
import { asStr } from './str-args';
import { pyIndex } from '../ops/subscript';
import { hashFloat, hashToPyInt } from '../hashing';
import { identityHash } from '../ops/hash';
import type { NativeGen } from '../vm/native';
import { asInt } from './int';
import { floatRepr } from '../numfmt/double-to-string';
import { formatFloat } from '../numfmt/format-float';
import { parseFloatStr } from '../numfmt/parse-float';
import { intToFloat, floatToInt, floatAsIntegerRatio, floatIsInteger, compareIntFloat } from '../numfmt/int-float';
import { floatDivmod, roundFloat, roundHalfEvenToInt } from '../numfmt/float-arith';
import { floatHex, floatFromHex } from '../numfmt/float-hex';
import { charge, NK } from '../runtime/cost';

function val(x: PyValue, name: string): number {
  if (!(x instanceof PyFloat)) typeError(`descriptor '${name}' requires a 'float' object but received a '${typeOf(x).name}'`);
  return (x as PyFloat).v;
}

/** A float operand (float, int or bool, or a subclass instance of those) as a double, or null. */
export function asFloat(x: PyValue): number | null {
  if (x instanceof PyFloat) return x.v;
  const i = intVal(x);
  return i === null ? null : intToFloat(i);
}

floatType.alloc = (cls) => new PyFloat(0, cls);

// Subclass instances that keep float's __eq__ and __hash__ are the same dict key as their value
// (not NaNs: those are keyed by identity).
installHeapKeyValue((k) => {
  if (!(k instanceof PyFloat) || k.v !== k.v) return undefined;
  const t = k.cls;
  return t.lookup('__eq__') === floatType.lookup('__eq__') && t.lookup('__hash__') === floatType.lookup('__hash__') ? newFloat(k.v) : undefined;
});

BINOP_DUNDER.forEach((name, op) => {
  if (![0, 2, 5, 6, 8, 10, 11].includes(op)) return;
  slot(floatType, `__${name}__`, 'other, /', (a: PyValue, b: PyValue) => {
    const y = asFloat(b);
    return y === null ? NotImplemented : floatBinop(val(a, name), y, op);
  });
  slot(floatType, `__r${name}__`, 'other, /', (a: PyValue, b: PyValue) => {
    const y = asFloat(b);
    return y === null ? NotImplemented : floatBinop(y, val(a, name), op);
  });
});
slot(floatType, '__divmod__', 'other, /', (a: PyValue, b: PyValue) => {
  const y = asFloat(b);
  if (y === null) return NotImplemented;
  const [q, r] = floatDivmod(val(a, '__divmod__'), y);
  return new PyTuple([newFloat(q), newFloat(r)]);
});
slot(floatType, '__rdivmod__', 'other, /', (a: PyValue, b: PyValue) => {
  const y = asFloat(b);
  if (y === null) return NotImplemented;
  const [q, r] = floatDivmod(y, val(a, '__rdivmod__'));
  return new PyTuple([newFloat(q), newFloat(r)]);
});
slot(floatType, '__pow__', 'other, mod=None, /', (a: PyValue, b: PyValue, m: PyValue) => {
  if (m !== None) typeError('pow() 3rd argument not allowed unless all arguments are integers');
  const y = asFloat(b);
  // floatBinop, not floatPow: a negative base to a fractional power is a complex.
  return y === null ? NotImplemented : floatBinop(val(a, '__pow__'), y, 8);
});
slot(floatType, '__neg__', '', (a: PyValue) => new PyFloat(-val(a, '__neg__')));
slot(floatType, '__pos__', '', (a: PyValue) => newFloat(val(a, '__pos__')));
slot(floatType, '__abs__', '', (a: PyValue) => newFloat(Math.abs(val(a, '__abs__'))));
slot(floatType, '__bool__', '', (a: PyValue) => val(a, '__bool__') !== 0);
slot(floatType, '__int__', '', (a: PyValue) => floatToInt(val(a, '__int__')));
slot(floatType, '__trunc__', '', (a: PyValue) => floatToInt(val(a, '__trunc__')));
slot(floatType, '__floor__', '', (a: PyValue) => floatToInt(Math.floor(val(a, '__floor__'))));
slot(floatType, '__ceil__', '', (a: PyValue) => floatToInt(Math.ceil(val(a, '__ceil__'))));
slot(floatType, '__float__', '', (a: PyValue) => newFloat(val(a, '__float__')));
slot(floatType, '__round__', 'ndigits=None, /', function* (a: PyValue, nd: PyValue) {
  const x = val(a, '__round__');
  if (nd === None) return roundHalfEvenToInt(x);
  return newFloat(roundFloat(x, yield* pyIndex(nd)));
});
slot(floatType, '__hash__', '', (a: PyValue) => hashToPyInt(hashFloat(val(a, '__hash__'), identityHash(a))));
slot(floatType, '__repr__', '', (a: PyValue) => floatRepr(val(a, '__repr__')));
slot(floatType, '__format__', 'format_spec, /', function* (a: PyValue, specArg: PyValue) {
  const spec = asStr(specArg);
  if (spec === null) typeError(`__format__() argument must be str, not ${specArg === None ? 'None' : typeOf(specArg).name}`);
  const v = val(a, '__format__');
  // An empty spec means str(self), which a subclass may override.
  if (spec === '' && (a as PyFloat).cls !== floatType) return yield* pyStr(a);
  return formatFloat(v, spec!, (a as PyFloat).cls.name);
});
CMP_DUNDER.forEach((name, op) => {
  slot(floatType, name, 'other, /', (a: PyValue, b: PyValue) => {
    const x = val(a, name);
    if (b instanceof PyFloat) {
      const y = b.v;
      if (Number.isNaN(x) || Number.isNaN(y)) return op === 3;
      return cmpResult(x < y ? -1 : x > y ? 1 : 0, op);
    }
    const i = intVal(b);
    if (i === null) return NotImplemented;
    const c = -compareIntFloat(i, x);
    return Number.isNaN(c) ? op === 3 : cmpResult(c, op);
  });
});
method(floatType, 'is_integer', '', (a: PyValue) => floatIsInteger(val(a, 'is_integer')));
method(floatType, 'as_integer_ratio', '', (a: PyValue) => new PyTuple(floatAsIntegerRatio(val(a, 'as_integer_ratio'))));
/** float_float: self when exact, else an exact float of the same value. */
function exact(a: PyValue, name: string): PyFloat {
  const v = val(a, name);
  return (a as PyFloat).cls === floatType ? (a as PyFloat) : newFloat(v);
}
method(floatType, 'conjugate', '', (a: PyValue) => exact(a, 'conjugate'));
method(floatType, 'hex', '', (a: PyValue) => floatHex(val(a, 'hex')));
classMethod(floatType, 'fromhex', 'string, /', function* (cls: PyValue, s: PyValue) {
  const str = asStr(s);
  if (str === null) typeError(`fromhex() argument must be str, not ${typeOf(s).name}`);
  const r = newFloat(floatFromHex(str!));
  // A subclass gets type(cls)(value), through its own __new__/__init__.
  return cls === floatType ? r : yield* pyCall(cls, [r]);
});
getter(floatType, 'real', (a: PyValue) => exact(a, 'real'));
getter(floatType, 'imag', () => newFloat(0));

/** float(x=0.0, /); also float.__new__(cls, x) for subclasses of float. */
const floatNew = new PyBuiltin('__new__', function* (args: PyValue[], kw) {
  if (args.length === 0) typeError('float.__new__(): not enough arguments');
  const cls = args[0];
  if (!(cls instanceof PyType)) return typeError(`float.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtypeOf(floatType)) typeError(`float.__new__(${cls.name}): ${cls.name} is not a subtype of float`);
  if (kw !== null && kw.size > 0) typeError('float() takes no keyword arguments');
  if (args.length > 2) typeError(`float expected at most 1 argument, got ${args.length - 1}`);
  const v = args.length < 2 ? 0 : yield* toFloat(args[1]);
  return cls === floatType ? newFloat(v) : new PyFloat(v, cls);
}, BuiltinKind.StaticMethod, floatType);
(floatType.dict as PyDict).setStr('__new__', floatNew);

/** float(x) (PyNumber_Float): exact floats and ints, __float__, __index__, strings, bytes. */
/** parseFloatStr; a failure builds a ValueError message with the repr of the text (virtual time). */
function parseFloatCharged(s: string): number {
  try {
    return parseFloatStr(s);
  } catch (e) {
    charge(NK.ErrorMessage, 0);
    throw e;
  }
}

export function* toFloat(x: PyValue): NativeGen<number> {
  // Exact types only: a float or int subclass goes through its (possibly overridden) __float__.
  if (x instanceof PyFloat && x.cls === floatType) return x.v;
  const i = asInt(x);
  if (i !== null) return intToFloat(i);
  if (typeof x === 'string') return parseFloatCharged(x);
  if (x instanceof PyBytes) return floatOfBuffer(x, x.b);
  const t = typeOf(x);
  const f = t.lookup('__float__');
  if (f !== undefined && f !== None) {
    const r = yield* callMethod(f, x, []);
    if (!(r instanceof PyFloat)) typeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
    return (r as PyFloat).v;
  }
  const idx = t.lookup('__index__');
  if (idx !== undefined) {
    const r = yield* callMethod(idx, x, []);
    const ri = intVal(r);
    if (ri !== null) return intToFloat(ri);
  }
  const s = asStr(x);
  if (s !== null) return parseFloatCharged(s);
  const b = bufferOrNull(x);
  if (b !== null) return floatOfBuffer(x, b);
  return typeError(`float() argument must be a string or a real number, not '${t.name}'`);
}

/** float() of bytes, a bytearray or a memoryview (PyFloat_FromString): ASCII text; errors show the object. */
function floatOfBuffer(x: PyValue, b: Uint8Array): number {
  const text = latin1(b);
  try {
    if (/[^\x00-\x7f]/.test(text)) throw new Error('not ASCII');
    return parseFloatStr(text);
  } catch {
    charge(NK.ErrorMessage, 0);
    const repr = x instanceof PyMemoryView ? `<memory at ${fakeAddress(x)}>` : x instanceof PyBytes ? bytesRepr(b) : `${typeOf(x).name}(${bytesRepr(b, true)})`;
    return valueError(`could not convert string to float: ${repr}`);
  }
}
