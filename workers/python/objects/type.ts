/**
 * PyType: Python type objects, the C3 method resolution order, and attribute lookup along the MRO.
 *
 * Lookups are cached per type. Any mutation of a type's namespace (or bases) bumps one global
 * epoch, which lazily invalidates every cache — mutations of classes after creation are rare, so
 * this is cheaper than tracking subclasses (CPython's per-type version tags solve the same problem).
 */
import { PyObject, type PyValue } from './object';
import type { PyDict } from './dict';

let typeEpoch = 1;
/** Call after changing any type's namespace or bases. */
export function bumpTypeEpoch(): void {
  typeEpoch++;
}

const MISSING: unique symbol = Symbol('missing');

export class PyType extends PyObject {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  /** The primary base (`__base__`). */
  base: PyType | null;
  mro: PyType[];
  /** User-defined (heap) type: its instances carry a __dict__ unless __slots__ says otherwise. */
  isHeap: boolean;
  /** The built-in type whose JS representation instances use (object, list, dict, BaseException, …). */
  layout: PyType;
  /** Creates a bare instance of `cls` (whose layout is this type); set on layout types only. */
  alloc: ((cls: PyType) => PyObject) | null;
  /** Whether Python code may subclass this type. */
  subclassable: boolean;
  /** Instances have a __dict__ (heap types without __slots__, functions, modules, …). */
  instancesHaveDict: boolean;
  /** Names from __slots__ along the MRO (null when instances have a dict). */
  slotNames: string[] | null;
  /** For built-in layouts: instances hash and compare by identity (dict keys them by object). */
  identityKeyed: boolean;
  private cache: Map<string, PyValue | typeof MISSING>;
  private cacheEpoch: number;

  constructor(meta: PyType | null, name: string, bases: PyType[], ns: PyDict, isHeap: boolean) {
    super(meta as PyType); // the bootstrap patches `cls` for the first types
    this.dict = ns;
    this.name = name;
    this.qualname = name;
    this.module = 'builtins';
    this.bases = bases;
    this.base = bases.length > 0 ? bases[0] : null;
    this.mro = [];
    this.isHeap = isHeap;
    this.layout = this;
    this.alloc = null;
    this.subclassable = true;
    this.instancesHaveDict = isHeap;
    this.slotNames = null;
    this.identityKeyed = true;
    this.cache = new Map();
    this.cacheEpoch = 0;
  }

  /** Find `name` along the MRO (no descriptor binding); undefined when absent. */
  lookup(name: string): PyValue | undefined {
    if (this.cacheEpoch !== typeEpoch) {
      this.cache.clear();
      this.cacheEpoch = typeEpoch;
    }
    let r = this.cache.get(name);
    if (r === undefined) {
      r = MISSING;
      const mro = this.mro;
      for (let i = 0; i < mro.length; i++) {
        const v = (mro[i].dict as PyDict).getStr(name);
        if (v !== undefined) {
          r = v;
          break;
        }
      }
      this.cache.set(name, r);
    }
    return r === MISSING ? undefined : r;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/**
 * C3 linearization. Returns null when no consistent order exists (the caller raises CPython's
 * "Cannot create a consistent method resolution order (MRO) for bases ..." TypeError).
 */
export function computeMro(t: PyType): PyType[] | null {
  const seqs: PyType[][] = t.bases.map((b) => b.mro.slice());
  seqs.push(t.bases.slice());
  const result: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let candidate: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((other) => other.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) return null;
    result.push(candidate);
    for (const s of nonEmpty) if (s[0] === candidate) s.shift();
  }
}

/** The bases that still block the merge, for the MRO error message (CPython lists them in order). */
export function mroConflictBases(t: PyType): PyType[] {
  return t.bases;
}
