/**
 * Formatting uncaught exceptions exactly as CPython 3.11's default excepthook prints them:
 * chained exceptions, "Traceback (most recent call last):", one entry per frame with its source
 * line and position markers (`^^^^`, `~~~^~~~` for binary operators, `~~~^^^` for subscripts),
 * "[Previous line repeated N more times]", SyntaxError's caret display, __notes__, and the
 * "Did you mean" suggestions for NameError / AttributeError.
 */
import type { PyValue } from '../objects/object';
import { None, typeOf, dictType } from '../objects/core-types';
import { PyBaseException, type TracebackEntry } from '../objects/exception';
import { PyType } from '../objects/type';
import { PyList } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import type { NativeGen } from './native';
import type { Frame } from './frame';
import { currentThread } from './current';
import { pyStr, pyRepr } from '../ops/strrepr';
import { pyGetAttrOpt } from '../ops/attr';
import { callMethod } from '../ops/call';
import { iterToArray } from '../ops/iter';
import { compareStrs } from '../ops/compare';
import { syntaxErrorType, nameErrorType, attributeErrorType } from '../runtime/errors';
import { typeModule } from '../../python/types/type-names';
import { parse } from '../parser/parser';
import type * as A from '../parser/ast';

/** Source text by filename, for traceback lines (CPython's linecache). */
export type SourceLookup = (filename: string) => string | null;

const RECURSIVE_CUTOFF = 3;
const TRACEBACK_LIMIT = 1000;

/** CPython's exception_print_context: the seen set and the exception-group nesting. */
interface PrintCtx {
  seen: Set<PyBaseException>;
  depth: number;
  needClose: boolean;
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

export function* formatException(exc: PyBaseException, sources: SourceLookup): NativeGen<string> {
  return yield* formatRecursive(exc, sources, { seen: new Set(), depth: 0, needClose: false });
}

/** The margin of a line inside an exception group ("  | "); nothing at the top level. */
function margin(ctx: PrintCtx, ch = '|'): string {
  return ctx.depth > 0 ? ' '.repeat(2 * ctx.depth) + ch + ' ' : '';
}

/** Every line of `text` with the margin in front. */
function indented(ctx: PrintCtx, text: string, ch = '|'): string {
  if (ctx.depth === 0 || text === '') return text;
  const m = margin(ctx, ch);
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) if (i < lines.length - 1 || lines[i] !== '') lines[i] = m + lines[i];
  return lines.join('\n');
}

/** print_exception_recursive: the cause or context chain first, then the exception (or group). */
function* formatRecursive(exc: PyBaseException, sources: SourceLookup, ctx: PrintCtx): NativeGen<string> {
  ctx.seen.add(exc);
  let out = '';
  if (exc.cause !== null) {
    if (!ctx.seen.has(exc.cause)) out += yield* formatChained(exc.cause, sources, ctx, 'The above exception was the direct cause of the following exception:');
  } else if (exc.context !== null && !exc.suppressContext && !ctx.seen.has(exc.context)) {
    out += yield* formatChained(exc.context, sources, ctx, 'During handling of the above exception, another exception occurred:');
  }
  out += exc.group !== undefined ? yield* formatGroup(exc, sources, ctx) : yield* formatOne(exc, sources, ctx);
  return out;
}

function* formatChained(exc: PyBaseException, sources: SourceLookup, ctx: PrintCtx, message: string): NativeGen<string> {
  const needClose = ctx.needClose;
  let out = yield* formatRecursive(exc, sources, ctx);
  ctx.needClose = needClose;
  const m = margin(ctx);
  out += `${m}\n${m}${message}\n${m}\n`;
  return out;
}

function* formatOne(exc: PyBaseException, sources: SourceLookup, ctx: PrintCtx): NativeGen<string> {
  let out = '';
  const limit = tracebackLimit();
  if (exc.traceback !== null && limit > 0) {
    out += indented(ctx, 'Traceback (most recent call last):\n');
    out += indented(ctx, formatTraceback(exc.traceback, sources, limit));
  }
  return out + (yield* formatTail(exc, ctx));
}

/** SyntaxError location, `Type: message` (its later lines unindented, as in C) and the notes. */
function* formatTail(exc: PyBaseException, ctx: PrintCtx): NativeGen<string> {
  let out = '';
  const located = exc.cls.isSubtypeOf(syntaxErrorType) && syntaxErrorParses(exc);
  if (located) out += indented(ctx, formatSyntaxErrorLocation(exc));
  out += margin(ctx) + (yield* exceptionLine(exc, located));
  out += indented(ctx, yield* formatNotes(exc));
  return out;
}

/** print_exception_group: the group's own traceback and message, then each sub-exception in a box. */
function* formatGroup(exc: PyBaseException, sources: SourceLookup, ctx: PrintCtx): NativeGen<string> {
  if (ctx.depth > MAX_GROUP_DEPTH) return indented(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
  const top = ctx.depth === 0;
  if (top) ctx.depth++;
  let out = '';
  const limit = tracebackLimit();
  if (exc.traceback !== null && limit > 0) {
    out += indented(ctx, 'Exception Group Traceback (most recent call last):\n', top ? '+' : '|');
    out += indented(ctx, formatTraceback(exc.traceback, sources, limit));
  }
  out += yield* formatTail(exc, ctx);
  const excs = exc.group!.excs;
  const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    out += ' '.repeat(2 * ctx.depth) + (i === 0 ? '+-' : '  ') + `+---------------- ${truncated ? '...' : i + 1} ----------------\n`;
    ctx.depth++;
    if (!truncated) out += yield* formatRecursive(excs[i] as PyBaseException, sources, ctx);
    else {
      const remaining = excs.length - MAX_GROUP_WIDTH;
      out += indented(ctx, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      out += ' '.repeat(2 * ctx.depth) + '+------------------------------------\n';
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (top) ctx.depth = 0;
  return out;
}

/** The exception-only part (traceback.format_exception_only): location of a SyntaxError, `Type: message`, notes. */
export function* formatExceptionOnly(exc: PyBaseException): NativeGen<string> {
  return yield* formatTail(exc, { seen: new Set(), depth: 0, needClose: false });
}

/** `Type: message` (module-qualified unless builtins/__main__), plus a suggestion. */
function* exceptionLine(exc: PyBaseException, syntaxLocated: boolean): NativeGen<string> {
  const t = exc.cls;
  const mod = typeModule(t);
  const name = mod === 'builtins' || mod === '__main__' ? t.qualname : `${mod}.${t.qualname}`;
  let msg: string;
  if (syntaxLocated) {
    const m = exc.dict!.getStr('msg');
    msg = m === undefined || m === None ? '' : yield* safeStr(m);
  } else msg = yield* safeStr(exc);
  const suggestion = yield* suggestionFor(exc);
  const tail = suggestion === null ? '' : `. Did you mean: '${suggestion}'?`;
  if (msg === '' && tail === '') return `${name}\n`;
  return `${name}: ${msg}${tail}\n`;
}

function* safeStr(x: PyValue): NativeGen<string> {
  try {
    return yield* pyStr(x);
  } catch {
    return '<exception str() failed>';
  }
}

/** print_exception_notes: each note's str (a line at a time); a non-sequence __notes__ by repr. */
function* formatNotes(exc: PyBaseException): NativeGen<string> {
  const notes = exc.dict?.getStr('__notes__');
  if (notes === undefined) return '';
  let items: PyValue[];
  if (notes instanceof PyList || notes instanceof PyTuple) items = notes.items;
  else if (typeof notes !== 'string' && (typeOf(notes).isSubtypeOf(dictType) || typeOf(notes).lookup('__getitem__') === undefined)) {
    try {
      return `${yield* pyRepr(notes)}\n`;
    } catch {
      return '<__notes__ repr() failed>\n';
    }
  } else {
    try {
      items = yield* iterToArray(notes);
    } catch {
      return '';
    }
  }
  let out = '';
  for (const n of items) {
    let text: string;
    try {
      text = typeof n === 'string' ? n : yield* pyStr(n);
    } catch {
      text = '<note str() failed>';
    }
    out += `${text}\n`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// stack entries

/** PyTraceBack_Print's limit: sys.tracebacklimit if it is an int (≤ 0: no traceback), else 1000. */
export function tracebackLimit(): number {
  const v = currentThread().interp.getModule('sys')?.ns.getStr('tracebacklimit');
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return v > 0n ? Number.MAX_SAFE_INTEGER : 0;
  return TRACEBACK_LIMIT;
}

/** The traceback's lines, keeping the last `limit` entries (PyTraceBack_Print). */
export function formatTraceback(tb: TracebackEntry, sources: SourceLookup, limit = TRACEBACK_LIMIT): string {
  const entries: TracebackEntry[] = [];
  for (let e: TracebackEntry | null = tb; e !== null; e = e.next) entries.push(e);
  const shown = entries.length > limit ? entries.slice(entries.length - limit) : entries;
  let out = '';
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let count = 0;
  for (const e of shown) {
    const file = e.code.filename;
    const line = e.code.lineOf(e.instr);
    const name = e.code.name;
    if (file !== lastFile || line !== lastLine || name !== lastName) {
      if (count > RECURSIVE_CUTOFF) out += repeated(count - RECURSIVE_CUTOFF);
      lastFile = file;
      lastLine = line;
      lastName = name;
      count = 0;
    }
    count++;
    if (count <= RECURSIVE_CUTOFF) out += formatEntry(e, sources);
  }
  if (count > RECURSIVE_CUTOFF) out += repeated(count - RECURSIVE_CUTOFF);
  return out;
}

function repeated(n: number): string {
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
}

function sourceLine(sources: SourceLookup, file: string, lineno: number): string | null {
  const src = sources(file);
  if (src === null || lineno < 1) return null;
  const lines = src.split(/\r\n|\r|\n/);
  return lineno <= lines.length ? lines[lineno - 1] : null;
}

function isWs(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\f';
}

function formatEntry(e: TracebackEntry, sources: SourceLookup): string {
  const code = e.code;
  const p = e.instr * 4;
  const lineno = code.positions[p];
  let out = `  File "${code.filename}", line ${lineno < 0 ? '?' : lineno}, in ${code.name}\n`;
  const line = sourceLine(sources, code.filename, lineno);
  if (line === null) return out;
  // display_source_line_with_margin: only the indentation (' ', '\t', '\f') is removed; trailing
  // whitespace stays, and counts when deciding whether the carets would span the whole line.
  let leading = 0;
  while (leading < line.length && isWs(line[leading])) leading++;
  const shown = line.slice(leading);
  out += `    ${shown}\n`;
  const endLine = code.positions[p + 1];
  let col = code.positions[p + 2];
  let endCol = code.positions[p + 3];
  if (col < 0 || endCol < 0 || endLine < 0) return out;
  let anchors: [number, number, string, string] | null = null;
  if (endLine === lineno) {
    anchors = caretAnchors(line.slice(col, endCol));
  } else {
    // Multi-line expression: highlight to the last non-whitespace character of the first line.
    let i = line.length;
    while (--i >= 0 && isWs(line[i]));
    endCol = i + 1;
  }
  if (endCol - col === shown.length && !(anchors !== null && anchors[1] - anchors[0] > 0)) return out;
  if (col > line.length) col = line.length;
  let carets = ' '.repeat(Math.max(0, col - leading));
  if (anchors !== null) {
    const [left, right, primary, secondary] = anchors;
    carets += primary.repeat(left) + secondary.repeat(right - left) + primary.repeat(Math.max(0, endCol - col - right));
  } else carets += '^'.repeat(Math.max(1, endCol - col));
  return out + `    ${carets}\n`;
}

/**
 * CPython's _extract_caret_anchors_from_line_segment: for a binary operation the operator gets
 * `^` and the operands `~`; for a subscript the `[...]` part gets `^`.
 * Returns [left_end, right_start, primary, secondary] in segment offsets (primary fills the
 * outside parts here: for BinOp '~' around '^'; for Subscript '~' then '^').
 */
function caretAnchors(segment: string): [number, number, string, string] | null {
  let mod: A.Module;
  try {
    mod = parse(segment, '<string>');
  } catch {
    return null;
  }
  if (mod.body.length !== 1) return null;
  const st = mod.body[0];
  if (st._type !== 'Expr') return null;
  const ex = st.value;
  if (ex._type === 'BinOp') {
    const opStart = ex.left.end_col_offset;
    const opEnd = ex.right.col_offset;
    const operatorStr = segment.slice(opStart, opEnd);
    const operatorOffset = operatorStr.length - operatorStr.trimStart().length;
    let left = ex.left.end_col_offset + operatorOffset;
    let right = left + 1;
    if (operatorOffset + 1 < operatorStr.length && !/\s/.test(operatorStr[operatorOffset + 1])) right += 1;
    while (left < segment.length && (/\s/.test(segment[left]) || segment[left] === ')' || segment[left] === '#')) {
      left++;
      right++;
    }
    return [left, right, '~', '^'];
  }
  if (ex._type === 'Subscript') {
    let left = ex.value.end_col_offset;
    let right = ex.slice.end_col_offset + 1;
    while (left < segment.length && (isWs(segment[left]) || segment[left] !== '[')) left++;
    while (right < segment.length && (isWs(segment[right]) || segment[right] !== ']')) right++;
    if (right < segment.length) right++;
    return [left, right, '~', '^'];
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// SyntaxError

/**
 * pythonrun.c parse_syntax_error succeeds: lineno is an int and offset (and, for SyntaxError
 * itself, end_lineno/end_offset) None or an int. Otherwise CPython prints just `Type: str(exc)`.
 */
function syntaxErrorParses(exc: PyBaseException): boolean {
  const d = exc.dict;
  if (d === null) return false;
  const isInt = (v: PyValue | undefined) => typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint';
  const intOrNone = (v: PyValue | undefined) => v === undefined || v === None || isInt(v);
  if (!isInt(d.getStr('lineno')) || !intOrNone(d.getStr('offset'))) return false;
  if (exc.cls === syntaxErrorType && (!intOrNone(d.getStr('end_lineno')) || !intOrNone(d.getStr('end_offset')))) return false;
  return true;
}

function formatSyntaxErrorLocation(exc: PyBaseException): string {
  const d = exc.dict as PyDict;
  const filename = d.getStr('filename');
  const lineno = d.getStr('lineno');
  const text = d.getStr('text');
  let offset = d.getStr('offset');
  let endOffset = d.getStr('end_offset');
  const endLineno = d.getStr('end_lineno');
  let out = '';
  const file = typeof filename === 'string' ? filename : '<string>';
  if (typeof lineno !== 'number') return out;
  out += `  File "${file}", line ${lineno}\n`;
  if (typeof text !== 'string') return out;
  let off = typeof offset === 'number' ? offset : -1;
  let end = typeof endOffset === 'number' ? endOffset : -1;
  const lineSize = new TextEncoder().encode(text).length;
  // Only SyntaxError itself shows a range; its subclasses (IndentationError, TabError) one caret.
  if (exc.cls !== syntaxErrorType) end = -1;
  else if (typeof endLineno === 'number' && endLineno > lineno) end = lineSize;
  if (end > lineSize + 1) end = lineSize + 1;
  void offset;
  void endOffset;
  return out + errorText(off, end, text);
}

/** pythonrun.c print_error_text: the offsets index the line's UTF-8 bytes. */
function errorText(offsetIn: number, endOffset: number, textIn: string): string {
  const reps = endOffset > 0 && endOffset > offsetIn ? endOffset - offsetIn : 1;
  let offset = offsetIn - 1;
  const bytes = new TextEncoder().encode(textIn);
  let start = 0;
  while (start < bytes.length && (bytes[start] === 32 || bytes[start] === 9 || bytes[start] === 12)) {
    start++;
    offset--;
  }
  let len = bytes.length - start;
  if (len > 0 && bytes[start + len - 1] === 10) len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = bytes.indexOf(10, start);
    if (nl < 0) break;
    const inl = nl - start;
    if (inl >= offset) break;
    start += inl + 1;
    len -= inl + 1;
    offset -= inl + 1;
  }
  const text = new TextDecoder().decode(bytes.subarray(start));
  let out = '    ' + text;
  if (start + len >= bytes.length || bytes[start + len] !== 10) out += '\n';
  if (offset < 0) return out;
  return out + '    ' + ' '.repeat(offset) + '^'.repeat(reps) + '\n';
}

// ---------------------------------------------------------------------------------------------
// suggestions (Python/suggestions.c)

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

function levenshtein(aStr: string, bStr: string, maxCost: number): number {
  let a = new TextEncoder().encode(aStr);
  let b = new TextEncoder().encode(bStr);
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  a = a.subarray(s);
  b = b.subarray(s);
  let ea = a.length;
  let eb = b.length;
  while (ea > 0 && eb > 0 && a[ea - 1] === b[eb - 1]) {
    ea--;
    eb--;
  }
  a = a.subarray(0, ea);
  b = b.subarray(0, eb);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  let tmp = MOVE_COST;
  for (let i = 0; i < a.length; i++) {
    buffer[i] = tmp;
    tmp += MOVE_COST;
  }
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i]);
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

export function calculateSuggestion(dir: string[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDist = Number.MAX_SAFE_INTEGER;
  const nameSize = new TextEncoder().encode(name).length;
  for (const item of dir) {
    if (item === name) continue;
    const itemSize = new TextEncoder().encode(item).length;
    let maxDistance = Math.floor(((nameSize + itemSize + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDist - 1);
    const d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDist) {
      best = item;
      bestDist = d;
    }
  }
  return best;
}

function* suggestionFor(exc: PyBaseException): NativeGen<string | null> {
  const name = exc.attrName;
  if (name === undefined) return null;
  try {
    if (exc.cls.isSubtypeOf(nameErrorType)) {
      let tb = exc.traceback;
      if (tb === null) return null;
      while (tb.next !== null) tb = tb.next;
      const f = tb.frame as Frame;
      const varnames = f.code.varnames;
      const s1 = calculateSuggestion(varnames, name);
      if (s1 !== null) return s1;
      const s2 = calculateSuggestion(f.globals.keys().filter((k): k is string => typeof k === 'string'), name);
      if (s2 !== null) return s2;
      return calculateSuggestion(f.builtins.keys().filter((k): k is string => typeof k === 'string'), name);
    }
    if (exc.cls.isSubtypeOf(attributeErrorType) && exc.attrObj !== undefined) {
      const obj = exc.attrObj;
      const dirFn = typeOf(obj).lookup('__dir__');
      if (dirFn === undefined) return null;
      const names = (yield* iterToArray(yield* callMethod(dirFn, obj, []))).filter((k): k is string => typeof k === 'string');
      names.sort(compareStrs);
      return calculateSuggestion(names, name);
    }
  } catch {
    return null;
  }
  return null;
}

export { PyType, pyGetAttrOpt };
