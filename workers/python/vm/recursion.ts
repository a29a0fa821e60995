/**
 * Recursion-limit accounting shared by Python frames and natives (CPython's
 * _Py_EnterRecursiveCall / _Py_LeaveRecursiveCall).
 */
import { PyBaseException } from '../objects/exception';
import { recursionErrorType } from '../runtime/errors';
import type { PyThreadState } from './thread';

/**
 * CPython 3.11 counts more than Python frames against the recursion limit: C-level protocol
 * entry points take one unit each while active (PyObject_Repr " while getting the repr of an
 * object", PyObject_Str, PyObject_RichCompare " in comparison", calls of types, callable
 * instances and METH_O builtins " while calling a Python object"). Which check trips first
 * decides the message, e.g. `def __repr__(self): return repr(self)` uses 3 units per level.
 * Measured on CPython 3.11.7; natives call this where CPython does, then leaveRecursiveCall.
 */
export function enterRecursiveCall(th: PyThreadState, where: string): void {
  if (th.depth >= th.interp.recursionLimit) {
    throw new PyBaseException(recursionErrorType, [`maximum recursion depth exceeded${where}`]);
  }
  th.depth++;
}

export function leaveRecursiveCall(th: PyThreadState): void {
  th.depth--;
}

export const WHILE_CALLING = ' while calling a Python object';
