/**
 * The `traceback` module over the VM's own formatter (../python/vm/traceback-print), so what it
 * prints is what an uncaught exception prints: print_exc/format_exc, print_exception/
 * format_exception (chains, `chain=False`, `limit`), format_exception_only, format_tb/extract_tb,
 * and the stack functions (extract_stack/format_stack/print_stack, FrameSummary).
 *
 * format_* return lists chunked like CPython's (one string per frame, per separator, …).
 */
import { PyFrameObject } from '../python/vm/frame-object';
import { PyObject, type PyValue } from '../python/objects/object';
import { None, typeOf, builtinType, objectType } from '../python/objects/core-types';
import type { PyModule } from '../python/objects/module';
import { PyList } from '../python/objects/list';
import { TupleIterator } from '../python/objects/iterators';
import { PyBaseException, TracebackEntry } from '../python/objects/exception';
import { PyType } from '../python/objects/type';
import { func, getter, slot } from '../python/runtime/define';
import { typeError, syntaxErrorType } from '../python/runtime/errors';
import { pyGetAttr, pyGetAttrOpt } from '../python/ops/attr';
import { pyCall } from '../python/ops/call';
import { iterToArray } from '../python/ops/iter';
import { currentThread } from '../python/vm/current';
import { topmostException } from '../python/vm/frames';
import { PyTraceback } from '../python/vm/vm-hooks';
import type { Frame } from '../python/vm/frame';
import type { Interpreter } from '../python/vm/interpreter-state';
import type { NativeGen } from '../python/vm/native';
import { formatTraceback, type SourceLookup } from '../python/vm/traceback-print';
import { typeModule } from '../python/types/type-names';
import { PyTuple } from '../python/objects/tuple';
import { PyBytes } from '../python/objects/bytes';
import { pyStr, pyRepr } from '../python/ops/strrepr';
import { readBytes, absPath } from './io/vfs';
import { defineAll } from './ioutil';

function sources(interp: Interpreter): SourceLookup {
  const lookup = interp.extensions.get('sourceLookup') as SourceLookup | undefined;
  return (f: string) => {
    const s = lookup?.(f);
    if (s !== null && s !== undefined) return s;
    const b = readBytes(interp, absPath(interp, f));
    return b === null ? null : new TextDecoder().decode(b);
  };
}

function sourceLine(interp: Interpreter, file: string, lineno: number): string {
  const src = sources(interp)(file);
  if (src === null || lineno < 1) return '';
  return (src.split(/\r\n|\r|\n/)[lineno - 1] ?? '').trim();
}

/** Traceback entries as an array, with `limit` applied (positive: first N; negative: last N). */
function entries(tb: TracebackEntry | null, limit: PyValue): TracebackEntry[] {
  const out: TracebackEntry[] = [];
  for (let e = tb; e !== null; e = e.next) out.push(e);
  if (limit === None || limit === undefined) {
    // StackSummary.extract: sys.tracebacklimit (negative counts as 0) keeps the first entries.
    const sysLimit = currentThread().interp.getModule('sys')?.ns.getStr('tracebacklimit');
    if (typeof sysLimit === 'number' || typeof sysLimit === 'boolean') return out.slice(0, Math.max(0, Number(sysLimit)));
  }
  if (typeof limit === 'number') return limit >= 0 ? out.slice(0, limit) : out.slice(limit);
  return out;
}

/** A fresh chain of the given entries (the formatter walks `next`). */
function relink(list: TracebackEntry[]): TracebackEntry | null {
  let next: TracebackEntry | null = null;
  for (let i = list.length - 1; i >= 0; i--) next = new TracebackEntry(list[i].code, list[i].instr, next, list[i].frame);
  return next;
}

/** Split formatted frames into one chunk per "  File ..." / "  [Previous line ...]" entry. */
function frameChunks(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/(?<=\n)/)) {
    if (line === '') continue;
    if (out.length === 0 || line.startsWith('  File "') || line.startsWith('  [Previous')) out.push(line);
    else out[out.length - 1] += line;
  }
  return out;
}

const CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n';

/** traceback.py's _ExceptionPrintContext: the seen set and the exception-group nesting. */
interface FormatCtx {
  seen: Set<PyBaseException>;
  depth: number;
  needClose: boolean;
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** _ExceptionPrintContext.emit: every line of every chunk gets the margin (textwrap.indent). */
function emit(ctx: FormatCtx, chunks: string[], marginChar = '|'): string[] {
  if (ctx.depth === 0) return chunks;
  const prefix = ' '.repeat(2 * ctx.depth) + marginChar + ' ';
  return chunks.map((c) => c.split(/(?<=\n)/).map((l) => (l === '' ? '' : prefix + l)).join(''));
}

function indent(ctx: FormatCtx): string {
  return ' '.repeat(2 * ctx.depth);
}

/** TracebackException.format: the chain (oldest first), then each exception or group. */
function* exceptionChunks(interp: Interpreter, exc: PyBaseException, limit: PyValue, chain: boolean, ctx: FormatCtx): NativeGen<string[]> {
  ctx.seen.add(exc);
  let out: string[] = [];
  if (chain) {
    if (exc.cause !== null) {
      if (!ctx.seen.has(exc.cause)) out = [...(yield* exceptionChunks(interp, exc.cause, limit, chain, ctx)), ...emit(ctx, [CAUSE])];
    } else if (exc.context !== null && !exc.suppressContext && !ctx.seen.has(exc.context)) {
      out = [...(yield* exceptionChunks(interp, exc.context, limit, chain, ctx)), ...emit(ctx, [CONTEXT])];
    }
  }
  const tb = relink(entries(exc.traceback, limit));
  if (exc.group === undefined) {
    if (tb !== null) {
      out.push(...emit(ctx, ['Traceback (most recent call last):\n']));
      out.push(...emit(ctx, frameChunks(formatTraceback(tb, sources(interp)))));
    }
    out.push(...emit(ctx, yield* exceptionOnlyChunks(exc)));
    return out;
  }
  if (ctx.depth > MAX_GROUP_DEPTH) {
    out.push(...emit(ctx, [`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`]));
    return out;
  }
  const top = ctx.depth === 0;
  if (top) ctx.depth++;
  if (tb !== null) {
    out.push(...emit(ctx, ['Exception Group Traceback (most recent call last):\n'], top ? '+' : '|'));
    out.push(...emit(ctx, frameChunks(formatTraceback(tb, sources(interp)))));
  }
  out.push(...emit(ctx, yield* exceptionOnlyChunks(exc)));
  const excs = exc.group.excs;
  const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    out.push(`${indent(ctx)}${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`);
    ctx.depth++;
    if (!truncated) out.push(...(yield* exceptionChunks(interp, excs[i] as PyBaseException, limit, chain, ctx)));
    else {
      const remaining = excs.length - MAX_GROUP_WIDTH;
      out.push(...emit(ctx, [`and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`]));
    }
    if (last && ctx.needClose) {
      out.push(`${indent(ctx)}+------------------------------------\n`);
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (top) ctx.depth = 0;
  return out;
}

/**
 * traceback.py's TracebackException.format_exception_only (3.11): `Type: str(exc)` without
 * "Did you mean" suggestions (the interpreter adds those, this module does not), SyntaxError
 * details from _format_syntax_error, then each line of each note as its own chunk.
 */
function* exceptionOnlyChunks(exc: PyBaseException): NativeGen<string[]> {
  const t = exc.cls;
  const mod = typeModule(t);
  const stype = mod === 'builtins' || mod === '__main__' ? t.qualname : `${mod}.${t.qualname}`;
  const out: string[] = [];
  if (t.isSubtypeOf(syntaxErrorType)) out.push(...(yield* syntaxErrorChunks(exc, stype)));
  else {
    const text = yield* safeString(exc, 'exception', false);
    out.push(text === '' ? `${stype}\n` : `${stype}: ${text}\n`);
  }
  const notes = yield* pyGetAttrOpt(exc, '__notes__');
  if (notes === undefined || notes === None) return out;
  if (notes instanceof PyList || notes instanceof PyTuple || typeof notes === 'string' || notes instanceof PyBytes) {
    for (const note of yield* iterToArray(notes)) {
      for (const l of (yield* safeString(note, 'note', false)).split('\n')) out.push(l + '\n');
    }
  } else out.push(yield* safeString(notes, '__notes__', true));
  return out;
}

/** _safe_string: str() or repr(), or "<what str() failed>". */
function* safeString(v: PyValue, what: string, useRepr: boolean): NativeGen<string> {
  try {
    return useRepr ? yield* pyRepr(v) : yield* pyStr(v);
  } catch {
    return `<${what} ${useRepr ? 'repr' : 'str'}() failed>`;
  }
}

/** TracebackException._format_syntax_error. */
function* syntaxErrorChunks(exc: PyBaseException, stype: string): NativeGen<string[]> {
  const attr = function* (name: string): NativeGen<PyValue> {
    return (yield* pyGetAttrOpt(exc, name)) ?? None;
  };
  const filename = yield* attr('filename');
  const lineno = yield* attr('lineno');
  const text = yield* attr('text');
  const offset = yield* attr('offset');
  const endOffsetRaw = yield* attr('end_offset');
  const msg = yield* attr('msg');
  const out: string[] = [];
  let suffix = '';
  if (lineno !== None) {
    const fname = filename === None || filename === '' ? '<string>' : yield* pyStr(filename);
    out.push(`  File "${fname}", line ${yield* pyStr(lineno)}\n`);
  } else if (filename !== None) suffix = ` (${yield* pyStr(filename)})`;
  if (typeof text === 'string') {
    const rtext = text.replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const spaces = rtext.length - ltext.length;
    out.push(`    ${ltext}\n`);
    if (offset !== None && typeof offset === 'number') {
      let end = typeof endOffsetRaw === 'number' && endOffsetRaw !== 0 ? endOffsetRaw : offset;
      if (offset === end || end === -1) end = offset + 1;
      const colno = offset - 1 - spaces;
      const endColno = end - 1 - spaces;
      if (colno >= 0) {
        // Whitespace other than spaces (tabs) is kept so the carets line up.
        let caretSpace = '';
        for (const c of Array.from(ltext).slice(0, colno)) caretSpace += /\s/.test(c) ? c : ' ';
        out.push(`    ${caretSpace}${'^'.repeat(Math.max(0, endColno - colno))}\n`);
      }
    }
  }
  const m = msg === None || msg === '' ? '<no detail available>' : yield* pyStr(msg);
  out.push(`${stype}: ${m}${suffix}\n`);
  return out;
}

/** The exception from print_exception's (exc) or (type, value, tb) arguments; null for None. */
function excArg(exc: PyValue, value: PyValue | undefined): PyBaseException | null {
  const v = value === undefined ? exc : value;
  if (v === None) return null;
  if (!(v instanceof PyBaseException)) {
    if (value === undefined) typeError(`Exception expected for value, ${typeOf(v).name} found`);
    return typeError(`Exception expected for value, ${typeOf(v).name} found`);
  }
  return v;
}

function* noneChunks(): NativeGen<string[]> {
  return ['NoneType: None\n'];
}

function* write(file: PyValue, text: string): NativeGen<void> {
  const interp = currentThread().interp;
  const target = file === None || file === undefined ? (interp.getModule('sys')!.ns.getStr('stderr') ?? None) : file;
  if (target === None) return;
  yield* pyCall(yield* pyGetAttr(target, 'write'), [text]);
}

function* chunksFor(exc: PyBaseException | null, limit: PyValue, chain: PyValue): NativeGen<string[]> {
  if (exc === null) return yield* noneChunks();
  return yield* exceptionChunks(currentThread().interp, exc, limit, chain !== false, { seen: new Set(), depth: 0, needClose: false });
}

// ---- stack summaries ------------------------------------------------------------------------

export const frameSummaryType = builtinType('FrameSummary', objectType, { module: 'traceback' });

class FrameSummary extends PyObject {
  constructor(readonly filename: string, readonly lineno: number, readonly name: string, readonly line: string) {
    super(frameSummaryType);
  }
}
getter(frameSummaryType, 'filename', (f: FrameSummary) => f.filename);
getter(frameSummaryType, 'lineno', (f: FrameSummary) => f.lineno);
getter(frameSummaryType, 'name', (f: FrameSummary) => f.name);
getter(frameSummaryType, 'line', (f: FrameSummary) => f.line);
slot(frameSummaryType, '__repr__', '', (f: FrameSummary) => `<FrameSummary file ${f.filename}, line ${f.lineno} in ${f.name}>`);
slot(frameSummaryType, '__iter__', '', (f: FrameSummary) => new TupleIterator([f.filename, f.lineno, f.name, f.line]));
slot(frameSummaryType, '__len__', '', () => 4);
slot(frameSummaryType, '__getitem__', 'i, /', (f: FrameSummary, i: PyValue) => [f.filename, f.lineno, f.name, f.line][Number(i) < 0 ? 4 + Number(i) : Number(i)] ?? typeError('tuple index out of range'));
slot(frameSummaryType, '__eq__', 'other, /', (f: FrameSummary, o: PyValue) => o instanceof FrameSummary && o.filename === f.filename && o.lineno === f.lineno && o.name === f.name && o.line === f.line);

function summaryOfEntries(interp: Interpreter, list: TracebackEntry[]): FrameSummary[] {
  return list.map((e) => {
    const lineno = e.code.lineOf(e.instr);
    return new FrameSummary(e.code.filename, lineno, e.code.name, sourceLine(interp, e.code.filename, lineno));
  });
}

/**
 * The Python frames from `start` (a frame object; None: the caller of extract_stack in the running
 * thread) outwards, outermost first.
 */
function stackSummary(interp: Interpreter, limit: PyValue, start: PyValue = None): FrameSummary[] {
  const frames: Frame[] = [];
  if (start !== None && !(start instanceof PyFrameObject)) typeError(`'${typeOf(start).name}' object is not a frame`);
  const top = start instanceof PyFrameObject ? start.frame : currentThread().top;
  for (let f = top; f !== null; f = f.back) if (!f.native) frames.push(f as Frame);
  frames.reverse();
  let list = frames.map((f) => new FrameSummary(f.code.filename, f.lineno, f.code.name, sourceLine(interp, f.code.filename, f.lineno)));
  if (typeof limit === 'number') list = limit >= 0 ? list.slice(Math.max(0, list.length - limit)) : list.slice(0, -limit);
  return list;
}

function formatSummary(list: FrameSummary[]): string[] {
  return list.map((f) => `  File "${f.filename}", line ${f.lineno}, in ${f.name}\n${f.line ? `    ${f.line}\n` : ''}`);
}

function* summaryFromValue(v: PyValue): NativeGen<FrameSummary[]> {
  const out: FrameSummary[] = [];
  for (const item of yield* iterToArray(v)) {
    if (item instanceof FrameSummary) out.push(item);
    else {
      const [fn, ln, name, line] = yield* iterToArray(item);
      out.push(new FrameSummary(String(fn), Number(ln), String(name), line === None ? '' : String(line)));
    }
  }
  return out;
}

function tbEntry(tb: PyValue): TracebackEntry | null {
  if (tb === None) return null;
  if (!(tb instanceof PyTraceback)) typeError(`'${typeOf(tb).name}' object is not a traceback`);
  return (tb as PyTraceback).entry;
}

export function initTraceback(interp: Interpreter, m: PyModule): void {
  const cur = () => topmostException(currentThread());
  defineAll(m, [
    func('print_exc', 'limit=None, file=None, chain=True', function* (limit: PyValue, file: PyValue, chain: PyValue): NativeGen {
      yield* write(file, (yield* chunksFor(cur(), limit, chain)).join(''));
      return None;
    }),
    func('format_exc', 'limit=None, chain=True', function* (limit: PyValue, chain: PyValue): NativeGen {
      return (yield* chunksFor(cur(), limit, chain)).join('');
    }),
    func('print_exception', 'exc, /, value=?, tb=?, limit=None, file=None, chain=True', function* (exc: PyValue, value: PyValue | undefined, _tb: PyValue, limit: PyValue, file: PyValue, chain: PyValue): NativeGen {
      yield* write(file, (yield* chunksFor(excArg(exc, value), limit, chain)).join(''));
      return None;
    }),
    func('format_exception', 'exc, /, value=?, tb=?, limit=None, chain=True', function* (exc: PyValue, value: PyValue | undefined, _tb: PyValue, limit: PyValue, chain: PyValue): NativeGen {
      return new PyList(yield* chunksFor(excArg(exc, value), limit, chain));
    }),
    func('format_exception_only', 'exc, /, value=?', function* (exc: PyValue, value: PyValue | undefined): NativeGen {
      const e = excArg(exc, value);
      if (e === null) {
        const name = exc instanceof PyType ? exc.name : 'NoneType';
        return new PyList([`${name}: None\n`]);
      }
      return new PyList(yield* exceptionOnlyChunks(e));
    }),
    func('print_last', 'limit=None, file=None, chain=True', () => None),
    func('format_tb', 'tb, limit=None', (tb: PyValue, limit: PyValue) => {
      const chain = relink(entries(tbEntry(tb), limit));
      return new PyList(chain === null ? [] : frameChunks(formatTraceback(chain, sources(interp))));
    }),
    func('print_tb', 'tb, limit=None, file=None', function* (tb: PyValue, limit: PyValue, file: PyValue): NativeGen {
      const chain = relink(entries(tbEntry(tb), limit));
      if (chain !== null) yield* write(file, formatTraceback(chain, sources(interp)));
      return None;
    }),
    func('extract_tb', 'tb, limit=None', (tb: PyValue, limit: PyValue) => new PyList(summaryOfEntries(interp, entries(tbEntry(tb), limit)))),
    func('extract_stack', 'f=None, limit=None', (f: PyValue, limit: PyValue) => new PyList(stackSummary(interp, limit, f))),
    func('format_stack', 'f=None, limit=None', (f: PyValue, limit: PyValue) => new PyList(formatSummary(stackSummary(interp, limit, f)))),
    func('print_stack', 'f=None, limit=None, file=None', function* (f: PyValue, limit: PyValue, file: PyValue): NativeGen {
      yield* write(file, formatSummary(stackSummary(interp, limit, f)).join(''));
      return None;
    }),
    func('format_list', 'extracted_list', function* (l: PyValue): NativeGen {
      return new PyList(formatSummary(yield* summaryFromValue(l)));
    }),
    func('print_list', 'extracted_list, file=None', function* (l: PyValue, file: PyValue): NativeGen {
      yield* write(file, formatSummary(yield* summaryFromValue(l)).join(''));
      return None;
    }),
  ]);
  m.ns.setStr('FrameSummary', frameSummaryType);
}
