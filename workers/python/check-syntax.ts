/** Syntax diagnostics for the editor (SyntaxError position and message), without running code. */
import './runtime/init';
import { compileSource, syntaxErrorInfo } from './compile';
import { PyBaseException } from './objects/exception';
import { PyDict } from './objects/dict';

export interface Diagnostic {
  message: string;
  /** 1-based line and column range. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function checkSyntax(source: string, filename = 'main.py'): Diagnostic[] {
  try {
    compileSource(source, filename, 'exec', 'editor');
    return [];
  } catch (e) {
    if (e instanceof PyBaseException && e.dict instanceof PyDict) {
      const d = e.dict;
      const num = (k: string, dflt: number) => {
        const v = d.getStr(k);
        return typeof v === 'number' && v > 0 ? v : dflt;
      };
      const line = num('lineno', 1);
      const column = num('offset', 1);
      return [{
        message: `${e.cls.name}: ${String(d.getStr('msg') ?? '')}`,
        line,
        column,
        endLine: num('end_lineno', line),
        endColumn: Math.max(num('end_offset', column + 1), column + 1),
      }];
    }
    const info = syntaxErrorInfo(e, source, filename);
    if (info) return [{ message: `${info.type}: ${info.msg}`, line: info.lineno, column: info.offset, endLine: info.end_lineno, endColumn: info.end_offset }];
    throw e;
  }
}
