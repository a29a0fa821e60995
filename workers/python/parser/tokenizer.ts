/**
 * Python 3.11 tokenizer. It reproduces the character-level behaviour of CPython's C tokenizer
 * (which lines have been read when, where errors point, which messages) because the parser's
 * error locations depend on it, while emitting the token stream of Python's `tokenize` module
 * (COMMENT and NL included when `trivia` is on). Usable on its own: see `tokenize()`.
 */
import { PySyntaxError, type SyntaxErrorType } from './syntax-error';
import {
  ONE_CHAR_OPS, THREE_CHAR_OPS, TWO_CHAR_OPS, isPrintable, type Token, type TokenType,
} from './tokens';
import { scanNumber } from './tokenizer-numbers';
import { scanNameOrString, scanString } from './tokenizer-strings';
import { normalizeSource } from './source';
import { byteColToCharCol, unitColToByteCol, unitColToCharCol } from './offsets';

export const EOF = -1;
const TAB_SIZE = 8;
const MAX_INDENT = 100;
const MAX_LEVEL = 200;

/** How the last error arose: `direct` ones are raised by the tokenizer itself (CPython sets the
 * exception there); the others are tokenizer states CPython's parser turns into an exception. */
export type TokErrorKind = 'direct' | 'eof' | 'dedent' | 'tabspace' | 'toodeep' | 'linecont' | 'eof-in-paren';

export interface TokenizerOptions {
  filename?: string;
  /** Emit COMMENT and NL tokens too (as `tokenize` does). The parser turns this off. */
  trivia?: boolean;
  /** Error columns in UTF-8 bytes (see `ParseOptions` in parser-core.ts). */
  byteOffsets?: boolean;
  /** Reading a file: at end of file the buffer is empty. */
  fileInput?: boolean;
  /** Error text is the line read back from the source file. */
  textFromFile?: boolean;
  /** End the source with a newline if it lacks one (exec input; not eval input). */
  appendNewline?: boolean;
}

export function isIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}
export function isIdChar(c: number): boolean {
  return isIdStart(c) || (c >= 48 && c <= 57);
}

export class Tokenizer {
  readonly src: string;
  readonly filename: string;
  private readonly trivia: boolean;
  readonly byteOffsets: boolean;
  readonly fileInput: boolean;
  readonly textFromFile: boolean;
  /** Whether a final '\n' was appended (its NEWLINE/NL token then has an empty string). */
  private readonly addedNewline: boolean;
  // Mirrors of the C tokenizer state: cur, line_start, inp (end of the line read), lineno.
  pos = 0;
  lineStart = 0;
  inp = 0;
  lineno = 0;
  /** Start of CPython's `buf`: the line where the token being read (if any) began. */
  buf = 0;
  /** CPython's `tok->start != NULL`: a token is being read, so `buf` stays put. */
  private inToken = false;
  private atEof = false;
  private atbol = true;
  level = 0;
  readonly parenChar: string[] = [];
  readonly parenLine: number[] = [];
  readonly parenCol: number[] = [];
  private readonly indstack: number[] = [0];
  private readonly altindstack: number[] = [0];
  private pendin = 0;
  private readonly queue: Token[] = [];
  private queueHead = 0;
  /** Set once an error was thrown. */
  errorKind: TokErrorKind | null = null;
  /** For the NEWLINE just returned: the column CPython reports as its start (a preceding comment's). */
  newlineCStart = -1;

  constructor(source: string, options: TokenizerOptions = {}) {
    const norm = normalizeSource(source, options.appendNewline ?? true);
    this.src = norm.text;
    this.addedNewline = norm.addedNewline;
    this.filename = options.filename ?? 'main.py';
    this.trivia = options.trivia ?? false;
    this.byteOffsets = options.byteOffsets ?? false;
    this.fileInput = options.fileInput ?? false;
    this.textFromFile = options.textFromFile ?? false;
  }

  /** The tokenizer has tried to read past the last line. */
  get eofReached(): boolean {
    return this.atEof;
  }

  // ---- character reading (tok_nextc / tok_backup) ----

  nextc(): number {
    if (this.pos < this.inp) return this.src.charCodeAt(this.pos++);
    if (this.atEof || this.inp >= this.src.length) {
      this.atEof = true;
      this.pos = this.inp;
      return EOF;
    }
    this.lineStart = this.inp;
    if (!this.inToken) this.buf = this.inp;
    this.lineno++;
    const nl = this.src.indexOf('\n', this.inp);
    this.inp = nl < 0 ? this.src.length : nl + 1;
    return this.src.charCodeAt(this.pos++);
  }

  backup(c: number): void {
    if (c !== EOF) this.pos--;
  }

  /** The line(s) being read, with the newline (CPython's buf..inp: from the current token's
   * first line when it spans several, e.g. a triple-quoted string or a backslash continuation). */
  currentLine(): string {
    return this.src.slice(this.buf, this.inp);
  }

  /** Source line `n` (1-based) without its newline. */
  sourceLine(n: number): string {
    let start = 0;
    for (let i = 1; i < n; i++) {
      const nl = this.src.indexOf('\n', start);
      if (nl < 0) return '';
      start = nl + 1;
    }
    const end = this.src.indexOf('\n', start);
    return this.src.slice(start, end < 0 ? this.src.length : end);
  }

  /** Line `n` as CPython's err_programtext reads it back from the file (with its newline), or
   * null past the end. */
  fileLine(n: number): string | null {
    if (n < 1) return null;
    let start = 0;
    for (let i = 1; i < n; i++) {
      const nl = this.src.indexOf('\n', start);
      if (nl < 0 || nl + 1 >= this.src.length) return null;
      start = nl + 1;
    }
    if (start >= this.src.length) return null;
    const end = this.src.indexOf('\n', start);
    if (end < 0 || (end === this.src.length - 1 && this.addedNewline)) return this.src.slice(start, end < 0 ? this.src.length : end);
    return this.src.slice(start, end + 1);
  }

  /**
   * _PyPegen_raise_error_known_location's columns: UTF-16 columns of source lines `line` and
   * `endLine` become byte columns, then (when the tokenizer has an encoding) character columns
   * of the error text, clamped to it.
   */
  errorColumns(text: string, line: number, col: number, endLine: number, endCol: number): [number, number] {
    const colText = this.sourceLine(line);
    let c = col > 0 ? unitColToByteCol(colText, col) : col;
    let e = endCol > 0 ? unitColToByteCol(endLine === line ? colText : this.sourceLine(endLine), endCol) : endCol;
    if (!this.byteOffsets) {
      c = byteColToCharCol(text, c);
      if (e > 0) e = byteColToCharCol(text, e);
    }
    return [c, e];
  }

  // ---- errors ----

  /** CPython's tokenizer `syntaxerror()`: column = characters before `cur` on the line. */
  syntaxError(msg: string, offset = -1, endOffset = -1, explicitInBytes = false): PySyntaxError {
    this.errorKind = 'direct';
    const nl = this.src.indexOf('\n', this.lineStart);
    const text = this.src.slice(this.lineStart, nl < 0 ? this.src.length : nl);
    // The default column counts the characters before `cur`; explicit ones are 1-based columns
    // (CPython passes characters, or raw bytes for a known range).
    const conv = (c: number) => (explicitInBytes ? unitColToByteCol(text, c) : unitColToCharCol(text, c));
    const col = offset >= 0 ? conv(offset) : unitColToCharCol(text, this.pos - this.lineStart + 1) - 1;
    return new PySyntaxError('SyntaxError', msg, this.filename, this.lineno, col,
      this.lineno, endOffset >= 0 ? conv(endOffset) : col, text);
  }

  /** Errors CPython's parser raises from a tokenizer state, located on the current line. */
  private stateError(kind: TokErrorKind): PySyntaxError {
    this.errorKind = kind;
    const text = this.currentLine();
    const mk = (type: SyntaxErrorType, msg: string, off: number, end: number) => {
      const shown = (this.textFromFile ? this.fileLine(this.lineno) : null) ?? text;
      [off, end] = this.errorColumns(shown, this.lineno, off, this.lineno, end);
      return new PySyntaxError(type, msg, this.filename, this.lineno, off, this.lineno, end, shown);
    };
    const here = Math.min(this.pos - this.lineStart, text.length + 1);
    switch (kind) {
      case 'eof':
        if (this.level > 0) return this.unclosedParenError();
        return mk('SyntaxError', 'unexpected EOF while parsing', here, -1);
      case 'dedent': return mk('IndentationError', 'unindent does not match any outer indentation level', here, -1);
      case 'tabspace': return mk('TabError', 'inconsistent use of tabs and spaces in indentation', 1, 0);
      case 'toodeep': return mk('IndentationError', 'too many levels of indentation', 1, 0);
      case 'linecont': // CPython counts this column from `buf`, which may be an earlier line
        return mk('SyntaxError', 'unexpected character after line continuation character', this.pos - this.buf, 0);
      default: return this.unclosedParenError();
    }
  }

  /** "'(' was never closed", pointing at the innermost open bracket. */
  unclosedParenError(): PySyntaxError {
    this.errorKind = 'eof-in-paren';
    const i = this.level - 1;
    const line = this.parenLine[i];
    const text = (this.textFromFile ? this.fileLine(line) : null)
      ?? (this.lineno <= line ? this.currentLine() : this.sourceLine(line));
    const [col] = this.errorColumns(text, line, this.parenCol[i] + 1, line, 0);
    return new PySyntaxError('SyntaxError', `'${this.parenChar[i]}' was never closed`, this.filename,
      line, col, line, 0, text);
  }

  // ---- tokens ----

  /** A token from `start` to `end` (internal; also used by the literal scanners). */
  make(type: TokenType, start: number, end: number, lineno = this.lineno, lineStart = this.lineStart): Token {
    return {
      type, string: this.src.slice(start, end), lineno, col: start - lineStart,
      endLineno: this.lineno, endCol: end - this.lineStart, level: this.level,
    };
  }

  private newlineToken(type: 'NEWLINE' | 'NL', at: number): Token {
    const t = this.make(type, at, at + 1);
    if (this.addedNewline && at === this.src.length - 1) t.string = '';
    return t;
  }

  /** The next token (trivia first when enabled). Throws PySyntaxError on invalid input. */
  next(): Token {
    if (this.queueHead < this.queue.length) {
      const t = this.queue[this.queueHead++];
      if (this.queueHead === this.queue.length) {
        this.queue.length = 0;
        this.queueHead = 0;
      }
      return t;
    }
    const t = this.get();
    if (this.queue.length === 0) return t;
    this.queue.push(t);
    return this.next();
  }

  /** tok_continuation_line: a backslash must end the line, and be followed by more input. */
  private continuationLine(): void {
    let c = this.nextc();
    if (c !== 10) throw this.stateError('linecont');
    c = this.nextc();
    if (c === EOF) {
      this.pos = this.inp;
      throw this.stateError('eof');
    }
    this.backup(c);
  }

  private get(): Token {
    for (;;) { // one iteration per physical line start ("nextline")
      let blankline = false;
      this.inToken = false;
      if (this.atbol) {
        this.atbol = false;
        let col = 0;
        let altcol = 0;
        let contLineCol = 0;
        let c: number;
        for (;;) {
          c = this.nextc();
          if (c === 32) { col++; altcol++; }
          else if (c === 9) { col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE; altcol++; }
          else if (c === 12) { col = altcol = 0; }
          else if (c === 92) { contLineCol = contLineCol || col; this.continuationLine(); }
          else break;
        }
        this.backup(c);
        if (c === 35 || c === 10) blankline = true;
        if (!blankline && this.level === 0) {
          col = contLineCol || col;
          altcol = contLineCol || altcol;
          this.indent(col, altcol);
        }
      }
      if (this.pendin !== 0) {
        const at = this.pos;
        if (this.pendin < 0) {
          this.pendin++;
          const t = this.make('DEDENT', at, at);
          if (this.atEof) { t.lineno = t.endLineno = this.lineno + 1; t.col = t.endCol = 0; }
          return t;
        }
        this.pendin--;
        return this.make('INDENT', this.lineStart, at);
      }
      const t = this.again(blankline);
      if (t) return t;
    }
  }

  /** Indentation bookkeeping for a non-blank line at top level (queues INDENT/DEDENTs). */
  private indent(col: number, altcol: number): void {
    const top = this.indstack.length - 1;
    if (col === this.indstack[top]) {
      if (altcol !== this.altindstack[top]) throw this.tabError();
    } else if (col > this.indstack[top]) {
      if (top + 1 >= MAX_INDENT) { this.pos = this.inp; throw this.stateError('toodeep'); }
      if (altcol <= this.altindstack[top]) throw this.tabError();
      this.pendin++;
      this.indstack.push(col);
      this.altindstack.push(altcol);
    } else {
      while (this.indstack.length > 1 && col < this.indstack[this.indstack.length - 1]) {
        this.pendin--;
        this.indstack.pop();
        this.altindstack.pop();
      }
      if (col !== this.indstack[this.indstack.length - 1]) {
        this.pos = this.inp;
        throw this.stateError('dedent');
      }
      if (altcol !== this.altindstack[this.altindstack.length - 1]) throw this.tabError();
    }
  }

  private tabError(): PySyntaxError {
    this.pos = this.inp;
    return this.stateError('tabspace');
  }

  /** Scans one token after indentation ("again" in CPython); null means "go to the next line". */
  private again(blankline: boolean): Token | null {
    for (;;) {
      let c: number;
      this.inToken = false;
      do { c = this.nextc(); } while (c === 32 || c === 9 || c === 12);
      this.inToken = true;
      const start = this.pos - 1;
      let commentStart = -1;
      if (c === 35) {
        commentStart = start;
        while (c !== EOF && c !== 10) c = this.nextc();
        if (this.trivia) {
          const end = c === EOF ? this.pos : this.pos - 1;
          this.queue.push(this.make('COMMENT', start, end));
        }
      }
      if (c === EOF) {
        if (this.level > 0) throw this.unclosedParenError();
        const t = this.make('ENDMARKER', this.pos, this.pos);
        t.lineno = t.endLineno = this.lineno + 1;
        t.col = t.endCol = 0;
        return t;
      }
      if (isIdStart(c)) return scanNameOrString(this, c, start);
      if (c === 10) {
        this.atbol = true;
        const at = this.pos - 1;
        if (blankline || this.level > 0) {
          if (this.trivia) this.queue.push(this.newlineToken('NL', at));
          return null;
        }
        this.newlineCStart = (commentStart >= 0 ? commentStart : at) - this.lineStart;
        return this.newlineToken('NEWLINE', at);
      }
      if (c === 46) { // '.'
        const c2 = this.nextc();
        if (c2 >= 48 && c2 <= 57) return this.make('NUMBER', start, scanNumber(this, c2, start, true));
        if (c2 === 46) {
          const c3 = this.nextc();
          if (c3 === 46) return this.make('OP', start, this.pos);
          this.backup(c3);
        }
        this.backup(c2);
        return this.make('OP', start, this.pos);
      }
      if (c >= 48 && c <= 57) return this.make('NUMBER', start, scanNumber(this, c, start, false));
      if (c === 39 || c === 34) return scanString(this, c, start);
      if (c === 92) {
        this.continuationLine();
        continue;
      }
      return this.operator(c, start);
    }
  }

  private operator(c: number, start: number): Token {
    const c2 = this.nextc();
    const two = String.fromCharCode(c) + (c2 === EOF ? '' : String.fromCharCode(c2));
    if (TWO_CHAR_OPS.has(two)) {
      const c3 = this.nextc();
      if (c3 === EOF || !THREE_CHAR_OPS.has(two + String.fromCharCode(c3))) this.backup(c3);
      return this.make('OP', start, this.pos);
    }
    this.backup(c2);
    const ch = String.fromCharCode(c);
    if (ch === '(' || ch === '[' || ch === '{') {
      if (this.level >= MAX_LEVEL) throw this.syntaxError('too many nested parentheses');
      this.parenChar[this.level] = ch;
      this.parenLine[this.level] = this.lineno;
      this.parenCol[this.level] = start - this.lineStart;
      this.level++;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      if (this.level === 0) throw this.syntaxError(`unmatched '${ch}'`);
      this.level--;
      const open = this.parenChar[this.level];
      if (!((open === '(' && ch === ')') || (open === '[' && ch === ']') || (open === '{' && ch === '}'))) {
        const line = this.parenLine[this.level];
        throw this.syntaxError(line !== this.lineno
          ? `closing parenthesis '${ch}' does not match opening parenthesis '${open}' on line ${line}`
          : `closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
      }
    }
    if (!isPrintable(c)) {
      throw this.syntaxError(`invalid non-printable character U+${hex4(c)}`);
    }
    return this.make(ONE_CHAR_OPS.includes(ch) ? 'OP' : 'ERRORTOKEN', start, this.pos);
  }
}

export function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * Tokenize a whole source like Python's `tokenize.generate_tokens` (without the ENCODING token).
 * Stops at the first error: `tokens` holds everything before it, `error` the PySyntaxError.
 */
export function tokenize(source: string, filename = 'main.py'): { tokens: Token[]; error: PySyntaxError | null } {
  // `tokenize` treats a final whitespace-only line without a newline as the end of input.
  const trimmed = source.replace(/(^|\n)[ \t\f]+$/, '$1');
  const tok = new Tokenizer(trimmed, { filename, trivia: true });
  const tokens: Token[] = [];
  try {
    for (;;) {
      const t = tok.next();
      tokens.push(t);
      if (t.type === 'ENDMARKER') break;
    }
  } catch (e) {
    if (e instanceof PySyntaxError) return { tokens, error: e };
    throw e;
  }
  return { tokens, error: null };
}
