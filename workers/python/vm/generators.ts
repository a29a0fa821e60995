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
import { pyGetAttrOpt } from '../ops/attr';
import { fakeAddress } from '../ops/strrepr';
import { getAwaitableGen } from './slow-paths';

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

export function* genSend(gen: PyGenerator, value: PyValue): NativeGen {
  const r = yield new ResumeRequest(gen, value, null);
  if (r instanceof GenReturn) throw stopIteration(r.value);
  return r as PyValue;
}

/** Resume `gen` at its `yield from` point with the sub-iterator's return value. */
function* finishDelegation(gen: PyGenerator, value: PyValue): NativeGen {
  const f = gen.frame;
  // Suspended just after YIELD_VALUE: pop the receiver and continue after the SEND loop.
  f.sp--;
  const sendIdx = (f.pc >> 1) - 2;
  f.pc = f.instrs[sendIdx * 2 + 1] * 2;
  gen.yieldFrom = null;
  return yield* genSend(gen, value);
}

export function* genThrow(gen: PyGenerator, exc: PyBaseException): NativeGen {
  const yf = gen.state === GenState.Suspended ? gen.yieldFrom : null;
  if (yf !== null) {
    if (exc.cls.isSubtypeOf(generatorExitType)) {
      yield* closeIter(yf);
    } else {
      let result: PyValue | GenReturn;
      try {
        if (yf instanceof PyGenerator) {
          gen.state = GenState.Running;
          try {
            result = yield* throwIntoSub(yf, exc);
          } finally {
            gen.state = GenState.Suspended;
          }
        } else {
          const thr = yield* pyGetAttrOpt(yf, 'throw');
          if (thr === undefined) return yield* throwInto(gen, exc);
          try {
            result = yield* pyCall(thr, [exc]);
          } catch (e) {
            if (e instanceof PyBaseException && e.cls.isSubtypeOf(stopIterationType)) {
              result = new GenReturn(e.args.length > 0 ? e.args[0] : None);
            } else throw e;
          }
        }
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        gen.yieldFrom = null;
        gen.frame.sp--; // the receiver
        return yield* throwInto(gen, e);
      }
      if (result instanceof GenReturn) return yield* finishDelegation(gen, result.value);
      return result;
    }
  }
  return yield* throwInto(gen, exc);
}

function* throwIntoSub(yf: PyGenerator, exc: PyBaseException): NativeGen<PyValue | GenReturn> {
  return (yield new ResumeRequest(yf, None, exc)) as PyValue | GenReturn;
}

function* throwInto(gen: PyGenerator, exc: PyBaseException): NativeGen {
  const r = yield new ResumeRequest(gen, None, exc);
  if (r instanceof GenReturn) throw stopIteration(r.value);
  return r as PyValue;
}

function* closeIter(yf: PyValue): NativeGen<void> {
  if (yf instanceof PyGenerator) {
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
    return None;
  }
  if (gen.yieldFrom !== null) {
    const yf = gen.yieldFrom;
    gen.state = GenState.Running;
    try {
      yield* closeIter(yf);
    } finally {
      gen.state = GenState.Suspended;
    }
  }
  let r: unknown;
  try {
    r = yield new ResumeRequest(gen, None, new PyBaseException(generatorExitType, []));
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

const asyncGenASendType = builtinType('async_generator_asend', objectType, { final: true });
const asyncGenAThrowType = builtinType('async_generator_athrow', objectType, { final: true });

/** The awaitable returned by agen.__anext__() / agen.asend(v). */
class AsyncGenASend extends PyObject {
  started = false;
  done = false;
  constructor(readonly agen: PyGenerator, readonly sendval: PyValue) {
    super(asyncGenASendType);
  }
}

/** The awaitable returned by agen.athrow(...) / agen.aclose(). */
class AsyncGenAThrow extends PyObject {
  started = false;
  done = false;
  constructor(readonly agen: PyGenerator, readonly exc: PyBaseException, readonly isClose: boolean) {
    super(asyncGenAThrowType);
  }
}

/** Interpret what the async generator's frame produced for an awaiting caller. */
function asyncGenOutcome(r: unknown): PyValue {
  if (r instanceof GenReturn) throw new PyBaseException(stopAsyncIterationType, []);
  if (r instanceof AsyncGenWrapped) throw stopIteration(r.value);
  return r as PyValue;
}

function* asendSend(a: AsyncGenASend, v: PyValue): NativeGen {
  if (a.done) throw new PyBaseException(runtimeErrorType, ['cannot reuse already awaited __anext__()/asend()']);
  if (!a.started) {
    a.started = true;
    if (v === None) v = a.sendval;
  }
  try {
    return asyncGenOutcome(yield new ResumeRequest(a.agen, v, null));
  } catch (e) {
    a.done = true;
    throw e;
  }
}

function* athrowSend(a: AsyncGenAThrow, v: PyValue): NativeGen {
  if (a.done) throw new PyBaseException(runtimeErrorType, ['cannot reuse already awaited aclose()/athrow()']);
  let r: unknown;
  try {
    if (!a.started) {
      a.started = true;
      if (a.agen.state === GenState.Closed || (a.isClose && a.agen.state === GenState.Created)) {
        a.agen.state = GenState.Closed;
        a.done = true;
        if (a.isClose) throw stopIteration(None);
        throw new PyBaseException(stopAsyncIterationType, []);
      }
      r = yield new ResumeRequest(a.agen, None, a.exc);
    } else r = yield new ResumeRequest(a.agen, v, null);
  } catch (e) {
    a.done = true;
    if (a.isClose && e instanceof PyBaseException && (e.cls.isSubtypeOf(stopAsyncIterationType) || e.cls.isSubtypeOf(generatorExitType))) {
      throw stopIteration(None);
    }
    throw e;
  }
  if (a.isClose && r instanceof AsyncGenWrapped) {
    a.done = true;
    throw new PyBaseException(runtimeErrorType, ['async generator ignored GeneratorExit']);
  }
  if (r instanceof GenReturn) {
    a.done = true;
    if (a.isClose) throw stopIteration(None);
  }
  return asyncGenOutcome(r);
}

for (const [t, send] of [[asyncGenASendType, asendSend], [asyncGenAThrowType, athrowSend]] as const) {
  method(t, '__await__', '', (a: PyObject) => a);
  method(t, '__iter__', '', (a: PyObject) => a);
  method(t, '__next__', '', function* (a: PyObject) {
    return yield* (send as (a: PyObject, v: PyValue) => NativeGen)(a, None);
  });
  method(t, 'send', 'value, /', send as (a: PyObject, v: PyValue) => NativeGen, 'O');
  method(t, 'throw', 'typ, val=?, tb=?, /', function* (a: AsyncGenASend | AsyncGenAThrow, typ: PyValue, val: PyValue | undefined) {
    const exc = yield* throwArgToException(typ, val);
    return asyncGenOutcome(yield new ResumeRequest(a.agen, None, exc));
  });
  method(t, 'close', '', (a: AsyncGenASend | AsyncGenAThrow) => {
    a.done = true;
    return None;
  });
}

method(asyncGeneratorType, '__aiter__', '', (g: PyGenerator) => g);
method(asyncGeneratorType, '__anext__', '', (g: PyGenerator) => new AsyncGenASend(g, None));
method(asyncGeneratorType, 'asend', 'value, /', (g: PyGenerator, v: PyValue) => new AsyncGenASend(g, v), 'O');
method(asyncGeneratorType, 'athrow', 'typ, val=?, tb=?, /', function* (g: PyGenerator, typ: PyValue, val: PyValue | undefined) {
  return new AsyncGenAThrow(g, yield* throwArgToException(typ, val), false);
});
method(asyncGeneratorType, 'aclose', '', (g: PyGenerator) => new AsyncGenAThrow(g, new PyBaseException(generatorExitType, []), true));
method(asyncGeneratorType, '__repr__', '', (g: PyGenerator) => genRepr(g));
getter(asyncGeneratorType, '__name__', (g: PyGenerator) => g.name);
getter(asyncGeneratorType, '__qualname__', (g: PyGenerator) => g.qualname);
getter(asyncGeneratorType, 'ag_running', (g: PyGenerator) => g.state === GenState.Running);
getter(asyncGeneratorType, 'ag_code', (g: PyGenerator) => g.frame.code);

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
  if (aiter instanceof PyGenerator && aiter.cls === asyncGeneratorType) return new AsyncGenASend(aiter, None);
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
