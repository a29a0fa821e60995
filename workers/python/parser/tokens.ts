/**
 * Token shapes and the fixed tables (operators, keywords) shared by the tokenizer and parser.
 * Positions follow Python's `tokenize` module: 1-based lines, 0-based UTF-16 columns.
 */

export type TokenType =
  | 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'NL' | 'COMMENT'
  | 'INDENT' | 'DEDENT' | 'ENDMARKER'
  /** A character that starts no token (`$`, `?`, `!` alone…); the parser rejects it. */
  | 'ERRORTOKEN';

export interface Token {
  type: TokenType;
  /** Exact source text ('' for DEDENT/ENDMARKER and for the NEWLINE added at a missing final newline). */
  string: string;
  lineno: number;
  col: number;
  endLineno: number;
  endCol: number;
  /** Bracket nesting depth once this token is read (an opening bracket counts itself). */
  level: number;
}

export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

export const SOFT_KEYWORDS: ReadonlySet<string> = new Set(['match', 'case', '_']);

export const THREE_CHAR_OPS: ReadonlySet<string> = new Set(['**=', '...', '//=', '<<=', '>>=']);

/** `<>` is a token (so `1 <> 2` fails in the parser, as in CPython, not the tokenizer). */
export const TWO_CHAR_OPS: ReadonlySet<string> = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>', '==', '>=',
  '>>', '@=', '^=', '|=',
]);

export const ONE_CHAR_OPS = '%&()*+,-./:;<=>@[]^{|}~';

/** Python's str.isprintable() for one code point. */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
export function isPrintable(cp: number): boolean {
  if (cp === 0x20) return true;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}

const XID_START = /[\p{XID_Start}_]/u;
const XID_CONTINUE = /\p{XID_Continue}/u;

/**
 * Index (in UTF-16 units) of the first code point that makes `s` an invalid identifier,
 * or s.length when it is valid.
 */
export function scanIdentifier(s: string): number {
  let i = 0;
  let first = true;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const ok = cp < 128
      ? (first ? /[A-Za-z_]/.test(ch) : /[A-Za-z0-9_]/.test(ch))
      : (first ? XID_START.test(ch) : XID_CONTINUE.test(ch));
    if (!ok) return i;
    first = false;
    i += ch.length;
  }
  return i;
}
