/**
 * Numeric literal scanning with CPython 3.11's exact error messages and positions
 * (underscores, 0x/0o/0b prefixes, leading zeros, fractions, exponents, imaginary suffix, and
 * the "number immediately followed by a name" check that tolerates `1if x else y`).
 */
import { EOF, isIdChar, type Tokenizer } from './tokenizer';

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

/**
 * Scan the rest of a number whose first character `c` was just read (or, with `afterDot`,
 * the first digit after a leading '.'). Returns the end position of the literal.
 */
export function scanNumber(tok: Tokenizer, c: number, start: number, afterDot: boolean): number {
  if (afterDot) return fraction(tok, c);
  if (c === 48) {
    c = tok.nextc();
    if (c === 120 || c === 88) return radix(tok, 'hexadecimal', isHex, () => false);
    if (c === 111 || c === 79) return radix(tok, 'octal', (d) => d >= 48 && d <= 55, isDigit);
    if (c === 98 || c === 66) return radix(tok, 'binary', (d) => d === 48 || d === 49, isDigit);
    // "0", "00…", or a float/imaginary starting with zeros.
    let nonzero = false;
    for (;;) {
      if (c === 95) {
        c = tok.nextc();
        if (!isDigit(c)) {
          tok.backup(c);
          throw tok.syntaxError('invalid decimal literal');
        }
      }
      if (c !== 48) break;
      c = tok.nextc();
    }
    const zerosEnd = tok.pos;
    if (isDigit(c)) {
      nonzero = true;
      c = decimalTail(tok);
    }
    if (c === 46) return fraction(tok, tok.nextc());
    if (c === 101 || c === 69) return exponent(tok, c);
    if (c === 106 || c === 74) return imaginary(tok);
    if (nonzero) {
      tok.backup(c);
      throw tok.syntaxError('leading zeros in decimal integer literals are not permitted; ' +
        'use an 0o prefix for octal integers', start + 1 - tok.lineStart, zerosEnd - tok.lineStart, true);
    }
    verifyEnd(tok, c, 'decimal');
    tok.backup(c);
    return tok.pos;
  }
  c = decimalTail(tok);
  if (c === 46) return fraction(tok, tok.nextc());
  if (c === 101 || c === 69) return exponent(tok, c);
  if (c === 106 || c === 74) return imaginary(tok);
  verifyEnd(tok, c, 'decimal');
  tok.backup(c);
  return tok.pos;
}

/** Digits of a 0x/0o/0b literal, with single underscores between groups. */
function radix(tok: Tokenizer, kind: string, ok: (c: number) => boolean, badDigit: (c: number) => boolean): number {
  let c = tok.nextc();
  do {
    if (c === 95) c = tok.nextc();
    if (!ok(c)) {
      if (badDigit(c)) throw tok.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
      tok.backup(c);
      throw tok.syntaxError(`invalid ${kind} literal`);
    }
    do { c = tok.nextc(); } while (ok(c));
  } while (c === 95);
  if (badDigit(c)) throw tok.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
  verifyEnd(tok, c, kind);
  tok.backup(c);
  return tok.pos;
}

/** Digits with single underscores; returns the first character after them. */
function decimalTail(tok: Tokenizer): number {
  for (;;) {
    let c: number;
    do { c = tok.nextc(); } while (isDigit(c));
    if (c !== 95) return c;
    c = tok.nextc();
    if (!isDigit(c)) {
      tok.backup(c);
      throw tok.syntaxError('invalid decimal literal');
    }
  }
}

/** After the '.', `c` being the character following it. */
function fraction(tok: Tokenizer, c: number): number {
  if (isDigit(c)) c = decimalTail(tok);
  if (c === 101 || c === 69) return exponent(tok, c);
  if (c === 106 || c === 74) return imaginary(tok);
  verifyEnd(tok, c, 'decimal');
  tok.backup(c);
  return tok.pos;
}

function exponent(tok: Tokenizer, e: number): number {
  let c = tok.nextc();
  if (c === 43 || c === 45) {
    c = tok.nextc();
    if (!isDigit(c)) {
      tok.backup(c);
      throw tok.syntaxError('invalid decimal literal');
    }
  } else if (!isDigit(c)) {
    // "1e" not followed by digits: the number ends before the 'e' (e.g. `1else`).
    tok.backup(c);
    verifyEnd(tok, e, 'decimal');
    tok.backup(e);
    return tok.pos;
  }
  c = decimalTail(tok);
  if (c === 106 || c === 74) return imaginary(tok);
  verifyEnd(tok, c, 'decimal');
  tok.backup(c);
  return tok.pos;
}

function imaginary(tok: Tokenizer): number {
  const c = tok.nextc();
  verifyEnd(tok, c, 'imaginary');
  tok.backup(c);
  return tok.pos;
}

/** Does the input continue with `rest` and then a non-identifier character? Consumes nothing. */
function lookahead(tok: Tokenizer, rest: string): boolean {
  const save = tok.pos;
  let ok = true;
  for (let i = 0; i < rest.length; i++) {
    if (tok.nextc() !== rest.charCodeAt(i)) { ok = false; break; }
  }
  if (ok) {
    const c = tok.nextc();
    ok = c === EOF || !isIdChar(c);
  }
  tok.pos = save;
  return ok;
}

/**
 * A number directly followed by a name is an error, except before the keywords that can
 * legally follow a number (`1if x else y`, `0x1for`…), which CPython 3.11 only warns about.
 * `c` has been read; on return the caller backs it up.
 */
function verifyEnd(tok: Tokenizer, c: number, kind: string): void {
  let r = false;
  if (c === 97) r = lookahead(tok, 'nd');
  else if (c === 101) r = lookahead(tok, 'lse');
  else if (c === 102) r = lookahead(tok, 'or');
  else if (c === 105) {
    const c2 = tok.nextc();
    r = c2 === 102 || c2 === 110 || c2 === 115;
    tok.backup(c2);
  } else if (c === 111) r = lookahead(tok, 'r');
  else if (c === 110) r = lookahead(tok, 'ot');
  if (r) return;
  if (c !== EOF && c < 128 && isIdChar(c)) {
    tok.backup(c);
    throw tok.syntaxError(`invalid ${kind} literal`);
  }
}
