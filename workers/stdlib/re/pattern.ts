/**
 * `re.Pattern` and the operations behind both its methods and the module functions:
 * match/search/fullmatch, findall/finditer, sub/subn (templates or callables), split.
 */
import { PyObject, STOP, type PyValue, type Stop } from '../../python/objects/object';
import { None, typeOf, builtinType, objectType } from '../../python/objects/core-types';
import { PyBytes } from '../../python/objects/bytes';
import { PyList } from '../../python/objects/list';
import { PyDict } from '../../python/objects/dict';
import { newTuple } from '../../python/objects/tuple';
import { SyncIterator } from '../../python/objects/iterators';
import { method, getter, slot } from '../../python/runtime/define';
import { typeError } from '../../python/runtime/errors';
import { pyRepr } from '../../python/ops/strrepr';
import { pyCall } from '../../python/ops/call';
import { hashString } from '../../python/hashing';
import { isBmp, cpToUnit, cpLength } from '../../python/objects/strutil';
import { MappingProxy } from '../../python/types/type';
import type { NativeGen } from '../../python/vm/native';
import { bytesLike, syncIterType, cType } from '../ioutil';
import { type Regex, type Spans } from './engine';
import { PyMatch, latin1Bytes } from './match';
import { templateText, compiledTemplate, fillTemplate } from './template';
import { FLAG_UNICODE } from './translate';
import { PyIntSub } from '../../python/objects/int-sub';

export const patternType = cType('re.Pattern', objectType, { final: true, valueKeyed: true });
const finditerType = syncIterType('callable_iterator', 'builtins');

export class PyPattern extends PyObject {
  constructor(
    readonly regex: Regex,
    /** The pattern as given (str or bytes). */
    readonly source: PyValue,
  ) {
    super(patternType);
  }
}

/** The subject as a JS string, with CPython's type errors for str/bytes mix-ups. */
export function subjectOf(p: PyPattern, s: PyValue): string {
  if (typeof s === 'string') {
    if (p.regex.isBytes) typeError('cannot use a bytes pattern on a string-like object');
    return s;
  }
  const b = bytesLike(s);
  if (b !== null) {
    if (!p.regex.isBytes) typeError('cannot use a string pattern on a bytes-like object');
    let out = '';
    for (let i = 0; i < b.length; i += 8192) out += String.fromCharCode(...b.subarray(i, i + 8192));
    return out;
  }
  return typeError(`expected string or bytes-like object, got '${typeOf(s).name}'`);
}

/** pos/endpos (code points, clamped as CPython does) → [subject cut at endpos, pos in units]. */
function window(subject: string, pos: PyValue, endpos: PyValue): [string, number, number, number] | null {
  const n = isBmp(subject) ? subject.length : cpLength(subject);
  let p = typeof pos === 'number' ? pos : Number(pos);
  let e = endpos === undefined || endpos === None ? n : typeof endpos === 'number' ? endpos : Number(endpos);
  if (p < 0) p = 0;
  if (p > n) p = n;
  if (e < 0) e = 0;
  if (e > n) e = n;
  if (e < p) return null;
  const pu = isBmp(subject) ? p : cpToUnit(subject, p);
  const eu = isBmp(subject) ? e : cpToUnit(subject, e);
  return [eu < subject.length ? subject.slice(0, eu) : subject, pu, p, e];
}

function newMatch(p: PyPattern, string: PyValue, subject: string, spans: Spans | null, pos: number, endpos: number): PyValue {
  return spans === null ? None : new PyMatch(p, string, subject, spans, pos, endpos);
}

export type MatchMode = 'match' | 'search' | 'fullmatch';

export function doMatch(p: PyPattern, string: PyValue, mode: MatchMode, pos: PyValue = 0, endpos: PyValue = None): PyValue {
  const subject = subjectOf(p, string);
  const w = window(subject, pos, endpos);
  if (w === null) return None;
  const [cut, pu, pcp, ecp] = w;
  const r = p.regex;
  const spans = mode === 'match' ? r.matchAt(cut, pu) : mode === 'search' ? r.searchFrom(cut, pu) : r.fullmatchAt(cut, pu);
  return newMatch(p, string, subject, spans, pcp, ecp);
}

function piece(p: PyPattern, s: string): PyValue {
  return p.regex.isBytes ? latin1Bytes(s) : s;
}

export function doFindall(p: PyPattern, string: PyValue, pos: PyValue = 0, endpos: PyValue = None): PyList {
  const subject = subjectOf(p, string);
  const w = window(subject, pos, endpos);
  const out: PyValue[] = [];
  if (w === null) return new PyList(out);
  const [cut, pu] = w;
  const groups = p.regex.tr.groups;
  const grp = (m: Spans, k: number) => (m[2 * k] < 0 ? piece(p, '') : piece(p, cut.slice(m[2 * k], m[2 * k + 1])));
  for (const m of p.regex.iterate(cut, pu)) {
    if (groups === 0) out.push(piece(p, cut.slice(m[0], m[1])));
    else if (groups === 1) out.push(grp(m, 1));
    else {
      const t: PyValue[] = [];
      for (let k = 1; k <= groups; k++) t.push(grp(m, k));
      out.push(newTuple(t));
    }
  }
  return new PyList(out);
}

class FindIter extends SyncIterator {
  private readonly it: Generator<Spans, void, void>;
  constructor(readonly p: PyPattern, readonly string: PyValue, readonly subject: string, readonly cut: string, pu: number, readonly pos: number, readonly endpos: number) {
    super(finditerType);
    this.it = p.regex.iterate(cut, pu);
  }
  next(): PyValue | Stop {
    const r = this.it.next();
    if (r.done) return STOP;
    return new PyMatch(this.p, this.string, this.subject, r.value, this.pos, this.endpos);
  }
}

export function doFinditer(p: PyPattern, string: PyValue, pos: PyValue = 0, endpos: PyValue = None): PyValue {
  const subject = subjectOf(p, string);
  const w = window(subject, pos, endpos) ?? [subject, subject.length + 1, 0, 0];
  return new FindIter(p, string, subject, w[0], w[1], w[2], w[3]);
}

export function doSplit(p: PyPattern, string: PyValue, maxsplit: number): PyList {
  const subject = subjectOf(p, string);
  const out: PyValue[] = [];
  let last = 0;
  let n = 0;
  const groups = p.regex.tr.groups;
  if (maxsplit >= 0) {
    for (const m of p.regex.iterate(subject, 0)) {
      if (maxsplit > 0 && n >= maxsplit) break;
      out.push(piece(p, subject.slice(last, m[0])));
      for (let k = 1; k <= groups; k++) out.push(m[2 * k] < 0 ? None : piece(p, subject.slice(m[2 * k], m[2 * k + 1])));
      last = m[1];
      n++;
    }
  }
  out.push(piece(p, subject.slice(last)));
  return new PyList(out);
}

/** re.sub / subn: returns [result, count]. Callables run as Python code, so this is a generator. */
export function* doSub(p: PyPattern, repl: PyValue, string: PyValue, count: number): NativeGen<[PyValue, number]> {
  const subject = subjectOf(p, string);
  const isBytes = p.regex.isBytes;
  const callable = typeof repl !== 'string' && !(repl instanceof PyBytes) && typeOf(repl).lookup('__call__') !== undefined;
  let template: ReturnType<typeof compiledTemplate> | null = null;
  let literal: string | null = null;
  if (!callable) {
    const text = templateText(repl, isBytes);
    if (!text.includes('\\')) literal = text;
    else template = compiledTemplate(text, p.regex, repl);
  }
  let out = '';
  let last = 0;
  let n = 0;
  let items = 0;
  if (count >= 0) {
    for (const spans of p.regex.iterate(subject, 0)) {
      if (count > 0 && n >= count) break;
      if (spans[0] > last) items++;
      out += subject.slice(last, spans[0]);
      if (literal !== null) out += literal;
      else if (template !== null) out += fillTemplate(template, new PyMatch(p, string, subject, spans, 0, subject.length));
      else {
        const r = yield* pyCall(repl, [new PyMatch(p, string, subject, spans, 0, cpLength(subject))]);
        if (isBytes) {
          const b = bytesLike(r);
          if (b === null) typeError(`sequence item ${items}: expected a bytes-like object, ${typeOf(r).name} found`);
          out += String.fromCharCode(...b!);
        } else {
          if (typeof r !== 'string') typeError(`sequence item ${items}: expected str instance, ${typeOf(r).name} found`);
          out += r as string;
        }
      }
      items++;
      last = spans[1];
      n++;
    }
  }
  out += subject.slice(last);
  return [n === 0 ? string : piece(p, out), n];
}

// ---- Pattern methods

function intArg(x: PyValue): number {
  if (x instanceof PyIntSub) x = x.v;
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return x > 0n ? Number.MAX_SAFE_INTEGER : -1;
  return typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
}

const P = patternType;
for (const mode of ['match', 'search', 'fullmatch'] as MatchMode[]) {
  method(P, mode, 'string, pos=0, endpos=None', (p: PyPattern, s: PyValue, pos: PyValue, endpos: PyValue) => doMatch(p, s, mode, intArg(pos), endpos === None ? None : intArg(endpos)));
}
method(P, 'findall', 'string, pos=0, endpos=None', (p: PyPattern, s: PyValue, pos: PyValue, endpos: PyValue) => doFindall(p, s, intArg(pos), endpos === None ? None : intArg(endpos)));
method(P, 'finditer', 'string, pos=0, endpos=None', (p: PyPattern, s: PyValue, pos: PyValue, endpos: PyValue) => doFinditer(p, s, intArg(pos), endpos === None ? None : intArg(endpos)));
method(P, 'split', 'string, maxsplit=0', (p: PyPattern, s: PyValue, maxsplit: PyValue) => doSplit(p, s, intArg(maxsplit)));
method(P, 'sub', 'repl, string, count=0', function* (p: PyPattern, repl: PyValue, s: PyValue, count: PyValue): NativeGen {
  return (yield* doSub(p, repl, s, intArg(count)))[0];
});
method(P, 'subn', 'repl, string, count=0', function* (p: PyPattern, repl: PyValue, s: PyValue, count: PyValue): NativeGen {
  const [r, n] = yield* doSub(p, repl, s, intArg(count));
  return newTuple([r, n]);
});
getter(P, 'pattern', (p: PyPattern) => p.source);
getter(P, 'flags', (p: PyPattern) => p.regex.tr.flags);
getter(P, 'groups', (p: PyPattern) => p.regex.tr.groups);
getter(P, 'groupindex', (p: PyPattern) => {
  const d = new PyDict();
  for (const [k, v] of p.regex.tr.groupIndex) d.setStr(k, v);
  return new MappingProxy(d);
});
method(P, '__copy__', '', (p: PyPattern) => p);
method(P, '__deepcopy__', 'memo, /', (p: PyPattern) => p);
slot(P, '__eq__', 'other, /', (p: PyPattern, o: PyValue) => {
  if (!(o instanceof PyPattern)) return false;
  if (o.regex.tr.flags !== p.regex.tr.flags || o.regex.isBytes !== p.regex.isBytes) return false;
  return patternText(o) === patternText(p);
});
slot(P, '__hash__', '', (p: PyPattern) => {
  const h = hashString(patternText(p));
  return typeof h === 'bigint' ? Number(BigInt.asIntN(52, h)) : (h as number);
});

function patternText(p: PyPattern): string {
  return typeof p.source === 'string' ? p.source : String.fromCharCode(...(p.source as PyBytes).b);
}

const FLAG_NAMES: [number, string][] = [
  [1, 'TEMPLATE'], [2, 'IGNORECASE'], [4, 'LOCALE'], [8, 'MULTILINE'], [16, 'DOTALL'], [32, 'UNICODE'], [64, 'VERBOSE'], [128, 'DEBUG'], [256, 'ASCII'],
];

/** `re.IGNORECASE|re.MULTILINE` (what RegexFlag's repr gives). */
export function flagsRepr(flags: number): string {
  const parts: string[] = [];
  let rest = flags;
  for (const [bit, name] of FLAG_NAMES) {
    if (flags & bit) {
      parts.push(`re.${name}`);
      rest &= ~bit;
    }
  }
  if (rest) parts.push(`0x${rest.toString(16)}`);
  return parts.join('|');
}

slot(P, '__repr__', '', function* (p: PyPattern): NativeGen {
  const r = Array.from(yield* pyRepr(p.source)).slice(0, 200).join('');
  let flags = p.regex.tr.flags;
  if (!p.regex.isBytes) flags &= ~FLAG_UNICODE;
  return flags === 0 ? `re.compile(${r})` : `re.compile(${r}, ${flagsRepr(flags)})`;
});
slot(P, '__class_getitem__', 'item, /', () => P);
