/**
 * Public entry points. Runs the grammar the way CPython 3.11's pegen driver does: a fast first
 * pass; on failure a second pass with the invalid_* rules switched on to find a specific
 * message; else "invalid syntax" at the furthest token of the first pass; and finally a scan
 * of the rest of the source so that tokenizer errors (unterminated strings, unclosed brackets
 * opened earlier) take precedence, as they do in CPython.
 */
import type { Expr, Expression, Module } from './ast';
import { Parser, type ParseOptions, type StartRule, type SubParserOrigin } from './parser-core';
import { PySyntaxError, ParserStackOverflow } from './syntax-error';
import { evalRule, fileRule } from './parse-statements';
import { starExpressions } from './parse-expressions';

export { PySyntaxError } from './syntax-error';
export type { ParseOptions } from './parser-core';

/** Parse a module ('exec' mode). Throws PySyntaxError on invalid input, never anything else. */
export function parse(source: string, filename = 'main.py', options?: ParseOptions): Module {
  return runParser(source, filename, 'file', undefined, options) as Module;
}

/** Parse an expression ('eval' mode, as eval() does). Throws PySyntaxError. */
export function parseExpression(source: string, filename = '<string>', options?: ParseOptions): Expression {
  return runParser(source, filename, 'eval', undefined, options) as Expression;
}

function startRule(p: Parser): Module | Expression | Expr | null {
  if (p.startRule === 'file') return fileRule(p);
  if (p.startRule === 'eval') return evalRule(p);
  return starExpressions(p);
}

/** _PyPegen_run_parser (exported for f-string sub-parsers). */
export function runParser(source: string, filename: string, rule: StartRule, origin?: SubParserOrigin, options?: ParseOptions): Module | Expression | Expr {
  if (source.includes('\0')) {
    throw new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes', filename, 0, 0, 0, 0, null);
  }
  const p = new Parser(source, filename, rule, origin, options);
  try {
    return runPasses(p);
  } catch (e) {
    if (e instanceof PySyntaxError || e instanceof ParserStackOverflow) throw e;
    if (e instanceof RangeError) throw stackError(p);
    throw e;
  }
}

function runPasses(p: Parser): Module | Expression | Expr {
  let error: PySyntaxError | null = null;
  try {
    const res = startRule(p);
    if (res) return res;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    error = e;
  }
  const lastToken = p.tokens[p.tokens.length - 1];
  if (!error) {
    p.resetForErrorPass();
    try {
      startRule(p);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      error = e;
    }
  }
  if (error) {
    if (p.tok.errorKind === null) return throwWithTokenizerCheck(p, error);
    throw error;
  }
  if (lastToken.type === 'INDENT' || lastToken.type === 'DEDENT') {
    p.raise(lastToken.type === 'INDENT' ? 'unexpected indent' : 'unexpected unindent', 'IndentationError');
  }
  try {
    p.raiseAtNode(lastToken, 'invalid syntax');
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return throwWithTokenizerCheck(p, e);
  }
}

/**
 * _PyPegen_tokenize_full_source_to_check_for_errors: tokenize the rest of the source; a
 * tokenizer error there replaces `error`, and so does a bracket left open on a line before it.
 */
function throwWithTokenizerCheck(p: Parser, error: PySyntaxError): never {
  const last = p.tokens[p.tokens.length - 1];
  const errLine = last ? last.cline : 0;
  const tok = p.tok;
  try {
    for (;;) {
      if (tok.next().type === 'ENDMARKER') break;
    }
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    if (tok.errorKind === 'direct') throw e;
    if (tok.level !== 0 && errLine > tok.parenLine[tok.level - 1]) throw tok.unclosedParenError();
  }
  throw error;
}

function stackError(p: Parser): ParserStackOverflow {
  const t = p.tokens[p.mark] ?? p.tokens[p.tokens.length - 1];
  return new ParserStackOverflow(t ? t.lineno : 1);
}
