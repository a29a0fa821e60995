/** repr(), str(), ascii() and format() for any object. */
import { currentThread } from '../vm/current';
import { enterRecursiveCall, leaveRecursiveCall } from '../vm/recursion';
import { type PyValue, objectId } from '../objects/object';
import { typeOf, None, objectType } from '../objects/core-types';
import { PyFloat } from '../objects/float';
import { PyStrSub } from '../types/str-args';
import type { NativeGen } from '../vm/native';
import { callMethod } from './call';
import { typeError } from '../runtime/errors';
import { strRepr } from '../numfmt/str-repr';
import { floatRepr } from '../numfmt/double-to-string';
import { intToStr } from '../numfmt/int-to-str';

/** repr without Python code for ints, bools, strs, floats and None; null otherwise. */
export function reprFast(x: PyValue): string | null {
  switch (typeof x) {
    case 'number':
      return String(x);
    case 'bigint':
      return intToStr(x);
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
  const fast = reprFast(x);
  if (fast !== null) return fast;
  const t = typeOf(x);
  const f = t.lookup('__repr__')!;
  const th = currentThread();
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
  if (typeof x !== 'object' || (!x.cls.isHeap && x.cls.lookup('__str__') === objectStrSlot())) {
    const fast = reprFast(x);
    if (fast !== null) return fast;
  }
  const t = typeOf(x);
  const f = t.lookup('__str__')!;
  const th = currentThread();
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
export function* pyFormat(x: PyValue, spec: string): NativeGen<string> {
  if (spec === '') {
    if (typeof x === 'string') return x;
    if (typeof x === 'number') return String(x);
  }
  const t = typeOf(x);
  const f = t.lookup('__format__');
  if (f === undefined) typeError(`Type ${t.name} doesn't define __format__`);
  const r = yield* callMethod(f as PyValue, x, [spec]);
  if (typeof r !== 'string') return strSubValue(r, '__format__');
  return r as string;
}

/** CPython-looking address for default reprs: deterministic, derived from our object id. */
export function fakeAddress(o: PyValue): string {
  const id = typeof o === 'object' ? objectId(o) : 0;
  return '0x' + (0x7f0000100000 + id * 48).toString(16);
}
