/**
 * Naming of expressions in error messages ("cannot assign to function call") and the search
 * for the sub-expression that makes an assignment/deletion/for target invalid.
 */
import type { Comprehension, Expr } from './ast';
import type { Parser } from './parser-core';

export type TargetsType = 'star' | 'del' | 'for';

/** CPython's _PyPegen_get_expr_name. */
export function exprName(e: Expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.kind === 'None') return 'None';
      if (v.kind === 'bool') return v.value ? 'True' : 'False';
      if (v.kind === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}

/** CPython's _PyPegen_get_invalid_target: the offending sub-expression, or null. */
export function invalidTarget(e: Expr | null, type: TargetsType): Expr | null {
  if (!e) return null;
  switch (e._type) {
    case 'List': case 'Tuple':
      for (const x of e.elts) {
        const c = invalidTarget(x, type);
        if (c) return c;
      }
      return null;
    case 'Starred':
      if (type === 'del') return e;
      return invalidTarget(e.value, type);
    case 'Compare':
      // `for a in b` parses `a in b` as a comparison: look at its left side.
      if (type === 'for') return e.ops[0] === 'In' ? invalidTarget(e.left, type) : null;
      return e;
    case 'Name': case 'Subscript': case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET: raises when `e` holds an invalid target, else returns null. */
export function raiseInvalidTarget(p: Parser, type: TargetsType, e: Expr | null): null {
  const t = invalidTarget(e, type);
  if (!t) return null;
  const verb = type === 'del' ? 'delete' : 'assign to';
  return p.raiseAtNode(t, `cannot ${verb} ${exprName(t)}`);
}

/** _PyPegen_get_last_comprehension_item. */
export function lastComprehensionItem(c: Comprehension): Expr {
  return c.ifs.length ? c.ifs[c.ifs.length - 1] : c.iter;
}

export function isLegacyStmtName(e: Expr): boolean {
  return e._type === 'Name' && (e.id === 'print' || e.id === 'exec');
}
