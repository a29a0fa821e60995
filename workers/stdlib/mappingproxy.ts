/**
 * Methods of `mappingproxy` (type.__dict__, types.MappingProxyType): a read-only view that
 * delegates to dict's own methods on the underlying mapping. The runtime defines the type but
 * no behaviour; collections.abc's _check_methods (`name in B.__dict__`) and types need it.
 */
import type { PyValue } from '../python/objects/object';
import { mappingProxyType, dictType, typeOf, NotImplemented } from '../python/objects/core-types';
import { PyDict } from '../python/objects/dict';
import { PyBuiltin, BuiltinKind } from '../python/objects/builtin';
import { slot, method } from '../python/runtime/define';
import { typeError } from '../python/runtime/errors';
import { callMethod } from '../python/ops/call';
import { pyRepr } from '../python/ops/strrepr';
import { richCompare } from '../python/ops/compare';
import { MappingProxy } from '../python/types/type';
import type { KwArgs } from '../python/vm/native';

function inner(p: PyValue): PyDict {
  return (p as MappingProxy).d;
}

function* viaDict(name: string, p: PyValue, args: PyValue[]) {
  const f = dictType.lookup(name);
  if (f === undefined) typeError(`mappingproxy has no ${name}`);
  return yield* callMethod(f!, inner(p), args);
}

for (const [name, params] of [
  ['__getitem__', 'key, /'], ['__contains__', 'key, /'], ['__iter__', ''], ['__len__', ''],
  ['keys', ''], ['values', ''], ['items', ''], ['__reversed__', ''],
] as const) {
  const def = name.startsWith('__') ? slot : method;
  def(mappingProxyType, name, params, function* (p: PyValue, ...args: PyValue[]) {
    return yield* viaDict(name, p, args.filter((a) => a !== undefined));
  });
}
method(mappingProxyType, 'get', 'key, default=None, /', function* (p: PyValue, k: PyValue, d: PyValue) {
  return yield* viaDict('get', p, [k, d]);
});
method(mappingProxyType, 'copy', '', (p: PyValue) => inner(p).copyInto(new PyDict()));
slot(mappingProxyType, '__repr__', '', function* (p: PyValue) {
  return `mappingproxy(${yield* pyRepr(inner(p))})`;
});
slot(mappingProxyType, '__str__', '', function* (p: PyValue) {
  return yield* pyRepr(inner(p));
});
for (const [op, name] of ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].entries()) {
  slot(mappingProxyType, name, 'other, /', function* (p: PyValue, o: PyValue) {
    return yield* richCompare(inner(p), o instanceof MappingProxy ? o.d : o, op);
  });
}
slot(mappingProxyType, '__or__', 'other, /', function* (p: PyValue, o: PyValue) {
  if (!(o instanceof PyDict) && !(o instanceof MappingProxy)) return NotImplemented;
  const c = inner(p).copyInto(new PyDict());
  yield* callMethod(dictType.lookup('update')!, c, [o instanceof MappingProxy ? o.d : o]);
  return c;
});
// mappingproxy(mapping): types.MappingProxyType(...) constructs one over a dict.
(mappingProxyType.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', (args: PyValue[], kw: KwArgs | null) => {
  const m = args[1] ?? kw?.get('mapping');
  if (!(m instanceof PyDict)) typeError(`mappingproxy() argument must be a mapping, not ${typeOf(m ?? NotImplemented).name}`);
  return new MappingProxy(m as PyDict);
}, BuiltinKind.StaticMethod, mappingProxyType));
