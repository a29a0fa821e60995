/**
 * The `json` package: dumps/dump/loads/load, JSONEncoder (subclassable: `default` overrides
 * and `cls=` work), JSONDecoder, JSONDecodeError, and the `json.decoder` / `json.encoder`
 * submodules where those classes live.
 */
import { PyObject, type PyValue } from '../../python/objects/object';
import { None, typeOf, objectType } from '../../python/objects/core-types';
import { PyModule } from '../../python/objects/module';
import { PyList } from '../../python/objects/list';
import { PyMemoryView } from '../../python/objects/memoryview';
import { PyDict } from '../../python/objects/dict';
import { PyTuple, newTuple } from '../../python/objects/tuple';
import { ListIterator } from '../../python/objects/iterators';
import { func, method, slot } from '../../python/runtime/define';
import { typeError } from '../../python/runtime/errors';
import { pyGetAttr } from '../../python/ops/attr';
import { pyCall } from '../../python/ops/call';
import type { Interpreter } from '../../python/vm/interpreter-state';
import type { KwArgs, NativeGen } from '../../python/vm/native';
import { bytesLike, cType, defineAll } from '../ioutil';
import { encodeValue, callableDefault, type EncodeOptions } from './encode';
import { decodeDocument, decodeError, jsonDecodeErrorType, type DecodeHooks } from './decode';

export const encoderType = cType('json.encoder.JSONEncoder', objectType, { instanceDict: true });
export const decoderType = cType('json.decoder.JSONDecoder', objectType, { instanceDict: true });
encoderType.alloc = (cls) => new PyObject(cls);
decoderType.alloc = (cls) => new PyObject(cls);

const ENC_PARAMS = '*, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False, indent=None, separators=None, default=None';
const ENC_NAMES = ['skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'sort_keys', 'indent', 'separators', 'default'];

function* encodeOptions(vals: PyValue[], defaultFn: EncodeOptions['defaultFn']): NativeGen<EncodeOptions> {
  const [skipkeys, ensureAscii, checkCircular, allowNan, sortKeys, indent, separators] = vals;
  let ind: string | null = null;
  if (indent !== None) {
    if (typeof indent === 'string') ind = indent;
    else if (typeof indent === 'number') ind = ' '.repeat(Math.max(0, indent));
    else typeError(`can't multiply sequence by non-int of type '${typeOf(indent).name}'`);
  }
  let itemSep = ind === null ? ', ' : ',';
  let keySep = ': ';
  if (separators !== None) {
    const items = separators instanceof PyTuple || separators instanceof PyList ? separators.items : [];
    if (items.length !== 2 || typeof items[0] !== 'string' || typeof items[1] !== 'string') typeError('separators must be a (item_separator, key_separator) pair of strs');
    [itemSep, keySep] = items as string[];
  }
  return { skipkeys: skipkeys === true, ensureAscii: ensureAscii !== false, checkCircular: checkCircular !== false, allowNan: allowNan !== false, indent: ind, itemSep, keySep, sortKeys: sortKeys === true, defaultFn };
}

slot(encoderType, '__init__', ENC_PARAMS, (self: PyObject, ...vals: PyValue[]) => {
  const d = self.dict ?? (self.dict = new PyDict());
  ENC_NAMES.forEach((n, i) => {
    if (n !== 'default' && n !== 'separators') d.setStr(n, vals[i]);
    else if (n === 'default' && vals[i] !== None) d.setStr(n, vals[i]);
  });
  // Like CPython: explicit separators win; with an indent the item separator loses its space.
  const seps = vals[6];
  if (seps instanceof PyTuple && seps.items.length === 2) {
    d.setStr('item_separator', seps.items[0]);
    d.setStr('key_separator', seps.items[1]);
  } else if (vals[5] !== None) d.setStr('item_separator', ',');
  return None;
});
method(encoderType, 'default', 'o', (self: PyObject, o: PyValue) => typeError(`Object of type ${typeOf(o).name} is not JSON serializable`));
method(encoderType, 'encode', 'o', function* (self: PyObject, o: PyValue): NativeGen {
  return yield* encodeWith(self, o);
});
method(encoderType, 'iterencode', 'o, _one_shot=False', function* (self: PyObject, o: PyValue): NativeGen {
  return new ListIterator(new PyList([yield* encodeWith(self, o)]));
});

function* encodeWith(self: PyObject, o: PyValue): NativeGen<string> {
  const vals: PyValue[] = [];
  for (const n of ENC_NAMES.slice(0, 6)) vals.push(yield* pyGetAttr(self, n));
  vals.push(newTuple([yield* pyGetAttr(self, 'item_separator'), yield* pyGetAttr(self, 'key_separator')]));
  const dflt = yield* pyGetAttr(self, 'default');
  return yield* encodeValue(o, yield* encodeOptions(vals, callableDefault(dflt)));
}
for (const [n, v] of [['skipkeys', false], ['ensure_ascii', true], ['check_circular', true], ['allow_nan', true], ['sort_keys', false], ['indent', None]] as [string, PyValue][]) {
  encoderType.dict!.setStr(n, v);
}
encoderType.dict!.setStr('item_separator', ', ');
encoderType.dict!.setStr('key_separator', ': ');

const DEC_NAMES = ['object_hook', 'parse_float', 'parse_int', 'parse_constant', 'strict', 'object_pairs_hook'];
slot(decoderType, '__init__', '*, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True, object_pairs_hook=None', (self: PyObject, ...vals: PyValue[]) => {
  const d = self.dict ?? (self.dict = new PyDict());
  DEC_NAMES.forEach((n, i) => d.setStr(n, vals[i]));
  return None;
});
method(decoderType, 'decode', 's', function* (self: PyObject, s: PyValue): NativeGen {
  const v: PyValue[] = [];
  for (const n of DEC_NAMES) v.push(yield* pyGetAttr(self, n));
  return yield* decodeDocument(docText(s), { objectHook: v[0], parseFloat: v[1], parseInt: v[2], parseConstant: v[3], strict: v[4] !== false, pairsHook: v[5] });
});

function docText(s: PyValue): string {
  if (typeof s === 'string') {
    if (s.startsWith('\ufeff')) decodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0);
    return s;
  }
  // json.loads checks isinstance(s, (bytes, bytearray)): a memoryview is refused.
  const b = s instanceof PyMemoryView ? null : bytesLike(s);
  if (b === null) typeError(`the JSON object must be str, bytes or bytearray, not ${typeOf(s).name}`);
  let text = new TextDecoder('utf-8').decode(b!);
  if (text.startsWith('\ufeff')) text = text.slice(1);
  return text;
}

const DUMPS_PARAMS = `obj, ${ENC_PARAMS}, cls=None, **kw`;

function* dumpsImpl(obj: PyValue, vals: PyValue[], cls: PyValue, kw: KwArgs | null): NativeGen<string> {
  if (cls === None && (kw === null || kw.size === 0)) {
    const dflt = vals[7];
    return yield* encodeValue(obj, yield* encodeOptions(vals, dflt === None ? null : callableDefault(dflt)));
  }
  const kwargs = new Map<string, PyValue>(ENC_NAMES.map((n, i) => [n, vals[i]]));
  if (kw !== null) for (const [k, v] of kw) kwargs.set(k, v);
  const enc = yield* pyCall(cls === None ? encoderType : cls, [], kwargs);
  const r = yield* pyCall(yield* pyGetAttr(enc, 'encode'), [obj]);
  if (typeof r !== 'string') typeError(`encode() returned non-str ${typeOf(r).name}`);
  return r as string;
}

const LOADS_NAMES = ['object_hook', 'parse_float', 'parse_int', 'parse_constant', 'object_pairs_hook'];
function* loadsImpl(s: PyValue, cls: PyValue, vals: PyValue[], kw: KwArgs | null): NativeGen {
  if (cls === None && (kw === null || kw.size === 0)) {
    const [objectHook, parseFloat, parseInt, parseConstant, pairsHook] = vals;
    const hooks: DecodeHooks = { objectHook, parseFloat, parseInt, parseConstant, pairsHook, strict: true };
    return yield* decodeDocument(docText(s), hooks);
  }
  const kwargs = new Map<string, PyValue>();
  LOADS_NAMES.forEach((n, i) => {
    if (vals[i] !== None) kwargs.set(n, vals[i]);
  });
  if (kw !== null) for (const [k, v] of kw) kwargs.set(k, v);
  const dec = yield* pyCall(cls === None ? decoderType : cls, [], kwargs);
  return yield* pyCall(yield* pyGetAttr(dec, 'decode'), [typeof s === 'string' ? s : docText(s)]);
}

function subModule(interp: Interpreter, name: string, entries: [string, PyValue][]): PyModule {
  const m = new PyModule(name);
  m.ns.setStr('__name__', name);
  m.ns.setStr('__doc__', None);
  m.ns.setStr('__package__', 'json');
  for (const [k, v] of entries) m.ns.setStr(k, v);
  interp.modules.setStr(name, m);
  return m;
}

export function initJson(interp: Interpreter, m: PyModule): void {
  const ns = m.ns;
  ns.setStr('__path__', new PyList([]));
  ns.setStr('__package__', 'json');
  ns.setStr('JSONEncoder', encoderType);
  ns.setStr('JSONDecoder', decoderType);
  ns.setStr('JSONDecodeError', jsonDecodeErrorType);
  ns.setStr('decoder', subModule(interp, 'json.decoder', [['JSONDecoder', decoderType], ['JSONDecodeError', jsonDecodeErrorType]]));
  ns.setStr('encoder', subModule(interp, 'json.encoder', [['JSONEncoder', encoderType]]));
  defineAll(m, [
    func('dumps', DUMPS_PARAMS, function* (obj: PyValue, ...rest: PyValue[]): NativeGen {
      const kw = rest.pop() as unknown as KwArgs | null;
      const cls = rest.pop()!;
      return yield* dumpsImpl(obj, rest, cls, kw);
    }),
    func('dump', `obj, fp, ${ENC_PARAMS}, cls=None, **kw`, function* (obj: PyValue, fp: PyValue, ...rest: PyValue[]): NativeGen {
      const kw = rest.pop() as unknown as KwArgs | null;
      const cls = rest.pop()!;
      const text = yield* dumpsImpl(obj, rest, cls, kw);
      yield* pyCall(yield* pyGetAttr(fp, 'write'), [text]);
      return None;
    }),
    func('loads', 's, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None, **kw', function* (s: PyValue, cls: PyValue, ...rest: PyValue[]): NativeGen {
      const kw = rest.pop() as unknown as KwArgs | null;
      return yield* loadsImpl(s, cls, rest, kw);
    }),
    func('load', 'fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None, **kw', function* (fp: PyValue, cls: PyValue, ...rest: PyValue[]): NativeGen {
      const kw = rest.pop() as unknown as KwArgs | null;
      const text = yield* pyCall(yield* pyGetAttr(fp, 'read'), []);
      return yield* loadsImpl(text, cls, rest, kw);
    }),
  ]);
}
