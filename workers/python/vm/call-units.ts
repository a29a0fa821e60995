/**
 * Recursion units taken by calls of built-ins, as in CPython 3.11 — what decides where a runaway
 * recursion stops, which frame is last in its traceback and which message it gets.
 *
 *   - In specialized ("warm") code, METH_O / METH_NOARGS functions and methods check the limit
 *     (" while calling a Python object") at every call (PRECALL_NO_KW_BUILTIN_O,
 *     ..._METHOD_DESCRIPTOR_O/_NOARGS); METH_FASTCALL ones do not. define.ts sets
 *     PyBuiltin.unit from the signature's style, which follows the C calling convention (it
 *     decides the wording of argument errors too). Exceptions, set below: len() and list.append()
 *     as a statement have their own instructions that skip the check; min/max and many
 *     str/dict/set methods are METH_VARARGS, whose calls always check.
 *   - Code runs unspecialized until its 8th RESUME (PyCode.warm); there every call of a builtin
 *     checks (generic vectorcall): vm/recursion.ts callWithUnitAt.
 *   - Types: those without a tp_vectorcall in 3.11 (int, str, zip, object, exceptions, …) check
 *     when called (ops/call.ts typeCallBase); str(x) does not once specialized.
 *   - Inside natives: PyObject_Str/Repr/RichCompare check even for built-in values (ops/strrepr.ts,
 *     ops/compare.ts), range() compares its step with 0, sys.stdout.write() calls one level
 *     deeper, and creating a generator runs its frame up to RETURN_GENERATOR.
 *   - COMPARE_OP checks unless specialized (followed by a jump, on compact ints, floats or
 *     str ==/!=): vm/recursion.ts checkCompareAtLimit.
 *
 * Measured on CPython 3.11.7 by recursing until the limit and trying each operation one, two and
 * three units below it, in warm and in cold code.
 */
import type { PyType } from '../objects/type';
import type { PyDict } from '../objects/dict';
import { PyBuiltin, UNIT_NEVER, UNIT_ALWAYS, UNIT_UNLESS_POPPED } from '../objects/builtin';
import { strType, listType, dictType, setType, frozensetType, bytesType, bytearrayType } from '../objects/core-types';
import { len, min, max } from '../builtins/functional';
import { vars, dir } from '../builtins/introspection';

function setUnit(t: PyType, names: string[], on: number): void {
  for (const n of names) {
    const b = (t.dict as PyDict).getStr(n);
    if (b instanceof PyBuiltin) b.unit = on;
  }
}

len.unit = UNIT_NEVER;
setUnit(listType, ['append'], UNIT_UNLESS_POPPED);
for (const b of [min, max, vars, dir]) b.unit = UNIT_ALWAYS;
// METH_VARARGS methods in 3.11 (Argument Clinic converted most of them later).
setUnit(strType, ['count', 'find', 'rfind', 'index', 'rindex', 'startswith', 'endswith', 'format'], UNIT_ALWAYS);
setUnit(bytesType, ['count', 'find', 'rfind', 'index', 'rindex', 'startswith', 'endswith'], UNIT_ALWAYS);
setUnit(bytearrayType, ['count', 'find', 'rfind', 'index', 'rindex', 'startswith', 'endswith'], UNIT_ALWAYS);
setUnit(dictType, ['update'], UNIT_ALWAYS);
setUnit(setType, ['union', 'intersection', 'difference', 'update', 'intersection_update', 'difference_update'], UNIT_ALWAYS);
setUnit(frozensetType, ['union', 'intersection', 'difference'], UNIT_ALWAYS);
