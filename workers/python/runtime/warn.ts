/** Warnings raised by natives: warnings.warn(msg, category, stacklevel=1) from Python code. */
import type { NativeGen } from '../vm/native';
import { importModule } from '../vm/imports';
import { currentThread } from '../vm/current';
import { pyCall } from '../ops/call';
import { pyGetAttr } from '../ops/attr';
import { deprecationWarningType } from './errors';

/** A DeprecationWarning attributed to the Python code that called the native (stacklevel 1). */
export function* warnDeprecation(msg: string): NativeGen<void> {
  const warnings = yield* importModule(currentThread().interp, 'warnings');
  yield* pyCall(yield* pyGetAttr(warnings, 'warn'), [msg, deprecationWarningType, 1]);
}

/** CPython's wording when __int__/__index__ return an instance of a strict int subclass. */
export function strictIntSubclassMessage(method: string, typeName: string): string {
  return `${method} returned non-int (type ${typeName}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`;
}
