/**
 * Scanning of names and string literals for the tokenizer (string prefixes in any case and
 * order CPython allows, quotes, triple quotes, escapes), with CPython's error positions for
 * invalid characters and unterminated strings.
 */
import type { Token } from './tokens';
import { isPrintable, scanIdentifier } from './tokens';
import { EOF, hex4, isIdChar, type Tokenizer } from './tokenizer';

/** Identifiers, and string literals reached through their prefix letters. */
export function scanNameOrString(tok: Tokenizer, c: number, start: number): Token {
  let sawB = false, sawR = false, sawU = false, sawF = false;
  for (;;) {
    if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
    else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
    else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
    else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
    else break;
    c = tok.nextc();
    if (c === 39 || c === 34) return scanString(tok, c, start);
  }
  let nonascii = false;
  while (c !== EOF && isIdChar(c)) {
    if (c >= 128) nonascii = true;
    c = tok.nextc();
  }
  tok.backup(c);
  if (nonascii) verifyIdentifier(tok, start);
  return tok.make('NAME', start, tok.pos);
}

function verifyIdentifier(tok: Tokenizer, start: number): void {
  const s = tok.src.slice(start, tok.pos);
  const bad = scanIdentifier(s);
  if (bad >= s.length) return;
  const cp = s.codePointAt(bad)!;
  const at = start + bad - tok.lineStart + 1; // 1-based column of the offending character
  tok.pos = start + bad + (cp > 0xffff ? 2 : 1);
  throw tok.syntaxError(isPrintable(cp)
    ? `invalid character '${String.fromCodePoint(cp)}' (U+${hex4(cp)})`
    : `invalid non-printable character U+${hex4(cp)}`, at, at);
}

export function scanString(tok: Tokenizer, quote: number, start: number): Token {
  const firstLineno = tok.lineno;
  const firstLineStart = tok.lineStart;
  let quoteSize = 1;
  let endQuoteSize = 0;
  let c = tok.nextc();
  if (c === quote) {
    c = tok.nextc();
    if (c === quote) quoteSize = 3;
    else endQuoteSize = 1;
  }
  if (c !== quote) tok.backup(c);
  while (endQuoteSize !== quoteSize) {
    c = tok.nextc();
    if (c === EOF || (quoteSize === 1 && c === 10)) {
      // Report from the opening quote, on the line where the literal starts.
      const detected = tok.lineno;
      tok.pos = start + 1;
      tok.lineStart = firstLineStart;
      tok.lineno = firstLineno;
      throw tok.syntaxError(quoteSize === 3
        ? `unterminated triple-quoted string literal (detected at line ${detected})`
        : `unterminated string literal (detected at line ${detected})`);
    }
    if (c === quote) endQuoteSize++;
    else {
      endQuoteSize = 0;
      if (c === 92) tok.nextc();
    }
  }
  return tok.make('STRING', start, tok.pos, firstLineno, firstLineStart);
}
