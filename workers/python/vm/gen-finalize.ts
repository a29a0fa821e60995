/**
 * Generator finalization with CPython's timing, where we can know it without reference counts.
 *
 * CPython closes a generator the moment its last reference disappears, so a generator suspended
 * inside `try/finally` or `with` runs its cleanup right there. Learners meet this in three
 * shapes, which we reproduce exactly:
 *   1. `for x in gen(): ... break` (or `return`): the loop's iterator is popped → closed before
 *      the next statement;
 *   2. an exception leaves such a loop: the iterator is dropped while unwinding → closed before
 *      the `except` block (or before the caller sees the exception);
 *   3. at interpreter exit, generators still suspended are closed (`__main__`'s globals are
 *      cleared in CPython's order: `_names` first, then the rest).
 * Shapes 1–2 apply to "fresh" generators: created by the call right before the loop's GET_ITER,
 * so the loop holds the only reference. A generator dropped by rebinding a variable (`g = None`)
 * or by a function returning is closed at exit instead of immediately (no refcounts here).
 *
 * Errors while closing are reported like CPython's unraisable hook ("Exception ignored in: …").
 *
 * A coroutine that is never started warns when it is destroyed ("RuntimeWarning: coroutine 'f'
 * was never awaited", through warnings.warn with source=, so filters and the per-line registry
 * apply). Every new coroutine is tracked here like a suspended generator: `f()` as an expression
 * statement (the call's result popped at once) warns right there, at that line; any other one
 * still unstarted at exit warns then, as `sys:1` (where CPython would have warned earlier, e.g.
 * when a function holding it in a local returns, we warn at exit instead).
 */
import type { PyValue } from '../objects/object';
import { PyGenerator, GenState } from '../objects/generator';
import { PyBaseException, TracebackEntry } from '../objects/exception';
import { PyDict } from '../objects/dict';
import { None, coroutineType } from '../objects/core-types';
import { runtimeWarningType } from '../runtime/errors';
import { importModule } from './imports';
import type { Frame } from './frame';
import type { PyThreadState } from './thread';
import type { NativeGen } from './native';
import { findHandlerIndex } from './exception-table';
import { currentThread, currentFrame } from './current';
import { genClose } from './generators';
import { formatException } from './traceback-print';
import { pyRepr } from '../ops/strrepr';
import { pyGetAttr } from '../ops/attr';
import { pyCall } from '../ops/call';

/** How many suspended generators might run code when closed (a cheap gate for the VM's checks). */
export const finalizeGate = { live: 0 };

declare module '../objects/generator' {
  interface PyGenerator {
    /** Created for a `for` loop that holds the only reference (see file comment). */
    fresh?: boolean;
    /** Counted in finalizeGate.live. */
    finalizable?: boolean;
  }
}

/**
 * Closing a suspended generator runs code only inside a handler range, or when what it delegates
 * to (`yield from` / `await`) would: a generator or coroutine sub-iterator suspended first and was
 * judged then; any other iterator may have a close() of its own.
 */
function wouldRunCode(gen: PyGenerator): boolean {
  if (findHandlerIndex(gen.frame.code, gen.frame.lasti) >= 0) return true;
  const yf = gen.yieldFrom;
  if (yf === null) return false;
  return yf instanceof PyGenerator ? yf.finalizable === true : true;
}

/** YIELD_VALUE suspended `gen`: track it if closing it later would run code. */
export function noteSuspended(th: PyThreadState, gen: PyGenerator): void {
  // Coroutines and async generators too: with no asyncgen hooks installed (there is no event
  // loop to hand them to), CPython's _PyGen_Finalize closes them all with gen_close.
  if (wouldRunCode(gen)) {
    if (!gen.finalizable) {
      gen.finalizable = true;
      finalizeGate.live++;
      th.interp.finalizable.add(gen);
    }
  } else noteNotSuspended(th, gen);
}

/** A new coroutine (see file comment): `fresh` when the caller discards it immediately. */
export function noteCreatedCoroutine(th: PyThreadState, gen: PyGenerator, fresh: boolean): void {
  gen.fresh = fresh;
  if (!gen.finalizable) {
    gen.finalizable = true;
    finalizeGate.live++;
    th.interp.finalizable.add(gen);
  }
}

/**
 * iter()/aiter() of a value that may be a fresh coroutine (`for x in coro():` — a TypeError):
 * CPython drops the coroutine before the error propagates, so its warning comes first.
 */
export function* consumingFresh(x: PyValue, inner: NativeGen): NativeGen {
  try {
    return yield* inner;
  } catch (e) {
    if (x instanceof PyGenerator && x.fresh && x.state === GenState.Created) yield* closeReporting(x, true);
    throw e;
  }
}

/** `gen` is running again or has finished. */
export function noteNotSuspended(th: PyThreadState, gen: PyGenerator): void {
  if (gen.finalizable) {
    gen.finalizable = false;
    finalizeGate.live--;
    th.interp.finalizable.delete(gen);
  }
}

/** The fresh generators among stack slots [from, to) of frame `f`, which are being dropped. */
export function droppedFresh(f: Frame, from: number, to: number): PyGenerator[] | null {
  let out: PyGenerator[] | null = null;
  for (let i = from; i < to; i++) {
    const v = f.stack[i];
    if (v instanceof PyGenerator && v.fresh && v.finalizable) (out ??= []).push(v);
  }
  return out;
}

/** Close generators whose last reference was dropped; errors go to the unraisable hook. */
export function* closeDropped(gens: PyGenerator[]): NativeGen<PyValue> {
  for (const g of gens) yield* closeReporting(g, true);
  return None;
}

/** closeDropped, then continue propagating `exc` (a frame exited with it). */
export function* closeDroppedThenRaise(gens: PyGenerator[], exc: PyBaseException): NativeGen<PyValue> {
  for (const g of gens) yield* closeReporting(g, true);
  throw exc;
}

function* closeReporting(gen: PyGenerator, withSource: boolean): NativeGen<void> {
  if (gen.state === GenState.Created && gen.cls === coroutineType) {
    gen.fresh = false;
    noteNotSuspended(currentThread(), gen);
    yield* warnUnawaited(gen);
    return;
  }
  if (gen.state !== GenState.Suspended) return;
  // In CPython this is the object's deallocation: it happens once, even if the generator
  // ignores GeneratorExit and stays suspended.
  gen.fresh = false;
  noteNotSuspended(currentThread(), gen);
  try {
    yield* genClose(gen);
    noteNotSuspended(currentThread(), gen);
  } catch (e) {
    noteNotSuspended(currentThread(), gen);
    if (!(e instanceof PyBaseException)) throw e;
    // Like _PyErr_WriteUnraisableMsg: an error raised outside any Python frame of the generator
    // gets the frame that dropped it.
    if (e.traceback === null) {
      const f = currentFrame();
      if (f !== null) e.traceback = new TracebackEntry(f.code, f.lasti, null, f);
    }
    yield* writeUnraisable(gen, e, withSource);
  }
}

/** _PyErr_WarnUnawaitedCoroutine (a warning turned into an error is unraisable). */
function* warnUnawaited(coro: PyGenerator): NativeGen<void> {
  try {
    const warnings = yield* importModule(currentThread().interp, 'warnings');
    const msg = `coroutine '${coro.qualname}' was never awaited`;
    yield* pyCall(yield* pyGetAttr(warnings, 'warn'), [msg, runtimeWarningType, 1, coro]);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    yield* writeUnraisable(coro, e, true);
  }
}

function* writeUnraisable(gen: PyGenerator, e: PyBaseException, withSource: boolean): NativeGen<void> {
  const th = currentThread();
  const lookup = withSource ? (th.interp.extensions.get('sourceLookup') as ((f: string) => string | null) | undefined) : undefined;
  // The unraisable hook prints this exception alone, without its __context__ chain.
  e.context = null;
  e.cause = null;
  const text = `Exception ignored in: ${yield* pyRepr(gen)}\n` + (yield* formatException(e, lookup ?? (() => null)));
  const stderr = th.interp.getModule('sys')?.ns.getStr('stderr');
  if (stderr === undefined || stderr === None) return;
  yield* pyCall(yield* pyGetAttr(stderr, 'write'), [text]);
}

/**
 * Interpreter exit: close what is still suspended, in the order CPython's finalize_modules
 * clears `__main__` (names starting with one underscore first, then the others, in dict order),
 * then anything else in the order it was suspended. Tracebacks show no source lines, as in
 * CPython at shutdown.
 */
export function* finalizeAtExit(th: PyThreadState): NativeGen<PyValue> {
  const live = th.interp.finalizable;
  if (live.size === 0) return None;
  const order: PyGenerator[] = [];
  const main = th.interp.getModule('__main__')?.ns;
  if (main instanceof PyDict) {
    const keys = main.keys().filter((k): k is string => typeof k === 'string');
    const first = keys.filter((k) => k.startsWith('_') && !k.startsWith('__'));
    const rest = keys.filter((k) => !(k.startsWith('_') && !k.startsWith('__')) && k !== '__builtins__');
    for (const k of [...first, ...rest]) {
      const v = main.getStr(k);
      if (v instanceof PyGenerator && live.has(v) && !order.includes(v)) order.push(v);
    }
  }
  for (const g of live) if (!order.includes(g)) order.push(g);
  for (const g of order) yield* closeReporting(g, false);
  return None;
}
