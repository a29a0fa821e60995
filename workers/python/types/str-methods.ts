/**
 * str's searching, splitting and joining methods: find rfind index rindex count startswith
 * endswith replace split rsplit splitlines partition rpartition strip lstrip rstrip join
 * removeprefix removesuffix. Argument parsing and error wording follow CPython 3.11 (several of
 * these are METH_VARARGS functions with their own messages, hence the '*args' signatures).
 */
import type { PyValue } from '../objects/object';
import { strType, typeOf, None, listType, tupleType } from '../objects/core-types';
import { PyList } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { method } from '../runtime/define';
import { typeError, valueError } from '../runtime/errors';
import { iterToArray } from '../ops/iter';
import type { NativeGen } from '../vm/native';
import { sv, asStr, argCount, sliceArg, intArg, argTypeName } from './str-args';
import {
  strFind, strCount, strTailMatch, strReplace, strSplit, strRSplit, strSplitlines, strStrip,
} from './str-search';
import { charge, NK } from '../runtime/cost';

function needSub(x: PyValue): string {
  const s = asStr(x);
  if (s === null) typeError(`must be str, not ${typeOf(x).name}`);
  return s!;
}

/** find/rfind/index/rindex/count: (sub[, start[, end]]) */
function* findArgs(name: string, args: PyValue[]): NativeGen<[string, number | null, number | null]> {
  argCount(name, args, 1, 3);
  const sub = needSub(args[0]);
  return [sub, yield* sliceArg(args[1]), yield* sliceArg(args[2])];
}

for (const [name, reverse, raise] of [['find', false, false], ['rfind', true, false], ['index', false, true], ['rindex', true, true]] as const) {
  method(strType, name, '*args', function* (self: PyValue, args: PyValue[]) {
    const [sub, start, end] = yield* findArgs(name, args);
    const s = sv(self);
    const i = strFind(s, sub, start, end, reverse);
    charge(NK.StrFind, i < 0 ? s.length : reverse ? s.length - i : i + sub.length);
    if (i < 0 && raise) valueError('substring not found');
    return i;
  });
}
method(strType, 'count', '*args', function* (self: PyValue, args: PyValue[]) {
  const [sub, start, end] = yield* findArgs('count', args);
  const s = sv(self);
  charge(NK.StrFind, s.length);
  return strCount(s, sub, start, end);
});

for (const [name, atEnd] of [['startswith', false], ['endswith', true]] as const) {
  method(strType, name, '*args', function* (self: PyValue, args: PyValue[]) {
    argCount(name, args, 1, 3);
    const s = sv(self);
    const start = yield* sliceArg(args[1]);
    const end = yield* sliceArg(args[2]);
    const what = args[0];
    if (what instanceof PyTuple) {
      for (const x of what.items) {
        const sub = asStr(x);
        if (sub === null) typeError(`tuple for ${name} must only contain str, not ${typeOf(x).name}`);
        if (strTailMatch(s, sub!, start, end, atEnd)) return true;
      }
      return false;
    }
    const sub = asStr(what);
    if (sub === null) typeError(`${name} first arg must be str or a tuple of str, not ${typeOf(what).name}`);
    return strTailMatch(s, sub!, start, end, atEnd);
  });
}

method(strType, 'replace', 'old, new, count=-1, /', function* (self: PyValue, o: PyValue, n: PyValue, count: PyValue) {
  const old = asStr(o);
  if (old === null) typeError(`replace() argument 1 must be str, not ${argTypeName(o)}`);
  const rep = asStr(n);
  if (rep === null) typeError(`replace() argument 2 must be str, not ${argTypeName(n)}`);
  const s = sv(self);
  charge(NK.StrTransform, s.length);
  return strReplace(s, old!, rep!, yield* intArg(count));
});

/** split/rsplit/splitlines: the text scanned and a new str per part. */
function chargeSplit(s: string, parts: PyValue[]): void {
  charge(NK.StrFind, s.length);
  charge(NK.StrPart, parts.length);
}

function sepArg(x: PyValue): string | null {
  if (x === None) return null;
  const s = asStr(x);
  if (s === null) typeError(`must be str or None, not ${typeOf(x).name}`);
  if (s!.length === 0) valueError('empty separator');
  return s;
}

method(strType, 'split', 'sep=None, maxsplit=-1', function* (self: PyValue, sep: PyValue, maxsplit: PyValue) {
  const sp = sepArg(sep);
  const s = sv(self);
  const parts = strSplit(s, sp, yield* intArg(maxsplit));
  chargeSplit(s, parts);
  return new PyList(parts);
});
method(strType, 'rsplit', 'sep=None, maxsplit=-1', function* (self: PyValue, sep: PyValue, maxsplit: PyValue) {
  const sp = sepArg(sep);
  const s = sv(self);
  const parts = strRSplit(s, sp, yield* intArg(maxsplit));
  chargeSplit(s, parts);
  return new PyList(parts);
});
method(strType, 'splitlines', 'keepends=False', function* (self: PyValue, keep: PyValue) {
  // Argument Clinic parses keepends with 'i' (an int), so floats are rejected.
  const k = typeof keep === 'boolean' ? keep : (yield* intArg(keep)) !== 0;
  const s = sv(self);
  const parts = strSplitlines(s, k);
  chargeSplit(s, parts);
  return new PyList(parts);
});

function partSep(x: PyValue): string {
  const sep = needSub(x);
  if (sep.length === 0) valueError('empty separator');
  return sep;
}
method(strType, 'partition', 'sep, /', (self: PyValue, x: PyValue) => {
  const s = sv(self);
  const sep = partSep(x);
  const i = s.indexOf(sep);
  if (i < 0) return new PyTuple([s, '', '']);
  return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
});
method(strType, 'rpartition', 'sep, /', (self: PyValue, x: PyValue) => {
  const s = sv(self);
  const sep = partSep(x);
  const i = s.lastIndexOf(sep);
  if (i < 0) return new PyTuple(['', '', s]);
  return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
});

for (const [name, left, right] of [['strip', true, true], ['lstrip', true, false], ['rstrip', false, true]] as const) {
  method(strType, name, 'chars=None, /', (self: PyValue, chars: PyValue) => {
    let cs: string | null = null;
    if (chars !== None) {
      cs = asStr(chars);
      if (cs === null) typeError(`${name} arg must be None or str`);
    }
    return strStrip(sv(self), cs, left, right);
  });
}

method(strType, 'removeprefix', 'prefix, /', (self: PyValue, p: PyValue) => {
  const pre = asStr(p);
  if (pre === null) typeError(`removeprefix() argument must be str, not ${argTypeName(p)}`);
  const s = sv(self);
  return pre!.length > 0 && s.startsWith(pre!) ? s.slice(pre!.length) : s;
});
method(strType, 'removesuffix', 'suffix, /', (self: PyValue, p: PyValue) => {
  const suf = asStr(p);
  if (suf === null) typeError(`removesuffix() argument must be str, not ${argTypeName(p)}`);
  const s = sv(self);
  return suf!.length > 0 && s.endsWith(suf!) ? s.slice(0, s.length - suf!.length) : s;
});

method(strType, 'join', 'iterable, /', function* (self: PyValue, it: PyValue) {
  let items: PyValue[];
  if (typeof it === 'object' && (it.cls === listType || it.cls === tupleType)) items = (it as PyList).items.slice();
  else {
    const t = typeOf(it);
    if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) typeError('can only join an iterable');
    items = yield* iterToArray(it);
  }
  const parts: string[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const s = asStr(items[i]);
    if (s === null) typeError(`sequence item ${i}: expected str instance, ${typeOf(items[i]).name} found`);
    parts[i] = s!;
  }
  const r = parts.join(sv(self));
  charge(NK.StrJoin, parts.length);
  charge(NK.StrCopy, r.length);
  return r;
});
