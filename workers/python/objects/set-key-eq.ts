/**
 * `==` between set elements when no Python code is needed, for the synchronous table operations:
 * numbers, str, bytes, exact tuples and sets of those, and identity-compared built-ins. Anything
 * else (instances of user classes, …) answers NEED_GEN and the caller runs the real `==`.
 */
import type { PyObject, PyValue } from './object';
import { PyTuple } from './tuple';
import { tupleType, setType, frozensetType, bytesType, floatType } from './core-types';
import { compareFast } from '../ops/compare';
import { NEED_GEN } from '../ops/attr';
import { CMP_EQ } from '../compiler/opcodes';
import { NEED, DUMMY, type SetTable } from './set-table';

/** Anything holding a set table (PySet): lets keyEqFast compare nested sets without importing it. */
interface HasTable {
  t: SetTable;
  hashCache: unknown;
}

/**
 * `stored == probe` for keys whose equality needs no Python code (numbers, str, bytes, exact
 * tuples and sets of those, identity-compared built-ins); NEED_GEN otherwise. Identity has
 * already been checked by the caller.
 */
export function keyEqFast(a: PyValue, b: PyValue): boolean | typeof NEED_GEN {
  const r = compareFast(a, b, CMP_EQ);
  if (r !== NEED_GEN) return r;
  const ka = kindOf(a), kb = kindOf(b);
  if (ka === Kind.Unknown || kb === Kind.Unknown) return NEED_GEN;
  // Built-in values of different kinds never compare equal (e.g. hash(0) == hash('') == hash(b'')).
  if (ka !== kb) return false;
  switch (ka) {
    case Kind.Tuple: {
      // tuple == tuple: item by item, identity first, stopping at the first difference.
      const x = (a as PyTuple).items, y = (b as PyTuple).items;
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) {
        if (x[i] === y[i]) continue;
        const e = keyEqFast(x[i], y[i]);
        if (e !== true) return e;
      }
      return true;
    }
    case Kind.Set:
      return setsEqualFast(a as unknown as HasTable, b as unknown as HasTable);
    case Kind.Identity:
      return a === b;
  }
  // Numbers, str and bytes were answered by compareFast.
  return NEED_GEN;
}

const enum Kind { Unknown, Number, Str, Bytes, Tuple, Set, Identity }

/** The equality family of a built-in value; Unknown for instances of user classes and others. */
function kindOf(x: PyValue): Kind {
  switch (typeof x) {
    case 'number':
    case 'bigint':
    case 'boolean':
      return Kind.Number;
    case 'string':
      return Kind.Str;
  }
  const t = (x as PyObject).cls;
  if (t.isHeap) return Kind.Unknown;
  if (t === tupleType) return Kind.Tuple;
  if (t === setType || t === frozensetType) return Kind.Set;
  if (t === bytesType) return Kind.Bytes;
  if (t === floatType) return Kind.Number;
  return t.layout.identityKeyed ? Kind.Identity : Kind.Unknown;
}

/** set_richcompare(a, b, ==) without Python code, or NEED_GEN. */
function setsEqualFast(a: HasTable, b: HasTable): boolean | typeof NEED_GEN {
  const ta = a.t, tb = b.t;
  if (ta.used !== tb.used) return false;
  if (a.hashCache !== null && b.hashCache !== null && a.hashCache !== b.hashCache) return false;
  const keys = ta.keys, h = ta.h;
  for (let j = 0; j <= ta.mask; j++) {
    const k = keys[j];
    if (k === undefined || k === DUMMY) continue;
    const r = tb.findSync(k, h[2 * j], h[2 * j + 1]);
    if (r === NEED) return NEED_GEN;
    if (r < 0) return false;
  }
  return true;
}

