/**
 * types.UnionType: `int | str`, `list[int] | None` (CPython's Objects/unionobject.c, 3.11).
 * isinstance()/issubclass() treat a union as the tuple of its args (see builtins/introspection.ts).
 */
import { PyObject, type PyValue } from '../objects/object';
import { None, NotImplemented, typeOf, objectType, builtinType, noneType } from '../objects/core-types';
import { PyType } from '../objects/type';
import { PyTuple } from '../objects/tuple';
import { frozensetType } from '../objects/core-types';
import { newSetFromItems } from '../objects/set';
import { method, slot, getter } from '../runtime/define';
import { typeError } from '../runtime/errors';
import { PyDict } from '../objects/dict';
import { PyBuiltin, BuiltinKind } from '../objects/builtin';
import { pyRepr, pyStr } from '../ops/strrepr';
import { pyGetAttrOpt } from '../ops/attr';
import { pyHash } from '../ops/hash';
import { richCompare, pyEq } from '../ops/compare';
import { CMP_EQ, CMP_NE } from '../compiler/opcodes';
import { hashToPyInt } from '../hashing';
import type { NativeGen } from '../vm/native';
import { genericAliasType, PyGenericAlias } from './seq-util';

export const unionType = builtinType('UnionType', objectType, { module: 'types', final: true, valueKeyed: true });
(unionType.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', () => typeError("cannot create 'types.UnionType' instances"), BuiltinKind.StaticMethod, unionType));

export class PyUnion extends PyObject {
  constructor(readonly args: PyTuple) {
    super(unionType);
  }
}

function* isTypingName(o: PyValue, name: string): NativeGen<boolean> {
  const t = typeOf(o);
  if (t.name !== name) return false;
  return (yield* pyGetAttrOpt(t, '__module__')) === 'typing';
}

/** is_unionable: None, a class, a generic alias, a union, or typing's TypeVar / NewType / special forms. */
function* isUnionable(o: PyValue): NativeGen<boolean> {
  if (o === None || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnion) return true;
  if (yield* isTypingName(o, 'TypeVar')) return true;
  if (yield* isTypingName(o, '_SpecialForm')) return true;
  if (typeOf(o).name === 'function' && (yield* pyGetAttrOpt(o, '__module__')) === 'typing') return true;
  return false;
}

/** make_union: flatten nested unions, None → NoneType, drop duplicates; one left → itself. */
function* makeUnion(items: PyValue[]): NativeGen<PyValue> {
  const flat: PyValue[] = [];
  for (const a of items) {
    if (a instanceof PyUnion) flat.push(...a.args.items);
    else flat.push(a === None ? noneType : a);
  }
  const out: PyValue[] = [];
  for (const a of flat) {
    let dup = false;
    for (const b of out) {
      dup = a instanceof PyGenericAlias && b instanceof PyGenericAlias ? yield* pyEq(a, b) : a === b;
      if (dup) break;
    }
    if (!dup) out.push(a);
  }
  if (out.length === 1) return out[0];
  return new PyUnion(new PyTuple(out));
}

/** _Py_union_type_or: `a | b` for unionable operands, else NotImplemented. */
export function* unionOr(a: PyValue, b: PyValue): NativeGen<PyValue> {
  if (!(yield* isUnionable(a)) || !(yield* isUnionable(b))) return NotImplemented;
  return yield* makeUnion([a, b]);
}

/** union_repr_item. */
function* reprItem(p: PyValue): NativeGen<string> {
  if (p === noneType) return 'None';
  if ((yield* pyGetAttrOpt(p, '__origin__')) !== undefined && (yield* pyGetAttrOpt(p, '__args__')) !== undefined) {
    return yield* pyRepr(p);
  }
  const qualname = yield* pyGetAttrOpt(p, '__qualname__');
  if (qualname === undefined) return yield* pyRepr(p);
  const module = yield* pyGetAttrOpt(p, '__module__');
  if (module === undefined || module === None) return yield* pyRepr(p);
  if (module === 'builtins') return yield* pyStr(qualname);
  return `${yield* pyStr(module)}.${yield* pyStr(qualname)}`;
}

slot(unionType, '__repr__', '', function* (u: PyUnion) {
  const parts: string[] = [];
  for (const a of u.args.items) parts.push(yield* reprItem(a));
  return parts.join(' | ');
});
slot(unionType, '__or__', 'other, /', function* (u: PyUnion, o: PyValue) {
  return yield* unionOr(u, o);
});
slot(unionType, '__ror__', 'other, /', function* (u: PyUnion, o: PyValue) {
  return yield* unionOr(o, u);
});
slot(unionType, '__hash__', '', function* (u: PyUnion) {
  return hashToPyInt(yield* pyHash(yield* newSetFromItems(u.args.items, frozensetType)));
});
for (const [name, op] of [['__eq__', CMP_EQ], ['__ne__', CMP_NE]] as const) {
  slot(unionType, name, 'other, /', function* (u: PyUnion, o: PyValue) {
    if (!(o instanceof PyUnion)) return NotImplemented;
    const a = yield* newSetFromItems(u.args.items);
    const b = yield* newSetFromItems(o.args.items);
    return yield* richCompare(a, b, op);
  });
}
getter(unionType, '__args__', (u: PyUnion) => u.args);
getter(unionType, '__parameters__', (u: PyUnion) => {
  // _Py_make_parameters: the type variables among the args.
  const params: PyValue[] = [];
  for (const a of u.args.items) if (typeOf(a).name === 'TypeVar' && !params.includes(a)) params.push(a);
  return new PyTuple(params);
});

// `list[int] | None` and `None | list[int]`.
method(genericAliasType, '__or__', 'other, /', function* (g: PyGenericAlias, o: PyValue) {
  return yield* unionOr(g, o);
});
method(genericAliasType, '__ror__', 'other, /', function* (g: PyGenericAlias, o: PyValue) {
  return yield* unionOr(o, g);
});
method(genericAliasType, '__instancecheck__', 'obj, /', () => typeError('isinstance() argument 2 cannot be a parameterized generic'));
method(genericAliasType, '__subclasscheck__', 'cls, /', () => typeError('issubclass() argument 2 cannot be a parameterized generic'));
