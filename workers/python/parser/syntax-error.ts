/**
 * The one error the tokenizer and parser throw: a plain object (not an Error subclass, so the
 * VM can turn it into a Python SyntaxError/IndentationError/TabError without unwrapping JS
 * machinery). Fields mirror the attributes CPython 3.11 sets on the exception object:
 * `offset`/`end_offset` are 1-based columns in UTF-16 code units (CPython counts code points).
 */
export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError {
  constructor(
    readonly type: SyntaxErrorType,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    readonly offset: number,
    readonly end_lineno: number,
    readonly end_offset: number,
    readonly text: string | null,
  ) {}

  /** The one-line form CPython prints last in a traceback, e.g. `SyntaxError: invalid syntax`. */
  toString(): string {
    return `${this.type}: ${this.msg} (${this.filename}, line ${this.lineno})`;
  }
}

export function isPySyntaxError(e: unknown): e is PySyntaxError {
  return e instanceof PySyntaxError;
}

/**
 * The parser's nesting limit (CPython's MAXSTACK, 6000 rule levels) or the JS stack ran out.
 * CPython reports this as a bare MemoryError, not a SyntaxError.
 */
export class ParserStackOverflow {
  constructor(readonly lineno: number) {}
}
