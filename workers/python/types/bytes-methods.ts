/**
 * Searching, splitting, stripping and joining methods shared by bytes and bytearray. The data is
 * viewed as a latin-1 JS string (one code unit per byte) so the str helpers in str-search.ts do
 * the work; whitespace and line breaks are the ASCII ones bytes use. Results are always exact
 * bytes / bytearray, like CPython.
 */
import type { PyValue } from '../objects/object';
import { bytesType, bytearrayType, typeOf, None, listType, tupleType } from '../objects/core-types';
import { PyList } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { method } from '../runtime/define';
import { typeError, valueError } from '../runtime/errors';
import { iterToArray } from '../ops/iter';
import type { NativeGen } from '../vm/native';
import { argCount, sliceArg, intArg } from './str-args';
import {
  strFind, strCount, strTailMatch, strReplace, strSplit, strRSplit, strStrip,
} from './str-search';
import { bufferOf, bufferOrNull, needBuffer, subArg, sameKind, latin1, fromLatin1, isAsciiSpace } from './bytes-core';

const ASCII_WS = ' \t\n\r\x0b\x0c';

for (const t of [bytesType, bytearrayType]) {
  const text = (self: PyValue): string => latin1(bufferOf(self)!);
  const make = (self: PyValue, s: string): PyValue => sameKind(self, fromLatin1(s));

  function* findArgs(name: string, args: PyValue[]): NativeGen<[string, number | null, number | null]> {
    argCount(name, args, 1, 3);
    const sub = latin1(yield* subArg(args[0]));
    return [sub, yield* sliceArg(args[1]), yield* sliceArg(args[2])];
  }
  for (const [name, reverse, raise] of [['find', false, false], ['rfind', true, false], ['index', false, true], ['rindex', true, true]] as const) {
    method(t, name, '*args', function* (self: PyValue, args: PyValue[]) {
      const [sub, start, end] = yield* findArgs(name, args);
      const i = strFind(text(self), sub, start, end, reverse);
      if (i < 0 && raise) valueError('subsection not found');
      return i;
    });
  }
  method(t, 'count', '*args', function* (self: PyValue, args: PyValue[]) {
    const [sub, start, end] = yield* findArgs('count', args);
    return strCount(text(self), sub, start, end);
  });

  for (const [name, atEnd] of [['startswith', false], ['endswith', true]] as const) {
    method(t, name, '*args', function* (self: PyValue, args: PyValue[]) {
      argCount(name, args, 1, 3);
      const s = text(self);
      const start = yield* sliceArg(args[1]);
      const end = yield* sliceArg(args[2]);
      const what = args[0];
      if (what instanceof PyTuple) {
        for (const x of what.items) if (strTailMatch(s, latin1(needBuffer(x)), start, end, atEnd)) return true;
        return false;
      }
      const b = bufferOf(what);
      if (b === null) typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeOf(what).name}`);
      return strTailMatch(s, latin1(b!), start, end, atEnd);
    });
  }

  method(t, 'replace', 'old, new, count=-1, /', function* (self: PyValue, o: PyValue, n: PyValue, count: PyValue) {
    const old = latin1(needBuffer(o));
    const rep = latin1(needBuffer(n));
    return make(self, strReplace(text(self), old, rep, yield* intArg(count)));
  });

  const sepArg = (x: PyValue): string | null => {
    if (x === None) return null;
    const s = latin1(needBuffer(x));
    if (s.length === 0) valueError('empty separator');
    return s;
  };
  method(t, 'split', 'sep=None, maxsplit=-1', function* (self: PyValue, sep: PyValue, maxsplit: PyValue) {
    const sp = sepArg(sep);
    const parts = strSplit(text(self), sp, yield* intArg(maxsplit), isAsciiSpace);
    return new PyList(parts.map((p) => make(self, p)));
  });
  method(t, 'rsplit', 'sep=None, maxsplit=-1', function* (self: PyValue, sep: PyValue, maxsplit: PyValue) {
    const sp = sepArg(sep);
    const parts = strRSplit(text(self), sp, yield* intArg(maxsplit), isAsciiSpace);
    return new PyList(parts.map((p) => make(self, p)));
  });
  method(t, 'splitlines', 'keepends=False', function* (self: PyValue, keep: PyValue) {
    const k = typeof keep === 'boolean' ? keep : (yield* intArg(keep)) !== 0;
    const s = text(self);
    const out: PyValue[] = [];
    let i = 0;
    while (i < s.length) {
      const j = i;
      while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++;
      let eol = i;
      if (i < s.length) {
        i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
        if (k) eol = i;
      }
      out.push(make(self, s.slice(j, eol)));
    }
    return new PyList(out);
  });

  const partSep = (x: PyValue): string => {
    const sep = latin1(needBuffer(x));
    if (sep.length === 0) valueError('empty separator');
    return sep;
  };
  method(t, 'partition', 'sep, /', (self: PyValue, x: PyValue) => {
    const s = text(self);
    const sep = partSep(x);
    const i = s.indexOf(sep);
    if (i < 0) return new PyTuple([make(self, s), make(self, ''), make(self, '')]);
    return new PyTuple([make(self, s.slice(0, i)), make(self, sep), make(self, s.slice(i + sep.length))]);
  });
  method(t, 'rpartition', 'sep, /', (self: PyValue, x: PyValue) => {
    const s = text(self);
    const sep = partSep(x);
    const i = s.lastIndexOf(sep);
    if (i < 0) return new PyTuple([make(self, ''), make(self, ''), make(self, s)]);
    return new PyTuple([make(self, s.slice(0, i)), make(self, sep), make(self, s.slice(i + sep.length))]);
  });

  for (const [name, left, right] of [['strip', true, true], ['lstrip', true, false], ['rstrip', false, true]] as const) {
    method(t, name, 'bytes=None, /', (self: PyValue, chars: PyValue) => {
      const cs = chars === None ? ASCII_WS : latin1(needBuffer(chars));
      return make(self, strStrip(text(self), cs, left, right));
    });
  }
  method(t, 'removeprefix', 'prefix, /', (self: PyValue, p: PyValue) => {
    const s = text(self);
    const pre = latin1(needBuffer(p));
    return make(self, pre.length > 0 && s.startsWith(pre) ? s.slice(pre.length) : s);
  });
  method(t, 'removesuffix', 'suffix, /', (self: PyValue, p: PyValue) => {
    const s = text(self);
    const suf = latin1(needBuffer(p));
    return make(self, suf.length > 0 && s.endsWith(suf) ? s.slice(0, s.length - suf.length) : s);
  });

  method(t, 'join', 'iterable_of_bytes, /', function* (self: PyValue, it: PyValue) {
    let items: PyValue[];
    if (typeof it === 'object' && (it.cls === listType || it.cls === tupleType)) items = (it as PyList).items.slice();
    else {
      const ty = typeOf(it);
      if (ty.lookup('__iter__') === undefined && ty.lookup('__getitem__') === undefined) typeError('can only join an iterable');
      items = yield* iterToArray(it);
    }
    const parts: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const b = bufferOrNull(items[i]);
      if (b === null) typeError(`sequence item ${i}: expected a bytes-like object, ${typeOf(items[i]).name} found`);
      parts.push(latin1(b!));
    }
    return make(self, parts.join(text(self)));
  });
}
