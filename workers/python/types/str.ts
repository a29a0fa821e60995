/**
 * The `str` type: constructor and special methods. Exact strs are JS strings and mostly take the
 * VM's fast paths in ops/ (indexing, +, *, in, comparison, hashing, repr); these slots are what
 * explicit `str.__x__(s, …)` calls and user subclasses (PyStrSub, see str-args.ts) reach, and
 * they must agree with those fast paths. Named methods live in str-methods.ts / str-case-methods.ts,
 * `%` in percent-format.ts and str.format in str-format.ts.
 *
 * Representation limit: a Python str may hold a lone high surrogate followed by a lone low
 * surrogate as two characters; as a JS string they form one astral character, so such strs
 * (only producible with escapes or surrogate error handlers) count and compare differently.
 */
import type { PyValue } from '../objects/object';
import { strType, typeOf, NotImplemented } from '../objects/core-types';
import { PyType } from '../objects/type';
import { PyTuple } from '../objects/tuple';
import { PySlice } from '../objects/range';
import { BuiltinKind, PyBuiltin } from '../objects/builtin';
import { type PyDict, installHeapKeyValue } from '../objects/dict';
import { StrIterator } from '../objects/iterators';
import { cpLength, cpAt, cpSliceStep, isBmp } from '../objects/strutil';
import { slot } from '../runtime/define';
import { sig } from '../runtime/args';
import { typeError, memoryErrorType, throwPy } from '../runtime/errors';
import { repeatCountOf } from '../ops/arith';
import { compareStrs, cmpResult, CMP_DUNDER } from '../ops/compare';
import { pyIndex, indexFast, seqIndex, sliceIndices } from '../ops/subscript';
import { pyStr } from '../ops/strrepr';
import { hashString, hashToPyInt } from '../hashing';
import { strRepr } from '../numfmt/str-repr';
import { formatStr } from '../numfmt/format-str';
import type { KwArgs, NativeGen } from '../vm/native';
import { PyStrSub, asStr, argTypeName } from './str-args';
import { decodeBytes } from './str-codecs';
import { bufferOrNull } from './bytes-core';
import { percentFormat } from './percent-format';
import './str-methods';
import './str-case-methods';
import './str-format';

strType.alloc = (cls) => new PyStrSub('', cls);

// Subclass instances that keep str's __eq__ and __hash__ are the same dict key as their value.
installHeapKeyValue((k) => {
  if (!(k instanceof PyStrSub)) return undefined;
  const t = k.cls;
  return t.lookup('__eq__') === strType.lookup('__eq__') && t.lookup('__hash__') === strType.lookup('__hash__') ? k.v : undefined;
});

/** A str result of the right class: exact str for str, a PyStrSub for subclasses. */
export function strOfClass(s: string, cls: PyType): PyValue {
  return cls === strType ? s : new PyStrSub(s, cls);
}

const newSig = sig('str', 'object=?, encoding=?, errors=?');

/** str(object='') / str(bytes, encoding='utf-8', errors='strict') */
function* strNew(args: PyValue[], kw: KwArgs | null): NativeGen {
  if (args.length === 0) typeError('str.__new__(): not enough arguments');
  const cls = args[0];
  if (!(cls instanceof PyType)) return typeError(`str.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtypeOf(strType)) typeError(`str.__new__(${cls.name}): ${cls.name} is not a subtype of str`);
  const [obj, enc, errs] = newSig.bind(args, kw, 1) as (PyValue | undefined)[];
  let s: string;
  if (enc === undefined && errs === undefined) s = obj === undefined ? '' : yield* pyStr(obj);
  else {
    if (enc !== undefined && typeof enc !== 'string') typeError(`str() argument 'encoding' must be str, not ${argTypeName(enc)}`);
    if (errs !== undefined && typeof errs !== 'string') typeError(`str() argument 'errors' must be str, not ${argTypeName(errs)}`);
    if (obj === undefined) s = '';
    else {
      const b = bufferOrNull(obj);
      if (b === null) {
        if (asStr(obj) !== null) typeError('decoding str is not supported');
        typeError(`decoding to str: need a bytes-like object, ${typeOf(obj).name} found`);
      }
      s = decodeBytes(b!, (enc as string | undefined) ?? 'utf-8', (errs as string | undefined) ?? 'strict', obj);
    }
  }
  return strOfClass(s, cls);
}
(strType.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', strNew, BuiltinKind.StaticMethod, strType));

function needStr(x: PyValue, name: string): string {
  const s = asStr(x);
  if (s === null) typeError(`descriptor '${name}' requires a 'str' object but received a '${typeOf(x).name}'`);
  return s!;
}

slot(strType, '__len__', '', (self: PyValue) => cpLength(needStr(self, '__len__')));
slot(strType, '__iter__', '', (self: PyValue) => {
  const s = needStr(self, '__iter__');
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) { ascii = false; break; }
  return new StrIterator(s, ascii);
});
slot(strType, '__getitem__', 'key, /', function* (self: PyValue, k: PyValue) {
  const s = needStr(self, '__getitem__');
  if (k instanceof PySlice) {
    const [start, stop, step] = sliceIndices(k, cpLength(s));
    return cpSliceStep(s, start, stop, step);
  }
  if (indexFast(k) === null && typeOf(k).lookup('__index__') === undefined) {
    typeError(`string indices must be integers, not '${typeOf(k).name}'`);
  }
  const i = yield* pyIndex(k);
  if (isBmp(s)) return s[seqIndex(i, s.length, 'string index out of range')];
  return cpAt(s, seqIndex(i, cpLength(s), 'string index out of range'));
});
slot(strType, '__contains__', 'key, /', (self: PyValue, x: PyValue) => {
  const s = needStr(self, '__contains__');
  const sub = asStr(x);
  if (sub === null) typeError(`'in <string>' requires string as left operand, not ${typeOf(x).name}`);
  return s.includes(sub!);
});
/**
 * A user class whose reflected operator CPython would try before str's sequence slots (one its
 * built-in base, such as int for an int subclass, does not define the same way).
 */
function hasUserReflected(o: PyValue, name: string): boolean {
  if (typeof o !== 'object' || !o.cls.isHeap) return false;
  const f = o.cls.lookup(name);
  return f !== undefined && f !== o.cls.layout.lookup(name);
}

// str has sq_concat rather than nb_add, so CPython tries `x.__radd__` before failing; we return
// NotImplemented for user classes with __radd__ and raise the sq_concat error otherwise.
slot(strType, '__add__', 'value, /', (self: PyValue, o: PyValue) => {
  const s = needStr(self, '__add__');
  const t = asStr(o);
  if (t !== null) return s + t;
  if (hasUserReflected(o, '__radd__')) return NotImplemented;
  return typeError(`can only concatenate str (not "${typeOf(o).name}") to str`);
});

/** Upper bound on repetition results, matching ops/arith.ts (MemoryError instead of a hang). */
const MAX_LEN = 1 << 28;
function* repeat(self: PyValue, n: PyValue, name: string): NativeGen {
  const s = needStr(self, name);
  // sq_repeat comes after the other operand's __rmul__ in CPython's dispatch.
  if (name === '__mul__' && hasUserReflected(n, '__rmul__')) return NotImplemented;
  if (indexFast(n) === null && typeOf(n).lookup('__index__') === undefined) return NotImplemented;
  const k = repeatCountOf(yield* pyIndex(n));
  if (k <= 0 || s.length === 0) return '';
  if (s.length * k > MAX_LEN) throwPy(memoryErrorType, '');
  return s.repeat(k);
}
slot(strType, '__mul__', 'value, /', function* (self: PyValue, n: PyValue) {
  return yield* repeat(self, n, '__mul__');
});
slot(strType, '__rmul__', 'value, /', function* (self: PyValue, n: PyValue) {
  return yield* repeat(self, n, '__rmul__');
});
slot(strType, '__mod__', 'value, /', function* (self: PyValue, args: PyValue) {
  return yield* percentFormat(needStr(self, '__mod__'), args);
});
slot(strType, '__rmod__', 'value, /', function* (self: PyValue, other: PyValue) {
  needStr(self, '__rmod__');
  const f = asStr(other);
  if (f === null) return NotImplemented;
  return yield* percentFormat(f, self);
});
CMP_DUNDER.forEach((name, op) => {
  slot(strType, name, 'value, /', (self: PyValue, o: PyValue) => {
    const a = needStr(self, name);
    const b = asStr(o);
    if (b === null) return NotImplemented;
    return cmpResult(compareStrs(a, b), op);
  });
});
slot(strType, '__hash__', '', (self: PyValue) => hashToPyInt(hashString(needStr(self, '__hash__'))));
slot(strType, '__repr__', '', (self: PyValue) => strRepr(needStr(self, '__repr__')));
slot(strType, '__str__', '', (self: PyValue) => needStr(self, '__str__'));
slot(strType, '__format__', 'format_spec, /', function* (self: PyValue, spec: PyValue) {
  const s = needStr(self, '__format__');
  const f = asStr(spec);
  if (f === null) typeError(`__format__() argument must be str, not ${argTypeName(spec)}`);
  // An empty spec means str(self), which a subclass may override.
  if (f === '' && typeof self !== 'string') return yield* pyStr(self);
  return formatStr(s, f!);
});
slot(strType, '__getnewargs__', '', (self: PyValue) => new PyTuple([needStr(self, '__getnewargs__')]));
slot(strType, '__sizeof__', '', (self: PyValue) => {
  // CPython's compact layouts: ASCII, then 1/2/4 bytes per code point plus a terminator.
  const s = needStr(self, '__sizeof__');
  let max = 0;
  for (const c of s) max = Math.max(max, c.codePointAt(0)!);
  const n = cpLength(s);
  if (max < 0x80) return 49 + n;
  return 72 + (max < 0x100 ? 1 : max < 0x10000 ? 2 : 4) * (n + 1);
});
