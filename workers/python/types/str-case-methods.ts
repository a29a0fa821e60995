/**
 * str's case, classification, padding and translation methods: capitalize casefold lower upper
 * swapcase title, the is* predicates, center ljust rjust zfill expandtabs, encode, maketrans and
 * translate. Unicode semantics come from str-unicode.ts.
 */
import type { PyValue } from '../objects/object';
import { strType, typeOf, None, dictType } from '../objects/core-types';
import { PyDict } from '../objects/dict';
import { PyBytes } from '../objects/bytes';
import { PyBaseException } from '../objects/exception';
import { cpLength } from '../objects/strutil';
import { method } from '../runtime/define';
import { typeError, valueError, lookupErrorType, toPyException } from '../runtime/errors';
import { pyGetItem, pyAsCInt } from '../ops/subscript';
import type { NativeGen } from '../vm/native';
import { sv, asStr, intArg, argTypeName, staticNative } from './str-args';
import { strPad, strZfill, strExpandtabs } from './str-search';
import { encodeStr } from './str-codecs';
import * as U from './str-unicode';
import { charge, NK } from '../runtime/cost';

const transforms: [string, (s: string) => string][] = [
  ['capitalize', U.strCapitalize], ['casefold', U.strCasefold], ['lower', U.strLower], ['upper', U.strUpper],
  ['swapcase', U.strSwapcase], ['title', U.strTitle],
];
for (const [name, f] of transforms) {
  method(strType, name, '', (self: PyValue) => {
    const s = sv(self);
    charge(NK.StrTransform, s.length);
    return f(s);
  });
}

const predicates: [string, (s: string) => boolean][] = [
  ['isalnum', U.strIsAlnum], ['isalpha', U.strIsAlpha], ['isascii', U.strIsAscii], ['isdecimal', U.strIsDecimal],
  ['isdigit', U.strIsDigit], ['isidentifier', U.strIsIdentifier], ['islower', U.strIsLower],
  ['isnumeric', U.strIsNumeric], ['isprintable', U.strIsPrintable], ['isspace', U.strIsSpace],
  ['istitle', U.strIsTitle], ['isupper', U.strIsUpper],
];
for (const [name, f] of predicates) {
  method(strType, name, '', (self: PyValue) => {
    const s = sv(self);
    const r = f(s);
    // A false answer usually comes early (CPython stops at the first failing character).
    charge(NK.StrClassify, r ? s.length : 1);
    return r;
  });
}

function fillArg(x: PyValue): string {
  const f = asStr(x);
  if (f === null) typeError(`The fill character must be a unicode character, not ${typeOf(x).name}`);
  if (cpLength(f!) !== 1) typeError('The fill character must be exactly one character long');
  return f!;
}
for (const [name, how] of [['center', '^'], ['ljust', '<'], ['rjust', '>']] as const) {
  method(strType, name, "width, fillchar=' ', /", function* (self: PyValue, width: PyValue, fill: PyValue) {
    const w = yield* intArg(width);
    return strPad(sv(self), w, fillArg(fill), how);
  });
}
method(strType, 'zfill', 'width, /', function* (self: PyValue, width: PyValue) {
  return strZfill(sv(self), yield* intArg(width));
});
method(strType, 'expandtabs', 'tabsize=8', function* (self: PyValue, tabsize: PyValue) {
  return strExpandtabs(sv(self), yield* pyAsCInt(tabsize));
});

method(strType, 'encode', "encoding='utf-8', errors='strict'", (self: PyValue, enc: PyValue, errs: PyValue) => {
  const e = asStr(enc);
  if (e === null) typeError(`encode() argument 'encoding' must be str, not ${argTypeName(enc)}`);
  const r = asStr(errs);
  if (r === null) typeError(`encode() argument 'errors' must be str, not ${argTypeName(errs)}`);
  return new PyBytes(encodeStr(sv(self), e!, r!));
});

/** str.maketrans(x[, y[, z]]) */
staticNative(strType, 'maketrans', 'x, y=?, z=?, /', function* (x: PyValue, y: PyValue | undefined, z: PyValue | undefined) {
  const out = new PyDict();
  if (y === undefined) {
    if (!(x instanceof PyDict)) typeError('if you give only one argument to maketrans it must be a dict');
    for (const k of (x as PyDict).keys()) {
      const v = (yield* (x as PyDict).get(k))!;
      const ks = asStr(k);
      if (ks !== null) {
        if (cpLength(ks) !== 1) valueError('string keys in translate table must be of length 1');
        const cp = ks.codePointAt(0)!;
        out.setFast(cp, cp, v);
      } else if (typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean') {
        yield* out.set(k, v);
      } else typeError('keys in translate table must be strings or integers');
    }
    return out;
  }
  const xs = asStr(x);
  if (xs === null) typeError('first maketrans argument must be a string if there is a second argument');
  const ys = asStr(y);
  if (ys === null) typeError(`maketrans() argument 2 must be str, not ${argTypeName(y!)}`);
  const a = Array.from(xs!);
  const b = Array.from(ys!);
  if (a.length !== b.length) valueError('the first two maketrans arguments must have equal length');
  for (let i = 0; i < a.length; i++) {
    const k = a[i].codePointAt(0)!;
    out.setFast(k, k, b[i].codePointAt(0)!);
  }
  if (z !== undefined) {
    const zs = asStr(z);
    if (zs === null) typeError(`maketrans() argument 3 must be str, not ${argTypeName(z!)}`);
    for (const c of zs!) {
      const k = c.codePointAt(0)!;
      out.setFast(k, k, None);
    }
  }
  return out;
});

/** table[cp], or undefined when the lookup raises LookupError (the character is kept). */
function* lookupChar(table: PyValue, cp: number): NativeGen<PyValue | undefined> {
  if (table instanceof PyDict && table.cls === dictType) return table.getFast(cp);
  try {
    return yield* pyGetItem(table, cp);
  } catch (e) {
    const pe = e instanceof PyBaseException ? e : toPyException(e);
    if (pe.cls.isSubtypeOf(lookupErrorType)) return undefined;
    throw pe;
  }
}

method(strType, 'translate', 'table, /', function* (self: PyValue, table: PyValue) {
  const s = sv(self);
  const cache = new Map<number, string>();
  let out = '';
  for (const c of s) {
    const cp = c.codePointAt(0)!;
    let r = cache.get(cp);
    if (r === undefined) {
      const v = yield* lookupChar(table, cp);
      if (v === undefined || v === None) r = v === undefined ? c : '';
      else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') {
        const n = typeof v === 'boolean' ? (v ? 1 : 0) : v;
        if (n < 0 || n > 0x10ffff) valueError('character mapping must be in range(0x110000)');
        r = String.fromCodePoint(Number(n));
      } else {
        const vs = asStr(v);
        if (vs === null) typeError('character mapping must return integer, None or str');
        r = vs!;
      }
      cache.set(cp, r);
    }
    out += r;
  }
  return out;
});
