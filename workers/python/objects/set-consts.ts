/**
 * The frozenset constants the compiler makes (a set display of 3+ constants, or a constant set
 * display iterated by `for` / a comprehension or tested with `in`), built exactly as CPython 3.11
 * ends up with them, because their slot order becomes the order of the sets made from them:
 *
 *  1. PyFrozenSet_New(items) in source order;
 *  2. constant merging (merge_consts_recursive) replaces it by a frozenset rebuilt from that
 *     one's iteration order — or by an equal frozenset constant met earlier in the compilation;
 *  3. creating the code object interns identifier-like strings in constants and rebuilds the
 *     frozenset once more if one of its strings was already interned as a different object, i.e.
 *     equals an identifier of the program (the parser interns those) or a start-up name.
 *
 * One-character strings are cached objects shared by the parser's identifiers and literals, so
 * for them only start-up names (distinct objects in the deep-frozen modules) count; '' never does.
 */
import { PyObject, type PyValue } from './object';
import { frozensetType } from './core-types';
import { PyFloat } from './float';
import { PyComplex } from './complex';
import { PyBytes } from './bytes';
import { PyTuple } from './tuple';
import { PySet, HP, hashKeyFast } from './set';
import { NEED } from './set-table';
import { STARTUP_INTERNED_NAMES } from './interned-names';

/** Per-compilation state: constants already made, and the program's identifiers. */
export interface FrozensetConstContext {
  cache: Map<string, PySet>;
  identifiers: Set<string>;
}

export function frozensetConst(items: PyValue[], ctx: FrozensetConstContext): PySet {
  const key = [...new Set(items.map(constItemKey))].sort().join('|');
  const seen = ctx.cache.get(key);
  if (seen !== undefined) return seen;
  let fs = frozensetOf(frozensetOf(items).items());
  if (fs.items().some((x) => typeof x === 'string' && wasInterned(x, ctx))) fs = frozensetOf(fs.items());
  ctx.cache.set(key, fs);
  return fs;
}

function frozensetOf(items: PyValue[]): PySet {
  const s = new PySet(frozensetType);
  for (const x of items) {
    if (!hashKeyFast(x) || s.t.addSync(x, HP.lo, HP.hi) === NEED) throw new Error('internal: non-constant set element');
  }
  return s;
}

let startup: Set<string> | null = null;

/** Would CPython find another interned object equal to this string constant (step 3)? */
function wasInterned(s: string, ctx: FrozensetConstContext): boolean {
  if (!/^[A-Za-z0-9_]+$/.test(s)) return false;
  startup ??= new Set(STARTUP_INTERNED_NAMES.split(/\s+/));
  if (startup.has(s)) return true;
  // A one-character identifier and literal are the same cached object, so only longer ones count
  // (the start-up list holds the characters interned as other objects).
  return s.length > 1 && ctx.identifiers.has(s);
}

/** A type-tagged key for a constant (CPython's _PyCode_ConstantKey: 1, 1.0 and True differ). */
function constItemKey(v: PyValue): string {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return `i${v}`;
    case 'boolean':
      return `b${v}`;
    case 'string':
      return `s${JSON.stringify(v)}`;
  }
  if (v instanceof PyFloat) return Object.is(v.v, -0) ? 'f-0' : `f${v.v}`;
  if (v instanceof PyComplex) return `c${Object.is(v.re, -0) ? '-0' : v.re},${Object.is(v.im, -0) ? '-0' : v.im}`;
  if (v instanceof PyBytes) return `y${Array.from(v.b).join(',')}`;
  if (v instanceof PyTuple) return `t(${v.items.map(constItemKey).join(',')})`;
  return `o${(v as PyObject).cls.name}`; // None, Ellipsis
}

// AST fields that hold identifiers (NAME tokens), which CPython's parser interns.
const IDENT_FIELDS = new Set(['id', 'attr', 'arg', 'name', 'asname', 'module', 'rest']);
const IDENT_LIST_FIELDS = new Set(['names', 'kwd_attrs']);

/** Every identifier of a parsed program (string literals excluded). */
export function collectIdentifiers(node: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) {
    for (const x of node) collectIdentifiers(x, out);
    return out;
  }
  if (node === null || typeof node !== 'object') return out;
  const o = node as Record<string, unknown>;
  if (o._type === 'Constant') return out;
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (typeof v === 'string') {
      // Dotted import names are several NAME tokens.
      if (IDENT_FIELDS.has(k)) for (const part of v.split('.')) out.add(part);
    } else if (IDENT_LIST_FIELDS.has(k) && Array.isArray(v) && v.every((x) => typeof x === 'string')) {
      for (const x of v as string[]) out.add(x);
    } else if (typeof v === 'object') {
      collectIdentifiers(v, out);
    }
  }
  return out;
}
