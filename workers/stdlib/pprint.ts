/**
 * `pprint`: CPython's PrettyPrinter algorithm for the built-in containers (dict, list, tuple,
 * set, frozenset, str, bytes) — _safe_repr with sorted dicts, the width/indent/depth/compact
 * rules, string splitting across lines — and pprint/pformat/pp/saferepr/isreadable/isrecursive.
 * Other objects print with their repr().
 */
import { PyObject, type PyValue } from '../python/objects/object';
import { None, typeOf, dictType, listType, tupleType, setType, frozensetType, strType, bytesType, objectType } from '../python/objects/core-types';
import type { PyModule } from '../python/objects/module';
import { PyList } from '../python/objects/list';
import { PyTuple } from '../python/objects/tuple';
import { PyDict } from '../python/objects/dict';
import { PyBaseException } from '../python/objects/exception';
import { objectId } from '../python/objects/object';
import { func, method, slot } from '../python/runtime/define';
import { typeError, valueError, typeErrorType } from '../python/runtime/errors';
import { pyRepr } from '../python/ops/strrepr';
import { pyLt } from '../python/ops/compare';
import { pyGetAttr } from '../python/ops/attr';
import { pyCall } from '../python/ops/call';
import { iterToArray } from '../python/ops/iter';
import { strLength } from '../python/ops/truth';
import { strRepr } from '../python/numfmt/str-repr';
import { currentThread } from '../python/vm/current';
import type { Interpreter } from '../python/vm/interpreter-state';
import type { KwArgs, NativeGen } from '../python/vm/native';
import { cType, defineAll } from './ioutil';
import { intVal } from '../python/objects/int-sub';

interface Opts {
  indent: number;
  width: number;
  depth: number | null;
  compact: boolean;
  sortDicts: boolean;
  underscoreNumbers: boolean;
}

type Kind = 'dict' | 'list' | 'tuple' | 'set' | 'str' | 'bytes' | null;

function kindOf(o: PyValue): Kind {
  if (typeof o === 'string') return 'str';
  if (typeof o !== 'object') return null;
  const r = o.cls.lookup('__repr__');
  if (r === dictType.lookup('__repr__') && o instanceof PyDict) return 'dict';
  if (r === listType.lookup('__repr__') && o instanceof PyList) return 'list';
  if (r === tupleType.lookup('__repr__') && o instanceof PyTuple) return 'tuple';
  if ((r === setType.lookup('__repr__') || r === frozensetType.lookup('__repr__')) && (o.cls.isSubtypeOf(setType) || o.cls.isSubtypeOf(frozensetType))) return 'set';
  if (r === strType.lookup('__repr__')) return 'str';
  if (r === bytesType.lookup('__repr__')) return 'bytes';
  return null;
}

/** sorted(items, key=_safe_key): Python ordering, unorderable pairs fall back to type names. */
function* safeSort<T>(items: T[], key: (t: T) => PyValue[]): NativeGen<T[]> {
  if (items.length <= 1) return items;
  const mid = items.length >> 1;
  const a = yield* safeSort(items.slice(0, mid), key);
  const b = yield* safeSort(items.slice(mid), key);
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (yield* safeLess(key(b[j]), key(a[i]))) out.push(b[j++]);
    else out.push(a[i++]);
  }
  return out.concat(a.slice(i), b.slice(j));
}

function* safeLess(x: PyValue[], y: PyValue[]): NativeGen<boolean> {
  for (let k = 0; k < x.length; k++) {
    let lt: boolean;
    let gt: boolean;
    try {
      lt = yield* pyLt(x[k], y[k]);
      gt = lt ? false : yield* pyLt(y[k], x[k]);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.cls.isSubtypeOf(typeErrorType))) throw e;
      const tx = `<class '${typeOf(x[k]).name}'>`;
      const ty = `<class '${typeOf(y[k]).name}'>`;
      lt = tx < ty;
      gt = tx > ty;
    }
    if (lt) return true;
    if (gt) return false;
  }
  return false;
}

function dictItems(d: PyDict): [PyValue, PyValue][] {
  const out: [PyValue, PyValue][] = [];
  for (let i = 0; i < d.ks.length; i++) if (d.ks[i] !== undefined) out.push([d.ks[i]!, d.vs[i]!]);
  return out;
}

class Printer {
  constructor(readonly o: Opts) {}

  /** _safe_repr: [text, readable, recursive]. */
  *safeRepr(obj: PyValue, context: Set<PyValue>, level: number): NativeGen<[string, boolean, boolean]> {
    const kind = kindOf(obj);
    if (kind === 'str' || kind === 'bytes' || kind === null || kind === 'set') {
      if ((typeof obj === 'number' || typeof obj === 'bigint') && this.o.underscoreNumbers) {
        return [String(obj).replace(/\B(?=(\d{3})+(?!\d))/g, '_'), true, false];
      }
      const r = yield* pyRepr(obj);
      return [r, kind !== null || typeof obj !== 'object' || obj === None, false];
    }
    const items: PyValue[] = kind === 'dict' ? [] : (obj as PyList | PyTuple).items;
    const len = kind === 'dict' ? (obj as PyDict).size : items.length;
    if (len === 0) return [kind === 'dict' ? '{}' : kind === 'list' ? '[]' : '()', true, false];
    const open = kind === 'dict' ? '{' : kind === 'list' ? '[' : '(';
    const close = kind === 'dict' ? '}' : kind === 'list' ? ']' : ')';
    if (this.o.depth !== null && level >= this.o.depth) return [`${open}...${close}`, false, context.has(obj)];
    if (context.has(obj)) return [recursionText(obj), false, true];
    context.add(obj);
    let readable = true;
    let recursive = false;
    const parts: string[] = [];
    if (kind === 'dict') {
      let pairs = dictItems(obj as PyDict);
      if (this.o.sortDicts) pairs = yield* safeSort(pairs, (p) => p);
      for (const [k, v] of pairs) {
        const [kr, kread, krec] = yield* this.safeRepr(k, context, level + 1);
        const [vr, vread, vrec] = yield* this.safeRepr(v, context, level + 1);
        parts.push(`${kr}: ${vr}`);
        readable = readable && kread && vread;
        recursive = recursive || krec || vrec;
      }
    } else {
      for (const v of items) {
        const [r, rd, rc] = yield* this.safeRepr(v, context, level + 1);
        parts.push(r);
        readable = readable && rd;
        recursive = recursive || rc;
      }
    }
    context.delete(obj);
    const tail = kind === 'tuple' && len === 1 ? ',' : '';
    return [`${open}${parts.join(', ')}${tail}${close}`, readable && !recursive, recursive];
  }

  *repr(obj: PyValue, context: Set<PyValue>, level: number): NativeGen<string> {
    return (yield* this.safeRepr(obj, new Set(context), level))[0];
  }

  *format(obj: PyValue, out: string[], indent: number, allowance: number, context: Set<PyValue>, level: number): NativeGen<void> {
    if (context.has(obj) && typeof obj === 'object') {
      out.push(recursionText(obj));
      return;
    }
    const rep = yield* this.repr(obj, context, level);
    const maxWidth = this.o.width - indent - allowance;
    const kind = kindOf(obj);
    if (strLength(rep) > maxWidth && kind !== null) {
      context.add(obj);
      if (kind === 'dict') yield* this.dict(obj as PyDict, out, indent, allowance, context, level + 1);
      else if (kind === 'list') yield* this.seq('[', ']', (obj as PyList).items, out, indent, allowance, context, level + 1);
      else if (kind === 'tuple') {
        const items = (obj as PyTuple).items;
        yield* this.seq('(', items.length === 1 ? ',)' : ')', items, out, indent, allowance, context, level + 1);
      } else if (kind === 'set') yield* this.set(obj as PyObject, out, indent, allowance, context, level + 1);
      else if (kind === 'str') this.str(obj as string, out, indent, allowance, level + 1);
      else out.push(rep);
      context.delete(obj);
      return;
    }
    out.push(rep);
  }

  *dict(d: PyDict, out: string[], indent: number, allowance: number, context: Set<PyValue>, level: number): NativeGen<void> {
    out.push('{');
    if (this.o.indent > 1) out.push(' '.repeat(this.o.indent - 1));
    if (d.size > 0) {
      let items = dictItems(d);
      if (this.o.sortDicts) items = yield* safeSort(items, (p) => p);
      const ind = indent + this.o.indent;
      const delim = ',\n' + ' '.repeat(ind);
      for (let i = 0; i < items.length; i++) {
        const last = i === items.length - 1;
        const rep = yield* this.repr(items[i][0], context, level);
        out.push(rep, ': ');
        yield* this.format(items[i][1], out, ind + strLength(rep) + 2, last ? allowance + 1 : 1, context, level);
        if (!last) out.push(delim);
      }
    }
    out.push('}');
  }

  *seq(open: string, close: string, items: PyValue[], out: string[], indent: number, allowance: number, context: Set<PyValue>, level: number): NativeGen<void> {
    out.push(open);
    yield* this.items(items, out, indent + (open.length - 1), allowance + close.length, context, level);
    out.push(close);
  }

  *set(s: PyObject, out: string[], indent: number, allowance: number, context: Set<PyValue>, level: number): NativeGen<void> {
    const items = yield* iterToArray(s);
    if (items.length === 0) {
      out.push(yield* pyRepr(s));
      return;
    }
    let open = '{';
    let close = '}';
    if (s.cls !== setType) {
      open = `${s.cls.name}({`;
      close = '})';
      indent += s.cls.name.length + 1;
    }
    const sorted = yield* safeSort(items, (x) => [x]);
    out.push(open);
    yield* this.items(sorted, out, indent, allowance + close.length, context, level);
    out.push(close);
  }

  *items(items: PyValue[], out: string[], indent: number, allowance: number, context: Set<PyValue>, level: number): NativeGen<void> {
    indent += this.o.indent;
    if (this.o.indent > 1) out.push(' '.repeat(this.o.indent - 1));
    const delimnl = ',\n' + ' '.repeat(indent);
    let delim = '';
    let width = this.o.width - indent + 1;
    let maxWidth = width;
    for (let i = 0; i < items.length; i++) {
      const last = i === items.length - 1;
      if (last) {
        maxWidth -= allowance;
        width -= allowance;
      }
      if (this.o.compact) {
        const rep = yield* this.repr(items[i], context, level);
        const w = strLength(rep) + 2;
        if (width < w) {
          width = maxWidth;
          if (delim) delim = delimnl;
        }
        if (width >= w) {
          width -= w;
          out.push(delim, rep);
          delim = ', ';
          continue;
        }
      }
      out.push(delim);
      delim = delimnl;
      yield* this.format(items[i], out, indent, last ? allowance : 1, context, level);
    }
  }

  str(s: string, out: string[], indent: number, allowance: number, level: number): void {
    const chunks: string[] = [];
    const lines = s.match(/[^\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029])|[^\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+$/g) ?? [];
    if (level === 1) {
      indent += 1;
      allowance += 1;
    }
    let maxWidth1 = this.o.width - indent;
    const maxWidth = maxWidth1;
    let rep = '';
    lines.forEach((line, i) => {
      rep = strRepr(line);
      if (i === lines.length - 1) maxWidth1 -= allowance;
      if (strLength(rep) <= maxWidth1) chunks.push(rep);
      else {
        const parts = line.match(/\S*\s*/g)!.filter((p, j, a) => j < a.length - 1 || p !== '');
        let maxWidth2 = maxWidth;
        let current = '';
        parts.forEach((part, j) => {
          const candidate = current + part;
          if (j === parts.length - 1 && i === lines.length - 1) maxWidth2 -= allowance;
          if (strLength(strRepr(candidate)) > maxWidth2) {
            if (current) chunks.push(strRepr(current));
            current = part;
          } else current = candidate;
        });
        if (current) chunks.push(strRepr(current));
      }
    });
    if (chunks.length === 1) {
      out.push(rep);
      return;
    }
    if (level === 1) out.push('(');
    chunks.forEach((c, i) => {
      if (i > 0) out.push('\n' + ' '.repeat(indent));
      out.push(c);
    });
    if (level === 1) out.push(')');
  }

  *pformat(obj: PyValue): NativeGen<string> {
    const out: string[] = [];
    yield* this.format(obj, out, 0, 0, new Set(), 0);
    return out.join('');
  }
}

function recursionText(o: PyValue): string {
  return `<Recursion on ${typeOf(o).name} with id=${typeof o === 'object' ? objectId(o) : 0}>`;
}

const PARAMS = 'indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True, underscore_numbers=False';

function optsFrom(indent: PyValue, width: PyValue, depth: PyValue, compact: PyValue, sortDicts: PyValue, underscore: PyValue): Opts {
  const int = (x: PyValue) => { const i = intVal(x); return typeof i === 'number' ? i : typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`); };
  const o: Opts = { indent: int(indent), width: int(width), depth: depth === None ? null : int(depth), compact: compact === true, sortDicts: sortDicts !== false, underscoreNumbers: underscore === true };
  if (o.indent < 0) valueError('indent must be >= 0');
  if (o.depth !== null && o.depth <= 0) valueError('depth must be > 0');
  if (o.width === 0) valueError('width must be != 0');
  return o;
}

function* writeTo(stream: PyValue, text: string): NativeGen<void> {
  const target = stream === None ? currentThread().interp.getModule('sys')!.ns.getStr('stdout')! : stream;
  yield* pyCall(yield* pyGetAttr(target, 'write'), [text]);
}

export const prettyPrinterType = cType('pprint.PrettyPrinter', objectType, { instanceDict: true });
class PyPrettyPrinter extends PyObject {
  opts: Opts = { indent: 1, width: 80, depth: null, compact: false, sortDicts: true, underscoreNumbers: false };
  stream: PyValue = None;
}
prettyPrinterType.alloc = (cls) => new PyPrettyPrinter(cls);
slot(prettyPrinterType, '__init__', PARAMS, (p: PyPrettyPrinter, indent: PyValue, width: PyValue, depth: PyValue, stream: PyValue, compact: PyValue, sortDicts: PyValue, underscore: PyValue) => {
  p.opts = optsFrom(indent, width, depth, compact, sortDicts, underscore);
  p.stream = stream;
  return None;
});
method(prettyPrinterType, 'pformat', 'object', function* (p: PyPrettyPrinter, o: PyValue): NativeGen {
  return yield* new Printer(p.opts).pformat(o);
});
method(prettyPrinterType, 'pprint', 'object', function* (p: PyPrettyPrinter, o: PyValue): NativeGen {
  yield* writeTo(p.stream, (yield* new Printer(p.opts).pformat(o)) + '\n');
  return None;
});
method(prettyPrinterType, 'isreadable', 'object', function* (p: PyPrettyPrinter, o: PyValue): NativeGen {
  const [, readable, rec] = yield* new Printer(p.opts).safeRepr(o, new Set(), 0);
  return readable && !rec;
});
method(prettyPrinterType, 'isrecursive', 'object', function* (p: PyPrettyPrinter, o: PyValue): NativeGen {
  return (yield* new Printer(p.opts).safeRepr(o, new Set(), 0))[2];
});

export function initPprint(interp: Interpreter, m: PyModule): void {
  void interp;
  m.ns.setStr('PrettyPrinter', prettyPrinterType);
  const fmtParams = 'object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False';
  defineAll(m, [
    func('pformat', fmtParams, function* (o: PyValue, indent: PyValue, width: PyValue, depth: PyValue, compact: PyValue, sd: PyValue, un: PyValue): NativeGen {
      return yield* new Printer(optsFrom(indent, width, depth, compact, sd, un)).pformat(o);
    }),
    func('pprint', 'object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False', function* (o: PyValue, stream: PyValue, indent: PyValue, width: PyValue, depth: PyValue, compact: PyValue, sd: PyValue, un: PyValue): NativeGen {
      yield* writeTo(stream, (yield* new Printer(optsFrom(indent, width, depth, compact, sd, un)).pformat(o)) + '\n');
      return None;
    }),
    func('pp', 'object, *args, sort_dicts=False, **kwargs', function* (o: PyValue, args: PyValue[], sd: PyValue, kw: KwArgs | null): NativeGen {
      const names = ['stream', 'indent', 'width', 'depth'];
      const v: PyValue[] = [None, 1, 80, None];
      args.forEach((a, i) => (v[i] = a));
      let compact: PyValue = false;
      let un: PyValue = false;
      for (const [k, val] of kw ?? []) {
        const i = names.indexOf(k);
        if (i >= 0) v[i] = val;
        else if (k === 'compact') compact = val;
        else if (k === 'underscore_numbers') un = val;
        else typeError(`pprint() got an unexpected keyword argument '${k}'`);
      }
      yield* writeTo(v[0], (yield* new Printer(optsFrom(v[1], v[2], v[3], compact, sd, un)).pformat(o)) + '\n');
      return None;
    }),
    func('saferepr', 'object', function* (o: PyValue): NativeGen {
      return (yield* new Printer(optsFrom(1, 80, None, false, true, false)).safeRepr(o, new Set(), 0))[0];
    }),
    func('isreadable', 'object', function* (o: PyValue): NativeGen {
      const [, r, rec] = yield* new Printer(optsFrom(1, 80, None, false, true, false)).safeRepr(o, new Set(), 0);
      return r && !rec;
    }),
    func('isrecursive', 'object', function* (o: PyValue): NativeGen {
      return (yield* new Printer(optsFrom(1, 80, None, false, true, false)).safeRepr(o, new Set(), 0))[2];
    }),
  ]);
}
