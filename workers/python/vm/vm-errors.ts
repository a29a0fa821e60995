/** Errors the dispatch loop raises itself, with CPython 3.11's wording. */
import type { PyValue } from '../objects/object';
import { typeOf } from '../objects/core-types';
import { PyType } from '../objects/type';
import { PyTuple } from '../objects/tuple';
import { PyBaseException } from '../objects/exception';
import type { PyCode } from '../compiler/code';
import { FAST_FREE } from '../compiler/code';
import {
  nameErrorType, unboundLocalErrorType, baseExceptionType, typeError, runtimeErrorType,
} from '../runtime/errors';

export { typeError, runtimeErrorType };

export function nameError(name: string): never {
  const e = new PyBaseException(nameErrorType, [`name '${name}' is not defined`]);
  e.attrName = name;
  throw e;
}

export function unboundLocal(name: string): never {
  const e = new PyBaseException(unboundLocalErrorType, [`cannot access local variable '${name}' where it is not associated with a value`]);
  e.attrName = name;
  throw e;
}

export function unboundFree(code: PyCode, index: number): never {
  const name = code.localsplusNames[index];
  if (code.localsplusKinds[index] & FAST_FREE) {
    const e = new PyBaseException(nameErrorType, [`cannot access free variable '${name}' where it is not associated with a value in enclosing scope`]);
    e.attrName = name;
    throw e;
  }
  return unboundLocal(name);
}

/** `except X:` — X must be an exception class or a tuple of them. */
export function checkExcMatch(exc: PyValue, right: PyValue): boolean {
  const classes = right instanceof PyTuple ? right.items : [right];
  for (const c of classes) {
    if (!(c instanceof PyType) || !c.isSubtypeOf(baseExceptionType)) {
      typeError('catching classes that do not inherit from BaseException is not allowed');
    }
  }
  const t = typeOf(exc);
  return classes.some((c) => t.isSubtypeOf(c as PyType));
}
