/**
 * Parser state shared by all grammar rules: the lazily filled token array (CPython reads tokens
 * only as the parser asks for them, which decides where errors point), backtracking marks,
 * memoization, node positions, and the RAISE_* error helpers with CPython 3.11's location rules.
 * The rules themselves are free functions in the parse-*.ts files, one per grammar area.
 */
import type { Alias, Arg, ExceptHandler, Expr, Keyword, Name, Pattern, Pos, Stmt } from './ast';
import { PySyntaxError, ParserStackOverflow, type SyntaxErrorType } from './syntax-error';
import { Tokenizer } from './tokenizer';
import { KEYWORDS, type Token } from './tokens';

/** A token as the parser sees it, with the columns CPython's own tokens carry (-1 = none). */
export interface PToken extends Token {
  ccol: number;
  cend: number;
  cline: number;
  /** Memoized results of rules starting at this token: [node, end mark] pairs by rule id. */
  memo: unknown[] | null;
}

/** A positioned node before its position is set (distributes over the unions). */
type WithoutPos<T> = T extends unknown ? Omit<T, keyof Pos> : never;
export type Unpositioned = WithoutPos<Expr | Stmt | Pattern | Arg | Keyword | Alias | ExceptHandler>;

/** Marker for a column CPython takes from the tokenizer's current position. */
export const CURRENT_POS = -5;
/** CPython's parser stack limit (it raises MemoryError there; we raise a SyntaxError). */
const MAX_STACK = 6000;

export type StartRule = 'file' | 'eval' | 'fstring';

/** Where the source comes from, which decides how CPython locates and shows syntax errors. */
export interface ParseOptions {
  /**
   * Report columns in UTF-8 bytes: CPython's tokenizer has no encoding for a file or a bytes
   * source without a coding cookie or BOM, so it never converts its byte columns to characters.
   */
  byteOffsets?: boolean;
  /** The tokenizer reads a file (the main script): at end of file its buffer is empty. */
  fileInput?: boolean;
  /** The source is a file on disk: the error's text is its line read back from the file. */
  textFromFile?: boolean;
}

export interface SubParserOrigin {
  startingLineno: number;
  startingColOffset: number;
}

export class Parser {
  readonly tok: Tokenizer;
  readonly tokens: PToken[] = [];
  mark = 0;
  callInvalidRules = false;
  level = 0;
  readonly filename: string;
  readonly startRule: StartRule;
  /** For f-string expression sub-parsers: where their text sits in the file. */
  readonly startingLineno: number;
  readonly startingColOffset: number;
  readonly byteOffsets: boolean;
  readonly fileInput: boolean;

  constructor(source: string, filename: string, startRule: StartRule, origin?: SubParserOrigin, options: ParseOptions = {}) {
    this.filename = filename;
    this.startRule = startRule;
    this.startingLineno = origin?.startingLineno ?? 0;
    this.startingColOffset = origin?.startingColOffset ?? 0;
    // An f-string expression's sub-tokenizer is made from a plain C string: no encoding.
    this.byteOffsets = startRule === 'fstring' || (options.byteOffsets ?? false);
    this.fileInput = options.fileInput ?? false;
    this.tok = new Tokenizer(source, {
      filename, byteOffsets: this.byteOffsets, fileInput: this.fileInput, textFromFile: startRule === 'file' && (options.textFromFile ?? false),
      appendNewline: startRule !== 'eval',
    });
    if (origin) this.tok.lineno = origin.startingLineno - 1;
  }

  // ---- tokens ----

  /** Read one more significant token into the array (CPython's _PyPegen_fill_token). */
  private fill(): void {
    const t = this.tok.next() as PToken;
    t.memo = null;
    t.cline = t.lineno;
    if (t.type === 'NEWLINE') {
      t.ccol = this.tok.newlineCStart;
      t.cend = t.col;
      t.endCol = t.col + 1;
    } else if (t.type === 'INDENT' || t.type === 'DEDENT' || t.type === 'ENDMARKER') {
      t.ccol = t.cend = -1;
      t.cline = this.tok.lineno;
    } else {
      t.ccol = t.col;
      t.cend = t.endCol;
    }
    if (this.startingLineno && this.tok.lineno === this.startingLineno) {
      // Sub-parser tokens on the expression's first line are shifted to file columns.
      t.col += this.startingColOffset;
      t.endCol += this.startingColOffset;
      if (t.ccol >= 0) t.ccol += this.startingColOffset;
      if (t.cend >= 0) t.cend += this.startingColOffset;
    }
    this.tokens.push(t);
  }

  peek(): PToken {
    if (this.mark === this.tokens.length) this.fill();
    return this.tokens[this.mark];
  }

  /** Consume the next token if its text is `s` (an operator or a keyword). */
  expect(s: string): PToken | null {
    const t = this.peek();
    if (t.string === s && t.type !== 'STRING') {
      this.mark++;
      return t;
    }
    return null;
  }

  /** Lookahead: is the next token `s`? Consumes nothing. */
  at(s: string): boolean {
    const t = this.peek();
    return t.string === s && t.type !== 'STRING';
  }

  /** A forced token (`&&'x'` in the grammar): its absence is an immediate "expected 'x'". */
  expectForced(s: string): PToken {
    const t = this.peek();
    if (t.string === s && t.type !== 'STRING') {
      this.mark++;
      return t;
    }
    return this.raiseAtNode(t, `expected '${s}'`);
  }

  atType(type: Token['type']): boolean {
    return this.peek().type === type;
  }

  expectType(type: Token['type']): PToken | null {
    const t = this.peek();
    if (t.type !== type) return null;
    this.mark++;
    return t;
  }

  /** A NAME token that is not a hard keyword, as a Name node. */
  name(): Name | null {
    const t = this.peek();
    if (t.type !== 'NAME' || KEYWORDS.has(t.string)) return null;
    this.mark++;
    return {
      _type: 'Name', id: identifier(t.string), ctx: 'Load',
      lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol,
    };
  }

  /** A soft keyword (`match`, `case`, `_`) used as a keyword. */
  soft(s: string): PToken | null {
    const t = this.peek();
    if (t.type === 'NAME' && t.string === s) {
      this.mark++;
      return t;
    }
    return null;
  }

  /** The last token consumed that is not NEWLINE/INDENT/DEDENT/ENDMARKER (end of a node). */
  lastToken(): PToken {
    for (let m = this.mark - 1; m >= 0; m--) {
      const t = this.tokens[m];
      if (t.type !== 'NEWLINE' && t.type !== 'INDENT' && t.type !== 'DEDENT' && t.type !== 'ENDMARKER') return t;
    }
    return this.tokens[0];
  }

  /** Give `node` the span from token `start` to the last token consumed. */
  finish<N extends Unpositioned>(node: N, start: Token): N & Pos {
    const end = this.lastToken();
    const n = node as N & Pos;
    n.lineno = start.lineno;
    n.col_offset = start.col;
    n.end_lineno = end.endLineno;
    n.end_col_offset = end.endCol;
    return n;
  }

  // ---- memoization and depth ----

  memoize<T>(rule: number, fn: (p: Parser) => T | null): T | null {
    if (this.memoHit(rule)) return this.memoValue as T | null;
    const start = this.mark;
    return this.memoStore(rule, start, fn(this));
  }

  /** Inline memo lookup for hot rules (saves a stack frame per nesting level): on a hit, moves
   * the mark and leaves the cached result in `memoValue`. */
  memoValue: unknown = null;
  memoHit(rule: number): boolean {
    const memo = this.peek().memo;
    if (memo === null) return false;
    const end = memo[rule * 2 + 1];
    if (end === undefined) return false;
    this.mark = end as number;
    this.memoValue = memo[rule * 2];
    return true;
  }

  memoStore<T>(rule: number, start: number, node: T | null): T | null {
    if (node === null) this.mark = start;
    const t = this.tokens[start];
    const memo = t.memo ?? (t.memo = []);
    memo[rule * 2] = node;
    memo[rule * 2 + 1] = this.mark;
    return node;
  }

  resetForErrorPass(): void {
    for (const t of this.tokens) t.memo = null;
    this.mark = 0;
    this.level = 0;
    this.callInvalidRules = true;
  }

  enter(): void {
    if (++this.level > MAX_STACK) this.tooDeep();
  }

  leave(): void {
    this.level--;
  }

  tooDeep(): never {
    throw new ParserStackOverflow(this.peek().lineno);
  }

  // ---- errors (CPython's RAISE_* helpers) ----

  /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: located at the last token read. */
  raise(msg: string, type: SyntaxErrorType = 'SyntaxError'): never {
    const t = this.tokens[this.tokens.length - 1];
    let col: number;
    // CPython: 0 when `cur == buf`, which a file tokenizer's emptied buffer is at end of file.
    if (t.ccol === -1) col = this.tok.pos === 0 || (this.fileInput && this.tok.eofReached) ? 0 : this.tok.pos - this.tok.lineStart;
    else col = t.ccol + 1;
    const end = t.cend !== -1 ? t.cend + 1 : -1;
    return this.raiseAt(type, msg, t.cline, col, t.cline === t.lineno ? t.endLineno : t.cline, end);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION (a node or token). */
  raiseAtNode(a: Pos | PToken, msg: string, type: SyntaxErrorType = 'SyntaxError'): never {
    const s = startOf(a);
    const e = endOf(a);
    return this.raiseAt(type, msg, s[0], s[1] + 1, e[0], e[1] + 1);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE. */
  raiseRange(a: Pos | PToken, b: Pos | PToken, msg: string): never {
    const s = startOf(a);
    const e = endOf(b);
    return this.raiseAt('SyntaxError', msg, s[0], s[1] + 1, e[0], e[1] + 1);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM: from `a` to the tokenizer's position. */
  raiseFrom(a: Pos | PToken, msg: string): never {
    const s = startOf(a);
    return this.raiseAt('SyntaxError', msg, s[0], s[1] + 1, CURRENT_POS, CURRENT_POS);
  }

  /** _PyPegen_raise_error_known_location: columns here are 1-based (or CURRENT_POS / -1). */
  raiseAt(type: SyntaxErrorType, msg: string, lineno: number, col: number, endLineno: number, endCol: number): never {
    const tok = this.tok;
    if (this.startRule === 'fstring') msg = 'f-string: ' + msg;
    if (endLineno === CURRENT_POS) endLineno = tok.lineno;
    if (endCol === CURRENT_POS) endCol = this.fileInput && tok.eofReached ? 0 : tok.pos - tok.lineStart;
    const rel = (n: number) => (this.startingLineno ? n - this.startingLineno + 1 : n);
    let text: string;
    const fileText = tok.textFromFile ? tok.fileLine(lineno) : null;
    if (fileText !== null) text = fileText;
    else if (tok.lineno <= lineno && tok.inp > tok.buf) text = tok.currentLine();
    else text = tok.sourceLine(rel(lineno));
    if (this.startRule === 'fstring') {
      col -= this.startingColOffset;
      endCol -= this.startingColOffset;
    }
    [col, endCol] = tok.errorColumns(text, rel(lineno), col, rel(endLineno), endCol);
    throw new PySyntaxError(type, msg, this.filename, lineno, col, endLineno, endCol, text);
  }
}

function isToken(a: Pos | PToken): a is PToken {
  return 'ccol' in a;
}

function startOf(a: Pos | PToken): [number, number] {
  if (isToken(a)) return [a.cline, a.ccol];
  return [a.lineno, a.col_offset];
}

function endOf(a: Pos | PToken): [number, number] {
  if (isToken(a)) return [a.cline === a.lineno ? a.endLineno : a.cline, a.cend];
  return [a.end_lineno, a.end_col_offset];
}

/** Identifiers are NFKC-normalized, as CPython does for non-ASCII names. */
export function identifier(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 128) return s.normalize('NFKC');
  }
  return s;
}

/** Copy of an expression with a new context (CPython's _PyPegen_set_expr_context). */
export function setCtx(e: Expr, ctx: 'Load' | 'Store' | 'Del'): Expr {
  switch (e._type) {
    case 'Name': case 'Attribute': case 'Subscript':
      return { ...e, ctx };
    case 'Starred':
      return { ...e, value: setCtx(e.value, ctx), ctx };
    case 'List': case 'Tuple':
      return { ...e, elts: e.elts.map((x) => setCtx(x, ctx)), ctx };
    default:
      return e;
  }
}
