/**
 * Creates every built-in type object (without methods) and defines typeOf().
 *
 * This module must stay a leaf of the import graph apart from object/type/dict: it is evaluated
 * first, and every other module attaches methods to these objects later (see ../runtime/init.ts).
 */
import { PyObject, type PyValue } from './object';
import { PyType, TPFLAGS_SEQUENCE, TPFLAGS_MAPPING, TPFLAGS_MATCH_SELF } from './type';
import { PyDict, setObjectTypeForDict } from './dict';

function bootstrapNs(): PyDict {
  // dictType does not exist yet for the very first namespaces; patched below.
  return new PyDict(undefined, true);
}

export const typeType = new PyType(null, 'type', [], bootstrapNs(), false);
export const objectType = new PyType(null, 'object', [], bootstrapNs(), false);
typeType.cls = typeType;
objectType.cls = typeType;
typeType.bases = [objectType];
typeType.base = objectType;
objectType.mro = [objectType];
typeType.mro = [typeType, objectType];
export const dictType = new PyType(typeType, 'dict', [objectType], bootstrapNs(), false);
dictType.mro = [dictType, objectType];
for (const t of [typeType, objectType, dictType]) (t.dict as PyDict).cls = dictType;
setObjectTypeForDict(objectType);

export interface BuiltinTypeOptions {
  /** Python code may not subclass it ("type 'X' is not an acceptable base type"). */
  final?: boolean;
  /** Instances are not dict keys by identity (unhashable, or hashed by value). */
  valueKeyed?: boolean;
  module?: string;
  /** Instances of this built-in type carry a __dict__ (functions, modules). */
  instanceDict?: boolean;
}

/**
 * Built-in types whose instances carry a __dict__ get a `__dict__` descriptor in their own
 * namespace, as in CPython (object has none); types/object.ts installs it (`install`), for the
 * types created before it is loaded from `pending`.
 */
export const instanceDictHook: { install: ((t: PyType) => void) | null; pending: PyType[] } = { install: null, pending: [] };

/** A built-in type with a single base; its layout is itself unless it adds no state. */
export function builtinType(name: string, base: PyType = objectType, opts: BuiltinTypeOptions = {}): PyType {
  const t = new PyType(typeType, name, [base], new PyDict(dictType), false);
  t.mro = [t, ...base.mro];
  // type_ready: a built-in subtype of dict, list… is a mapping, sequence… too.
  t.patmaFlags = base.patmaFlags;
  t.subclassable = !opts.final;
  t.identityKeyed = !opts.valueKeyed;
  t.instancesHaveDict = !!opts.instanceDict;
  if (opts.module) t.module = opts.module;
  if (opts.instanceDict) {
    if (instanceDictHook.install !== null) instanceDictHook.install(t);
    else instanceDictHook.pending.push(t);
  }
  return t;
}

export const intType = builtinType('int', objectType, { valueKeyed: true });
export const boolType = builtinType('bool', intType, { final: true, valueKeyed: true });
export const floatType = builtinType('float', objectType, { valueKeyed: true });
export const complexType = builtinType('complex', objectType, { valueKeyed: true });
export const strType = builtinType('str', objectType, { valueKeyed: true });
export const bytesType = builtinType('bytes', objectType, { valueKeyed: true });
export const bytearrayType = builtinType('bytearray', objectType, { valueKeyed: true });
export const listType = builtinType('list', objectType, { valueKeyed: true });
export const tupleType = builtinType('tuple', objectType, { valueKeyed: true });
dictType.identityKeyed = false;
export const setType = builtinType('set', objectType, { valueKeyed: true });
export const frozensetType = builtinType('frozenset', objectType, { valueKeyed: true });
export const rangeType = builtinType('range', objectType, { final: true, valueKeyed: true });
export const sliceType = builtinType('slice', objectType, { final: true, valueKeyed: true });
export const noneType = builtinType('NoneType', objectType, { final: true });
export const notImplementedType = builtinType('NotImplementedType', objectType, { final: true });
export const ellipsisType = builtinType('ellipsis', objectType, { final: true });
export const functionType = builtinType('function', objectType, { final: true, instanceDict: true });
export const builtinFunctionType = builtinType('builtin_function_or_method', objectType, { final: true });
export const methodDescriptorType = builtinType('method_descriptor', objectType, { final: true });
export const wrapperDescriptorType = builtinType('wrapper_descriptor', objectType, { final: true });
export const classmethodDescriptorType = builtinType('classmethod_descriptor', objectType, { final: true });
export const getsetDescriptorType = builtinType('getset_descriptor', objectType, { final: true });
export const memberDescriptorType = builtinType('member_descriptor', objectType, { final: true });
export const methodType = builtinType('method', objectType, { final: true, valueKeyed: true });
export const propertyType = builtinType('property');
export const staticmethodType = builtinType('staticmethod', objectType, { instanceDict: true });
export const classmethodType = builtinType('classmethod', objectType, { instanceDict: true });
export const superType = builtinType('super');
export const cellType = builtinType('cell', objectType, { final: true });
export const codeType = builtinType('code', objectType, { final: true });
export const moduleType = builtinType('module', objectType, { instanceDict: true });
export const generatorType = builtinType('generator', objectType, { final: true });
export const coroutineType = builtinType('coroutine', objectType, { final: true });
export const asyncGeneratorType = builtinType('async_generator', objectType, { final: true });
export const coroutineWrapperType = builtinType('coroutine_wrapper', objectType, { final: true });
export const frameType = builtinType('frame', objectType, { final: true });
export const tracebackType = builtinType('traceback', objectType, { final: true });
export const mappingProxyType = builtinType('mappingproxy', objectType, { final: true, valueKeyed: true });
export const dictKeysType = builtinType('dict_keys', objectType, { final: true, valueKeyed: true });
export const dictValuesType = builtinType('dict_values', objectType, { final: true });
export const dictItemsType = builtinType('dict_items', objectType, { final: true, valueKeyed: true });

// Pattern matching: what sequence and mapping patterns accept (str/bytes/bytearray are not
// sequences there), and the types whose single positional sub-pattern matches the subject itself.
for (const t of [listType, tupleType, rangeType]) t.patmaFlags |= TPFLAGS_SEQUENCE;
for (const t of [dictType, mappingProxyType]) t.patmaFlags |= TPFLAGS_MAPPING;
for (const t of [boolType, bytearrayType, bytesType, dictType, floatType, frozensetType, intType, listType, setType, strType, tupleType]) {
  t.patmaFlags |= TPFLAGS_MATCH_SELF;
}

/** Iterator types (not subclassable, identity-keyed). */
function iterType(name: string, opts: BuiltinTypeOptions = { final: true }): PyType {
  return builtinType(name, objectType, opts);
}
export const listIteratorType = iterType('list_iterator');
export const listReverseIteratorType = iterType('list_reverseiterator');
export const tupleIteratorType = iterType('tuple_iterator');
export const rangeIteratorType = iterType('range_iterator');
export const longRangeIteratorType = iterType('longrange_iterator');
export const strIteratorType = iterType('str_ascii_iterator');
export const strUnicodeIteratorType = iterType('str_iterator');
export const bytesIteratorType = iterType('bytes_iterator');
export const bytearrayIteratorType = iterType('bytearray_iterator');
export const dictKeyIteratorType = iterType('dict_keyiterator');
export const dictValueIteratorType = iterType('dict_valueiterator');
export const dictItemIteratorType = iterType('dict_itemiterator');
export const dictReverseKeyIteratorType = iterType('dict_reversekeyiterator');
export const dictReverseValueIteratorType = iterType('dict_reversevalueiterator');
export const dictReverseItemIteratorType = iterType('dict_reverseitemiterator');
export const setIteratorType = iterType('set_iterator');
export const seqIteratorType = iterType('iterator');
export const callableIteratorType = iterType('callable_iterator');
export const enumerateType = iterType('enumerate', {});
export const zipType = iterType('zip', {});
export const mapType = iterType('map', {});
export const filterType = iterType('filter', {});
export const reversedType = iterType('reversed', {});

/** Convenience alias for modules that list types. */
export type PyTypeAlias = PyType;

/** The Python type of any value. */
export function typeOf(x: PyValue): PyType {
  switch (typeof x) {
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    default:
      return (x as PyObject).cls;
  }
}

/** The singletons. */
export const None = new PyObject(noneType);
export const NotImplemented = new PyObject(notImplementedType);
export const Ellipsis = new PyObject(ellipsisType);
