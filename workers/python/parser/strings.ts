/**
 * String literal tokens: prefix/quote analysis, decoding of str and bytes literals, and the
 * implicit concatenation of adjacent literals into one Constant or JoinedStr (f-string parts
 * go through fstring.ts), with CPython 3.11's node positions and `kind` ('u').
 */
import type { Constant, Expr } from './ast';
import type { Parser, PToken } from './parser-core';
import { decodeBytes, decodeStrEscapes } from './escapes';
import { concatFstring, type FState } from './fstring';

export interface LiteralParts {
  bytes: boolean;
  raw: boolean;
  fstring: boolean;
  /** Start and end (exclusive) of the body inside the token text. */
  start: number;
  end: number;
}

export function literalParts(text: string): LiteralParts {
  let i = 0;
  let bytes = false, raw = false, fstring = false;
  for (;;) {
    const c = text[i] ?? '';
    if (c === 'b' || c === 'B') bytes = true;
    else if (c === 'r' || c === 'R') raw = true;
    else if (c === 'f' || c === 'F') fstring = true;
    else if (c !== 'u' && c !== 'U') break;
    i++;
  }
  const q = text[i];
  const triple = text.length - i >= 6 && text[i + 1] === q && text[i + 2] === q;
  const ql = triple ? 3 : 1;
  return { bytes, raw, fstring, start: i + ql, end: text.length - ql };
}

/** A Constant string spanning tokens first..last; kind 'u' when the first token starts with u. */
export function makeStr(value: string, first: PToken, last: PToken): Constant {
  return {
    _type: 'Constant', value: { kind: 'str', value }, kind: first.string[0] === 'u' ? 'u' : null,
    lineno: first.lineno, col_offset: first.col, end_lineno: last.endLineno, end_col_offset: last.endCol,
  };
}

export function newFState(): FState {
  return { lastStr: null, values: [], fmode: false };
}

/** Append literal text (empty pieces are dropped, as CPython does). */
export function fstateConcat(state: FState, s: string): void {
  if (s.length === 0) return;
  state.lastStr = state.lastStr === null ? s : state.lastStr + s;
}

/** Close an f-string accumulation into a Constant (no f-string seen) or a JoinedStr. */
export function fstateFinish(state: FState, first: PToken, last: PToken): Expr {
  if (!state.fmode) return makeStr(state.lastStr ?? '', first, last);
  if (state.lastStr !== null) {
    state.values.push(makeStr(state.lastStr, first, last));
    state.lastStr = null;
  }
  return {
    _type: 'JoinedStr', values: state.values,
    lineno: first.lineno, col_offset: first.col, end_lineno: last.endLineno, end_col_offset: last.endCol,
  };
}

/** strings: STRING+ (CPython's _PyPegen_concatenate_strings). */
export function concatenateStrings(p: Parser, toks: PToken[]): Expr {
  const first = toks[0];
  const last = toks[toks.length - 1];
  let bytesmode = false;
  const byteParts: Uint8Array[] = [];
  const state = newFState();
  toks.forEach((t, i) => {
    const lit = literalParts(t.string);
    const body = t.string.slice(lit.start, lit.end);
    let strValue: string | null = null;
    if (!lit.fstring) {
      if (lit.bytes) {
        for (let k = 0; k < body.length; k++) {
          if (body.charCodeAt(k) >= 0x80) p.raiseAtNode(t, 'bytes can only contain ASCII literal characters');
        }
        const d = decodeBytes(body, lit.raw || !body.includes('\\'));
        if (!d.ok) p.raise(d.error);
        byteParts.push(d.value);
      } else if (lit.raw || !body.includes('\\')) {
        strValue = body;
      } else {
        const d = decodeStrEscapes(body);
        if (!d.ok) p.raise(d.error);
        strValue = d.value;
      }
    }
    if (i !== 0 && bytesmode !== lit.bytes) p.raise('cannot mix bytes and nonbytes literals');
    bytesmode = lit.bytes;
    if (lit.fstring) concatFstring(p, state, t, { i: lit.start }, lit.end, lit.raw, 0, first, last);
    else if (strValue !== null) fstateConcat(state, strValue);
  });
  if (bytesmode) {
    const total = byteParts.reduce((n, b) => n + b.length, 0);
    const value = new Uint8Array(total);
    let off = 0;
    for (const b of byteParts) {
      value.set(b, off);
      off += b.length;
    }
    return {
      _type: 'Constant', value: { kind: 'bytes', value }, kind: null,
      lineno: first.lineno, col_offset: first.col, end_lineno: last.endLineno, end_col_offset: last.endCol,
    };
  }
  return fstateFinish(state, first, last);
}
