/**
 * Moving between frames: pushing calls, delivering results to the frame below, resuming and
 * suspending generators, and unwinding an exception through the exception tables.
 * Everything operates on the thread's explicit frame chain (th.top).
 */
import { findHandler } from './exception-table';
import { finalizeGate, noteSuspended, noteNotSuspended, droppedFresh, closeDropped, closeDroppedThenRaise } from './gen-finalize';
import { type PyValue, STOP } from '../objects/object';
import { None, typeOf, NotImplemented } from '../objects/core-types';
import { binopTypeError } from '../ops/arith';
import { PyBaseException, TracebackEntry } from '../objects/exception';
import { PyGenerator, GenState } from '../objects/generator';
import { PyFunction } from '../objects/function';
import { PyTuple } from '../objects/tuple';
import { generatorType, coroutineType } from '../objects/core-types';
import { Frame, NativeFrame, Deliver, type AnyFrame } from './frame';
import { ExcInfo, type PyThreadState } from './thread';
import { GenReturn, type NativeGen, type KwArgs } from './native';
import { makeFrame } from './bind';
import {
  typeError, recursionErrorType, runtimeErrorType, stopIterationType, stopAsyncIterationType, toPyException,
  typeErrorType, valueErrorType,
} from '../runtime/errors';
import { PyCode } from '../compiler/code';

/** NULL on the value stack (3.11's "no self" marker below a callable). */
export const NULL = { __null__: true } as unknown as PyValue;

declare module '../objects/exception' {
  interface PyBaseException {
    /** Being propagated by the VM (so it is not "raised again" when it passes a native frame). */
    inFlight?: boolean;
  }
}

declare module '../objects/generator' {
  interface PyGenerator {
    excInfo?: ExcInfo;
  }
}

export function recursionCheck(th: PyThreadState): void {
  if (th.depth >= th.interp.recursionLimit) {
    throw new PyBaseException(recursionErrorType, ['maximum recursion depth exceeded']);
  }
}

export { enterRecursiveCall, leaveRecursiveCall, WHILE_CALLING } from './recursion';

/** Push a new Python frame on top of `back`. */
export function pushFrame(th: PyThreadState, f: Frame, back: AnyFrame | null, deliver: Deliver): void {
  recursionCheck(th);
  f.back = back;
  f.deliver = deliver;
  th.top = f;
  th.depth++;
}

export function pushNative(th: PyThreadState, gen: NativeGen<unknown>, back: AnyFrame | null, deliver: Deliver): NativeFrame {
  const nf = new NativeFrame(gen, null);
  nf.back = back;
  nf.deliver = deliver;
  th.top = nf;
  return nf;
}

/** Build a frame for calling a Python function with an args array and keyword map. */
export function frameForCall(func: PyFunction, args: PyValue[], kw: KwArgs | null): Frame {
  if (kw === null || kw.size === 0) return makeFrame(func, args, 0, args.length, null);
  const src = args.slice();
  const names: PyValue[] = [];
  for (const [k, v] of kw) {
    names.push(k);
    src.push(v);
  }
  return makeFrame(func, src, 0, src.length, new PyTuple(names));
}

/**
 * The finished frame `child` returns `value` (a PyValue, or a GenReturn from a generator).
 * Pops it and hands the value to the frame below according to child.deliver.
 */
export function deliverReturn(th: PyThreadState, child: AnyFrame, value: unknown): void {
  const back = child.back;
  child.back = null;
  th.top = back;
  if (!child.native) {
    th.depth--;
    // An __init__ run by instantiation also held the type call's unit (see run.ts CALL).
    if (child.deliver === Deliver.Init) th.depth--;
  }
  if (back === null) {
    th.result = value instanceof GenReturn ? value.value : (value as PyValue);
    return;
  }
  if (back.native) {
    back.sendValue = value;
    back.hasThrow = false;
    return;
  }
  switch (child.deliver) {
    case Deliver.Push:
      back.stack[back.sp++] = value instanceof GenReturn ? value.value : (value as PyValue);
      return;
    case Deliver.Pending:
      back.pending = value;
      return;
    case Deliver.Init: {
      if (value !== None) {
        raiseIn(th, new PyBaseException(typeErrorType, [`__init__() should return None, not '${typeOf(value as PyValue).name}'`]), back, true);
        return;
      }
      back.stack[back.sp++] = (child as Frame).initSelf as PyValue;
      return;
    }
    case Deliver.Discard:
      return;
    case Deliver.Binop: {
      if (value === NotImplemented) {
        // The operator is the caller's BINARY_OP argument; both operands have the left's type.
        const a = (child as Frame).initSelf as PyValue;
        let exc: unknown;
        try {
          binopTypeError(a, a, back.instrs[back.lasti * 2 + 1]);
        } catch (e) {
          exc = e;
        }
        raiseIn(th, exc as PyBaseException, back, true);
        return;
      }
      back.stack[back.sp++] = value as PyValue;
      return;
    }
  }
}


// ---------------------------------------------------------------------------------------------
// generators

/**
 * Resume `gen` on top of `back` with a sent value (or an exception thrown in). Returns false
 * when the generator could not be entered (finished: the outcome has been delivered already).
 */
export function resumeGenerator(th: PyThreadState, gen: PyGenerator, value: PyValue, exc: PyBaseException | null, back: AnyFrame, deliver: Deliver): void {
  if (gen.state !== GenState.Suspended) resumeGeneratorChecks(gen, value, exc);
  if (gen.state === GenState.Closed) {
    deliverGenOutcome(th, back, deliver, new GenReturn(None), true);
    return;
  }
  const f = gen.frame;
  pushFrame(th, f, back, deliver);
  gen.state = GenState.Running;
  noteNotSuspended(th, gen);
  const ei = gen.excInfo ?? (gen.excInfo = new ExcInfo(null));
  ei.prev = th.excInfo;
  th.excInfo = ei;
  if (exc !== null) {
    raiseIn(th, exc, f, false, true);
    return;
  }
  f.stack[f.sp++] = value;
}


/** CPython's gen_send_ex2 checks for a generator that is not suspended (throws when it cannot run). */
function resumeGeneratorChecks(gen: PyGenerator, value: PyValue, exc: PyBaseException | null): void {
  const what = gen.cls === coroutineType ? 'coroutine' : gen.cls === generatorType ? 'generator' : 'async generator';
  if (gen.state === GenState.Created && exc === null && value !== None) {
    typeError(`can't send non-None value to a just-started ${what}`);
  }
  if (gen.state === GenState.Running) throw new PyBaseException(valueErrorType, [`${what} already executing`]);
  if (gen.state === GenState.Closed) {
    // An exhausted coroutine refuses even a thrown exception; a generator re-raises it.
    if (gen.cls === coroutineType) throw new PyBaseException(runtimeErrorType, ['cannot reuse already awaited coroutine']);
    if (exc !== null) throw exc;
  }
}

/** Deliver a yielded value or a GenReturn to whoever resumed the generator. */
function deliverGenOutcome(th: PyThreadState, back: AnyFrame, deliver: Deliver, v: unknown, viaReturn: boolean): void {
  void viaReturn;
  th.top = back;
  if (back.native) {
    back.sendValue = v;
    back.hasThrow = false;
    return;
  }
  if (deliver === Deliver.Pending) back.pending = v;
  else back.stack[back.sp++] = v instanceof GenReturn ? v.value : (v as PyValue);
}

/** YIELD_VALUE: suspend the generator frame `f` and hand `v` to its resumer. */
export function suspendGenerator(th: PyThreadState, f: Frame, v: PyValue): void {
  const gen = f.gen!;
  gen.state = GenState.Suspended;
  th.excInfo = gen.excInfo!.prev!;
  gen.excInfo!.prev = null;
  const back = f.back!;
  f.back = null;
  th.depth--;
  noteSuspended(th, gen);
  deliverGenOutcome(th, back, f.deliver, v, false);
}

/** RETURN_VALUE in a generator frame. */
export function finishGenerator(th: PyThreadState, f: Frame, v: PyValue): void {
  const gen = f.gen!;
  gen.state = GenState.Closed;
  noteNotSuspended(th, gen);
  th.excInfo = gen.excInfo!.prev!;
  gen.excInfo!.prev = null;
  deliverReturn(th, f, new GenReturn(v));
}

// ---------------------------------------------------------------------------------------------
// exceptions

/** The exception currently being handled (sys.exc_info()), or null. */
export function topmostException(th: PyThreadState): PyBaseException | null {
  for (let ei: ExcInfo | null = th.excInfo; ei !== null; ei = ei.prev) if (ei.value !== null) return ei.value;
  return null;
}

/** Implicit chaining (CPython's _PyErr_SetObject): __context__ = the exception being handled. */
export function setContext(th: PyThreadState, exc: PyBaseException): void {
  const cur = topmostException(th);
  if (cur === null || cur === exc) return;
  // Break cycles: exc must not appear in cur's context chain.
  let o: PyBaseException | null = cur;
  while (o !== null) {
    const next: PyBaseException | null = o.context;
    if (next === exc) {
      o.context = null;
      break;
    }
    o = next;
  }
  exc.context = cur;
}

export { findHandler };

/**
 * Raise `exc` in frame `f` (which is th.top or is being returned to) at f.lasti.
 * fresh: a newly raised exception (sets __context__); addTb: record this frame in the traceback.
 * On return th.top is where execution continues (a handler, a native frame, or null).
 */
export function raiseIn(th: PyThreadState, exc: PyBaseException, f: AnyFrame | null, fresh: boolean, addTb = true, lookupAt = -1): void {
  if (fresh) setContext(th, exc);
  exc.inFlight = true;
  for (;;) {
    if (f === null) {
      th.top = null;
      th.uncaught = exc;
      return;
    }
    if (f.native) {
      th.top = f;
      f.hasThrow = true;
      f.throwValue = exc;
      return;
    }
    // Code standing in for C (see stdlib/interleave-hooks.ts) leaves no traceback entry.
    if (addTb && f.code.hidden !== true) {
      exc.traceback = new TracebackEntry(f.code, f.lasti, exc.traceback, f);
      f.pinned = true;
    }
    addTb = true;
    // RERAISE restores lasti for line reporting but CPython finds the handler from the
    // instruction actually executing (lookupAt).
    const h = findHandler(f.code, lookupAt >= 0 ? lookupAt : f.lasti);
    lookupAt = -1;
    if (h !== null) {
      const [target, depth, pushLasti] = h;
      let sp = f.code.nlocalsplus + depth;
      // Values above the handler's depth are dropped: a loop's fresh generator is closed first.
      const dropped = finalizeGate.live !== 0 ? droppedFresh(f, sp, f.sp) : null;
      if (pushLasti) f.stack[sp++] = f.lasti;
      f.stack[sp++] = exc;
      f.sp = sp;
      f.pc = target * 2;
      th.top = f;
      if (dropped !== null) pushNative(th, closeDropped(dropped), f, Deliver.Discard);
      return;
    }
    // The frame exits with the exception.
    const dropped = finalizeGate.live !== 0 ? droppedFresh(f, f.code.nlocalsplus, f.sp) : null;
    const back = f.back;
    f.back = null;
    th.depth--;
    if (f.deliver === Deliver.Init) th.depth--;
    if (f.gen !== null) exc = generatorExitedWithException(th, f, exc);
    if (dropped !== null) {
      // Close them before the caller sees the exception (CPython clears the stack on exit).
      pushNative(th, closeDroppedThenRaise(dropped, exc), back, Deliver.Discard);
      return;
    }
    f = back;
  }
}

/** PEP 479: StopIteration leaving a generator becomes RuntimeError; the generator is closed. */
function generatorExitedWithException(th: PyThreadState, f: Frame, exc: PyBaseException): PyBaseException {
  const gen = f.gen!;
  gen.state = GenState.Closed;
  noteNotSuspended(th, gen);
  th.excInfo = gen.excInfo!.prev!;
  gen.excInfo!.prev = null;
  const isAsyncGen = gen.cls !== generatorType && gen.cls !== coroutineType;
  if (exc.cls.isSubtypeOf(stopIterationType) || (isAsyncGen && exc.cls.isSubtypeOf(stopAsyncIterationType))) {
    const what = gen.cls === generatorType ? 'generator' : gen.cls === coroutineType ? 'coroutine' : 'async generator';
    const which = exc.cls.isSubtypeOf(stopIterationType) ? 'StopIteration' : 'StopAsyncIteration';
    const r = new PyBaseException(runtimeErrorType, [`${what} raised ${which}`]);
    r.cause = exc;
    r.context = exc;
    r.suppressContext = true;
    r.inFlight = true;
    return r;
  }
  return exc;
}

/** Convert anything caught in the loop to a Python exception, noting whether it is new. */
export function caught(e: unknown): { exc: PyBaseException; fresh: boolean } {
  const exc = toPyException(e);
  const fresh = !exc.inFlight;
  return { exc, fresh };
}

export { STOP };
