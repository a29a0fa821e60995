/**
 * Rewrites CPython 3.11's AST optimizer (Python/ast_opt.c) makes before code generation that
 * change the bytecode beyond constant folding (constfold.ts):
 *   - optimize_format: `'%s-%r' % (a, b)` with only %s / %r / %a units (and simple width or
 *     precision) becomes the f-string f'{a!s}-{b!r}' — JoinedStr / FormattedValue;
 *   - `__debug__` is the constant True.
 * The new nodes are built the way ast_opt builds them, locations included: the literal parts
 * and format specs have no location (their LOAD_CONSTs are artificial).
 */
import type * as A from '../parser/ast';

const NO_POS: A.Pos = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

function strConst(s: string): A.Constant {
  return { _type: 'Constant', value: { kind: 'str', value: s }, kind: null, ...NO_POS };
}

const MAXDIGITS = 3;

/** One literal run of the format (with %% unescaped), or null if empty. */
function parseLiteral(fmt: string, pos: { p: number }): A.Constant | null {
  const start = pos.p;
  let p = start;
  let hasPercents = false;
  while (p < fmt.length) {
    if (fmt[p] !== '%') p++;
    else if (p + 1 < fmt.length && fmt[p + 1] === '%') {
      hasPercents = true;
      p += 2;
    } else break;
  }
  pos.p = p;
  if (p === start) return null;
  let s = fmt.slice(start, p);
  if (hasPercents) s = s.replaceAll('%%', '%');
  return strConst(s);
}

/** simple_format_arg_parse + parse_format: one `%` unit applied to `arg`, or null. */
function parseFormat(fmt: string, pos: { p: number }, arg: A.Expr): A.FormattedValue | null {
  let p = pos.p;
  let ch = '';
  const next = (): boolean => {
    if (p >= fmt.length) return false;
    ch = fmt[p++];
    return true;
  };
  let ljust = false;
  for (;;) {
    if (!next()) return null;
    if (ch === '-') ljust = true;
    else if (ch === '+' || ch === ' ' || ch === '#' || ch === '0') continue;
    else break;
  }
  let width = -1;
  let prec = -1;
  const isDigit = () => ch >= '0' && ch <= '9';
  if (isDigit()) {
    width = 0;
    let digits = 0;
    while (isDigit()) {
      width = width * 10 + Number(ch);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch === '.') {
    if (!next()) return null;
    prec = 0;
    let digits = 0;
    while (isDigit()) {
      prec = prec * 10 + Number(ch);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  pos.p = p;
  if (ch !== 's' && ch !== 'r' && ch !== 'a') return null;
  let spec = '';
  if (!ljust && width > 0) spec += '>';
  if (width >= 0) spec += String(width);
  if (prec >= 0) spec += `.${prec}`;
  return {
    _type: 'FormattedValue',
    value: arg,
    conversion: ch.charCodeAt(0),
    format_spec: spec !== '' ? strConst(spec) : null,
    lineno: arg.lineno,
    col_offset: arg.col_offset,
    end_lineno: arg.end_lineno,
    end_col_offset: arg.end_col_offset,
  };
}

/** optimize_format: `fmt % (items…)` as a JoinedStr, or null when the format is not simple. */
export function optimizeFormat(node: A.BinOp, fmt: string, elts: A.Expr[]): A.JoinedStr | null {
  const pos = { p: 0 };
  let cnt = 0;
  const values: A.Expr[] = [];
  for (;;) {
    const lit = parseLiteral(fmt, pos);
    if (lit !== null) values.push(lit);
    if (pos.p >= fmt.length) break;
    if (cnt >= elts.length) return null; // more format units than items
    pos.p++; // the '%'
    const fv = parseFormat(fmt, pos, elts[cnt]);
    cnt++;
    if (fv === null) return null;
    values.push(fv);
  }
  if (cnt < elts.length) return null; // more items than format units
  return {
    _type: 'JoinedStr',
    values,
    lineno: node.lineno,
    col_offset: node.col_offset,
    end_lineno: node.end_lineno,
    end_col_offset: node.end_col_offset,
  };
}
