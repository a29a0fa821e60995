/**
 * Shared pieces for sequence types: the repr recursion guard (Py_ReprEnter), stable sorting
 * with Python's `<`, and types.GenericAlias for subscripted classes in annotations (list[int]).
 */
import { PyObject, type PyValue } from '../objects/object';
import { builtinType, objectType, typeOf, None } from '../objects/core-types';
import { PyType } from '../objects/type';
import { PyTuple } from '../objects/tuple';
import type { NativeGen } from '../vm/native';
import { compareFast, pyLt } from '../ops/compare';
import { NEED_GEN } from '../ops/attr';
import { pyRepr } from '../ops/strrepr';
import { pyCall } from '../ops/call';
import { method, getter } from '../runtime/define';
import { CMP_LT } from '../compiler/opcodes';
import { moduleQualname } from './type-names';

const reprActive = new Set<PyObject>();

/** Run `body` unless `o` is already being repr'd higher up (then return `recursive`). */
export function* withReprGuard(o: PyObject, recursive: string, body: () => NativeGen<string>): NativeGen<string> {
  if (reprActive.has(o)) return recursive;
  reprActive.add(o);
  try {
    return yield* body();
  } finally {
    reprActive.delete(o);
  }
}

export function* reprItems(items: PyValue[]): NativeGen<string[]> {
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) out.push(yield* pyRepr(items[i]));
  return out;
}

class NeedGen {}
const NEED = new NeedGen();

/**
 * Stable sort of `items` by `keys` using only `<` (so results equal CPython's timsort for any
 * consistent order). Tries a synchronous sort first; falls back to a generator merge sort when
 * some comparison needs Python code.
 */
export function* stableSort(items: PyValue[], keys: PyValue[], reverse: boolean): NativeGen<PyValue[]> {
  const idx = items.map((_, i) => i);
  const lt = (a: PyValue, b: PyValue): boolean => {
    const r = compareFast(a, b, CMP_LT);
    if (r === NEED_GEN) throw NEED;
    return r;
  };
  try {
    idx.sort((i, j) => {
      const a = keys[i];
      const b = keys[j];
      if (reverse ? lt(a, b) : lt(b, a)) return 1;
      if (reverse ? lt(b, a) : lt(a, b)) return -1;
      return 0;
    });
    return idx.map((i) => items[i]);
  } catch (e) {
    if (e !== NEED) throw e;
  }
  const sorted = yield* mergeSort(items.map((_, i) => i), keys, reverse);
  return sorted.map((i) => items[i]);
}

function* mergeSort(idx: number[], keys: PyValue[], reverse: boolean): NativeGen<number[]> {
  if (idx.length < 2) return idx;
  const mid = idx.length >> 1;
  const left = yield* mergeSort(idx.slice(0, mid), keys, reverse);
  const right = yield* mergeSort(idx.slice(mid), keys, reverse);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    // Take from the right only when it is strictly before the left (stability).
    const takeRight = reverse ? yield* pyLt(keys[left[i]], keys[right[j]]) : yield* pyLt(keys[right[j]], keys[left[i]]);
    out.push(takeRight ? right[j++] : left[i++]);
  }
  while (i < left.length) out.push(left[i++]);
  while (j < right.length) out.push(right[j++]);
  return out;
}

// ---- types.GenericAlias ----

export const genericAliasType = builtinType('GenericAlias', objectType, { module: 'types' });

export class PyGenericAlias extends PyObject {
  constructor(readonly origin: PyValue, readonly args: PyTuple) {
    super(genericAliasType);
  }
}

function* aliasArgRepr(a: PyValue): NativeGen<string> {
  if (a instanceof PyType) return moduleQualname(a);
  if (a === None) return 'None';
  return yield* pyRepr(a);
}

method(genericAliasType, '__repr__', '', function* (g: PyGenericAlias) {
  const parts: string[] = [];
  for (const a of g.args.items) parts.push(yield* aliasArgRepr(a));
  return `${yield* aliasArgRepr(g.origin)}[${parts.join(', ')}]`;
});
method(genericAliasType, '__call__', '*args, **kwargs', function* (g: PyGenericAlias, args: PyValue[], kw) {
  return yield* pyCall(g.origin, args, kw);
});
method(genericAliasType, '__getitem__', 'key, /', (g: PyGenericAlias, k: PyValue) => new PyGenericAlias(g.origin, k instanceof PyTuple ? k : new PyTuple([k])));
getter(genericAliasType, '__origin__', (g: PyGenericAlias) => g.origin);
getter(genericAliasType, '__args__', (g: PyGenericAlias) => g.args);

/** __class_getitem__ implementation shared by list, dict, tuple, set, … */
export function classGetItem(cls: PyValue, k: PyValue): PyGenericAlias {
  return new PyGenericAlias(cls, k instanceof PyTuple ? k : new PyTuple([k]));
}

export { typeOf };
