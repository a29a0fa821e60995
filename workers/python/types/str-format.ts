/**
 * str.format and str.format_map: a port of CPython 3.11's Objects/stringlib/unicode_format.h
 * (MarkupIterator, parse_field, field_name_split, FieldNameIterator, auto-numbering state), so
 * the same strings fail with the same ValueError/IndexError/KeyError messages. Each replacement
 * field goes through format(value, spec) (pyFormat → __format__).
 */
import type { PyValue } from '../objects/object';
import { strType } from '../objects/core-types';
import { method } from '../runtime/define';
import { valueError, keyError, indexError } from '../runtime/errors';
import { pyGetAttr } from '../ops/attr';
import { pyGetItem } from '../ops/subscript';
import { pyStr, pyRepr, pyAscii, pyFormatField } from '../ops/strrepr';
import type { KwArgs, NativeGen } from '../vm/native';
import { decimalValue } from '../numfmt/unicode-chars';
import { sv } from './str-args';

const enum Auto {
  Init,
  Auto,
  Manual,
}

interface Ctx {
  /** Positional arguments (null for format_map). */
  args: PyValue[] | null;
  /** Named lookup: kwargs or the format_map mapping. */
  named: (key: string) => NativeGen<PyValue>;
  auto: Auto;
  next: number;
}

/** get_integer: the value of an all-decimal-digit string, or -1. */
function getInteger(s: string): number {
  if (s.length === 0) return -1;
  let n = 0;
  for (const c of s) {
    const d = decimalValue(c.codePointAt(0)!);
    if (d < 0) return -1;
    n = n * 10 + d;
    if (n > Number.MAX_SAFE_INTEGER) valueError('Too many decimal digits in format string');
  }
  return n;
}

/** Resolve a field name ("0", "", "name", "0.attr[key][1]") to its object. */
function* getField(name: string, ctx: Ctx): NativeGen {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let idx = getInteger(first);
  const empty = first.length === 0;
  if (empty || idx !== -1) {
    if (ctx.auto === Auto.Init) ctx.auto = empty ? Auto.Auto : Auto.Manual;
    if (ctx.auto === Auto.Manual && empty) valueError('cannot switch from manual field specification to automatic field numbering');
    if (ctx.auto === Auto.Auto && !empty) valueError('cannot switch from automatic field numbering to manual field specification');
    if (empty) idx = ctx.next++;
  }
  let obj: PyValue;
  if (idx === -1) obj = yield* ctx.named(first);
  else {
    if (ctx.args === null) valueError('Format string contains positional fields');
    if (idx >= ctx.args!.length) indexError(`Replacement index ${idx} out of range for positional args tuple`);
    obj = ctx.args![idx];
  }
  // The rest: .attr and [key] parts.
  while (i < name.length) {
    const c = name[i++];
    let part: string;
    if (c === '.') {
      const j = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      part = name.slice(j, i);
      if (part.length === 0) valueError('Empty attribute in format string');
      obj = yield* pyGetAttr(obj, part);
    } else if (c === '[') {
      const j = i;
      while (i < name.length && name[i] !== ']') i++;
      if (i >= name.length) valueError("Missing ']' in format string");
      part = name.slice(j, i++);
      if (part.length === 0) valueError('Empty attribute in format string');
      const k = getInteger(part);
      obj = yield* pyGetItem(obj, k === -1 ? part : k);
    } else valueError("Only '.' or '[' may follow ']' in format field specifier");
  }
  return obj;
}

function* convert(v: PyValue, conv: string): NativeGen {
  switch (conv) {
    case 'r': return yield* pyRepr(v);
    case 's': return yield* pyStr(v);
    case 'a': return yield* pyAscii(v);
  }
  const cp = conv.codePointAt(0)!;
  return valueError(cp > 32 && cp < 127 ? `Unknown conversion specifier ${conv}` : `Unknown conversion specifier \\x${cp.toString(16)}`);
}

/** build_string: expand every replacement field of `fmt`. */
function* buildString(fmt: string, ctx: Ctx, depth: number): NativeGen<string> {
  if (depth <= 0) valueError('Max string recursion exceeded');
  const out: string[] = [];
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    // Literal text up to the next brace.
    const start = i;
    let c = '';
    while (i < n) {
      c = fmt[i++];
      if (c === '{' || c === '}') break;
      c = '';
    }
    const atEnd = i >= n;
    if (c === '}' && (atEnd || fmt[i] !== '}')) valueError("Single '}' encountered in format string");
    if (c === '{' && atEnd) valueError("Single '{' encountered in format string");
    if (c === '') {
      out.push(fmt.slice(start, i));
      break;
    }
    out.push(fmt.slice(start, i - 1));
    if (fmt[i] === c) {
      out.push(c);
      i++;
      continue;
    }
    // parse_field
    const nameStart = i;
    let d = '';
    while (i < n) {
      d = fmt[i++];
      if (d === '{') valueError("unexpected '{' in field name");
      if (d === '[') {
        while (i < n && fmt[i] !== ']') i++;
        d = '';
        continue;
      }
      if (d === '}' || d === ':' || d === '!') break;
      d = '';
    }
    const name = fmt.slice(nameStart, d === '' ? i : i - 1);
    let conv = '';
    let spec = '';
    let expand = false;
    if (d === '!' || d === ':') {
      let specFollows = true;
      if (d === '!') {
        if (i >= n) valueError('end of string while looking for conversion specifier');
        const cp = fmt.codePointAt(i)!;
        conv = String.fromCodePoint(cp);
        i += conv.length;
        if (i < n) {
          const e = fmt[i++];
          if (e === '}') specFollows = false;
          else if (e !== ':') valueError("expected ':' after conversion specifier");
        }
      }
      if (specFollows) {
        const specStart = i;
        let count = 1;
        let closed = false;
        while (i < n) {
          const e = fmt[i++];
          if (e === '{') {
            expand = true;
            count++;
          } else if (e === '}' && --count === 0) {
            closed = true;
            break;
          }
        }
        if (!closed) valueError("unmatched '{' in format spec");
        spec = fmt.slice(specStart, i - 1);
      }
    } else if (d !== '}') valueError("expected '}' before end of string");
    let obj = yield* getField(name, ctx);
    if (conv !== '') obj = yield* convert(obj, conv);
    if (expand) spec = yield* buildString(spec, ctx, depth - 1);
    out.push(yield* pyFormatField(obj, spec));
  }
  return out.join('');
}

/** str.format(*args, **kwargs) on a JS string (also used by other natives). */
export function* strFormat(fmt: string, args: PyValue[], kw: KwArgs | null): NativeGen<string> {
  const ctx: Ctx = {
    args,
    named: function* (key: string) {
      const v = kw?.get(key);
      if (v === undefined) keyError(key);
      return v!;
    },
    auto: Auto.Init,
    next: 0,
  };
  return yield* buildString(fmt, ctx, 2);
}

method(strType, 'format', '*args, **kwargs', function* (self: PyValue, args: PyValue[], kw: KwArgs | null) {
  return yield* strFormat(sv(self), args, kw);
});
method(strType, 'format_map', 'mapping, /', function* (self: PyValue, mapping: PyValue) {
  const ctx: Ctx = {
    args: null,
    named: function* (key: string) {
      return yield* pyGetItem(mapping, key);
    },
    auto: Auto.Init,
    next: 0,
  };
  return yield* buildString(sv(self), ctx, 2);
});

