/**
 * Per-instruction inline caches for the hottest lookups (the idea of CPython 3.11's specialized
 * LOAD_GLOBAL_MODULE/BUILTIN and LOAD_ATTR_INSTANCE_VALUE / STORE_ATTR_INSTANCE_VALUE).
 *
 *  - LOAD_GLOBAL remembers the dict slot of the name in globals (or builtins). Dict slots only
 *    move when keys are added or removed, which bumps the dict's version, so a cache entry is
 *    valid while both dicts keep the versions it saw; rebinding a global rewrites the same slot.
 *  - LOAD_ATTR / STORE_ATTR on an instance remember the type (and the type epoch) and the slot
 *    where the attribute sat in the instance dict. Instances made by the same __init__ insert
 *    their attributes in the same order, so the slot is usually the same for every instance; the
 *    cached slot is trusted only if that instance's dict holds the same key there.
 * Misses fall back to the generic paths, so a cache can never change behaviour.
 */
import type { PyValue } from '../objects/object';
import type { PyDict } from '../objects/dict';
import { PyType, currentTypeEpoch } from '../objects/type';
import { PyObject } from '../objects/object';
import type { PyCode } from '../compiler/code';
import { defaultGetattribute, defaultSetattr } from '../ops/attr';
import { PyGetSet, PyProperty } from '../objects/builtin';

interface GlobalEntry {
  globals: PyDict;
  gver: number;
  builtins: PyDict;
  bver: number;
  inGlobals: boolean;
  slot: number;
}

interface AttrEntry {
  cls: PyType;
  epoch: number;
  slot: number;
}

declare module '../compiler/code' {
  interface PyCode {
    /** Inline caches by instruction index (allocated on first use). */
    icache?: unknown[];
  }
}

function cacheOf(code: PyCode): unknown[] {
  return code.icache ?? (code.icache = new Array(code.ninstrs));
}

/** LOAD_GLOBAL through the cache; undefined when the name is not defined anywhere. */
export function loadGlobalCached(code: PyCode, instr: number, globals: PyDict, builtins: PyDict, name: string): PyValue | undefined {
  const c = cacheOf(code);
  const e = c[instr] as GlobalEntry | undefined;
  if (e !== undefined && e.globals === globals && e.gver === globals.version && e.builtins === builtins && e.bver === builtins.version) {
    return (e.inGlobals ? globals.vs[e.slot] : builtins.vs[e.slot]) as PyValue;
  }
  let slot = globals.slotOfStr(name);
  let inGlobals = true;
  if (slot < 0) {
    slot = builtins.slotOfStr(name);
    inGlobals = false;
    if (slot < 0) return undefined;
  }
  c[instr] = { globals, gver: globals.version, builtins, bver: builtins.version, inGlobals, slot } satisfies GlobalEntry;
  return (inGlobals ? globals.vs[slot] : builtins.vs[slot]) as PyValue;
}

interface NameEntry {
  dict: PyDict;
  ver: number;
  slot: number;
}

/** LOAD_NAME's first step (the locals mapping) through the cache. */
export function loadNameLocal(code: PyCode, instr: number, locals: PyDict, name: string): PyValue | undefined {
  const c = cacheOf(code);
  const e = c[instr] as NameEntry | undefined;
  if (e !== undefined && e.dict === locals && e.ver === locals.version) return locals.vs[e.slot] as PyValue;
  const slot = locals.slotOfStr(name);
  if (slot < 0) return undefined;
  c[instr] = { dict: locals, ver: locals.version, slot } satisfies NameEntry;
  return locals.vs[slot] as PyValue;
}

/** STORE_NAME through the cache (existing names are rebound in place). */
export function storeNameCached(code: PyCode, instr: number, locals: PyDict, name: string, v: PyValue): void {
  const c = cacheOf(code);
  const e = c[instr] as NameEntry | undefined;
  if (e !== undefined && e.dict === locals && e.ver === locals.version) {
    locals.vs[e.slot] = v;
    return;
  }
  locals.setStr(name, v);
  c[instr] = { dict: locals, ver: locals.version, slot: locals.slotOfStr(name) } satisfies NameEntry;
}

interface MethodEntry {
  cls: PyType;
  epoch: number;
  instAttrs: number;
  method: PyValue;
}

/**
 * LOAD_METHOD on an instance through the cache: the plain function or built-in method found on
 * the type, valid while the type is unchanged and no instance of it ever stored an attribute
 * of that name (which could shadow the method).
 */
export function loadMethodCached(code: PyCode, instr: number, o: PyValue, name: string, resolve: () => PyValue | undefined): PyValue | undefined {
  if (typeof o !== 'object') return undefined;
  const t = o.cls;
  // Only instances whose dict reports its keys to this type can take the cached path.
  const tracked = o.dict === null || o.dict.ownerType === t;
  const c = cacheOf(code);
  const e = c[instr] as MethodEntry | undefined;
  if (tracked && e !== undefined && e.cls === t && e.epoch === currentTypeEpoch() && e.instAttrs === t.instanceAttrNames.size) return e.method;
  const m = resolve();
  if (m !== undefined && tracked && !t.instanceAttrNames.has(name)) {
    c[instr] = { cls: t, epoch: currentTypeEpoch(), instAttrs: t.instanceAttrNames.size, method: m } satisfies MethodEntry;
  }
  return m;
}

/** Can attribute `name` of instances of `t` be read straight from the instance dict? */
function instanceAttrCacheable(t: PyType, name: string, store: boolean): boolean {
  if (!t.isHeap) return false;
  if (store ? !defaultSetattr.has(t.lookup('__setattr__') as PyValue) : !defaultGetattribute.has(t.lookup('__getattribute__') as PyValue)) return false;
  const d = t.lookup(name);
  // A data descriptor on the type takes precedence over the instance dict.
  if (d instanceof PyGetSet || d instanceof PyProperty) return false;
  if (d instanceof PyObject && d.cls.isHeap && (d.cls.lookup('__set__') !== undefined || d.cls.lookup('__delete__') !== undefined || (!store && d.cls.lookup('__get__') !== undefined))) return false;
  return true;
}

/** LOAD_ATTR fast path: the value, or undefined to take the generic path. */
export function loadAttrCached(code: PyCode, instr: number, o: PyValue, name: string): PyValue | undefined {
  if (typeof o !== 'object') return undefined;
  const dict = o.dict;
  if (dict === null) return undefined;
  const c = cacheOf(code);
  const e = c[instr] as AttrEntry | undefined;
  if (e !== undefined && e.cls === o.cls && e.epoch === currentTypeEpoch()) {
    if (dict.ks[e.slot] === name) return dict.vs[e.slot] as PyValue;
  }
  // A class (instance of a heap metaclass) is no plain instance: its dict is the namespace,
  // whose attributes need the descriptor protocol (and stores must bump the type epoch).
  if (o instanceof PyType || !instanceAttrCacheable(o.cls, name, false)) return undefined;
  const slot = dict.slotOfStr(name);
  if (slot < 0) return undefined;
  c[instr] = { cls: o.cls, epoch: currentTypeEpoch(), slot } satisfies AttrEntry;
  return dict.vs[slot] as PyValue;
}

/** STORE_ATTR fast path: true when stored (existing key in the instance dict). */
export function storeAttrCached(code: PyCode, instr: number, o: PyValue, name: string, v: PyValue): boolean {
  if (typeof o !== 'object') return false;
  const dict = o.dict;
  if (dict === null) return false;
  const c = cacheOf(code);
  const e = c[instr] as AttrEntry | undefined;
  if (e !== undefined && e.cls === o.cls && e.epoch === currentTypeEpoch() && dict.ks[e.slot] === name) {
    dict.vs[e.slot] = v;
    return true;
  }
  if (o instanceof PyType || !instanceAttrCacheable(o.cls, name, true)) return false;
  const slot = dict.slotOfStr(name);
  if (slot < 0) return false;
  c[instr] = { cls: o.cls, epoch: currentTypeEpoch(), slot } satisfies AttrEntry;
  dict.vs[slot] = v;
  return true;
}
