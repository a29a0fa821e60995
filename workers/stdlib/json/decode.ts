/**
 * JSON decoding with the behaviour of CPython's C scanner: the accepted syntax (NaN/Infinity,
 * big ints, strict control characters), the hooks (object_hook, object_pairs_hook, parse_float,
 * parse_int, parse_constant) and JSONDecodeError's messages and positions
 * ("Expecting value: line 1 column 1 (char 0)"). Positions count code points.
 */
import type { PyValue } from '../../python/objects/object';
import { None, builtinType } from '../../python/objects/core-types';
import { PyDict } from '../../python/objects/dict';
import { PyList } from '../../python/objects/list';
import { newTuple } from '../../python/objects/tuple';
import { newFloat } from '../../python/objects/float';
import { normBig } from '../../python/objects/object';
import { PyBaseException } from '../../python/objects/exception';
import { slot } from '../../python/runtime/define';
import { valueErrorType, baseExceptionType } from '../../python/runtime/errors';
import { pyCall } from '../../python/ops/call';
import type { NativeGen } from '../../python/vm/native';

export const jsonDecodeErrorType = builtinType('JSONDecodeError', valueErrorType, { module: 'json.decoder', instanceDict: true });
jsonDecodeErrorType.layout = baseExceptionType;

function position(doc: string, pos: number): [number, number, number] {
  const before = doc.slice(0, pos);
  const cpPos = Array.from(before).length;
  const nl = before.lastIndexOf('\n');
  const lineno = before.split('\n').length;
  const colno = nl < 0 ? cpPos + 1 : Array.from(before.slice(nl + 1)).length + 1;
  return [cpPos, lineno, colno];
}

function fillError(e: PyBaseException, msg: string, doc: string, unitPos: number, cpPos?: number): void {
  const [p, lineno, colno] = position(doc, unitPos);
  const pos = cpPos ?? p;
  e.args = [`${msg}: line ${lineno} column ${colno} (char ${pos})`];
  const d = e.dict ?? (e.dict = new PyDict());
  d.setStr('msg', msg);
  d.setStr('doc', doc);
  d.setStr('pos', pos);
  d.setStr('lineno', lineno);
  d.setStr('colno', colno);
}

export function decodeError(msg: string, doc: string, pos: number): never {
  const e = new PyBaseException(jsonDecodeErrorType, []);
  fillError(e, msg, doc, pos);
  throw e;
}

// JSONDecodeError(msg, doc, pos) from Python code.
slot(jsonDecodeErrorType, '__init__', 'msg, doc, pos', (e: PyBaseException, msg: PyValue, doc: PyValue, pos: PyValue) => {
  const s = String(doc);
  const units = Array.from(s).slice(0, Number(pos)).join('').length;
  fillError(e, String(msg), s, units, Number(pos));
  return None;
});

export interface DecodeHooks {
  objectHook: PyValue;
  pairsHook: PyValue;
  parseFloat: PyValue;
  parseInt: PyValue;
  parseConstant: PyValue;
  strict: boolean;
}

const WS = /[ \t\n\r]*/y;
const NUMBER = /(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;

class Parser {
  i = 0;
  constructor(readonly s: string, readonly h: DecodeHooks) {}

  ws(): void {
    WS.lastIndex = this.i;
    WS.exec(this.s);
    this.i = WS.lastIndex;
  }

  *value(): NativeGen {
    const s = this.s;
    const c = s[this.i];
    if (c === '"') return this.string();
    if (c === '{') return yield* this.object();
    if (c === '[') return yield* this.array();
    if (c === 'n' && s.startsWith('null', this.i)) {
      this.i += 4;
      return None;
    }
    if (c === 't' && s.startsWith('true', this.i)) {
      this.i += 4;
      return true;
    }
    if (c === 'f' && s.startsWith('false', this.i)) {
      this.i += 5;
      return false;
    }
    for (const name of ['NaN', 'Infinity', '-Infinity']) {
      if (s.startsWith(name, this.i)) {
        this.i += name.length;
        if (this.h.parseConstant !== None) return yield* pyCall(this.h.parseConstant, [name]);
        return newFloat(name === 'NaN' ? NaN : name === 'Infinity' ? Infinity : -Infinity);
      }
    }
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(s);
    if (m !== null && m.index === this.i) {
      this.i += m[0].length;
      if (m[2] === undefined && m[3] === undefined) {
        if (this.h.parseInt !== None) return yield* pyCall(this.h.parseInt, [m[0]]);
        return normBig(BigInt(m[0]));
      }
      if (this.h.parseFloat !== None) return yield* pyCall(this.h.parseFloat, [m[0]]);
      return newFloat(Number(m[0]));
    }
    return decodeError('Expecting value', s, this.i);
  }

  string(): string {
    const s = this.s;
    const start = this.i;
    let i = start + 1;
    let out = '';
    for (;;) {
      let j = i;
      while (j < s.length) {
        const c = s.charCodeAt(j);
        if (c === 34 || c === 92 || (c < 0x20 && this.h.strict)) break;
        j++;
      }
      out += s.slice(i, j);
      if (j >= s.length) decodeError('Unterminated string starting at', s, start);
      const c = s[j];
      if (c === '"') {
        this.i = j + 1;
        return out;
      }
      if (c !== '\\') decodeError('Invalid control character at', s, j);
      const e = s[j + 1];
      if (e === undefined) decodeError('Unterminated string starting at', s, start);
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (simple[e] !== undefined) {
        out += simple[e];
        i = j + 2;
        continue;
      }
      if (e !== 'u') decodeError('Invalid \\escape', s, j);
      const hex = s.slice(j + 2, j + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) decodeError('Invalid \\uXXXX escape', s, j + 1);
      let cp = parseInt(hex, 16);
      i = j + 6;
      if (cp >= 0xd800 && cp <= 0xdbff && s[i] === '\\' && s[i + 1] === 'u') {
        const hex2 = s.slice(i + 2, i + 6);
        if (/^[0-9a-fA-F]{4}$/.test(hex2)) {
          const lo = parseInt(hex2, 16);
          if (lo >= 0xdc00 && lo <= 0xdfff) {
            cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
            i += 6;
          }
        }
      }
      out += String.fromCodePoint(cp);
    }
  }

  *object(): NativeGen {
    const s = this.s;
    this.i++;
    const pairs: [string, PyValue][] = [];
    this.ws();
    if (s[this.i] === '}') this.i++;
    else {
      for (;;) {
        if (s[this.i] !== '"') decodeError('Expecting property name enclosed in double quotes', s, this.i);
        const key = this.string();
        this.ws();
        if (s[this.i] !== ':') decodeError("Expecting ':' delimiter", s, this.i);
        this.i++;
        this.ws();
        pairs.push([key, yield* this.value()]);
        this.ws();
        if (s[this.i] === '}') {
          this.i++;
          break;
        }
        if (s[this.i] !== ',') decodeError("Expecting ',' delimiter", s, this.i);
        this.i++;
        this.ws();
      }
    }
    if (this.h.pairsHook !== None) return yield* pyCall(this.h.pairsHook, [new PyList(pairs.map((p) => newTuple(p)))]);
    const d = new PyDict();
    for (const [k, v] of pairs) d.setStr(k, v);
    if (this.h.objectHook !== None) return yield* pyCall(this.h.objectHook, [d]);
    return d;
  }

  *array(): NativeGen {
    const s = this.s;
    this.i++;
    const items: PyValue[] = [];
    this.ws();
    if (s[this.i] === ']') {
      this.i++;
      return new PyList(items);
    }
    for (;;) {
      items.push(yield* this.value());
      this.ws();
      if (s[this.i] === ']') {
        this.i++;
        return new PyList(items);
      }
      if (s[this.i] !== ',') decodeError("Expecting ',' delimiter", s, this.i);
      this.i++;
      this.ws();
    }
  }
}

/** json.loads of a str: one value, surrounded only by whitespace. */
export function* decodeDocument(doc: string, hooks: DecodeHooks): NativeGen {
  const p = new Parser(doc, hooks);
  p.ws();
  const v = yield* p.value();
  p.ws();
  if (p.i !== doc.length) decodeError('Extra data', doc, p.i);
  return v;
}
