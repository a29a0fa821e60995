/**
 * Shared pieces for sequence types: the repr recursion guard (Py_ReprEnter) and
 * types.GenericAlias for subscripted classes in annotations (list[int]).
 */
import { PyObject, type PyValue } from '../objects/object';
import { builtinType, objectType, typeOf, None, Ellipsis } from '../objects/core-types';
import { PyType } from '../objects/type';
import { PyTuple } from '../objects/tuple';
import type { NativeGen } from '../vm/native';
import { pyRepr, pyStr } from '../ops/strrepr';
import { pyGetAttrOpt } from '../ops/attr';
import { pyCall } from '../ops/call';
import { method, getter } from '../runtime/define';
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

// ---- types.GenericAlias ----

export const genericAliasType = builtinType('GenericAlias', objectType, { module: 'types' });

export class PyGenericAlias extends PyObject {
  constructor(readonly origin: PyValue, readonly args: PyTuple) {
    super(genericAliasType);
  }
}

/** CPython's ga_repr_item. */
function* aliasArgRepr(a: PyValue): NativeGen<string> {
  if (a instanceof PyType) return moduleQualname(a);
  if (a === Ellipsis) return '...';
  if (a === None || typeof a !== 'object' || a instanceof PyGenericAlias) return yield* pyRepr(a);
  if ((yield* pyGetAttrOpt(a, '__origin__')) !== undefined && (yield* pyGetAttrOpt(a, '__args__')) !== undefined) return yield* pyRepr(a);
  const qn = yield* pyGetAttrOpt(a, '__qualname__');
  const mod = yield* pyGetAttrOpt(a, '__module__');
  if (qn === undefined || mod === undefined) return yield* pyRepr(a);
  if (mod === 'builtins') return yield* pyStr(qn);
  return `${yield* pyStr(mod)}.${yield* pyStr(qn)}`;
}

method(genericAliasType, '__repr__', '', function* (g: PyGenericAlias) {
  const parts: string[] = [];
  for (const a of g.args.items) parts.push(yield* aliasArgRepr(a));
  if (parts.length === 0) parts.push('()');
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
