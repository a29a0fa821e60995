/**
 * f-string bodies, the Python 3.11 way: the body is scanned for literal text and `{...}`
 * replacement fields; each expression's source is wrapped in parentheses and parsed by a
 * sub-parser whose token positions are shifted to where the expression sits in the file
 * (reproducing 3.11's quirks, e.g. no shift on the expression's later lines).
 */
import type { Expr, FormattedValue } from './ast';
import type { Parser, PToken } from './parser-core';
import { decodeStrEscapes } from './escapes';
import { fstateConcat, fstateFinish, makeStr, newFState } from './strings';
import { runParser } from './parser';

export interface FState {
  lastStr: string | null;
  values: Expr[];
  fmode: boolean;
}

interface Cursor { i: number }

const MAX_LEVEL = 200;

/**
 * Parse the f-string body of token `t` from cur.i to `end` into `state`
 * (_PyPegen_FstringParser_ConcatFstring). first/last: the whole concatenation's tokens.
 */
export function concatFstring(p: Parser, state: FState, t: PToken, cur: Cursor, end: number, raw: boolean,
  recurseLvl: number, first: PToken, last: PToken): void {
  state.fmode = true;
  const s = t.string;
  for (;;) {
    const doubled = findLiteral(p, state, s, cur, end, raw, recurseLvl);
    if (doubled) continue;
    if (cur.i >= end || s[cur.i] === '}') break;
    const { expr, exprText } = findExpr(p, t, cur, end, raw, recurseLvl, first, last);
    if (exprText !== null) fstateConcat(state, exprText);
    if (state.lastStr !== null) {
      state.values.push(makeStr(state.lastStr, first, last));
      state.lastStr = null;
    }
    state.values.push(expr);
  }
  if (recurseLvl === 0 && cur.i < end - 1) p.raise('f-string: unexpected end of string');
  if (recurseLvl !== 0 && s[cur.i] !== '}') p.raise("f-string: expecting '}'");
}

/**
 * Literal text up to the next replacement field (fstring_find_literal). Returns true when it
 * stopped at a doubled brace, whose first half ends the literal.
 */
function findLiteral(p: Parser, state: FState, s: string, cur: Cursor, end: number, raw: boolean,
  recurseLvl: number): boolean {
  const litStart = cur.i;
  let i = cur.i;
  let doubled = false;
  while (i < end) {
    let ch = s[i++];
    if (!raw && ch === '\\' && i < end) {
      ch = s[i++];
      if (ch === 'N') {
        // \N{NAME}: its braces are not replacement fields.
        if (i < end && s[i++] === '{') {
          while (i < end && s[i++] !== '}');
        }
        continue;
      }
    }
    if (ch === '{' || ch === '}') {
      if (recurseLvl === 0) {
        if (i < end && s[i] === ch) {
          doubled = true;
          break;
        }
        if (ch === '}') {
          cur.i = i - 1;
          p.raise("f-string: single '}' is not allowed");
        }
      }
      i--;
      break;
    }
  }
  cur.i = doubled ? i + 1 : i;
  if (i !== litStart) {
    const text = s.slice(litStart, i);
    let value = text;
    if (!raw) {
      const d = decodeStrEscapes(text);
      if (!d.ok) p.raise(d.error);
      value = d.value;
    }
    fstateConcat(state, value);
  }
  return doubled;
}

function isPySpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
}

/** One `{expr[=][!c][:spec]}` field (fstring_find_expr); cur.i is on the '{'. */
function findExpr(p: Parser, t: PToken, cur: Cursor, end: number, raw: boolean, recurseLvl: number,
  first: PToken, last: PToken): { expr: FormattedValue; exprText: string | null } {
  const s = t.string;
  if (recurseLvl >= 2) p.raise('f-string: expressions nested too deeply');
  cur.i++;
  const exprStart = cur.i;
  let quote = '';
  let stringType = 0;
  const stack: string[] = [];
  for (; cur.i < end; cur.i++) {
    const ch = s[cur.i];
    if (ch === '\\') p.raise('f-string expression part cannot include a backslash');
    if (quote) {
      if (ch === quote) {
        if (stringType === 3) {
          if (cur.i + 2 < end && s[cur.i + 1] === ch && s[cur.i + 2] === ch) {
            cur.i += 2;
            stringType = 0;
            quote = '';
          }
        } else {
          stringType = 0;
          quote = '';
        }
      }
    } else if (ch === "'" || ch === '"') {
      if (cur.i + 2 < end && s[cur.i + 1] === ch && s[cur.i + 2] === ch) {
        stringType = 3;
        cur.i += 2;
      } else {
        stringType = 1;
      }
      quote = ch;
    } else if (ch === '[' || ch === '{' || ch === '(') {
      if (stack.length >= MAX_LEVEL) p.raise('f-string: too many nested parenthesis');
      stack.push(ch);
    } else if (ch === '#') {
      p.raise("f-string expression part cannot include '#'");
    } else if (stack.length === 0 && (ch === '!' || ch === ':' || ch === '}' || ch === '=' || ch === '>' || ch === '<')) {
      const next = cur.i + 1 < end ? s[cur.i + 1] : undefined;
      if (next === '=' && ch !== ':' && ch !== '}') {
        cur.i++; // !=, ==, <=, >=
        continue;
      }
      if (ch === '>' || ch === '<') continue;
      break;
    } else if (ch === ']' || ch === '}' || ch === ')') {
      if (stack.length === 0) p.raise(`f-string: unmatched '${ch}'`);
      const open = stack.pop();
      if (!((open === '(' && ch === ')') || (open === '[' && ch === ']') || (open === '{' && ch === '}'))) {
        p.raise(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
      }
    }
  }
  const exprEnd = cur.i;
  if (quote) p.raise('f-string: unterminated string');
  if (stack.length) p.raise(`f-string: unmatched '${stack[stack.length - 1]}'`);
  const expecting = (): never => p.raise("f-string: expecting '}'");
  if (cur.i >= end) expecting();
  const value = compileExpr(p, t, exprStart, exprEnd);
  let exprText: string | null = null;
  if (s[cur.i] === '=') {
    cur.i++;
    while (isPySpace(s[cur.i])) cur.i++;
    if (cur.i >= end) expecting();
    exprText = s.slice(exprStart, cur.i);
  }
  let conversion = -1;
  if (s[cur.i] === '!') {
    cur.i++;
    if (cur.i >= end) expecting();
    conversion = s.charCodeAt(cur.i);
    cur.i++;
    if (conversion !== 115 && conversion !== 114 && conversion !== 97) {
      p.raise("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  let spec: Expr | null = null;
  if (s[cur.i] === ':') {
    cur.i++;
    if (cur.i >= end) expecting();
    // The spec's own JoinedStr spans only token t; its pieces span the whole literal.
    const st = newFState();
    concatFstring(p, st, t, cur, end, raw, recurseLvl + 1, first, last);
    spec = fstateFinish(st, t, t);
  }
  if (cur.i >= end || s[cur.i] !== '}') expecting();
  cur.i++;
  if (exprText !== null && spec === null && conversion === -1) conversion = 114;
  return {
    expr: {
      _type: 'FormattedValue', value, conversion, format_spec: spec,
      lineno: first.lineno, col_offset: first.col, end_lineno: last.endLineno, end_col_offset: last.endCol,
    },
    exprText,
  };
}

/** Parse one replacement-field expression with a positioned sub-parser (fstring_compile_expr). */
function compileExpr(p: Parser, t: PToken, exprStart: number, exprEnd: number): Expr {
  const s = t.string;
  let k = exprStart;
  while (k < exprEnd && (s[k] === ' ' || s[k] === '\t' || s[k] === '\n' || s[k] === '\f')) k++;
  if (k === exprEnd) {
    const c = s[exprEnd];
    if (c === '!' || c === ':' || c === '=') p.raise(`f-string: expression required before '${c}'`);
    p.raise('f-string: empty expression not allowed');
  }
  // Where the '{' sits: lines into the token, and its column (0 when a newline follows it).
  const brace = exprStart - 1;
  let newlineAfterBrace = true;
  for (let j = brace + 1; j < s.length && s[j] !== '}' && s[j] !== '\n'; j++) {
    if (s[j] !== ' ' && s[j] !== '\t' && s[j] !== '\f') {
      newlineAfterBrace = false;
      break;
    }
  }
  let cols = 0;
  if (!newlineAfterBrace) {
    let j = brace;
    while (j > 0 && s[j] !== '\n') j--;
    cols = brace - j - (s[j] === '\n' ? 1 : 0);
  }
  let lines = 0;
  for (let j = 0; j < brace; j++) if (s.charCodeAt(j) === 10) lines++;
  const sub = '(' + s.slice(exprStart, exprEnd) + ')';
  return runParser(sub, p.filename, 'fstring', {
    startingLineno: t.lineno + lines,
    startingColOffset: lines !== 0 ? cols : t.col + cols,
  }) as Expr;
}
