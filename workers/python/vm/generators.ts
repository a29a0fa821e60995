/**
 * Generators, coroutines and async generators: creating them at call time, their methods
 * (send/throw/close/__next__, asend/athrow/aclose/__anext__) and the async-for instructions.
 * All resumption goes through ResumeRequest, so a generator's frame runs on the thread's own
 * frame stack like any other Python frame.
 */
import { PyObject, type PyValue } from '../objects/object';
import {
  None, typeOf, generatorType, coroutineType, asyncGeneratorType, coroutineWrapperType,
  builtinType, objectType,
} from '../objects/core-types';
import { PyGenerator, GenState } from '../objects/generator';
import { PyType } from '../objects/type';
import { PyBaseException } from '../objects/exception';
import type { PyFunction } from '../objects/function';
import { CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR } from '../compiler/code';
import { RETURN_GENERATOR } from '../compiler/opcodes';
import type { Frame } from './frame';
import { setupCells } from './bind';
import { ResumeRequest, GenReturn, type NativeGen } from './native';
import { method, getter } from '../runtime/define';
import {
  stopIterationType, stopAsyncIterationType, generatorExitType, runtimeErrorType, typeError, baseExceptionType,
} from '../runtime/errors';
import { pyCall, callMethod } from '../ops/call';
import { pyGetAttr, pyGetAttrOpt } from '../ops/attr';
import { fakeAddress } from '../ops/strrepr';
import { getAwaitableGen } from './slow-paths';
import { frameObject } from './frame-object';
import { noteNotSuspended } from './gen-finalize';
import { currentThread } from './current';

/** Create the generator object for a call of a generator/coroutine/async generator function. */
export function makeGenerator(func: PyFunction, f: Frame): PyGenerator {
  const flags = func.code.flags;
  const cls = flags & CO_ASYNC_GENERATOR ? asyncGeneratorType : flags & CO_COROUTINE ? coroutineType : generatorType;
  void CO_GENERATOR;
  let pc = setupCells(f);
  if (f.instrs[pc] === RETURN_GENERATOR) {
    f.lasti = pc >> 1;
    pc += 2;
  }
  f.pc = pc; // at the POP_TOP that discards the first sent value
  const gen = new PyGenerator(cls, f);
  gen.name = func.name;
  gen.qualname = func.qualname;
  f.gen = gen;
  return gen;
}

/** A value yielded by an async generator (as opposed to a value an inner await yields). */
export class AsyncGenWrapped extends PyObject {
  constructor(readonly value: PyValue) {
    super(objectType);
  }
}

export function wrapAsyncGenValue(v: PyValue): PyValue {
  return new AsyncGenWrapped(v);
}

export function stopIteration(value: PyValue): PyBaseException {
  return new PyBaseException(stopIterationType, value === None ? [] : [value]);
}

function kindName(g: PyGenerator): string {
  return g.cls === coroutineType ? 'coroutine' : g.cls === asyncGeneratorType ? 'async generator' : 'generator';
}

/** Build the exception for gen.throw(typ[, val[, tb]]). */
function* throwArgToException(typ: PyValue, val: PyValue | undefined): NativeGen<PyBaseException> {
  if (typ instanceof PyBaseException) {
    if (val !== undefined && val !== None) typeError('instance exception may not have a separate value');
    return typ;
  }
  if (typ instanceof PyType && typ.isSubtypeOf(baseExceptionType)) {
    if (val instanceof PyBaseException && val.cls.isSubtypeOf(typ)) return val;
    const args = val === undefined || val === None ? [] : [val];
    return (yield* pyCall(typ, args)) as PyBaseException;
  }
  return typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).name}`);
}

/** Resume `gen` with a value (CPython's gen_send_ex without the StopIteration): a return is a GenReturn. */
function* genSendRaw(gen: PyGenerator, value: PyValue): NativeGen<PyValue | GenReturn> {
  return (yield new ResumeRequest(gen, value, null)) as PyValue | GenReturn;
}

/** Raise `exc` inside `gen` at its suspension point (gen_send_ex with exc set). */
function* throwIntoRaw(gen: PyGenerator, exc: PyBaseException): NativeGen<PyValue | GenReturn> {
  return (yield new ResumeRequest(gen, None, exc)) as PyValue | GenReturn;
}

/** A finished generator's return value as the exception its caller sees. */
function returned(r: PyValue | GenReturn): PyValue {
  if (r instanceof GenReturn) throw stopIteration(r.value);
  return r;
}

export function* genSend(gen: PyGenerator, value: PyValue): NativeGen {
  return returned(yield* genSendRaw(gen, value));
}

/** Resume `gen` at its `yield from` point with the sub-iterator's return value. */
function* finishDelegation(gen: PyGenerator, value: PyValue): NativeGen<PyValue | GenReturn> {
  const f = gen.frame;
  // Suspended just after YIELD_VALUE: pop the receiver and continue after the SEND loop.
  f.sp--;
  const sendIdx = (f.pc >> 1) - 2;
  f.pc = f.instrs[sendIdx * 2 + 1] * 2;
  gen.yieldFrom = null;
  return yield* genSendRaw(gen, value);
}

/** gen.throw(exc): see genThrowRaw. */
export function* genThrow(gen: PyGenerator, exc: PyBaseException): NativeGen {
  return returned(yield* genThrowRaw(gen, exc, true));
}

/**
 * CPython's _gen_throw: a generator delegating with `yield from`/`await` passes the exception to
 * the innermost sub-iterator first. With closeOnGenExit (gen.throw, not an async generator's
 * athrow/aclose), GeneratorExit closes the sub-iterator instead of being thrown into it.
 */
function* genThrowRaw(gen: PyGenerator, exc: PyBaseException, closeOnGenExit: boolean): NativeGen<PyValue | GenReturn> {
  const yf = gen.state === GenState.Suspended ? gen.yieldFrom : null;
  if (yf === null) return yield* throwIntoRaw(gen, exc);
  if (closeOnGenExit && exc.cls.isSubtypeOf(generatorExitType)) {
    gen.state = GenState.Running;
    let err: PyBaseException | null = null;
    try {
      yield* closeIter(yf);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      err = e;
    } finally {
      gen.state = GenState.Suspended;
    }
    // A failure closing the sub-iterator is raised in the generator instead.
    return yield* throwIntoRaw(gen, err ?? exc);
  }
  let result: PyValue | GenReturn;
  try {
    if (yf instanceof PyGenerator && yf.cls !== asyncGeneratorType) {
      gen.state = GenState.Running;
      try {
        result = yield* genThrowRaw(yf, exc, closeOnGenExit);
      } finally {
        gen.state = GenState.Suspended;
      }
    } else {
      const thr = yield* pyGetAttrOpt(yf, 'throw');
      if (thr === undefined) return yield* throwIntoRaw(gen, exc);
      gen.state = GenState.Running;
      try {
        result = yield* pyCall(thr, [exc]);
      } finally {
        gen.state = GenState.Suspended;
      }
    }
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    if (e.cls.isSubtypeOf(stopIterationType)) return yield* finishDelegation(gen, e.args.length > 0 ? e.args[0] : None);
    gen.yieldFrom = null;
    gen.frame.sp--; // the receiver
    return yield* throwIntoRaw(gen, e);
  }
  if (result instanceof GenReturn) return yield* finishDelegation(gen, result.value);
  return result;
}

/** CPython's gen_close_iter: close a sub-iterator (a generator/coroutine directly, else its close()). */
function* closeIter(yf: PyValue): NativeGen<void> {
  if (yf instanceof PyGenerator && yf.cls !== asyncGeneratorType) {
    yield* genClose(yf);
    return;
  }
  const close = yield* pyGetAttrOpt(yf, 'close');
  if (close !== undefined) yield* pyCall(close, []);
}

export function* genClose(gen: PyGenerator): NativeGen {
  if (gen.state === GenState.Closed) return None;
  if (gen.state === GenState.Created) {
    gen.state = GenState.Closed;
    noteNotSuspended(currentThread(), gen); // a closed coroutine no longer warns
    return None;
  }
  let exc: PyBaseException | null = null;
  if (gen.yieldFrom !== null && gen.state === GenState.Suspended) {
    const yf = gen.yieldFrom;
    gen.state = GenState.Running;
    try {
      yield* closeIter(yf);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      exc = e; // thrown into the generator instead of GeneratorExit
    } finally {
      gen.state = GenState.Suspended;
    }
  }
  let r: unknown;
  try {
    r = yield new ResumeRequest(gen, None, exc ?? new PyBaseException(generatorExitType, []));
  } catch (e) {
    if (e instanceof PyBaseException && (e.cls.isSubtypeOf(generatorExitType) || e.cls.isSubtypeOf(stopIterationType))) return None;
    throw e;
  }
  if (r instanceof GenReturn) return None;
  throw new PyBaseException(runtimeErrorType, [`${kindName(gen)} ignored GeneratorExit`]);
}

function genRepr(g: PyGenerator): string {
  const kind = g.cls === coroutineType ? 'coroutine' : g.cls === asyncGeneratorType ? 'async_generator' : 'generator';
  return `<${kind} object ${g.qualname} at ${fakeAddress(g)}>`;
}

// ---- generator and coroutine methods ----

for (const t of [generatorType, coroutineType]) {
  method(t, 'send', 'value, /', genSend, 'O');
  method(t, 'throw', 'typ, val=?, tb=?, /', function* (g: PyGenerator, typ: PyValue, val: PyValue | undefined) {
    return yield* genThrow(g, yield* throwArgToException(typ, val));
  });
  method(t, 'close', '', genClose);
  method(t, '__repr__', '', (g: PyGenerator) => genRepr(g));
  getter(t, '__name__', (g: PyGenerator) => g.name, (g: PyGenerator, v) => {
    if (typeof v !== 'string') typeError('__name__ must be set to a string object');
    g.name = v as string;
  });
  getter(t, '__qualname__', (g: PyGenerator) => g.qualname);
}
method(generatorType, '__iter__', '', (g: PyGenerator) => g);
method(generatorType, '__next__', '', function* (g: PyGenerator) {
  return yield* genSend(g, None);
});
// gi_frame / cr_frame / ag_frame: None once the generator has finished (its frame is cleared).
const genFrame = (g: PyGenerator) => (g.state === GenState.Closed ? None : frameObject(g.frame));
getter(generatorType, 'gi_frame', genFrame);
getter(coroutineType, 'cr_frame', genFrame);
getter(asyncGeneratorType, 'ag_frame', genFrame);
getter(generatorType, 'gi_running', (g: PyGenerator) => g.state === GenState.Running);
getter(generatorType, 'gi_yieldfrom', (g: PyGenerator) => g.yieldFrom ?? None);
getter(generatorType, 'gi_code', (g: PyGenerator) => g.frame.code);
getter(generatorType, 'gi_suspended', (g: PyGenerator) => g.state === GenState.Suspended);
getter(coroutineType, 'cr_running', (g: PyGenerator) => g.state === GenState.Running);
getter(coroutineType, 'cr_await', (g: PyGenerator) => g.yieldFrom ?? None);
getter(coroutineType, 'cr_code', (g: PyGenerator) => g.frame.code);
getter(coroutineType, 'cr_suspended', (g: PyGenerator) => g.state === GenState.Suspended);

/** coro.__await__(): an iterator driving the coroutine. */
class CoroutineWrapper extends PyObject {
  constructor(readonly coro: PyGenerator) {
    super(coroutineWrapperType);
  }
}
method(coroutineType, '__await__', '', (g: PyGenerator) => new CoroutineWrapper(g));
method(coroutineWrapperType, '__iter__', '', (w: CoroutineWrapper) => w);
method(coroutineWrapperType, '__next__', '', function* (w: CoroutineWrapper) {
  return yield* genSend(w.coro, None);
});
method(coroutineWrapperType, 'send', 'value, /', function* (w: CoroutineWrapper, v: PyValue) {
  return yield* genSend(w.coro, v);
}, 'O');
method(coroutineWrapperType, 'throw', 'typ, val=?, tb=?, /', function* (w: CoroutineWrapper, typ: PyValue, val: PyValue | undefined) {
  return yield* genThrow(w.coro, yield* throwArgToException(typ, val));
});
method(coroutineWrapperType, 'close', '', function* (w: CoroutineWrapper) {
  return yield* genClose(w.coro);
});

// ---- async generators ----
// asend()/__anext__() and athrow()/aclose() return awaitables that drive the async generator
// (CPython 3.11's async_gen_asend / async_gen_athrow, including their state machines).

const asyncGenASendType = builtinType('async_generator_asend', objectType, { final: true });
const asyncGenAThrowType = builtinType('async_generator_athrow', objectType, { final: true });

const enum AwaitableState {
  Init,
  Iter,
  Closed,
}

/** The awaitable returned by agen.__anext__() / agen.asend(v). */
class AsyncGenASend extends PyObject {
  state = AwaitableState.Init;
  constructor(readonly agen: PyGenerator, readonly sendval: PyValue) {
    super(asyncGenASendType);
  }
}

/** The awaitable returned by agen.athrow(...) (args kept as given) / agen.aclose() (args null). */
class AsyncGenAThrow extends PyObject {
  state = AwaitableState.Init;
  constructor(readonly agen: PyGenerator, readonly args: PyValue[] | null) {
    super(asyncGenAThrowType);
  }
}

function isStopAsyncOrExit(e: unknown): boolean {
  return e instanceof PyBaseException && (e.cls.isSubtypeOf(stopAsyncIterationType) || e.cls.isSubtypeOf(generatorExitType));
}

/**
 * async_gen_unwrap_value: run one step of the async generator. A value it yields (wrapped by
 * YIELD_VALUE) becomes StopIteration(value) for the awaiting caller; a value an inner await
 * yields passes through; finishing raises StopAsyncIteration.
 */
function* agenStep(agen: PyGenerator, step: NativeGen<PyValue | GenReturn>): NativeGen {
  let r: PyValue | GenReturn;
  try {
    r = yield* step;
  } catch (e) {
    if (isStopAsyncOrExit(e)) agen.agClosed = true;
    agen.agRunningAsync = false;
    throw e;
  }
  if (r instanceof GenReturn) {
    agen.agClosed = true;
    agen.agRunningAsync = false;
    throw new PyBaseException(stopAsyncIterationType, []);
  }
  if (r instanceof AsyncGenWrapped) {
    agen.agRunningAsync = false;
    throw stopIteration(r.value);
  }
  return r;
}

/** An async generator finishing inside gen_send/_gen_throw: StopAsyncIteration (gen_send_ex). */
function* agenRaw(step: NativeGen<PyValue | GenReturn>): NativeGen {
  const r = yield* step;
  if (r instanceof GenReturn) throw new PyBaseException(stopAsyncIterationType, []);
  return r;
}

function* asendSend(a: AsyncGenASend, v: PyValue): NativeGen {
  if (a.state === AwaitableState.Closed) throw new PyBaseException(runtimeErrorType, ['cannot reuse already awaited __anext__()/asend()']);
  if (a.state === AwaitableState.Init) {
    if (a.agen.agRunningAsync) throw new PyBaseException(runtimeErrorType, ['anext(): asynchronous generator is already running']);
    if (v === None) v = a.sendval;
    a.state = AwaitableState.Iter;
  }
  a.agen.agRunningAsync = true;
  try {
    return yield* agenStep(a.agen, genSendRaw(a.agen, v));
  } catch (e) {
    a.state = AwaitableState.Closed;
    throw e;
  }
}

function* asendThrow(a: AsyncGenASend, exc: PyBaseException): NativeGen {
  if (a.state === AwaitableState.Closed) throw new PyBaseException(runtimeErrorType, ['cannot reuse already awaited __anext__()/asend()']);
  try {
    return yield* agenStep(a.agen, genThrowRaw(a.agen, exc, true));
  } catch (e) {
    a.state = AwaitableState.Closed;
    throw e;
  }
}

/** The end of an aclose()/athrow() await that failed (CPython's check_error label). */
function athrowCheckError(a: AsyncGenAThrow, e: unknown): never {
  a.agen.agRunningAsync = false;
  a.state = AwaitableState.Closed;
  // aclose() is done when the generator exits: StopIteration, not the exit exception.
  if (a.args === null && isStopAsyncOrExit(e)) throw stopIteration(None);
  throw e;
}

/** aclose() whose generator yielded a value instead of exiting. */
function athrowYieldClose(a: AsyncGenAThrow): never {
  a.agen.agRunningAsync = false;
  a.state = AwaitableState.Closed;
  throw new PyBaseException(runtimeErrorType, ['async generator ignored GeneratorExit']);
}

/** athrow(typ[, val[, tb]]): the arguments are checked when the awaitable first runs. */
function* athrowException(args: PyValue[]): NativeGen<PyBaseException> {
  if (args.length < 1) typeError(`athrow expected at least 1 argument, got ${args.length}`);
  if (args.length > 3) typeError(`athrow expected at most 3 arguments, got ${args.length}`);
  return yield* throwArgToException(args[0], args[1]);
}

function* athrowSend(a: AsyncGenAThrow, v: PyValue): NativeGen {
  const gen = a.agen;
  if (a.state === AwaitableState.Closed) throw new PyBaseException(runtimeErrorType, ['cannot reuse already awaited aclose()/athrow()']);
  if (gen.state === GenState.Closed) {
    a.state = AwaitableState.Closed;
    throw new PyBaseException(stopIterationType, []);
  }
  if (a.state === AwaitableState.Init) {
    if (gen.agRunningAsync) {
      a.state = AwaitableState.Closed;
      throw new PyBaseException(runtimeErrorType, [`${a.args === null ? 'aclose' : 'athrow'}(): asynchronous generator is already running`]);
    }
    if (gen.agClosed) {
      a.state = AwaitableState.Closed;
      throw new PyBaseException(stopAsyncIterationType, []);
    }
    if (v !== None) throw new PyBaseException(runtimeErrorType, ["can't send non-None value to a just-started coroutine"]);
    a.state = AwaitableState.Iter;
    gen.agRunningAsync = true;
    if (a.args === null) {
      gen.agClosed = true;
      let r: PyValue;
      try {
        r = yield* agenRaw(genThrowRaw(gen, new PyBaseException(generatorExitType, []), false));
      } catch (e) {
        return athrowCheckError(a, e);
      }
      if (r instanceof AsyncGenWrapped) athrowYieldClose(a);
      return r;
    }
    try {
      const exc = yield* athrowException(a.args);
      return yield* agenStep(gen, genThrowRaw(gen, exc, false));
    } catch (e) {
      return athrowCheckError(a, e);
    }
  }
  if (a.args !== null) return yield* agenStep(gen, genSendRaw(gen, v));
  let r: PyValue;
  try {
    r = yield* agenRaw(genSendRaw(gen, v));
  } catch (e) {
    return athrowCheckError(a, e);
  }
  if (r instanceof AsyncGenWrapped) athrowYieldClose(a);
  return r;
}

function* athrowThrow(a: AsyncGenAThrow, exc: PyBaseException): NativeGen {
  if (a.state === AwaitableState.Closed) throw new PyBaseException(runtimeErrorType, ['cannot reuse already awaited aclose()/athrow()']);
  if (a.args !== null) return yield* agenStep(a.agen, genThrowRaw(a.agen, exc, true));
  let r: PyValue;
  try {
    r = yield* agenRaw(genThrowRaw(a.agen, exc, true));
  } catch (e) {
    if (isStopAsyncOrExit(e)) throw stopIteration(None);
    throw e;
  }
  if (r instanceof AsyncGenWrapped) athrowYieldClose(a);
  return r;
}

for (const [t, send, thr] of [[asyncGenASendType, asendSend, asendThrow], [asyncGenAThrowType, athrowSend, athrowThrow]] as const) {
  const sendFn = send as (a: PyObject, v: PyValue) => NativeGen;
  const throwFn = thr as (a: PyObject, e: PyBaseException) => NativeGen;
  method(t, '__await__', '', (a: PyObject) => a);
  method(t, '__iter__', '', (a: PyObject) => a);
  method(t, '__next__', '', function* (a: PyObject) {
    return yield* sendFn(a, None);
  });
  method(t, 'send', 'value, /', sendFn, 'O');
  method(t, 'throw', 'typ, val=?, tb=?, /', function* (a: PyObject, typ: PyValue, val: PyValue | undefined) {
    return yield* throwFn(a, yield* throwArgToException(typ, val));
  });
  method(t, 'close', '', (a: AsyncGenASend | AsyncGenAThrow) => {
    a.state = AwaitableState.Closed;
    return None;
  });
}

method(asyncGeneratorType, '__aiter__', '', (g: PyGenerator) => g);
/**
 * async_gen_init_hooks: the first __anext__/asend/athrow/aclose of an async generator calls the
 * thread's firstiter hook (sys.set_asyncgen_hooks) with it — how asyncio's loop learns of the
 * generators it must close in shutdown_asyncgens().
 */
function* initAsyncGenHooks(g: PyGenerator): NativeGen<void> {
  if (g.agHooksInited) return;
  g.agHooksInited = true;
  const firstiter = currentThread().asyncgenHooks?.[0];
  if (firstiter !== undefined && firstiter !== None) yield* pyCall(firstiter, [g]);
}

method(asyncGeneratorType, '__anext__', '', function* (g: PyGenerator) {
  yield* initAsyncGenHooks(g);
  return new AsyncGenASend(g, None);
});
method(asyncGeneratorType, 'asend', 'value, /', function* (g: PyGenerator, v: PyValue) {
  yield* initAsyncGenHooks(g);
  return new AsyncGenASend(g, v);
}, 'O');
method(asyncGeneratorType, 'athrow', '*args', function* (g: PyGenerator, args: PyValue[]) {
  yield* initAsyncGenHooks(g);
  return new AsyncGenAThrow(g, args);
});
method(asyncGeneratorType, 'aclose', '', function* (g: PyGenerator) {
  yield* initAsyncGenHooks(g);
  return new AsyncGenAThrow(g, null);
});
method(asyncGeneratorType, '__repr__', '', (g: PyGenerator) => genRepr(g));
getter(asyncGeneratorType, '__name__', (g: PyGenerator) => g.name);
getter(asyncGeneratorType, '__qualname__', (g: PyGenerator) => g.qualname);
getter(asyncGeneratorType, 'ag_running', (g: PyGenerator) => g.agRunningAsync);
getter(asyncGeneratorType, 'ag_code', (g: PyGenerator) => g.frame.code);
getter(asyncGeneratorType, 'ag_await', (g: PyGenerator) => (g.state === GenState.Suspended ? g.yieldFrom ?? None : None));

// ---- async for ----

export function* getAiterGen(x: PyValue): NativeGen {
  const t = typeOf(x);
  const f = t.lookup('__aiter__');
  if (f === undefined) typeError(`'async for' requires an object with __aiter__ method, got ${t.name}`);
  const it = yield* callMethod(f!, x, []);
  if (typeOf(it).lookup('__anext__') === undefined) {
    typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).name}`);
  }
  return it;
}

export function* getAnextGen(aiter: PyValue): NativeGen {
  if (aiter instanceof PyGenerator && aiter.cls === asyncGeneratorType) {
    yield* initAsyncGenHooks(aiter);
    return new AsyncGenASend(aiter, None);
  }
  const t = typeOf(aiter);
  const f = t.lookup('__anext__');
  if (f === undefined) typeError(`'async for' requires an iterator with __anext__ method, got ${t.name}`);
  const aw = yield* callMethod(f!, aiter, []);
  try {
    return yield* getAwaitableGen(aw, 0);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.name === 'TypeError') {
      typeError(`'async for' received an invalid object from __anext__: ${typeOf(aw).name}`);
    }
    throw e;
  }
}

// ---- aiter() / anext() builtins ----

const anextAwaitableType = builtinType('anext_awaitable', objectType, { final: true });

/**
 * anext(it, default) (CPython 3.11's anextawaitable): wraps what it.__anext__() returned and turns
 * StopAsyncIteration into StopIteration(default).
 */
class AnextAwaitable extends PyObject {
  constructor(readonly wrapped: PyValue, readonly dflt: PyValue) {
    super(anextAwaitableType);
  }
}

/**
 * anextawaitable_getiter: the iterator behind the wrapped awaitable, fetched afresh at every step
 * as CPython does (a coroutine is driven directly; other awaitables go through __await__).
 */
function* anextGetIter(a: AnextAwaitable): NativeGen {
  return yield* getAwaitableGen(a.wrapped, 0);
}

function anextStopAsync(a: AnextAwaitable, e: unknown): never {
  if (e instanceof PyBaseException && e.cls.isSubtypeOf(stopAsyncIterationType)) throw stopIteration(a.dflt);
  throw e;
}

function* anextNext(a: AnextAwaitable): NativeGen {
  const it = yield* anextGetIter(a);
  try {
    if (it instanceof PyGenerator && it.cls === coroutineType) return yield* genSend(it, None);
    return yield* callMethod(typeOf(it).lookup('__next__')!, it, []);
  } catch (e) {
    return anextStopAsync(a, e);
  }
}

/** anextawaitable_proxy: forward send/throw/close to the iterator. */
function* anextProxy(a: AnextAwaitable, meth: 'send' | 'throw' | 'close', args: PyValue[]): NativeGen {
  const it = yield* anextGetIter(a);
  try {
    const m = yield* pyGetAttr(it instanceof PyGenerator && it.cls === coroutineType ? new CoroutineWrapper(it) : it, meth);
    return yield* pyCall(m, args);
  } catch (e) {
    return anextStopAsync(a, e);
  }
}

method(anextAwaitableType, '__await__', '', (a: AnextAwaitable) => a);
method(anextAwaitableType, '__iter__', '', (a: AnextAwaitable) => a);
method(anextAwaitableType, '__next__', '', anextNext);
method(anextAwaitableType, 'send', 'value, /', function* (a: AnextAwaitable, v: PyValue) {
  return yield* anextProxy(a, 'send', [v]);
}, 'O');
method(anextAwaitableType, 'throw', '*args', function* (a: AnextAwaitable, args: PyValue[]) {
  return yield* anextProxy(a, 'throw', args);
});
method(anextAwaitableType, 'close', '*args', function* (a: AnextAwaitable, args: PyValue[]) {
  return yield* anextProxy(a, 'close', args);
});

/** builtins.anext(aiterator[, default]) */
export function* anextImpl(aiter: PyValue, dflt: PyValue | undefined): NativeGen {
  const t = typeOf(aiter);
  const f = t.lookup('__anext__');
  if (f === undefined) typeError(`'${t.name}' object is not an async iterator`);
  const awaitable = aiter instanceof PyGenerator && aiter.cls === asyncGeneratorType ? new AsyncGenASend(aiter, None) : yield* callMethod(f!, aiter, []);
  if (dflt === undefined) return awaitable;
  return new AnextAwaitable(awaitable, dflt);
}

export function* aiterImpl(x: PyValue): NativeGen {
  const t = typeOf(x);
  const f = t.lookup('__aiter__');
  if (f === undefined) typeError(`'${t.name}' object is not an async iterable`);
  const it = yield* callMethod(f!, x, []);
  if (typeOf(it).lookup('__anext__') === undefined) typeError(`aiter() returned not an async iterator of type '${typeOf(it).name}'`);
  return it;
}
