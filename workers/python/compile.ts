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
import type { CompileWarning } from './compiler/syntax-warnings';
import { parse, parseExpression, type ParseOptions } from './parser/parser';
import { declaresEncoding, unitColToByteCol } from './parser/offsets';
import { PySyntaxError, ParserStackOverflow } from './parser/syntax-error';
import { syntaxErrorType, indentationErrorType, tabErrorType, memoryErrorType, recursionErrorType, toPyException } from './runtime/errors';

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

/**
 * Where the source text comes from; CPython locates syntax errors differently for each:
 * - `script`: the main program file (`python3 main.py`): read by the file tokenizer, columns in
 *   bytes, error text read back from the file;
 * - `module`: an imported module's file (compiled from its bytes): columns in bytes, text from
 *   the file;
 * - `bytes`: compile()/exec()/eval() of bytes: columns in bytes, no file to read text from;
 * - `string`: compile()/exec()/eval() of a str: columns in characters, no file;
 * - `editor`: diagnostics for the editor: like `string`, but compiler errors keep their text
 *   and character columns.
 * (A BOM or a coding cookie gives the tokenizer an encoding: columns in characters again.)
 */
export type SourceOrigin = 'script' | 'module' | 'bytes' | 'string' | 'editor';

function parseOptions(source: string, origin: SourceOrigin): ParseOptions {
  const inBytes = origin === 'script' || origin === 'module' || origin === 'bytes';
  return {
    byteOffsets: inBytes && !declaresEncoding(source),
    fileInput: origin === 'script',
    textFromFile: origin === 'script' || origin === 'module',
  };
}

/**
 * CPython's PyErr_ProgramTextObject: line `lineno` of the file named `filename` (newline
 * included), or null. Compiler errors in compile()d strings take their text from there.
 */
export type ProgramText = (filename: string, lineno: number) => string | null;

/** Compile, throwing a Python SyntaxError exception object on invalid source. */
export function compileSource(
  source: string, filename: string, mode: CompileMode | 'eval', origin: SourceOrigin = 'string', programText?: ProgramText,
  warnings?: CompileWarning[],
): PyCode {
  try {
    const opts = parseOptions(source, origin);
    const tree = mode === 'eval' ? parseExpression(source, filename, opts) : parse(source, filename, opts);
    checkNesting(tree);
    return compileAst(tree, filename, mode === 'eval' ? 'exec' : mode, warnings);
  } catch (e) {
    // CPython: the parser's MAXSTACK gives a bare MemoryError; the compiler's nesting limit a
    // RecursionError (our JS stack running out in the compiler is the same situation).
    if (e instanceof ParserStackOverflow) throw new PyBaseException(memoryErrorType, []);
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw compilationRecursionError();
    const info = syntaxErrorInfo(e, source, filename, origin, programText);
    // Anything else is a bug in our compiler: report it as SystemError, never a JS exception.
    if (info === null) throw toPyException(e);
    throw syntaxErrorException(info);
  }
}

/** CPython 3.11's symtable allows 3 × the recursion limit of nested statements + expressions. */
const COMPILE_NESTING_LIMIT = 3000;
const NOT_COUNTED = new Set(['Module', 'Expression', 'Interactive', 'comprehension', 'ExceptHandler', 'arguments', 'arg', 'keyword', 'alias', 'withitem', 'match_case', 'TypeIgnore']);

function compilationRecursionError(): PyBaseException {
  return new PyBaseException(recursionErrorType, ['maximum recursion depth exceeded during compilation']);
}

/**
 * Every statement and expression node adds one level (measured on CPython 3.11: `x = -…-1`
 * compiles with 2998 minus signs and fails with 2999). Iterative, so it cannot itself overflow.
 */
function checkNesting(tree: object): void {
  const nodes: object[] = [tree];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop() as Record<string, unknown>;
    let depth = depths.pop()!;
    const type = node._type as string;
    if (!NOT_COUNTED.has(type) && !(type.startsWith('Match') && type !== 'Match')) depth++; // patterns do not count
    if (depth > COMPILE_NESTING_LIMIT) throw compilationRecursionError();
    for (const key in node) {
      const v = node[key];
      if (v === null || typeof v !== 'object') continue;
      if (Array.isArray(v)) {
        for (const c of v) if (c !== null && typeof c === 'object' && '_type' in c) { nodes.push(c); depths.push(depth); }
      } else if ('_type' in v) {
        nodes.push(v);
        depths.push(depth);
      }
    }
  }
}

/** Turn a parser/compiler error into plain SyntaxError data (null for anything else). */
export function syntaxErrorInfo(
  e: unknown, source: string, filename: string, origin: SourceOrigin = 'editor', programText?: ProgramText,
): SyntaxErrorInfo | null {
  if (e instanceof PySyntaxError) {
    return {
      type: e.type, msg: e.msg, filename: e.filename, lineno: e.lineno, offset: e.offset,
      end_lineno: e.end_lineno, end_offset: e.end_offset, text: e.text,
    };
  }
  if (e instanceof CompileError) {
    const lines = source.split(/\r\n|\r|\n/);
    const line = (n: number) => (n >= 1 && n <= lines.length ? lines[n - 1] : null);
    const fromFile = origin === 'script' || origin === 'module' || origin === 'editor';
    const l = line(e.lineno);
    // CPython's compiler and symtable read the text back from the file (for a string, from a
    // file named like the string's filename) and report the AST's columns, UTF-8 byte offsets.
    let text = fromFile && l !== null ? l + '\n' : null;
    // A compile()d string: CPython still reads the line from a file of that name, if any.
    if (!fromFile && programText !== undefined) text = programText(filename, e.lineno);
    let offset = e.offset;
    let endOffset = e.end_offset;
    if (origin !== 'editor') {
      if (l !== null) offset = unitColToByteCol(l, offset);
      const el = line(e.end_lineno);
      if (el !== null) endOffset = unitColToByteCol(el, endOffset);
    }
    return {
      type: e.type, msg: e.msg, filename, lineno: e.lineno, offset,
      end_lineno: e.end_lineno, end_offset: endOffset, text,
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

/**
 * compiler_warn's error path: a SyntaxWarning the warnings filters turn into an error becomes a
 * SyntaxError at the warning's location.
 */
export function syntaxWarningAsError(
  w: CompileWarning, source: string, filename: string, origin: SourceOrigin, programText?: ProgramText,
): PyBaseException {
  const info = syntaxErrorInfo(new CompileError(w.msg, w.lineno, w.col + 1, w.endLineno, w.endCol + 1), source, filename, origin, programText);
  return syntaxErrorException(info!);
}
