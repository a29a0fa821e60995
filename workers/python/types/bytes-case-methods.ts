/**
 * bytes/bytearray methods that are not searches: ASCII case mapping and predicates, padding,
 * expandtabs, decode, hex/fromhex, translate/maketrans. bytes never applies Unicode rules: only
 * ASCII letters change case and count as alphabetic.
 */
import type { PyValue } from '../objects/object';
import { bytesType, bytearrayType, typeOf, None } from '../objects/core-types';
import { PyType } from '../objects/type';
import { PyBytes, PyByteArray } from '../objects/bytes';
import { method, classMethod } from '../runtime/define';
import { typeError, valueError } from '../runtime/errors';
import { pyCall } from '../ops/call';
import { pyLen } from '../ops/truth';
import type { NativeGen } from '../vm/native';
import { pyAsCInt } from '../ops/subscript';
import { asStr, intArg, argTypeName, staticNative } from './str-args';
import { strPad, strZfill, strExpandtabs } from './str-search';
import { decodeBytes } from './str-codecs';
import {
  bufferOf, needBuffer, sameKind, latin1, fromLatin1, isAsciiLower, isAsciiUpper, isAsciiAlpha, isAsciiDigit,
  isAsciiSpace,
} from './bytes-core';

function mapBytes(b: Uint8Array, f: (c: number, i: number, prev: number) => number): Uint8Array {
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = f(b[i], i, i > 0 ? b[i - 1] : -1);
  return out;
}
const up = (c: number) => (isAsciiLower(c) ? c - 32 : c);
const low = (c: number) => (isAsciiUpper(c) ? c + 32 : c);

function title(b: Uint8Array): Uint8Array {
  let prevCased = false;
  return mapBytes(b, (c) => {
    const r = prevCased ? low(c) : up(c);
    prevCased = isAsciiAlpha(c);
    return r;
  });
}

function isTitle(b: Uint8Array): boolean {
  let cased = false;
  let prevCased = false;
  for (const c of b) {
    if (isAsciiUpper(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isAsciiLower(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

function all(b: Uint8Array, pred: (c: number) => boolean): boolean {
  if (b.length === 0) return false;
  for (const c of b) if (!pred(c)) return false;
  return true;
}
function casedCheck(b: Uint8Array, want: (c: number) => boolean, other: (c: number) => boolean): boolean {
  let cased = false;
  for (const c of b) {
    if (other(c)) return false;
    if (want(c)) cased = true;
  }
  return cased;
}

/** bytes.hex / bytearray.hex / memoryview.hex with an optional separator every `per` bytes (from the right if > 0). */
export function* hexOf(b: Uint8Array, sep: PyValue | undefined, perArg: PyValue): NativeGen<string> {
  // bytes_per_sep is a C int, converted with the other arguments before anything is checked.
  const per = yield* pyAsCInt(perArg);
  const hex = Array.from(b, (c) => c.toString(16).padStart(2, '0'));
  if (sep === undefined) return hex.join('');
  let sepStr: string;
  const ss = asStr(sep);
  if (ss !== null) sepStr = ss;
  else {
    // Only str or bytes: a bytearray or memoryview separator is refused too.
    const sb = sep instanceof PyBytes ? sep.b : null;
    if (sb === null) {
      yield* pyLen(sep); // CPython asks for len(sep) first: "object of type 'int' has no len()"
      return typeError('sep must be str or bytes.');
    }
    sepStr = latin1(sb!);
  }
  if (Array.from(sepStr).length !== 1) valueError('sep must be length 1.');
  if (sepStr.charCodeAt(0) > 0x7f) valueError('sep must be ASCII.');
  if (per === 0 || hex.length === 0) return hex.join('');
  const n = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) {
    for (let end = hex.length; end > 0; end -= n) groups.unshift(hex.slice(Math.max(0, end - n), end).join(''));
  } else {
    for (let start = 0; start < hex.length; start += n) groups.push(hex.slice(start, start + n).join(''));
  }
  return groups.join(sepStr);
}

function fromHex(s: string): Uint8Array {
  const out: number[] = [];
  const digit = (i: number): number => {
    const c = i < s.length ? s.charCodeAt(i) : 0;
    if (c >= 0x30 && c <= 0x39) return c - 0x30;
    if (c >= 0x61 && c <= 0x66) return c - 0x57;
    if (c >= 0x41 && c <= 0x46) return c - 0x37;
    return valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
  };
  let i = 0;
  while (i < s.length) {
    if (isAsciiSpace(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const hi = digit(i);
    const lo = digit(i + 1);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

for (const t of [bytesType, bytearrayType]) {
  const data = (self: PyValue): Uint8Array => bufferOf(self)!;
  const transforms: [string, (b: Uint8Array) => Uint8Array][] = [
    ['lower', (b) => mapBytes(b, low)],
    ['upper', (b) => mapBytes(b, up)],
    ['swapcase', (b) => mapBytes(b, (c) => (isAsciiLower(c) ? c - 32 : isAsciiUpper(c) ? c + 32 : c))],
    ['capitalize', (b) => mapBytes(b, (c, i) => (i === 0 ? up(c) : low(c)))],
    ['title', title],
  ];
  for (const [name, f] of transforms) method(t, name, '', (self: PyValue) => sameKind(self, f(data(self))));

  const predicates: [string, (b: Uint8Array) => boolean][] = [
    ['isalnum', (b) => all(b, (c) => isAsciiAlpha(c) || isAsciiDigit(c))],
    ['isalpha', (b) => all(b, isAsciiAlpha)],
    ['isascii', (b) => b.every((c) => c < 0x80)],
    ['isdigit', (b) => all(b, isAsciiDigit)],
    ['isspace', (b) => all(b, isAsciiSpace)],
    ['islower', (b) => casedCheck(b, isAsciiLower, isAsciiUpper)],
    ['isupper', (b) => casedCheck(b, isAsciiUpper, isAsciiLower)],
    ['istitle', isTitle],
  ];
  for (const [name, f] of predicates) method(t, name, '', (self: PyValue) => f(data(self)));

  for (const [name, how] of [['center', '^'], ['ljust', '<'], ['rjust', '>']] as const) {
    method(t, name, "width, fillchar=?, /", function* (self: PyValue, width: PyValue, fill: PyValue | undefined) {
      const w = yield* intArg(width);
      let f = ' ';
      if (fill !== undefined) {
        const fb = fill instanceof PyBytes || fill instanceof PyByteArray ? bufferOf(fill) : null;
        if (fb === null || fb.length !== 1) {
          typeError(`${name}() argument 2 must be a byte string of length 1, not ${argTypeName(fill)}`);
        }
        f = String.fromCharCode(fb![0]);
      }
      return sameKind(self, fromLatin1(strPad(latin1(data(self)), w, f, how)));
    });
  }
  method(t, 'zfill', 'width, /', function* (self: PyValue, width: PyValue) {
    return sameKind(self, fromLatin1(strZfill(latin1(data(self)), yield* intArg(width))));
  });
  method(t, 'expandtabs', 'tabsize=8', function* (self: PyValue, tabsize: PyValue) {
    return sameKind(self, fromLatin1(strExpandtabs(latin1(data(self)), yield* pyAsCInt(tabsize))));
  });

  method(t, 'decode', "encoding='utf-8', errors='strict'", (self: PyValue, enc: PyValue, errs: PyValue) => {
    const e = asStr(enc);
    if (e === null) typeError(`decode() argument 'encoding' must be str, not ${argTypeName(enc)}`);
    const r = asStr(errs);
    if (r === null) typeError(`decode() argument 'errors' must be str, not ${argTypeName(errs)}`);
    return decodeBytes(data(self), e!, r!, self);
  });
  method(t, 'hex', 'sep=?, bytes_per_sep=1', function* (self: PyValue, sep: PyValue | undefined, per: PyValue) {
    return yield* hexOf(data(self), sep, per);
  });
  classMethod(t, 'fromhex', 'string, /', function* (cls: PyType, s: PyValue) {
    const str = asStr(s);
    if (str === null) typeError(`fromhex() argument must be str, not ${typeOf(s).name}`);
    const b = fromHex(str!);
    if (cls === bytesType) return new PyBytes(b);
    if (cls === bytearrayType) return new PyByteArray(b);
    // Subclasses: CPython calls cls(result).
    return yield* pyCall(cls, [t === bytesType ? new PyBytes(b) : new PyByteArray(b)]);
  });

  method(t, 'translate', 'table, /, delete=?', (self: PyValue, table: PyValue, del: PyValue | undefined) => {
    let map: Uint8Array | null = null;
    if (table !== None) {
      map = needBuffer(table);
      if (map.length !== 256) valueError('translation table must be 256 characters long');
    }
    const drop = del === undefined ? null : needBuffer(del);
    const out: number[] = [];
    for (const c of data(self)) {
      if (drop !== null && drop.includes(c)) continue;
      out.push(map === null ? c : map[c]);
    }
    return sameKind(self, Uint8Array.from(out));
  });
  staticNative(t, 'maketrans', 'frm, to, /', (frm: PyValue, to: PyValue) => {
    const a = needBuffer(frm);
    const b = needBuffer(to);
    if (a.length !== b.length) valueError('maketrans arguments must have same length');
    const out = new Uint8Array(256);
    for (let i = 0; i < 256; i++) out[i] = i;
    for (let i = 0; i < a.length; i++) out[a[i]] = b[i];
    return new PyBytes(out);
  });
}
