/**
 * `re.Match`: group/groups/groupdict/start/end/span/expand/lastindex/lastgroup/regs, indexing,
 * and CPython's repr `<re.Match object; span=(0, 3), match='abc'>`. Spans are stored in JS
 * string units and converted to code points on the way out (identical for BMP-only text).
 */
import { PyObject, type PyValue } from '../../python/objects/object';
import { None, typeOf, builtinType, objectType } from '../../python/objects/core-types';
import { PyBytes } from '../../python/objects/bytes';
import { PyDict } from '../../python/objects/dict';
import { newTuple } from '../../python/objects/tuple';
import { method, getter, slot } from '../../python/runtime/define';
import { indexError } from '../../python/runtime/errors';
import { pyRepr } from '../../python/ops/strrepr';
import { isBmp } from '../../python/objects/strutil';
import type { NativeGen } from '../../python/vm/native';
import type { Spans } from './engine';
import type { PyPattern } from './pattern';
import { expandTemplate } from './template';
import { cType } from '../ioutil';

export const matchType = cType('re.Match', objectType, { final: true });

/** Code-point index of each unit index, for subjects with astral characters. */
const tableKeys = new Map<string, { t: Int32Array }>();

export function unitToCpIndex(s: string, unit: number): number {
  if (unit <= 0 || isBmp(s)) return unit;
  let entry = tableKeys.get(s);
  if (entry === undefined) {
    const t = new Int32Array(s.length + 1);
    let cp = 0;
    for (let i = 0; i < s.length; i++) {
      t[i] = cp;
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        t[i + 1] = cp;
        i++;
      }
      cp++;
    }
    t[s.length] = cp;
    if (tableKeys.size > 8) tableKeys.clear();
    entry = { t };
    tableKeys.set(s, entry);
  }
  return entry.t[unit];
}

export class PyMatch extends PyObject {
  constructor(
    readonly pattern: PyPattern,
    /** The string or bytes object searched. */
    readonly string: PyValue,
    /** The subject as a JS string (Latin-1 for bytes). */
    readonly subject: string,
    readonly spans: Spans,
    readonly pos: number,
    readonly endpos: number,
  ) {
    super(matchType);
  }

  /** Python group number from an int or a group name; IndexError "no such group". */
  groupIndex(g: PyValue): number {
    if (typeof g === 'number' || typeof g === 'boolean') {
      const n = Number(g);
      if (n >= 0 && n <= this.pattern.regex.tr.groups) return n;
    } else if (typeof g === 'string') {
      const n = this.pattern.regex.tr.groupIndex.get(g);
      if (n !== undefined) return n;
    } else if (typeof g === 'object' && !(g instanceof PyBytes) && typeOf(g).lookup('__index__') !== undefined) {
      return indexError('no such group');
    }
    return indexError('no such group');
  }

  groupValue(n: number, dflt: PyValue = None): PyValue {
    const s = this.spans[2 * n];
    if (s < 0) return dflt;
    return this.slice(s, this.spans[2 * n + 1]);
  }

  slice(a: number, b: number): PyValue {
    const text = this.subject.slice(a, b);
    return this.pattern.regex.isBytes ? latin1Bytes(text) : text;
  }

  cp(unit: number): number {
    return unit < 0 ? -1 : unitToCpIndex(this.subject, unit);
  }

  lastIndex(): number | null {
    let best = -1;
    let bestEnd = -1;
    for (let k = 1; k <= this.pattern.regex.tr.groups; k++) {
      const e = this.spans[2 * k + 1];
      if (this.spans[2 * k] >= 0 && e > bestEnd) {
        best = k;
        bestEnd = e;
      }
    }
    return best < 0 ? null : best;
  }
}

export function latin1Bytes(s: string): PyBytes {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return new PyBytes(b);
}

const M = matchType;
method(M, 'group', '*args', (m: PyMatch, args: PyValue[]) => {
  if (args.length === 0) return m.groupValue(0);
  if (args.length === 1) return m.groupValue(m.groupIndex(args[0]));
  return newTuple(args.map((g) => m.groupValue(m.groupIndex(g))));
});
slot(M, '__getitem__', 'g, /', (m: PyMatch, g: PyValue) => m.groupValue(m.groupIndex(g)));
method(M, 'groups', 'default=None', (m: PyMatch, d: PyValue) => {
  const out: PyValue[] = [];
  for (let k = 1; k <= m.pattern.regex.tr.groups; k++) out.push(m.groupValue(k, d));
  return newTuple(out);
});
method(M, 'groupdict', 'default=None', (m: PyMatch, d: PyValue) => {
  const out = new PyDict();
  for (const [name, k] of m.pattern.regex.tr.groupIndex) out.setStr(name, m.groupValue(k, d));
  return out;
});
method(M, 'start', 'group=0, /', (m: PyMatch, g: PyValue) => m.cp(m.spans[2 * m.groupIndex(g)]));
method(M, 'end', 'group=0, /', (m: PyMatch, g: PyValue) => m.cp(m.spans[2 * m.groupIndex(g) + 1]));
method(M, 'span', 'group=0, /', (m: PyMatch, g: PyValue) => {
  const k = m.groupIndex(g);
  return newTuple([m.cp(m.spans[2 * k]), m.cp(m.spans[2 * k + 1])]);
});
method(M, 'expand', 'template', (m: PyMatch, t: PyValue) => expandTemplate(m, t));
method(M, '__copy__', '', (m: PyMatch) => m);
method(M, '__deepcopy__', 'memo, /', (m: PyMatch) => m);
getter(M, 'string', (m: PyMatch) => m.string);
getter(M, 're', (m: PyMatch) => m.pattern);
getter(M, 'pos', (m: PyMatch) => m.pos);
getter(M, 'endpos', (m: PyMatch) => m.endpos);
getter(M, 'lastindex', (m: PyMatch) => m.lastIndex() ?? None);
getter(M, 'lastgroup', (m: PyMatch) => {
  const k = m.lastIndex();
  if (k === null) return None;
  for (const [name, idx] of m.pattern.regex.tr.groupIndex) if (idx === k) return name;
  return None;
});
getter(M, 'regs', (m: PyMatch) => {
  const out: PyValue[] = [];
  for (let k = 0; k <= m.pattern.regex.tr.groups; k++) out.push(newTuple([m.cp(m.spans[2 * k]), m.cp(m.spans[2 * k + 1])]));
  return newTuple(out);
});
slot(M, '__repr__', '', function* (m: PyMatch): NativeGen {
  const r = yield* pyRepr(m.groupValue(0));
  return `<re.Match object; span=(${m.cp(m.spans[0])}, ${m.cp(m.spans[1])}), match=${Array.from(r).slice(0, 50).join('')}>`;
});
slot(M, '__bool__', '', () => true);
slot(M, '__class_getitem__', 'item, /', () => M);
