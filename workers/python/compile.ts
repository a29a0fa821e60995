/**
 * Source → code object: tokenize, parse, build the symbol table, generate code. Syntax errors
 * from any stage become Python SyntaxError/IndentationError/TabError exceptions carrying
 * CPython's attributes (msg, filename, lineno, offset, text, end_lineno, end_offset).
 */
import type { PyValue } from './objects/object';
import { None } from './objects/core-types';
import { PyBaseException } from './objects/exception';
import { PyDict } from './objects/dict';
import { PyTuple } from './objects/tuple';
import type { PyCode } from './compiler/code';
import { compileAst, type CompileMode } from './compiler/compiler';
import { CompileError } from './compiler/compile-error';
import { parse, parseExpression } from './parser/parser';
import { PySyntaxError } from './parser/syntax-error';
import { syntaxErrorType, indentationErrorType, tabErrorType } from './runtime/errors';

export interface SyntaxErrorInfo {
  type: 'SyntaxError' | 'IndentationError' | 'TabError';
  msg: string;
  filename: string;
  lineno: number;
  offset: number;
  end_lineno: number;
  end_offset: number;
  text: string | null;
}

/** Compile, throwing a Python SyntaxError exception object on invalid source. */
export function compileSource(source: string, filename: string, mode: CompileMode | 'eval'): PyCode {
  try {
    if (mode === 'eval') return compileAst(parseExpression(source, filename), filename, 'exec');
    return compileAst(parse(source, filename), filename, mode);
  } catch (e) {
    const info = syntaxErrorInfo(e, source, filename);
    if (info === null) throw e;
    throw syntaxErrorException(info);
  }
}

/** Turn a parser/compiler error into plain SyntaxError data (null for anything else). */
export function syntaxErrorInfo(e: unknown, source: string, filename: string): SyntaxErrorInfo | null {
  if (e instanceof PySyntaxError) {
    return {
      type: e.type, msg: e.msg, filename: e.filename, lineno: e.lineno, offset: e.offset,
      end_lineno: e.end_lineno, end_offset: e.end_offset, text: e.text,
    };
  }
  if (e instanceof CompileError) {
    const lines = source.split(/\r\n|\r|\n/);
    const text = e.lineno >= 1 && e.lineno <= lines.length ? lines[e.lineno - 1] + '\n' : null;
    return {
      type: e.type, msg: e.msg, filename, lineno: e.lineno, offset: e.offset,
      end_lineno: e.end_lineno, end_offset: e.end_offset, text,
    };
  }
  return null;
}

export function syntaxErrorException(info: SyntaxErrorInfo): PyBaseException {
  const t = info.type === 'TabError' ? tabErrorType : info.type === 'IndentationError' ? indentationErrorType : syntaxErrorType;
  const details = new PyTuple([info.filename, info.lineno, info.offset, info.text ?? None, info.end_lineno, info.end_offset]);
  const exc = new PyBaseException(t, [info.msg, details]);
  const d = new PyDict();
  const set = (k: string, v: PyValue) => d.setStr(k, v);
  set('msg', info.msg);
  set('filename', info.filename);
  set('lineno', info.lineno);
  set('offset', info.offset);
  set('text', info.text ?? None);
  set('end_lineno', info.end_lineno);
  set('end_offset', info.end_offset);
  set('print_file_and_line', None);
  exc.dict = d;
  return exc;
}
