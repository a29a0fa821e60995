/**
 * Recursion-limit accounting shared by Python frames and natives (CPython's
 * _Py_EnterRecursiveCall / _Py_LeaveRecursiveCall).
 */
import { PyBaseException } from '../objects/exception';
import { recursionErrorType } from '../runtime/errors';
import type { PyThreadState } from './thread';
import type { PyValue } from '../objects/object';
import { type PyBuiltin, UNIT_NEVER, UNIT_UNLESS_POPPED } from '../objects/builtin';
import {
  POP_TOP, CMP_EQ, CMP_NE, POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE,
} from '../compiler/opcodes';
import { PyFloat } from '../objects/float';
import { floatType } from '../objects/core-types';
import type { NativeGen, KwArgs } from './native';

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

/** enterRecursiveCall + leaveRecursiveCall: a C call that makes no Python call inside. */
export function checkRecursion(th: PyThreadState, where: string): void {
  if (th.depth >= th.interp.recursionLimit) {
    throw new PyBaseException(recursionErrorType, [`maximum recursion depth exceeded${where}`]);
  }
}

export function leaveRecursiveCall(th: PyThreadState): void {
  th.depth--;
}

export const WHILE_CALLING = ' while calling a Python object';

/**
 * Call a builtin taking a recursion unit: a plain native holds the unit during the call; a
 * generator native gets back a generator that holds it until the native finishes.
 */
export function callWithUnit(th: PyThreadState, b: PyBuiltin, args: PyValue[], kw: KwArgs | null): unknown {
  if (b.isGen) return unitGen(th, b, args, kw);
  enterRecursiveCall(th, WHILE_CALLING);
  try {
    return b.fn(args, kw);
  } finally {
    leaveRecursiveCall(th);
  }
}

/**
 * A call of `b` from Python code that may take a unit: `b.unit` says so for specialized
 * ("warm") call sites; in code not yet warmed up (`cold`) every builtin call checks, as
 * CPython's generic vectorcall path does. `next` is the opcode after the CALL.
 */
export function callWithUnitAt(th: PyThreadState, b: PyBuiltin, args: PyValue[], kw: KwArgs | null, next: number, cold: boolean): unknown {
  if (!cold && (b.unit === UNIT_NEVER || (b.unit === UNIT_UNLESS_POPPED && next === POP_TOP))) return b.fn(args, kw);
  return callWithUnit(th, b, args, kw);
}

function* unitGen(th: PyThreadState, b: PyBuiltin, args: PyValue[], kw: KwArgs | null): NativeGen {
  enterRecursiveCall(th, WHILE_CALLING);
  try {
    return yield* (b.fn(args, kw) as NativeGen);
  } finally {
    leaveRecursiveCall(th);
  }
}

/**
 * COMPARE_OP at the recursion limit: CPython 3.11 specializes a comparison followed by a
 * conditional jump when both operands are compact ints, floats, or (for == and !=) strs; those
 * skip PyObject_RichCompare and its check. Any other comparison raises " in comparison".
 */
export function checkCompareAtLimit(th: PyThreadState, a: PyValue, b: PyValue, op: number, next: number): void {
  if (th.depth < th.interp.recursionLimit) return;
  const jump = next === POP_JUMP_FORWARD_IF_FALSE || next === POP_JUMP_FORWARD_IF_TRUE || next === POP_JUMP_BACKWARD_IF_FALSE || next === POP_JUMP_BACKWARD_IF_TRUE;
  if (jump) {
    if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) < 2 ** 30 && Math.abs(b) < 2 ** 30) return;
    if (a instanceof PyFloat && b instanceof PyFloat && a.cls === floatType && b.cls === floatType) return;
    if (typeof a === 'string' && typeof b === 'string' && (op === CMP_EQ || op === CMP_NE)) return;
  }
  checkRecursion(th, ' in comparison');
}
