/**
 * `_contextvars` (Python/context.c): Context, ContextVar, Token and copy_context. Each thread
 * has its own current Context (a new thread starts with an empty one, as in 3.11); Context.run
 * makes a context current for the length of a call — what asyncio does for every callback and
 * task step. CPython keeps the variables in an immutable HAMT; a copy-on-write map behaves the
 * same from Python (iteration follows insertion order, where CPython's follows hashes).
 */
import { onHeapClone } from '../python/vm/heap-clone';
import { PyObject, type PyValue } from '../python/objects/object';
import { None, builtinType, objectType, NotImplemented } from '../python/objects/core-types';
import type { PyModule } from '../python/objects/module';
import type { PyType } from '../python/objects/type';
import { PyList } from '../python/objects/list';
import { newTuple } from '../python/objects/tuple';
import type { Interpreter } from '../python/vm/interpreter-state';
import type { PyThreadState } from '../python/vm/thread';
import { currentThread } from '../python/vm/current';
import { method, slot, getter, func, classMethod } from '../python/runtime/define';
import { setNew, defineAll } from './ioutil';
import { setTpName } from './util';
import { typeError, runtimeError, valueError, keyError, lookupErrorType } from '../python/runtime/errors';
import { stopIteration } from '../python/vm/generators';
import { PyBaseException } from '../python/objects/exception';
import { pyCall } from '../python/ops/call';
import { pyRepr, fakeAddress } from '../python/ops/strrepr';
import { classGetItem } from '../python/types/seq-util';
import type { KwArgs, NativeGen } from '../python/vm/native';

export const contextType = setTpName(builtinType('Context', objectType, { module: '_contextvars', final: true }), '_contextvars', 'Context');
export const contextVarType = setTpName(builtinType('ContextVar', objectType, { module: '_contextvars', final: true }), '_contextvars', 'ContextVar');
export const tokenType = setTpName(builtinType('Token', objectType, { module: '_contextvars', final: true }), '_contextvars', 'Token');
const iterType = setTpName(builtinType('context_iterator', objectType, { final: true }), '', 'context_iterator');

/** Token.MISSING: a token's old_value when the variable had no value. */
const MISSING = new PyObject(builtinType('Token.MISSING', objectType, { final: true }));
slot(MISSING.cls, '__repr__', '', () => '<Token.MISSING>');

class PyContext extends PyObject {
  vars: Map<PyContextVar, PyValue>;
  /** The context this one replaced as current while it is entered (run). */
  prev: PyContext | null = null;
  entered = false;
  constructor(vars: Map<PyContextVar, PyValue> = new Map()) {
    super(contextType);
    this.vars = vars;
  }
}

class PyContextVar extends PyObject {
  constructor(
    readonly name: string,
    readonly dflt: PyValue | undefined,
  ) {
    super(contextVarType);
  }
}

class PyToken extends PyObject {
  used = false;
  constructor(
    readonly ctx: PyContext,
    readonly v: PyContextVar,
    readonly old: PyValue | undefined,
  ) {
    super(tokenType);
  }
}

// ---- the current context of each thread ----

const current = new WeakMap<PyThreadState, PyContext>();
// A forked child's thread runs in a copy of its parent thread's context.
onHeapClone((src, dst, clone) => {
  const ctx = current.get(src as PyThreadState);
  if (ctx !== undefined) current.set(dst as PyThreadState, clone(ctx));
});

function currentContext(): PyContext {
  const th = currentThread();
  let ctx = current.get(th);
  if (ctx === undefined) {
    ctx = new PyContext();
    current.set(th, ctx);
  }
  return ctx;
}

/** Set a variable in the current context (contexts share maps until one changes: copy on write). */
function setVar(ctx: PyContext, v: PyContextVar, value: PyValue | undefined): void {
  const vars = new Map(ctx.vars);
  if (value === undefined) vars.delete(v);
  else vars.set(v, value);
  ctx.vars = vars;
}

// ---- Context ----

setNew(contextType, '*args, **kwargs', (_cls: PyType, args: PyValue[], kw: KwArgs | null) => {
  if (args.length > 0 || (kw !== null && kw.size > 0)) typeError('Context() does not accept any arguments');
  return new PyContext();
});
method(contextType, 'run', 'callable, /, *args, **kwargs', function* (ctx: PyContext, fn: PyValue, args: PyValue[], kw: KwArgs | null): NativeGen {
  if (ctx.entered) runtimeError(`cannot enter context: ${yield* pyRepr(ctx)} is already entered`);
  const th = currentThread();
  ctx.prev = currentContext();
  ctx.entered = true;
  current.set(th, ctx);
  try {
    return yield* pyCall(fn, args, kw);
  } finally {
    current.set(th, ctx.prev);
    ctx.prev = null;
    ctx.entered = false;
  }
});
method(contextType, 'copy', '', (ctx: PyContext) => new PyContext(ctx.vars));
function needVar(k: PyValue): PyContextVar {
  if (!(k instanceof PyContextVar)) typeError(`a ContextVar key was expected, got ${k === None ? 'None' : 'an object of type ' + (k as PyObject).cls?.name}`);
  return k as PyContextVar;
}
slot(contextType, '__getitem__', 'key, /', (ctx: PyContext, k: PyValue) => {
  const v = ctx.vars.get(needVar(k));
  if (v === undefined) keyError(k);
  return v!;
});
method(contextType, 'get', 'key, default=None, /', (ctx: PyContext, k: PyValue, d: PyValue) => ctx.vars.get(needVar(k)) ?? d ?? None);
slot(contextType, '__contains__', 'key, /', (ctx: PyContext, k: PyValue) => ctx.vars.has(needVar(k)));
slot(contextType, '__len__', '', (ctx: PyContext) => ctx.vars.size);
method(contextType, 'keys', '', (ctx: PyContext) => new PyList([...ctx.vars.keys()]));
method(contextType, 'values', '', (ctx: PyContext) => new PyList([...ctx.vars.values()]));
method(contextType, 'items', '', (ctx: PyContext) => new PyList([...ctx.vars].map(([k, v]) => newTuple([k, v]))));
slot(contextType, '__eq__', 'other, /', (ctx: PyContext, o: PyValue) => {
  if (!(o instanceof PyContext)) return NotImplemented;
  if (o.vars.size !== ctx.vars.size) return false;
  for (const [k, v] of ctx.vars) if (o.vars.get(k) !== v) return false;
  return true;
});
slot(contextType, '__hash__', '', () => typeError("unhashable type: 'Context'"));

class ContextIter extends PyObject {
  i = 0;
  constructor(readonly keys: PyContextVar[]) {
    super(iterType);
  }
}
slot(contextType, '__iter__', '', (ctx: PyContext) => new ContextIter([...ctx.vars.keys()]));
slot(iterType, '__iter__', '', (it: ContextIter) => it);
slot(iterType, '__next__', '', (it: ContextIter) => {
  if (it.i >= it.keys.length) throw stopIteration(None);
  return it.keys[it.i++];
});

// ---- ContextVar ----

setNew(contextVarType, 'name, *, default=?', (_cls: PyType, name: PyValue, dflt: PyValue | undefined) => {
  if (typeof name !== 'string') typeError('context variable name must be a str');
  return new PyContextVar(name as string, dflt);
});
getter(contextVarType, 'name', (v: PyContextVar) => v.name);
method(contextVarType, 'get', 'default=?, /', (v: PyContextVar, d: PyValue | undefined) => {
  const got = currentContext().vars.get(v);
  if (got !== undefined) return got;
  if (d !== undefined) return d;
  if (v.dflt !== undefined) return v.dflt;
  throw new PyBaseException(lookupErrorType, [v]);
});
method(contextVarType, 'set', 'value, /', (v: PyContextVar, value: PyValue) => {
  const ctx = currentContext();
  const token = new PyToken(ctx, v, ctx.vars.get(v));
  setVar(ctx, v, value);
  return token;
});
method(contextVarType, 'reset', 'token, /', function* (v: PyContextVar, t: PyValue): NativeGen {
  if (!(t instanceof PyToken)) typeError(`expected an instance of Token, got '${(t as PyObject).cls?.name ?? typeof t}'`);
  const token = t as PyToken;
  if (token.used) runtimeError(`${yield* pyRepr(token)} has already been used once`);
  if (token.v !== v) valueError(`${yield* pyRepr(token)} was created by a different ContextVar`);
  const ctx = currentContext();
  if (token.ctx !== ctx) valueError(`${yield* pyRepr(token)} was created in a different Context`);
  token.used = true;
  setVar(ctx, v, token.old);
  return None;
});
slot(contextVarType, '__repr__', '', function* (v: PyContextVar): NativeGen {
  const d = v.dflt === undefined ? '' : ` default=${yield* pyRepr(v.dflt)}`;
  return `<ContextVar name=${yield* pyRepr(v.name)}${d} at ${fakeAddress(v)}>`;
});
classMethod(contextVarType, '__class_getitem__', 'item, /', classGetItem);

// ---- Token ----

getter(tokenType, 'var', (t: PyToken) => t.v);
getter(tokenType, 'old_value', (t: PyToken) => t.old ?? MISSING);
slot(tokenType, '__repr__', '', function* (t: PyToken): NativeGen {
  return `<Token${t.used ? ' used' : ''} var=${yield* pyRepr(t.v)} at ${fakeAddress(t)}>`;
});
classMethod(tokenType, '__class_getitem__', 'item, /', classGetItem);
(tokenType.dict!).setStr('MISSING', MISSING);

export function initContextvars(_interp: Interpreter, m: PyModule): void {
  m.ns.setStr('Context', contextType);
  m.ns.setStr('ContextVar', contextVarType);
  m.ns.setStr('Token', tokenType);
  defineAll(m, [func('copy_context', '', () => new PyContext(currentContext().vars))]);
}
