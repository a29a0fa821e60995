/**
 * The value representation every part of the VM shares.
 *
 * Python values are JS values, chosen so the common cases cost nothing:
 *   int   → JS number when it is a safe integer, else bigint (canonical: never a bigint in range)
 *   bool  → JS boolean
 *   str   → JS string (astral characters are surrogate pairs; str code counts code points)
 *   float → PyFloat (boxed, so `typeof x === 'number'` means "int" in the hot paths)
 *   everything else → an instance of a PyObject subclass, whose `cls` is its Python type.
 */
import type { PyType } from './type';
import type { PyDict } from './dict';

export type PyValue = number | bigint | boolean | string | PyObject;

let nextObjectId = 1;

export class PyObject {
  /** The Python type of this object (may be a user subclass of the JS class's built-in type). */
  cls: PyType;
  /** Instance `__dict__`, or null when the object has none (most built-in objects). */
  dict: PyDict | null;
  /** Identity number for id()/default hash, assigned on first use so allocation stays cheap. */
  oid: number;

  constructor(cls: PyType) {
    this.cls = cls;
    this.dict = null;
    this.oid = 0;
  }
}

/** Ids carry the run they were assigned in (oid = run * ID_RUN + n) so that runs never share ids. */
const ID_RUN = 2 ** 32;
let idRun = 0;

/**
 * Deterministic identity: small increasing numbers instead of addresses (same program → same ids).
 * An object that outlived an earlier run in this process (a shared singleton, a type) gets a new
 * id on first use in the current run, so it can never collide with an object created in this run.
 */
export function objectId(o: PyObject): number {
  if (o.oid === 0 || Math.floor(o.oid / ID_RUN) !== idRun) o.oid = idRun * ID_RUN + nextObjectId++;
  return o.oid % ID_RUN;
}

/**
 * Identity numbers of values that are JS primitives here (ints, strs): equal values are one
 * object, different values never share a number — pickle's memo and `is` rely on that.
 * Numbered from the same counter as objects, on first use, per run.
 */
const primitiveIds = new Map<unknown, number>();

export function primitiveId(v: string | number | bigint): number {
  let n = primitiveIds.get(v);
  if (n === undefined) {
    n = nextObjectId++;
    primitiveIds.set(v, n);
  }
  return n;
}

/** Restart identity numbering: each program run starts from the same state. */
export function resetObjectIds(): void {
  primitiveIds.clear();
  nextObjectId = 1;
  idRun++;
}

/** Returned by iterator protocols instead of raising StopIteration inside the runtime. */
export const STOP: unique symbol = Symbol('STOP');
export type Stop = typeof STOP;

export const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Canonical int: bigints that fit in the safe range become numbers. */
export function normBig(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function isPyObject(x: PyValue): x is PyObject {
  return typeof x === 'object';
}
