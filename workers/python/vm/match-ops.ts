/**
 * The pattern-matching instructions' work, kept out of the dispatch loop: MATCH_SEQUENCE and
 * MATCH_MAPPING read the subject type's flags (PyType.patmaFlags), MATCH_KEYS and MATCH_CLASS
 * are ports of CPython 3.11's match_keys and match_class (Python/ceval.c), with its messages.
 */
import { PyObject, type PyValue } from '../objects/object';
import { None, typeOf, objectType, tupleType, dictType, typeType } from '../objects/core-types';
import { PyType, TPFLAGS_MAPPING, TPFLAGS_SEQUENCE, TPFLAGS_MATCH_SELF } from '../objects/type';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import { PySet } from '../objects/set';
import { pyGetAttr, pyGetAttrOpt } from '../ops/attr';
import { pyCall, callMethod } from '../ops/call';
import { pyTruthy } from '../ops/truth';
import { strRepr } from '../numfmt/str-repr';
import { pyRepr } from '../ops/strrepr';
import { typeError, valueError } from '../runtime/errors';
import type { NativeGen } from './native';

/** MATCH_SEQUENCE: list, tuple, range, deque, collections.abc.Sequence classes… (not str/bytes). */
export function matchSequence(x: PyValue): boolean {
  return (typeOf(x).patmaFlags & TPFLAGS_SEQUENCE) !== 0;
}

/** MATCH_MAPPING: dict and its subclasses, mappingproxy, collections.abc.Mapping classes. */
export function matchMapping(x: PyValue): boolean {
  return (typeOf(x).patmaFlags & TPFLAGS_MAPPING) !== 0;
}

/**
 * MATCH_KEYS (match_keys): the values of `keys` in `map` as a tuple, or None when one is
 * missing. Values are fetched with map.get(key, dummy), which neither raises nor triggers
 * __missing__ (defaultdict); a key repeated at run time (attribute lookups) is an error.
 */
export function* matchKeysGen(map: PyValue, keysTuple: PyValue): NativeGen {
  const keys = (keysTuple as PyTuple).items;
  if (keys.length === 0) return newTuple([]);
  // dict's own get needs no call (and runs no Python code unless a key's does); an instance
  // attribute named `get` on a dict subclass would shadow it.
  const direct = map instanceof PyDict && typeOf(map).lookup('get') === dictType.lookup('get') &&
    (map.dict === null || map.dict.getStr('get') === undefined);
  const get = direct ? null : yield* pyGetAttr(map, 'get');
  const seen = new PySet();
  const dummy = new PyObject(objectType);
  const values: PyValue[] = [];
  for (const key of keys) {
    if (yield* seen.has(key)) valueError(`mapping pattern checks duplicate key (${yield* pyRepr(key)})`);
    yield* seen.add(key);
    const v = direct ? ((yield* (map as PyDict).get(key)) ?? dummy) : yield* pyCall(get!, [key, dummy]);
    if (v === dummy) return None;
    values.push(v);
  }
  return newTuple(values);
}

/**
 * MATCH_CLASS (match_class): if `subject` is an instance of `cls`, the tuple of its attributes
 * named by cls.__match_args__[:nargs] and then by `kwNames`; None when it is not an instance or
 * lacks one of the attributes.
 */
export function* matchClassGen(subject: PyValue, cls: PyValue, nargs: number, kwNames: PyValue): NativeGen {
  if (!(cls instanceof PyType)) typeError('called match pattern must be a type');
  const type = cls as PyType;
  if (!(yield* isInstance(subject, type))) return None;
  const seen = new Set<string>();
  const attrs: PyValue[] = [];
  if (nargs > 0) {
    let matchSelf = false;
    let matchArgs = yield* pyGetAttrOpt(type, '__match_args__');
    if (matchArgs !== undefined) {
      if (!(matchArgs instanceof PyTuple && matchArgs.cls === tupleType)) {
        typeError(`${type.name}.__match_args__ must be a tuple (got ${typeOf(matchArgs).name})`);
      }
    } else {
      // MATCH_SELF counts only when the class has no __match_args__ (a subclass defining one
      // loses it).
      matchArgs = newTuple([]);
      matchSelf = (type.patmaFlags & TPFLAGS_MATCH_SELF) !== 0;
    }
    const names = (matchArgs as PyTuple).items;
    const allowed = matchSelf ? 1 : names.length;
    if (allowed < nargs) {
      typeError(`${type.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
    }
    if (matchSelf) attrs.push(subject);
    else {
      for (let i = 0; i < nargs; i++) {
        const name = names[i];
        if (typeof name !== 'string') typeError(`__match_args__ elements must be strings (got ${typeOf(name).name})`);
        const v = yield* matchClassAttr(subject, type, name as string, seen);
        if (v === undefined) return None;
        attrs.push(v);
      }
    }
  }
  for (const name of (kwNames as PyTuple).items as string[]) {
    const v = yield* matchClassAttr(subject, type, name, seen);
    if (v === undefined) return None;
    attrs.push(v);
  }
  return newTuple(attrs);
}

/** match_class_attr: the attribute, or undefined when it is missing (no match). */
function* matchClassAttr(subject: PyValue, type: PyType, name: string, seen: Set<string>): NativeGen<PyValue | undefined> {
  if (seen.has(name)) typeError(`${type.name}() got multiple sub-patterns for attribute ${strRepr(name)}`);
  seen.add(name);
  return yield* pyGetAttrOpt(subject, name);
}

/**
 * PyObject_IsInstance for a class: an exact type match first, then the metaclass's
 * __instancecheck__ (ABCMeta's answers for registered classes), else the MRO.
 */
function* isInstance(o: PyValue, cls: PyType): NativeGen<boolean> {
  const t = typeOf(o);
  if (t === cls) return true;
  const meta = cls.cls;
  if (meta !== typeType) {
    const ic = meta.lookup('__instancecheck__');
    if (ic !== undefined && ic !== typeType.lookup('__instancecheck__')) return yield* pyTruthy(yield* callMethod(ic, cls, [o]));
  }
  return t.isSubtypeOf(cls);
}
