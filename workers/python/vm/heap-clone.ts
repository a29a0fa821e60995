/**
 * Copying a Python heap, for fork(): every object reachable from the roots is copied once
 * (shared references stay shared, cycles stay cycles), except what is not the process's own —
 * built-in types, code objects, the singletons, JS functions, kernel objects — which the caller
 * lists through `share`/`preset`. Iterative, so deep structures cannot overflow the JS stack.
 *
 * Objects keep their `oid`, so id() and hashes in the child equal the parent's, as they do after
 * a real fork (same addresses). Side tables keyed by object (WeakMaps: __slots__ values, struct
 * sequence fields) register a hook to copy their entries along.
 */
import { PyObject } from '../objects/object';
import { PyType } from '../objects/type';
import { PyCode } from '../compiler/code';
import { PyBuiltin } from '../objects/builtin';
import { None, NotImplemented, Ellipsis } from '../objects/core-types';

/** Copies a side-table entry of `src` (if any) to its copy `dst`, cloning values with `clone`. */
export type SideTableHook = (src: object, dst: object, clone: <T>(v: T) => T) => void;
const hooks: SideTableHook[] = [];

export function onHeapClone(hook: SideTableHook): void {
  hooks.push(hook);
}


export class HeapCloner {
  /** original → copy (or the object that stands for it in the child). */
  readonly map = new Map<object, unknown>();
  private readonly todo: [object, object][] = [];
  /** Objects copied, for statistics. */
  copied = 0;

  constructor(
    /** Objects that are the same in both processes (return true to share). */
    private readonly share: (o: object) => boolean = () => false,
    /** Objects the caller copies itself: return the copy (registered before its fields are filled), or undefined. */
    private readonly special: (o: object, cloner: HeapCloner) => unknown = () => undefined,
    /** Fields whose value the copy shares rather than copies (a frame's executable bytecode). */
    private readonly keepField: (o: object, key: string | symbol) => boolean = () => false,
  ) {}

  /** Make `copy` stand for `original` (the child's own interpreter for the parent's, …). */
  preset(original: object, copy: unknown): void {
    this.map.set(original, copy);
  }

  clone<T>(v: T): T {
    const r = this.ref(v);
    this.drain();
    return r;
  }

  /** The copy of v; objects are created empty here and filled by drain(). */
  ref<T>(v: T): T {
    if (typeof v !== 'object' || v === null) return v;
    const o = v as unknown as object;
    const known = this.map.get(o);
    if (known !== undefined || this.map.has(o)) return known as T;
    if (isShared(o) || this.share(o)) {
      this.map.set(o, o);
      return v;
    }
    const sp = this.special(o, this);
    if (sp !== undefined) {
      this.map.set(o, sp);
      return sp as T;
    }
    const copy = this.shell(o);
    this.map.set(o, copy);
    if (copy !== o) this.todo.push([o, copy]);
    return copy as T;
  }

  /** Copy side-table entries of `src` to `dst` (for preset pairs, which are not filled). */
  copySideTables(src: object, dst: object): void {
    for (const h of hooks) h(src, dst, (v) => this.ref(v));
    this.drain();
  }

  drain(): void {
    for (let job = this.todo.pop(); job !== undefined; job = this.todo.pop()) this.fill(job[0], job[1]);
  }

  private shell(o: object): object {
    if (ArrayBuffer.isView(o)) return (o as unknown as { slice(): object }).slice();
    if (o instanceof ArrayBuffer) return o.slice(0);
    if (Array.isArray(o)) return new Array(o.length);
    if (o instanceof Map) return new Map();
    if (o instanceof Set) return new Set();
    // Not copyable: a suspended JS generator (a native's frame), weak tables, promises, regexps.
    if (isGeneratorObject(o) || o instanceof WeakMap || o instanceof WeakSet || o instanceof Promise || o instanceof RegExp || Object.isFrozen(o)) return o;
    this.copied++;
    return Object.create(Object.getPrototypeOf(o));
  }

  private fill(src: object, dst: object): void {
    if (Array.isArray(src)) {
      const d = dst as unknown[];
      for (let i = 0; i < src.length; i++) d[i] = this.ref(src[i]);
      return;
    }
    if (src instanceof Map) {
      for (const [k, v] of src) (dst as Map<unknown, unknown>).set(this.ref(k), this.ref(v));
      return;
    }
    if (src instanceof Set) {
      for (const k of src) (dst as Set<unknown>).add(this.ref(k));
      return;
    }
    if (ArrayBuffer.isView(src) || src instanceof ArrayBuffer) return;
    for (const key of Reflect.ownKeys(src)) {
      const desc = Object.getOwnPropertyDescriptor(src, key)!;
      if ('value' in desc && !this.keepField(src, key)) desc.value = this.ref(desc.value);
      Object.defineProperty(dst, key, desc);
    }
    for (const h of hooks) h(src, dst, (v) => this.ref(v));
  }
}

/** What every process shares: types defined by the runtime, code, the singletons, functions. */
function isShared(o: object): boolean {
  if (typeof o === 'function') return true;
  if (o instanceof PyType) return !o.isHeap;
  if (o instanceof PyCode) return true;
  if (o === None || o === NotImplemented || o === Ellipsis) return true;
  // A method of a built-in type (unbound): part of its type.
  if (o instanceof PyBuiltin) return o.self === undefined && o.owner !== null && !o.owner.isHeap;
  return false;
}

function isGeneratorObject(o: object): boolean {
  return Object.prototype.toString.call(o) === '[object Generator]';
}


