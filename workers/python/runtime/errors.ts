/**
 * The built-in exception types (CPython 3.11's hierarchy) and helpers natives use to raise them.
 * Exceptions are PyBaseException objects thrown as plain JS values.
 */
import type { PyValue } from '../objects/object';
import { PyType } from '../objects/type';
import { builtinType, objectType } from '../objects/core-types';
import { PyBaseException } from '../objects/exception';
import { PyErrorSignal, type PyErrorName } from '../pyerror-signal';

export const baseExceptionType = builtinType('BaseException', objectType, { instanceDict: true });
baseExceptionType.alloc = (cls) => new PyBaseException(cls, []);

const byName = new Map<string, PyType>([['BaseException', baseExceptionType]]);

function exc(name: string, base: PyType): PyType {
  const t = builtinType(name, base, { instanceDict: true });
  t.layout = baseExceptionType;
  byName.set(name, t);
  return t;
}

export const baseExceptionGroupType = exc('BaseExceptionGroup', baseExceptionType);
export const generatorExitType = exc('GeneratorExit', baseExceptionType);
export const keyboardInterruptType = exc('KeyboardInterrupt', baseExceptionType);
export const systemExitType = exc('SystemExit', baseExceptionType);
export const exceptionType = exc('Exception', baseExceptionType);
export const arithmeticErrorType = exc('ArithmeticError', exceptionType);
export const floatingPointErrorType = exc('FloatingPointError', arithmeticErrorType);
export const overflowErrorType = exc('OverflowError', arithmeticErrorType);
export const zeroDivisionErrorType = exc('ZeroDivisionError', arithmeticErrorType);
export const assertionErrorType = exc('AssertionError', exceptionType);
export const attributeErrorType = exc('AttributeError', exceptionType);
export const bufferErrorType = exc('BufferError', exceptionType);
export const eofErrorType = exc('EOFError', exceptionType);
export const exceptionGroupType = exc('ExceptionGroup', baseExceptionGroupType);
exceptionGroupType.bases = [baseExceptionGroupType, exceptionType];
exceptionGroupType.mro = [exceptionGroupType, baseExceptionGroupType, exceptionType, baseExceptionType, objectType];
export const importErrorType = exc('ImportError', exceptionType);
export const moduleNotFoundErrorType = exc('ModuleNotFoundError', importErrorType);
export const lookupErrorType = exc('LookupError', exceptionType);
export const indexErrorType = exc('IndexError', lookupErrorType);
export const keyErrorType = exc('KeyError', lookupErrorType);
export const memoryErrorType = exc('MemoryError', exceptionType);
export const nameErrorType = exc('NameError', exceptionType);
export const unboundLocalErrorType = exc('UnboundLocalError', nameErrorType);
export const osErrorType = exc('OSError', exceptionType);
export const blockingIOErrorType = exc('BlockingIOError', osErrorType);
export const childProcessErrorType = exc('ChildProcessError', osErrorType);
export const connectionErrorType = exc('ConnectionError', osErrorType);
export const brokenPipeErrorType = exc('BrokenPipeError', connectionErrorType);
export const connectionAbortedErrorType = exc('ConnectionAbortedError', connectionErrorType);
export const connectionRefusedErrorType = exc('ConnectionRefusedError', connectionErrorType);
export const connectionResetErrorType = exc('ConnectionResetError', connectionErrorType);
export const fileExistsErrorType = exc('FileExistsError', osErrorType);
export const fileNotFoundErrorType = exc('FileNotFoundError', osErrorType);
export const interruptedErrorType = exc('InterruptedError', osErrorType);
export const isADirectoryErrorType = exc('IsADirectoryError', osErrorType);
export const notADirectoryErrorType = exc('NotADirectoryError', osErrorType);
export const permissionErrorType = exc('PermissionError', osErrorType);
export const processLookupErrorType = exc('ProcessLookupError', osErrorType);
export const timeoutErrorType = exc('TimeoutError', osErrorType);
export const referenceErrorType = exc('ReferenceError', exceptionType);
export const runtimeErrorType = exc('RuntimeError', exceptionType);
export const notImplementedErrorType = exc('NotImplementedError', runtimeErrorType);
export const recursionErrorType = exc('RecursionError', runtimeErrorType);
export const stopAsyncIterationType = exc('StopAsyncIteration', exceptionType);
export const stopIterationType = exc('StopIteration', exceptionType);
export const syntaxErrorType = exc('SyntaxError', exceptionType);
export const indentationErrorType = exc('IndentationError', syntaxErrorType);
export const tabErrorType = exc('TabError', indentationErrorType);
export const systemErrorType = exc('SystemError', exceptionType);
export const typeErrorType = exc('TypeError', exceptionType);
export const valueErrorType = exc('ValueError', exceptionType);
export const unicodeErrorType = exc('UnicodeError', valueErrorType);
export const unicodeDecodeErrorType = exc('UnicodeDecodeError', unicodeErrorType);
export const unicodeEncodeErrorType = exc('UnicodeEncodeError', unicodeErrorType);
export const unicodeTranslateErrorType = exc('UnicodeTranslateError', unicodeErrorType);
export const warningType = exc('Warning', exceptionType);
export const bytesWarningType = exc('BytesWarning', warningType);
export const deprecationWarningType = exc('DeprecationWarning', warningType);
export const encodingWarningType = exc('EncodingWarning', warningType);
export const futureWarningType = exc('FutureWarning', warningType);
export const importWarningType = exc('ImportWarning', warningType);
export const pendingDeprecationWarningType = exc('PendingDeprecationWarning', warningType);
export const resourceWarningType = exc('ResourceWarning', warningType);
export const runtimeWarningType = exc('RuntimeWarning', warningType);
export const syntaxWarningType = exc('SyntaxWarning', warningType);
export const unicodeWarningType = exc('UnicodeWarning', warningType);
export const userWarningType = exc('UserWarning', warningType);

/** All built-in exception types by name (for the builtins module). */
export function builtinExceptionTypes(): Map<string, PyType> {
  return byName;
}

export function newException(t: PyType, ...args: PyValue[]): PyBaseException {
  return new PyBaseException(t, args);
}

/** Raise a built-in exception with one message argument. */
export function throwPy(t: PyType, msg: string): never {
  throw new PyBaseException(t, [msg]);
}

export function typeError(msg: string): never {
  return throwPy(typeErrorType, msg);
}
export function valueError(msg: string): never {
  return throwPy(valueErrorType, msg);
}
export function indexError(msg: string): never {
  return throwPy(indexErrorType, msg);
}
export function attributeError(msg: string): never {
  return throwPy(attributeErrorType, msg);
}
export function runtimeError(msg: string): never {
  return throwPy(runtimeErrorType, msg);
}
export function overflowError(msg: string): never {
  return throwPy(overflowErrorType, msg);
}
export function zeroDivisionError(msg: string): never {
  return throwPy(zeroDivisionErrorType, msg);
}
export function notImplementedError(msg: string): never {
  return throwPy(notImplementedErrorType, msg);
}

export function keyError(key: PyValue): never {
  throw new PyBaseException(keyErrorType, [key]);
}

declare module '../objects/exception' {
  interface PyBaseException {
    /** ImportError's msg / name / path members (undefined is C's NULL, read as None). */
    impMsg?: PyValue;
    impName?: PyValue;
    impPath?: PyValue;
  }
}

/**
 * An ImportError (or subclass) as the import system raises it, e.g. importlib's
 * `ModuleNotFoundError(msg, name=name)` or PyErr_SetImportError(msg, name, path).
 */
export function newImportError(t: PyType, msg: string, name: PyValue | undefined, path: PyValue | undefined): PyBaseException {
  const e = new PyBaseException(t, [msg]);
  e.impMsg = msg;
  e.impName = name;
  e.impPath = path;
  return e;
}

/** Convert anything thrown inside the runtime into a Python exception object. */
export function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof PyErrorSignal) return new PyBaseException(byName.get(e.type) ?? runtimeErrorType, e.args !== undefined ? e.args.slice() : [e.message]);
  if (e instanceof RangeError) {
    debugStack(e);
    const m = String(e.message);
    if (/Maximum call stack/i.test(m)) {
      return new PyBaseException(recursionErrorType, ['maximum recursion depth exceeded (in the runtime)']);
    }
    if (/Invalid (array|string|typed array) length|Array buffer allocation|BigInt|out of memory|too large/i.test(m)) {
      return new PyBaseException(memoryErrorType, []);
    }
  }
  // A bug in the runtime: surface it as SystemError with the JS message (never a JS exception).
  debugStack(e);
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const err = new PyBaseException(systemErrorType, [`internal error in Interleave: ${msg}`]);
  (err as unknown as { jsError: unknown }).jsError = e;
  return err;
}

/** Debug aid for runtime developers (Node only): IL_JSSTACK=1 prints the JS stack of a runtime error. */
function debugStack(e: unknown): void {
  if ((globalThis as { process?: { env?: Record<string, string> } }).process?.env?.IL_JSSTACK) console.error((e as Error).stack);
}

export function errorTypeByName(name: PyErrorName | string): PyType | undefined {
  return byName.get(name);
}
