/**
 * Instruction helpers that build runtime objects: functions (MAKE_FUNCTION), the raise
 * machinery, dict/set building slow paths, traceback objects for __exit__, and imports.
 */
import { PyObject, type PyValue } from '../objects/object';
import { None, tracebackType, typeOf } from '../objects/core-types';
import { PyDict } from '../objects/dict';
import { PyTuple } from '../objects/tuple';
import { PyFunction, PyCell } from '../objects/function';
import { PyBaseException, TracebackEntry } from '../objects/exception';
import { PyCode } from '../compiler/code';
import type { Frame } from './frame';
import type { NativeGen } from './native';
import { makeExceptionGen } from './slow-paths';
import { pyContains } from '../ops/subscript';
import {
  assertionErrorType as assertionErrorCls, typeErrorType, errorTypeByName, runtimeErrorType, throwPy as throwPyType,
} from '../runtime/errors';
import { newSetFromItems, setAdd, setUpdate } from '../objects/set';
export { importName, importFrom, importStar } from './imports';

export function makeFunction(
  fr: Frame, code: PyCode, closure: PyTuple | null, annotations: PyTuple | null,
  kwdefaults: PyDict | null, defaults: PyTuple | null,
): PyFunction {
  const doc = code.consts.length > 0 && typeof code.consts[0] === 'string' ? code.consts[0] : None;
  const module = fr.globals.getStr('__name__') ?? None;
  const f = new PyFunction(code, fr.globals, fr.builtins, code.qualname, doc, module);
  if (defaults !== null) f.defaults = defaults.items;
  if (kwdefaults !== null) f.kwdefaults = kwdefaults;
  if (closure !== null) f.closure = closure.items as PyCell[];
  if (annotations !== null) {
    const d = new PyDict();
    const items = annotations.items;
    for (let i = 0; i < items.length; i += 2) d.setStr(items[i] as string, items[i + 1]);
    f.annotations = d;
  }
  return f;
}

export function buildClassFunction(fr: Frame): PyValue {
  const b = fr.builtins.getStr('__build_class__');
  if (b === undefined) throwPyType(runtimeErrorType, '__build_class__ not found');
  return b!;
}

export function* buildMapGen(pairs: PyValue[]): NativeGen {
  const d = new PyDict();
  for (let i = 0; i < pairs.length; i += 2) yield* d.set(pairs[i], pairs[i + 1]);
  return d;
}

export function* dictSetGen(d: PyDict, k: PyValue, v: PyValue): NativeGen {
  yield* d.set(k, v);
  return None;
}

export function* notContainsGen(c: PyValue, x: PyValue): NativeGen {
  return !(yield* pyContains(c, x));
}

export function* buildSetGen(items: PyValue[]): NativeGen {
  return yield* newSetFromItems(items);
}

export function* setAddGen(s: PyValue, v: PyValue): NativeGen {
  yield* setAdd(s, v);
  return None;
}

export function* setUpdateGen(s: PyValue, iterable: PyValue): NativeGen {
  yield* setUpdate(s, iterable);
  return None;
}

/** raise exc [from cause] */
export function* raiseGen(exc: PyValue, cause: PyValue | undefined): NativeGen {
  const e = (yield* makeExceptionGen(exc, false)) as PyBaseException;
  if (cause !== undefined) {
    const c = yield* makeExceptionGen(cause, true);
    e.cause = c === None ? null : (c as PyBaseException);
    e.suppressContext = true;
  }
  // A re-raised exception object is raised anew (its __context__ is set again).
  e.inFlight = false;
  throw e;
}

/** The traceback object (tb_frame, tb_lineno, tb_next) view of an exception's traceback. */
export class PyTraceback extends PyObject {
  constructor(readonly entry: TracebackEntry) {
    super(tracebackType);
  }
}

export function tracebackObject(exc: PyBaseException): PyValue {
  return exc.traceback === null ? None : new PyTraceback(exc.traceback);
}

export function assertionErrorType(): PyValue {
  return assertionErrorCls;
}

export function typeErrorTypeRef() {
  return typeErrorType;
}

export function throwPy(name: string, msg: string): never {
  throw new PyBaseException(errorTypeByName(name) ?? runtimeErrorType, [msg]);
}

export { typeOf };
