/**
 * Compiling with CPython's compile-time SyntaxWarnings: the compiler collects them (see
 * compiler/syntax-warnings.ts); they are then issued in order through the warnings filters,
 * and one the filters turn into an error becomes the SyntaxError compilation fails with.
 */
import type { PyBaseException } from './objects/exception';
import type { PyCode } from './compiler/code';
import type { CompileMode } from './compiler/compiler';
import type { CompileWarning } from './compiler/syntax-warnings';
import { compileSource, syntaxWarningAsError, type ProgramText, type SourceOrigin } from './compile';
import type { NativeGen } from './vm/native';
import { warnCompile } from '../stdlib/warnings';

/** Issue the warnings; returns the SyntaxError to raise if the filters made one an error. */
export function* issueCompileWarnings(
  ws: CompileWarning[], source: string, filename: string, origin: SourceOrigin, programText?: ProgramText,
): NativeGen<PyBaseException | null> {
  for (const w of ws) {
    if (yield* warnCompile(w.msg, filename, w.lineno)) return syntaxWarningAsError(w, source, filename, origin, programText);
  }
  return null;
}

/** compileSource, issuing the compiler's SyntaxWarnings (also when compilation then fails). */
export function* compileWithWarnings(
  source: string, filename: string, mode: CompileMode | 'eval', origin: SourceOrigin, programText?: ProgramText,
): NativeGen<PyCode> {
  const ws: CompileWarning[] = [];
  let code: PyCode | null = null;
  let error: unknown = null;
  try {
    code = compileSource(source, filename, mode, origin, programText, ws);
  } catch (e) {
    error = e;
  }
  if (ws.length > 0) {
    const asError = yield* issueCompileWarnings(ws, source, filename, origin, programText);
    if (asError !== null) throw asError;
  }
  if (error !== null) throw error;
  return code!;
}
