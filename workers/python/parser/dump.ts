/**
 * `dump(node)`: the exact text of CPython 3.11's `ast.dump(node, include_attributes=True)`
 * (optionally indented like `indent=N`), used to compare our trees with CPython's. Carries its
 * own Python reprs for constants (str, bytes, int, float, complex, bool, None, Ellipsis).
 */
import type { ConstantValue, Node } from './ast';

/** Field names per node type, in ASDL order; `?` marks optional fields (omitted when null). */
const FIELDS: Record<string, string[]> = {
  Module: ['body', 'type_ignores'],
  Expression: ['body'],
  TypeIgnore: ['lineno', 'tag'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?'],
  AsyncFunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'],
  Return: ['value?'],
  Delete: ['targets'],
  Assign: ['targets', 'value', 'type_comment?'],
  AugAssign: ['target', 'op', 'value'],
  AnnAssign: ['target', 'annotation', 'value?', 'simple'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  AsyncFor: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  While: ['test', 'body', 'orelse'],
  If: ['test', 'body', 'orelse'],
  With: ['items', 'body', 'type_comment?'],
  AsyncWith: ['items', 'body', 'type_comment?'],
  Match: ['subject', 'cases'],
  Raise: ['exc?', 'cause?'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'],
  TryStar: ['body', 'handlers', 'orelse', 'finalbody'],
  Assert: ['test', 'msg?'],
  Import: ['names'],
  ImportFrom: ['module?', 'names', 'level?'],
  Global: ['names'],
  Nonlocal: ['names'],
  Expr: ['value'],
  Pass: [], Break: [], Continue: [],
  BoolOp: ['op', 'values'],
  NamedExpr: ['target', 'value'],
  BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'],
  Lambda: ['args', 'body'],
  IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'],
  Set: ['elts'],
  ListComp: ['elt', 'generators'],
  SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'],
  GeneratorExp: ['elt', 'generators'],
  Await: ['value'],
  Yield: ['value?'],
  YieldFrom: ['value'],
  Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'],
  FormattedValue: ['value', 'conversion', 'format_spec?'],
  JoinedStr: ['values'],
  Constant: ['value', 'kind?'],
  Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'],
  Starred: ['value', 'ctx'],
  Name: ['id', 'ctx'],
  List: ['elts', 'ctx'],
  Tuple: ['elts', 'ctx'],
  Slice: ['lower?', 'upper?', 'step?'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'],
  ExceptHandler: ['type?', 'name?', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg?', 'kwonlyargs', 'kw_defaults', 'kwarg?', 'defaults'],
  arg: ['arg', 'annotation?', 'type_comment?'],
  keyword: ['arg?', 'value'],
  alias: ['name', 'asname?'],
  withitem: ['context_expr', 'optional_vars?'],
  match_case: ['pattern', 'guard?', 'body'],
  MatchValue: ['value'],
  MatchSingleton: ['value'],
  MatchSequence: ['patterns'],
  MatchMapping: ['keys', 'patterns', 'rest?'],
  MatchClass: ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'],
  MatchStar: ['name?'],
  MatchAs: ['pattern?', 'name?'],
  MatchOr: ['patterns'],
};

const NO_ATTRIBUTES = new Set(['Module', 'Expression', 'TypeIgnore', 'comprehension', 'arguments', 'withitem', 'match_case']);
const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];
/** Fields holding operator / context names, printed as `Add()`. */
const ENUM_FIELDS = new Set(['op', 'ctx']);

export function dump(node: Node, indent?: number): string {
  return format(node, 0, indent)[0];
}

type Value = unknown;

function format(v: Value, level: number, indent: number | undefined): [string, boolean] {
  const pad = indent === undefined ? '' : '\n' + ' '.repeat(indent * (level + 1));
  const sep = indent === undefined ? ', ' : ',' + pad;
  if (Array.isArray(v)) {
    if (v.length === 0) return ['[]', true];
    return ['[' + pad + v.map((x) => format(x, level + 1, indent)[0]).join(sep) + ']', false];
  }
  if (v === null || v === undefined) return ['None', true];
  if (typeof v === 'string') return [strRepr(v), true];
  if (typeof v === 'number') return [String(v), true];
  if (typeof v === 'object' && '_type' in (v as object)) {
    const n = v as Record<string, Value> & { _type: string };
    const fields = FIELDS[n._type];
    if (!fields) throw new Error(`dump: unknown node type ${n._type}`);
    const args: string[] = [];
    let allSimple = true;
    for (const f of fields) {
      const optional = f.endsWith('?');
      const name = optional ? f.slice(0, -1) : f;
      const value = n[name];
      if (optional && (value === null || value === undefined)) continue;
      let text: string;
      let simple: boolean;
      if (ENUM_FIELDS.has(name)) [text, simple] = [`${value as string}()`, true];
      else if (name === 'ops') {
        const ops = value as string[];
        [text, simple] = ['[' + pad2(indent, level + 1) + ops.map((o) => `${o}()`).join(sepFor(indent, level + 1)) + ']', false];
      }
      else if (name === 'value' && (n._type === 'Constant' || n._type === 'MatchSingleton')) {
        [text, simple] = [constantRepr(value as ConstantValue), true];
      } else [text, simple] = format(value, level + 1, indent);
      allSimple &&= simple;
      args.push(`${name}=${text}`);
    }
    if (!NO_ATTRIBUTES.has(n._type)) {
      for (const a of ATTRIBUTES) {
        if (n[a] === undefined || n[a] === null) continue;
        args.push(`${a}=${String(n[a])}`);
      }
    }
    if (indent !== undefined && !(allSimple && args.length <= 3) && args.length) {
      return [`${n._type}(${pad}${args.join(sep)})`, false];
    }
    return [`${n._type}(${args.join(', ')})`, allSimple && args.length <= 3 ? args.length === 0 : false];
  }
  return [String(v), true];
}

function pad2(indent: number | undefined, level: number): string {
  return indent === undefined ? '' : '\n' + ' '.repeat(indent * (level + 1));
}

function sepFor(indent: number | undefined, level: number): string {
  return indent === undefined ? ', ' : ',' + pad2(indent, level);
}

export function constantRepr(c: ConstantValue): string {
  switch (c.kind) {
    case 'int': return c.value.toString();
    case 'float': return floatRepr(c.value);
    case 'complex': return complexRepr(c.imag);
    case 'str': return strRepr(c.value);
    case 'bytes': return bytesRepr(c.value);
    case 'bool': return c.value ? 'True' : 'False';
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
  }
}

/** Python's repr(float): shortest round-trip digits, exponent form when exp < -4 or >= 16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = x.toExponential().split('e');
  const exp = parseInt(expStr, 10);
  const sign = x < 0 ? '-' : '';
  const digits = mant.replace('-', '').replace('.', '');
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp >= 0) {
    if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
    return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  }
  return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}

/** repr() of a complex with a +0.0 real part, as literals produce: `1j`, `1.5j`, `1e+16j`. */
function complexRepr(imag: number): string {
  const r = floatRepr(imag);
  return (r.endsWith('.0') ? r.slice(0, -2) : r) + 'j';
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (cp !== 0x20 && NON_PRINTABLE.test(ch)) {
      out += cp <= 0xff ? '\\x' + hex(cp, 2) : cp <= 0xffff ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8);
    } else out += ch;
  }
  return out + quote;
}

function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += ch;
  }
  return out + quote;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}
