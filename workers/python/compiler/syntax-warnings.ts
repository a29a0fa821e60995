/**
 * The SyntaxWarnings CPython 3.11's compiler issues (compile.c compiler_warn and its callers):
 * `is` / `is not` with a literal, an assert on a non-empty tuple, and calling or subscripting a
 * literal ("perhaps you missed a comma?"). They are collected while compiling, located at the
 * current instruction location, and issued through the warnings machinery by the caller.
 */
import type * as A from '../parser/ast';
import { None, Ellipsis, typeOf } from '../objects/core-types';
import { PyTuple } from '../objects/tuple';
import { PySet } from '../objects/set';
import { PyFloat } from '../objects/float';
import { PyComplex } from '../objects/complex';
import type { Compiler } from './compiler';
import { constValue } from './expr';

export interface CompileWarning {
  msg: string;
  lineno: number;
  col: number;
  endLineno: number;
  endCol: number;
}

function warn(c: Compiler, msg: string): void {
  const l = c.unit.loc;
  c.warnings.push({ msg, lineno: l.lineno, col: l.col, endLineno: l.end_lineno, endCol: l.end_col });
}

/** The constant an expression is after AST optimization (JoinedStr is never folded). */
function folded(e: A.Expr): { v: unknown } | null {
  if (e._type === 'JoinedStr' || e._type === 'FormattedValue') return null;
  const v = constValue(e);
  return v === undefined ? null : { v };
}

/** infer_type: the type name of a literal expression, or null. */
function inferType(e: A.Expr): string | null {
  const k = folded(e);
  if (k !== null) return typeOf(k.v as never).name;
  switch (e._type) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    default: return null;
  }
}

/** check_is_arg: only None, True, False and ... may be compared with `is`. */
function isArgOk(e: A.Expr): boolean {
  const k = folded(e);
  if (k === null) return true;
  return k.v === None || k.v === true || k.v === false || k.v === Ellipsis;
}

/** check_compare. */
export function checkCompare(c: Compiler, e: A.Compare): void {
  let left = isArgOk(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i];
    const right = isArgOk(e.comparators[i]);
    if ((op === 'Is' || op === 'IsNot') && (!right || !left)) {
      warn(c, op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
      return;
    }
    left = right;
  }
}

/** compiler_assert: `assert (x, "msg")` is always true. */
export function checkAssert(c: Compiler, test: A.Expr): void {
  const k = test._type === 'Tuple' ? null : folded(test);
  if ((test._type === 'Tuple' && test.elts.length > 0) || (k !== null && k.v instanceof PyTuple && k.v.items.length > 0)) {
    warn(c, 'assertion is always true, perhaps remove parentheses?');
  }
}

/** check_caller: calling a literal. */
export function checkCaller(c: Compiler, f: A.Expr): void {
  switch (f._type) {
    case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp':
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue':
      break;
    default:
      if (folded(f) === null) return;
  }
  warn(c, `'${inferType(f)}' object is not callable; perhaps you missed a comma?`);
}

/** check_subscripter and check_index, for a subscript that loads. */
export function checkSubscript(c: Compiler, value: A.Expr, slice: A.Expr): void {
  const k = folded(value);
  let bad: boolean;
  if (k !== null) {
    const v = k.v;
    bad = v === None || v === Ellipsis || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean'
      || v instanceof PyFloat || v instanceof PyComplex || v instanceof PySet;
  } else {
    bad = value._type === 'Set' || value._type === 'SetComp' || value._type === 'GeneratorExp' || value._type === 'Lambda';
  }
  if (bad) {
    warn(c, `'${inferType(value)}' object is not subscriptable; perhaps you missed a comma?`);
    return;
  }
  const indexType = inferType(slice);
  if (indexType === null || indexType === 'int' || indexType === 'bool' || indexType === 'slice') return;
  if (k !== null) {
    const v = k.v;
    if (!(typeof v === 'string' || typeOf(v as never).name === 'bytes' || v instanceof PyTuple)) return;
  } else if (!['Tuple', 'List', 'ListComp', 'JoinedStr', 'FormattedValue'].includes(value._type)) return;
  warn(c, `${inferType(value)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
}
