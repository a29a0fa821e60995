/**
 * `re.error` (re.PatternError in later Pythons): message "msg at position N" — plus
 * "(line L, column C)" for multi-line patterns — and the msg/pattern/pos/lineno/colno attributes.
 */
import type { PyValue } from '../../python/objects/object';
import { None, builtinType } from '../../python/objects/core-types';
import { PyDict } from '../../python/objects/dict';
import { PyBaseException } from '../../python/objects/exception';
import { PyBytes } from '../../python/objects/bytes';
import { slot } from '../../python/runtime/define';
import { exceptionType, baseExceptionType, notImplementedError, valueError } from '../../python/runtime/errors';
import { ReError, ReUnsupported, ReFlagError } from './translate';

export const reErrorType = builtinType('error', exceptionType, { module: 're', instanceDict: true });
reErrorType.layout = baseExceptionType;

function fill(e: PyBaseException, msg: PyValue, pattern: PyValue, pos: PyValue): void {
  const d = e.dict ?? (e.dict = new PyDict());
  let full = msg;
  let lineno: PyValue = None;
  let colno: PyValue = None;
  if (typeof msg === 'string' && typeof pos === 'number' && pattern !== None) {
    const text = typeof pattern === 'string' ? pattern : pattern instanceof PyBytes ? String.fromCharCode(...pattern.b) : '';
    const before = Array.from(text).slice(0, pos).join('');
    const nl = before.split('\n');
    lineno = nl.length;
    colno = lineno === 1 ? pos + 1 : Array.from(nl[nl.length - 1]).length + 1;
    full = text.includes('\n') ? `${msg} at position ${pos} (line ${lineno}, column ${colno})` : `${msg} at position ${pos}`;
  }
  e.args = [full];
  d.setStr('msg', msg);
  d.setStr('pattern', pattern);
  d.setStr('pos', pos);
  d.setStr('lineno', lineno);
  d.setStr('colno', colno);
}

slot(reErrorType, '__init__', 'msg, pattern=None, pos=None', (e: PyBaseException, msg: PyValue, pattern: PyValue, pos: PyValue) => {
  fill(e, msg, pattern, pos);
  return None;
});

export function raiseReError(err: ReError, _text: string, pattern: PyValue): never {
  const e = new PyBaseException(reErrorType, []);
  e.dict = new PyDict();
  fill(e, err.msg, err.pos === null ? None : pattern, err.pos === null ? None : err.pos);
  throw e;
}

/** Run a compile step, turning translator errors into re.error / NotImplementedError. */
export function withReErrors<T>(pattern: PyValue, text: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ReError) raiseReError(e, text, pattern);
    if (e instanceof ReUnsupported) notImplementedError(`re: ${e.msg}`);
    if (e instanceof ReFlagError) valueError(e.msg);
    throw e;
  }
}
