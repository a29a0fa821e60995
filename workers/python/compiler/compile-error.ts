/**
 * A SyntaxError detected after parsing (by the symbol table or the code generator), e.g.
 * "'return' outside function". Positions are 1-based like SyntaxError.offset.
 */
export class CompileError {
  constructor(
    readonly msg: string,
    readonly lineno: number,
    readonly offset: number,
    readonly end_lineno: number,
    readonly end_offset: number,
    readonly type: 'SyntaxError' | 'IndentationError' = 'SyntaxError',
  ) {}
}
