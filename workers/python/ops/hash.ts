/** hash(): CPython 3.11's values for built-in types, __hash__ for the rest. */
import { type PyValue, objectId } from '../objects/object';
import { typeOf, None } from '../objects/core-types';
import { PyFloat } from '../objects/float';
import { PyComplex } from '../objects/complex';
import { PyTuple } from '../objects/tuple';
import { PyBytes } from '../objects/bytes';
import type { NativeGen } from '../vm/native';
import { callMethod } from './call';
import { typeError } from '../runtime/errors';
import { hashInt, hashFloat, hashComplex, hashString, hashBytes, hashTuple, hashPointer, type PyHash } from '../hashing';
import { NEED_GEN } from './attr';

/** Identity hash (object.__hash__): CPython rotates the address; we rotate our object id. */
export function identityHash(o: PyValue): PyHash {
  return hashPointer(typeof o === 'object' ? objectId(o) * 16 : 0);
}

/** hash(x) without Python code, or NEED_GEN. */
export function hashFast(x: PyValue): PyHash | typeof NEED_GEN {
  switch (typeof x) {
    case 'number':
    case 'bigint':
      return hashInt(x);
    case 'boolean':
      return x ? 1 : 0;
    case 'string':
      return hashString(x);
  }
  if (x.cls.isHeap) return NEED_GEN;
  if (x instanceof PyFloat) return hashFloat(x.v, identityHash(x));
  if (x instanceof PyComplex) return hashComplex(x.re, x.im, x.re !== x.re || x.im !== x.im ? identityHash(x) : 0);
  if (x instanceof PyBytes) return hashBytes(x.b);
  if (x instanceof PyTuple) {
    const hs: PyHash[] = [];
    for (const e of x.items) {
      const h = hashFast(e);
      if (h === NEED_GEN) return NEED_GEN;
      hs.push(h);
    }
    return hashTuple(hs);
  }
  if (x === None || x.cls.layout.identityKeyed) return identityHash(x);
  return NEED_GEN;
}

export function* pyHash(x: PyValue): NativeGen<PyHash> {
  const fast = hashFast(x);
  if (fast !== NEED_GEN) return fast;
  if (x instanceof PyTuple && !x.cls.isHeap) {
    const hs: PyHash[] = [];
    for (const e of x.items) hs.push(yield* pyHash(e));
    return hashTuple(hs);
  }
  const t = typeOf(x);
  const h = t.lookup('__hash__');
  if (h === undefined || h === None) typeError(`unhashable type: '${t.name}'`);
  const r = yield* callMethod(h as PyValue, x, []);
  // slot_tp_hash: values that fit in Py_hash_t are kept as they are (so __hash__ returning
  // hash(y) hashes like y); larger ints are reduced like int.__hash__; -1 is reserved.
  if (typeof r === 'number') return r === -1 ? -2 : r;
  if (typeof r === 'bigint') return r >= -(2n ** 63n) && r < 2n ** 63n ? r : hashInt(r);
  if (typeof r === 'boolean') return r ? 1 : 0;
  return typeError('__hash__ method should return an integer');
}
