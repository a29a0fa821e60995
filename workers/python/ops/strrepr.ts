/** repr(), str(), ascii() and format() for any object. */
import { currentThread } from '../vm/current';
import { enterRecursiveCall, leaveRecursiveCall, checkRecursion } from '../vm/recursion';
import { type PyValue, objectId } from '../objects/object';
import { typeOf, None, objectType } from '../objects/core-types';
import { PyFloat } from '../objects/float';
import { PyBuiltin } from '../objects/builtin';
import { PyStrSub } from '../types/str-args';
import type { NativeGen } from '../vm/native';
import { callMethod } from './call';
import { typeError } from '../runtime/errors';
import { strRepr } from '../numfmt/str-repr';
import { floatRepr } from '../numfmt/double-to-string';
import { intToStr } from '../numfmt/int-to-str';
import { charge, NK, bigDigits } from '../runtime/cost';

/** repr without Python code for ints, bools, strs, floats and None; null otherwise. */
export function reprFast(x: PyValue): string | null {
  switch (typeof x) {
    case 'number':
      return String(x);
    case 'bigint': {
      // CPython 3.11's int-to-decimal conversion is quadratic in the size.
      const d = bigDigits(x);
      charge(NK.BigDecimal, d * d);
      return intToStr(x);
    }
    case 'boolean':
      return x ? 'True' : 'False';
    case 'string':
      return strRepr(x);
  }
  if (x === None) return 'None';
  if (x instanceof PyFloat && !x.cls.isHeap) return floatRepr(x.v);
  return null;
}

export function* pyRepr(x: PyValue): NativeGen<string> {
  const th = currentThread();
  const fast = reprFast(x);
  if (fast !== null) {
    // PyObject_Repr checks the recursion limit even for built-in values.
    checkRecursion(th, ' while getting the repr of an object');
    return fast;
  }
  const t = typeOf(x);
  const f = t.lookup('__repr__')!;
  enterRecursiveCall(th, ' while getting the repr of an object');
  let r: PyValue;
  try {
    r = yield* callMethod(f, x, []);
  } finally {
    leaveRecursiveCall(th);
  }
  if (typeof r !== 'string') return strSubValue(r, '__repr__');
  return r as string;
}

export function* pyStr(x: PyValue): NativeGen<string> {
  if (typeof x === 'string') return x;
  const th = currentThread();
  if (typeof x !== 'object' || (!x.cls.isHeap && x.cls.lookup('__str__') === objectStrSlot())) {
    const fast = reprFast(x);
    if (fast !== null) {
      // PyObject_Str checks the recursion limit for anything but an exact str.
      checkRecursion(th, ' while getting the str of an object');
      return fast;
    }
  }
  const t = typeOf(x);
  const f = t.lookup('__str__')!;
  enterRecursiveCall(th, ' while getting the str of an object');
  let r: PyValue;
  try {
    r = yield* callMethod(f, x, []);
  } finally {
    leaveRecursiveCall(th);
  }
  if (typeof r !== 'string') return strSubValue(r, '__str__');
  return r as string;
}

/** A str subclass instance returned by __repr__/__str__/__format__ counts as a str. */
function strSubValue(r: PyValue, what: string): string {
  if (r instanceof PyStrSub) return r.v;
  if (what === '__format__') return typeError(`__format__ must return a str, not ${typeOf(r).name}`);
  return typeError(`${what} returned non-string (type ${typeOf(r).name})`);
}

let objectStr: PyValue | undefined;
function objectStrSlot(): PyValue | undefined {
  return objectStr ?? (objectStr = objectType.lookup('__str__'));
}

/** ascii(): repr with non-ASCII characters escaped. */
export function* pyAscii(x: PyValue): NativeGen<string> {
  return asciiEscape(yield* pyRepr(x));
}

export function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

/** format(x, spec) → type(x).__format__(x, spec). */
/**
 * A replacement field of str.format(): exact str/int/float/complex values are formatted
 * directly (render_field), without PyObject_Format's recursion checks.
 */
export function* pyFormatField(x: PyValue, spec: string): NativeGen<string> {
  if (typeof x === 'string' && spec === '') return x;
  if (typeof x === 'number' && spec === '') return String(x);
  if (typeof x === 'string' || typeof x === 'number' || (typeof x === 'object' && !x.cls.isHeap && (x instanceof PyFloat || x.cls.name === 'complex'))) {
    const r = yield* callMethod(typeOf(x).lookup('__format__') as PyValue, x, [spec]);
    if (typeof r === 'string') return r;
  }
  return yield* pyFormat(x, spec);
}

export function* pyFormat(x: PyValue, spec: string): NativeGen<string> {
  if (spec === '') {
    if (typeof x === 'string') return x;
    if (typeof x === 'number') {
      // PyObject_Format: an exact int with an empty spec is PyObject_Str(x).
      checkRecursion(currentThread(), ' while getting the str of an object');
      return String(x);
    }
  }
  const t = typeOf(x);
  const f = t.lookup('__format__');
  if (f === undefined) typeError(`Type ${t.name} doesn't define __format__`);
  // A built-in __format__ is called through vectorcall (a recursion unit); a Python one
  // takes its frame's.
  const th = currentThread();
  const native = f instanceof PyBuiltin;
  if (native) enterRecursiveCall(th, ' while calling a Python object');
  let r: PyValue;
  try {
    r = yield* callMethod(f as PyValue, x, [spec]);
  } finally {
    if (native) leaveRecursiveCall(th);
  }
  if (typeof r !== 'string') return strSubValue(r, '__format__');
  return r as string;
}

/** CPython-looking address for default reprs: deterministic, derived from our object id. */
export function fakeAddress(o: PyValue): string {
  const id = typeof o === 'object' ? objectId(o) : 0;
  return '0x' + (0x7f0000100000 + id * 48).toString(16);
}
