/**
 * Replacement templates for re.sub / Match.expand, parsed as sre_parse.parse_template does:
 * `\1`, `\g<1>`, `\g<name>`, the escapes \a \b \f \n \r \t \v \\, octal `\0`/`\012`, and the
 * same errors and positions ("invalid group reference 2 at position 1", "bad escape \q").
 */
import type { PyValue } from '../../python/objects/object';
import { typeOf } from '../../python/objects/core-types';
import { bufferOf, latin1 } from '../../python/types/bytes-core';
import { indexError, typeError } from '../../python/runtime/errors';
import { ReError } from './translate';
import type { Regex } from './engine';
import type { PyMatch } from './match';
import { latin1Bytes } from './match';
import { raiseReError } from './errors';

/** Literal text pieces and group numbers, in order. */
export type Template = (string | number)[];

const ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

export function parseTemplate(src: string, regex: Regex): Template {
  const cps = Array.from(src);
  const out: Template = [];
  let lit = '';
  let i = 0;
  const fail = (msg: string, pos: number): never => {
    throw new ReError(msg, pos);
  };
  const addGroup = (index: number, pos: number) => {
    if (index > regex.tr.groups) fail(`invalid group reference ${index}`, pos);
    if (lit !== '') out.push(lit);
    lit = '';
    out.push(index);
  };
  while (i < cps.length) {
    const c0 = cps[i];
    if (c0 !== '\\') {
      lit += c0;
      i++;
      continue;
    }
    if (i + 1 >= cps.length) fail('bad escape (end of pattern)', i);
    const c = cps[i + 1];
    i += 2;
    if (c === 'g') {
      if (cps[i] !== '<') fail('missing <', i);
      i++;
      const start = i;
      while (i < cps.length && cps[i] !== '>') i++;
      const name = cps.slice(start, i).join('');
      if (i >= cps.length) fail(name === '' ? 'missing group name' : 'missing >, unterminated name', start);
      i++;
      if (name === '') fail('missing group name', start);
      let index: number;
      if (/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name)) {
        const k = regex.tr.groupIndex.get(name);
        if (k === undefined) indexError(`unknown group name '${name}'`);
        index = k!;
      } else {
        if (!/^\d+$/.test(name)) fail(`bad character in group name '${name}'`, start);
        index = Number(name);
      }
      addGroup(index, start);
    } else if (c === '0') {
      let digits = '0';
      while (digits.length < 3 && /[0-7]/.test(cps[i] ?? '')) digits += cps[i++];
      lit += String.fromCharCode(parseInt(digits, 8) & 0xff);
    } else if (c >= '1' && c <= '9') {
      const start = i - 1;
      let digits = c;
      if (/[0-9]/.test(cps[i] ?? '')) {
        digits += cps[i++];
        if (c <= '7' && /[0-7]/.test(digits[1]) && /[0-7]/.test(cps[i] ?? '')) {
          digits += cps[i++];
          const v = parseInt(digits, 8);
          if (v > 0o377) fail(`octal escape value \\${digits} outside of range 0-0o377`, start - 1);
          lit += String.fromCharCode(v);
          continue;
        }
      }
      addGroup(Number(digits), start);
    } else if (ESCAPES[c] !== undefined) {
      lit += ESCAPES[c];
    } else {
      if (/^[a-zA-Z]$/.test(c)) fail(`bad escape \\${c}`, i - 2);
      lit += '\\' + c;
    }
  }
  if (lit !== '') out.push(lit);
  return out;
}

/** A template argument as text (bytes templates as Latin-1). */
export function templateText(t: PyValue, isBytes: boolean): string {
  if (isBytes) {
    // Any buffer: bytes, bytearray, a memoryview.
    const b = bufferOf(t);
    if (b === null) typeError(`expected a bytes-like object, ${typeOf(t).name} found`);
    return latin1(b!);
  }
  if (typeof t !== 'string') typeError(`expected str instance, ${typeOf(t).name} found`);
  return t as string;
}

const templateCache = new Map<string, Template>();

export function compiledTemplate(text: string, regex: Regex, pattern: PyValue): Template {
  const key = `${regex.tr.source}\u0000${text}`;
  let t = templateCache.get(key);
  if (t === undefined) {
    try {
      t = parseTemplate(text, regex);
    } catch (e) {
      if (e instanceof ReError) raiseReError(e, text, pattern);
      throw e;
    }
    if (templateCache.size > 256) templateCache.clear();
    templateCache.set(key, t);
  }
  return t;
}

/** The template filled in from a match (unmatched groups give ''). */
export function fillTemplate(t: Template, m: PyMatch): string {
  let out = '';
  for (const part of t) {
    if (typeof part === 'string') out += part;
    else {
      const s = m.spans[2 * part];
      if (s >= 0) out += m.subject.slice(s, m.spans[2 * part + 1]);
    }
  }
  return out;
}

export function expandTemplate(m: PyMatch, t: PyValue): PyValue {
  const isBytes = m.pattern.regex.isBytes;
  const text = templateText(t, isBytes);
  const r = fillTemplate(compiledTemplate(text, m.pattern.regex, t), m);
  return isBytes ? latin1Bytes(r) : r;
}
