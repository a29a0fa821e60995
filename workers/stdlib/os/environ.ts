/**
 * `os.environ`: a str → str mapping seeded from `interp.options.environ`, with CPython's
 * `_Environ` behaviour (KeyError for missing names, "str expected, not int" for bad values,
 * `environ({...})` repr). os.getenv / putenv / unsetenv read and write the same table.
 */
import { PyObject, type PyValue } from '../../python/objects/object';
import { None, typeOf, builtinType, objectType } from '../../python/objects/core-types';
import { PyDict } from '../../python/objects/dict';
import { PyList } from '../../python/objects/list';
import { newTuple } from '../../python/objects/tuple';
import { ListIterator } from '../../python/objects/iterators';
import { method, slot } from '../../python/runtime/define';
import { typeError, keyError } from '../../python/runtime/errors';
import { pyRepr } from '../../python/ops/strrepr';
import { iterToArray } from '../../python/ops/iter';
import { pyGetAttrOpt } from '../../python/ops/attr';
import { pyCall } from '../../python/ops/call';
import { pyGetItem } from '../../python/ops/subscript';
import type { Interpreter } from '../../python/vm/interpreter-state';
import type { NativeGen } from '../../python/vm/native';

export const environType = builtinType('_Environ', objectType, { module: 'os' });

export class Environ extends PyObject {
  constructor(readonly data: PyDict) {
    super(environType);
  }
}

export function environOf(interp: Interpreter): Environ {
  return interp.ext('os.environ', () => {
    const d = new PyDict();
    for (const [k, v] of Object.entries(interp.options.environ)) d.setStr(k, v);
    return new Environ(d);
  });
}

export function environValue(interp: Interpreter, key: string): string | undefined {
  const v = environOf(interp).data.getStr(key);
  return typeof v === 'string' ? v : undefined;
}

function checkStr(v: PyValue): string {
  if (typeof v !== 'string') typeError(`str expected, not ${typeOf(v).name}`);
  return v as string;
}

const E = environType;
slot(E, '__getitem__', 'key, /', (e: Environ, k: PyValue) => {
  const v = typeof k === 'string' ? e.data.getStr(k) : undefined;
  if (v === undefined) keyError(k);
  return v!;
});
slot(E, '__setitem__', 'key, value, /', (e: Environ, k: PyValue, v: PyValue) => {
  e.data.setStr(checkStr(k), checkStr(v));
  return None;
});
slot(E, '__delitem__', 'key, /', (e: Environ, k: PyValue) => {
  if (typeof k !== 'string' || !e.data.delStr(k)) keyError(k);
  return None;
});
slot(E, '__contains__', 'key, /', (e: Environ, k: PyValue) => typeof k === 'string' && e.data.getStr(k) !== undefined);
slot(E, '__len__', '', (e: Environ) => e.data.size);
slot(E, '__iter__', '', (e: Environ) => new ListIterator(new PyList(e.data.keys())));
slot(E, '__repr__', '', function* (e: Environ): NativeGen {
  const parts: string[] = [];
  for (const k of e.data.keys()) parts.push(`${yield* pyRepr(k)}: ${yield* pyRepr(e.data.getStr(k as string)!)}`);
  return `environ({${parts.join(', ')}})`;
});
slot(E, '__eq__', 'other, /', function* (e: Environ, o: PyValue): NativeGen {
  if (o instanceof Environ) return o === e;
  if (!(o instanceof PyDict)) return false;
  if (o.size !== e.data.size) return false;
  for (const k of e.data.keys()) {
    const v = o.getStr(k as string);
    if (v !== e.data.getStr(k as string)) return false;
  }
  return true;
});
method(E, 'get', 'key, default=None, /', (e: Environ, k: PyValue, d: PyValue) => (typeof k === 'string' ? e.data.getStr(k) : undefined) ?? d);
method(E, 'keys', '', (e: Environ) => new PyList(e.data.keys()));
method(E, 'values', '', (e: Environ) => new PyList(e.data.values()));
method(E, 'items', '', (e: Environ) => new PyList(e.data.keys().map((k) => newTuple([k, e.data.getStr(k as string)!]))));
method(E, 'copy', '', (e: Environ) => e.data.copyInto(new PyDict()));
method(E, 'setdefault', 'key, value, /', (e: Environ, k: PyValue, v: PyValue) => {
  const cur = e.data.getStr(checkStr(k));
  if (cur !== undefined) return cur;
  e.data.setStr(k as string, checkStr(v));
  return v;
});
method(E, 'pop', 'key, default=?, /', (e: Environ, k: PyValue, d: PyValue | undefined) => {
  const cur = typeof k === 'string' ? e.data.getStr(k) : undefined;
  if (cur === undefined) {
    if (d === undefined) keyError(k);
    return d!;
  }
  e.data.delStr(k as string);
  return cur;
});
method(E, 'clear', '', (e: Environ) => {
  e.data.clear();
  return None;
});
method(E, 'update', 'other=?, /, **kw', function* (e: Environ, other: PyValue | undefined, kw: Map<string, PyValue> | null): NativeGen {
  if (other !== undefined) {
    const keys = yield* pyGetAttrOpt(other, 'keys');
    if (keys !== undefined) {
      for (const k of yield* iterToArray(yield* pyCall(keys, []))) e.data.setStr(checkStr(k), checkStr(yield* pyGetItem(other, k)));
    } else {
      for (const pair of yield* iterToArray(other)) {
        const [k, v] = yield* iterToArray(pair);
        e.data.setStr(checkStr(k), checkStr(v));
      }
    }
  }
  if (kw !== null) for (const [k, v] of kw) e.data.setStr(k, checkStr(v));
  return None;
});
