/** Truthiness (PyObject_IsTrue) and len() (PyObject_Size). */
import type { PyValue } from '../objects/object';
import { typeOf, None } from '../objects/core-types';
import { PyFloat } from '../objects/float';
import { PyIntSub } from '../objects/int-sub';
import { PyList } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import type { NativeGen } from '../vm/native';
import { callMethod } from './call';
import { typeError, valueError, overflowError } from '../runtime/errors';
import { NEED_GEN } from './attr';

/** Truthiness without Python code, or NEED_GEN. */
export function truthFast(x: PyValue): boolean | typeof NEED_GEN {
  switch (typeof x) {
    case 'boolean': return x;
    case 'number': return x !== 0;
    case 'string': return x.length > 0;
    case 'bigint': return true;
  }
  if (x === None) return false;
  if (!x.cls.isHeap) {
    if (x instanceof PyList || x instanceof PyTuple) return x.items.length > 0;
    if (x instanceof PyDict) return x.size > 0;
    if (x instanceof PyFloat) return x.v !== 0;
  }
  return NEED_GEN;
}

export function* pyTruthy(x: PyValue): NativeGen<boolean> {
  const fast = truthFast(x);
  if (fast !== NEED_GEN) return fast;
  const t = typeOf(x);
  const b = t.lookup('__bool__');
  if (b !== undefined) {
    const r = yield* callMethod(b, x, []);
    if (typeof r !== 'boolean') typeError(`__bool__ should return bool, returned ${typeOf(r).name}`);
    return r as boolean;
  }
  const len = t.lookup('__len__');
  if (len !== undefined) {
    const n = yield* callMethod(len, x, []);
    return checkLen(n) > 0;
  }
  return true;
}

function checkLen(n: PyValue): number {
  if (n instanceof PyIntSub) n = n.v; // __len__ may return an int subclass instance
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n === 'bigint') {
    if (n < 0n) valueError('__len__() should return >= 0');
    overflowError("cannot fit 'int' into an index-sized integer");
  }
  if (typeof n !== 'number') typeError(`'${typeOf(n).name}' object cannot be interpreted as an integer`);
  if ((n as number) < 0) valueError('__len__() should return >= 0');
  return n as number;
}

/** len(x) without Python code, or NEED_GEN (also for objects without __len__). */
export function lenFast(x: PyValue): number | typeof NEED_GEN {
  if (typeof x === 'string') return strLength(x);
  if (typeof x === 'object' && !x.cls.isHeap) {
    if (x instanceof PyList || x instanceof PyTuple) return x.items.length;
    if (x instanceof PyDict) return x.size;
  }
  return NEED_GEN;
}

export function* pyLen(x: PyValue): NativeGen<number> {
  const fast = lenFast(x);
  if (fast !== NEED_GEN) return fast;
  const t = typeOf(x);
  const len = t.lookup('__len__');
  if (len === undefined) return typeError(`object of type '${t.name}' has no len()`);
  return checkLen(yield* callMethod(len, x, []));
}

let lastStr = '';
let lastLen = 0;
/** Number of code points (JS length counts UTF-16 units). Cached for the last string. */
export function strLength(s: string): number {
  if (s.length < 2) return s.length;
  if (s === lastStr) return lastLen;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  lastStr = s;
  lastLen = n;
  return n;
}
