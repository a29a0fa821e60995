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
/** The current epoch (inline caches remember it to know when they are stale). */
export function currentTypeEpoch(): number {
  return typeEpoch;
}

const MISSING: unique symbol = Symbol('missing');

/** CPython's Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_MAPPING and _Py_TPFLAGS_MATCH_SELF (same bits). */
export const TPFLAGS_SEQUENCE = 1 << 5;
export const TPFLAGS_MAPPING = 1 << 6;
export const TPFLAGS_COLLECTION = TPFLAGS_SEQUENCE | TPFLAGS_MAPPING;
export const TPFLAGS_MATCH_SELF = 1 << 22;

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
  /** A Python class standing in for a C type: `name` is the C tp_name (stdlib `_interleave.c_type`). */
  cName?: boolean;
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
  /**
   * The tp_flags bits pattern matching reads: TPFLAGS_SEQUENCE / TPFLAGS_MAPPING (what sequence
   * and mapping patterns accept) and TPFLAGS_MATCH_SELF (`case int(x)` binds the subject itself).
   */
  patmaFlags = 0;
  private cache: Map<string, PyValue | typeof MISSING>;
  private cacheEpoch: number;
  /**
   * Every attribute name ever stored in the __dict__ of an instance of this type. A method whose
   * name is not here cannot be shadowed by an instance attribute (LOAD_METHOD's cache uses it).
   */
  readonly instanceAttrNames = new Set<string>();
  /** Cached answer of defaultAttrAccess() and the epoch it was computed in. */
  private daEpoch = 0;
  private daValue = false;
  /** The default __getattribute__/__setattr__ implementations (registered at start-up). */
  static defaultGetattribute: Set<PyValue> | null = null;

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

  /** True when instances use object.__getattribute__ and have no __getattr__ (cached per epoch). */
  defaultAttrAccess(): boolean {
    if (this.daEpoch !== typeEpoch) {
      this.daEpoch = typeEpoch;
      this.daValue = PyType.defaultGetattribute!.has(this.lookup('__getattribute__') as PyValue) && this.lookup('__getattr__') === undefined;
    }
    return this.daValue;
  }

  /**
   * A new class's pattern-matching flags (type_ready): the sequence/mapping flag of the first
   * class along the MRO that has one (inherit_patma_flags), and MATCH_SELF from its solid base —
   * the built-in layout its instances use (inherit_special copies it from tp_base).
   */
  inheritPatmaFlags(): void {
    for (let i = 1; i < this.mro.length && (this.patmaFlags & TPFLAGS_COLLECTION) === 0; i++) {
      this.patmaFlags |= this.mro[i].patmaFlags & TPFLAGS_COLLECTION;
    }
    this.patmaFlags |= this.layout.patmaFlags & TPFLAGS_MATCH_SELF;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/**
 * C3 linearization (CPython's mro_implementation / pmerge). Returns null when no consistent order
 * exists; `mroConflictBases` then gives the bases CPython's error message names.
 */
export function computeMro(t: PyType): PyType[] | null {
  const r = mergeMro(t);
  return Array.isArray(r) ? r : null;
}

/** pmerge over the bases' MROs plus the bases list; on failure, the lists with what remains of each. */
function mergeMro(t: PyType): PyType[] | { toMerge: PyType[][]; remain: number[] } {
  const toMerge: PyType[][] = t.bases.map((b) => b.mro);
  toMerge.push(t.bases);
  const remain = toMerge.map(() => 0);
  const result: PyType[] = [t];
  const tailContains = (l: PyType[], from: number, c: PyType): boolean => {
    for (let k = from + 1; k < l.length; k++) if (l[k] === c) return true;
    return false;
  };
  again: for (;;) {
    let emptyCnt = 0;
    for (let i = 0; i < toMerge.length; i++) {
      const cur = toMerge[i];
      if (remain[i] >= cur.length) {
        emptyCnt++;
        continue;
      }
      const candidate = cur[remain[i]];
      let blocked = false;
      for (let j = 0; j < toMerge.length; j++) {
        if (tailContains(toMerge[j], remain[j], candidate)) {
          blocked = true;
          break;
        }
      }
      if (blocked) continue;
      result.push(candidate);
      for (let j = 0; j < toMerge.length; j++) {
        if (remain[j] < toMerge[j].length && toMerge[j][remain[j]] === candidate) remain[j]++;
      }
      continue again;
    }
    return emptyCnt === toMerge.length ? result : { toMerge, remain };
  }
}

/**
 * The classes CPython's set_mro_error names: the current head of every list still to merge, each
 * once, in list order.
 */
export function mroConflictBases(t: PyType): PyType[] {
  const r = mergeMro(t);
  if (Array.isArray(r)) return [];
  const seen = new Set<PyType>();
  r.toMerge.forEach((l, i) => {
    if (r.remain[i] < l.length) seen.add(l[r.remain[i]]);
  });
  return [...seen];
}
