/**
 * `_thread`: CPython's low-level threading module (Modules/_threadmodule.c) on the simulated
 * machine — start_new_thread, lock and RLock (kernel locks whose blocking acquire releases the
 * GIL, reference §1.2), get_ident/get_native_id, _set_sentinel (the lock threading joins on,
 * released when the thread's state is deleted) and _local. CPython's own threading.py runs on it.
 */
import { PyObject, type PyValue } from '../python/objects/object';
import { None, builtinType, objectType, typeOf } from '../python/objects/core-types';
import type { PyModule } from '../python/objects/module';
import { PyDict } from '../python/objects/dict';
import { PyFloat, newFloat } from '../python/objects/float';
import { PyTuple, newTuple } from '../python/objects/tuple';
import { PyBaseException } from '../python/objects/exception';
import type { Interpreter } from '../python/vm/interpreter-state';
import { MachineRequest, type KwArgs, type NativeGen } from '../python/vm/native';
import { func, method, slot } from '../python/runtime/define';
import { setNew, defineAll } from './ioutil';
import { setTpName } from './util';
import type { PyType } from '../python/objects/type';
import { runtimeError, valueError, overflowError, typeError, runtimeErrorType, systemExitType } from '../python/runtime/errors';
import { pyCall } from '../python/ops/call';
import { callable as callableBuiltin } from '../python/builtins/introspection';
import { pyRepr, fakeAddress } from '../python/ops/strrepr';
import { indexFast } from '../python/ops/subscript';
import { formatException } from '../python/vm/traceback-print';
import { KernelLock } from '../machine/kernel-lock';
import { PyMethod } from '../python/objects/function';
import { currentThread, peekCurrentThread } from '../python/vm/current';
import { machineOf, type Machine } from '../machine/machine';
import { writeUnraisable, structSeqType } from './sys';
import { pyGetAttr, pyGetAttrOpt } from '../python/ops/attr';
import { pyStr } from '../python/ops/strrepr';
import { creatingForUser } from '../machine/trace-objects';


export const lockType = setTpName(builtinType('lock', objectType), '_thread', 'lock');
export const rlockType = setTpName(builtinType('RLock', objectType), '_thread', 'RLock');

const TIMEOUT_MAX = 9223372036.0;

function machine(): Machine {
  return machineOf(currentThread().interp);
}

/** acquire()'s arguments as _threadmodule.c parses them: -1 (forever), 0 (try) or nanoseconds. */
function timeoutNs(blocking: PyValue | undefined, timeout: PyValue | undefined): number {
  const block = blocking === undefined ? true : blocking !== false && blocking !== 0 && blocking !== None;
  let secs = -1;
  if (timeout !== undefined) {
    if (timeout instanceof PyFloat) {
      secs = timeout.v;
      // _PyTime_FromSecondsObject: NaN first, then the range of a time_t.
      if (secs !== secs) valueError('Invalid value NaN (not a number)');
      if (!(Math.abs(secs) <= 9223372036.854775)) overflowError('timestamp out of range for platform time_t');
    } else {
      const i = indexFast(timeout);
      if (i === null) typeError(`'${typeOf(timeout).name}' object cannot be interpreted as an integer`);
      secs = Number(i);
    }
  }
  if (!block && secs !== -1) valueError("can't specify a timeout for a non-blocking call");
  if (secs < 0 && secs !== -1) valueError('timeout value must be positive');
  if (secs > TIMEOUT_MAX) overflowError('timestamp out of range for platform time_t');
  if (!block) return 0;
  return secs === -1 ? -1 : Math.round(secs * 1e9);
}

/** Acquire for the running thread: at once when free, else (unless ns is 0) block in the machine. */
function* acquire(lock: KernelLock, ns: number): NativeGen<boolean> {
  const m = machine();
  const me = m.current();
  if (lock.reentrant && lock.locked && lock.holder === me) {
    lock.count++;
    m.objects?.lock(lock, me, 'acquire');
    return true;
  }
  if (!lock.locked) {
    lock.locked = true;
    lock.holder = me;
    lock.count = 1;
    m.objects?.lock(lock, me, 'acquire');
    return true;
  }
  if (ns === 0) return false;
  // The wait releases the GIL; the machine hands the lock over (or times out) and wakes us.
  return (yield new MachineRequest('acquire', { lock, timeoutNs: ns })) as boolean;
}

function releaseLock(lock: KernelLock): void {
  if (!lock.locked) runtimeError('release unlocked lock');
  const m = machine();
  const me = m.current();
  m.releaseLock(lock, me.clock, me);
}

/** A new lock; one the program's own code creates is shown in the trace. */
function newLock(reentrant: boolean): KernelLock {
  const l = new KernelLock(reentrant ? rlockType : lockType, reentrant);
  const th = peekCurrentThread();
  const m = th?.interp.machine as Machine | null | undefined;
  if (m?.objects && th && creatingForUser(th)) m.objects.track(l, reentrant ? 'rlock' : 'lock');
  return l;
}

// ---- lock ----

const lockAcquire = function* (l: KernelLock, blocking: PyValue | undefined, timeout: PyValue | undefined) {
  return yield* acquire(l, timeoutNs(blocking, timeout));
};
for (const name of ['acquire', 'acquire_lock']) method(lockType, name, 'blocking=?, timeout=?', lockAcquire);
slot(lockType, '__enter__', '', function* (l: KernelLock) {
  return yield* acquire(l, -1);
});
for (const name of ['release', 'release_lock']) method(lockType, name, '', (l: KernelLock) => (releaseLock(l), None));
slot(lockType, '__exit__', '*args', (l: KernelLock) => (releaseLock(l), None));
for (const name of ['locked', 'locked_lock']) method(lockType, name, '', (l: KernelLock) => l.locked);
method(lockType, '_at_fork_reinit', '', (l: KernelLock) => {
  l.locked = false;
  l.holder = null;
  return None;
});
slot(lockType, '__repr__', '', (l: KernelLock) => `<${l.locked ? 'locked' : 'unlocked'} _thread.lock object at ${fakeAddress(l)}>`);

// ---- RLock ----

setNew(rlockType, '*args, **kwargs', () => newLock(true));
method(rlockType, 'acquire', 'blocking=?, timeout=?', lockAcquire);
slot(rlockType, '__enter__', '', function* (l: KernelLock) {
  return yield* acquire(l, -1);
});
function rlockRelease(l: KernelLock): PyValue {
  const m = machine();
  const me = m.current();
  if (!l.locked || l.holder !== me) runtimeError('cannot release un-acquired lock');
  if (--l.count === 0) m.releaseLock(l, me.clock, me);
  else m.objects?.lock(l, me, 'release');
  return None;
}
method(rlockType, 'release', '', rlockRelease);
slot(rlockType, '__exit__', '*args', rlockRelease);
method(rlockType, '_is_owned', '', (l: KernelLock) => l.locked && l.holder === machine().current());
method(rlockType, '_recursion_count', '', (l: KernelLock) => (l.locked && l.holder === machine().current() ? l.count : 0));
method(rlockType, '_release_save', '', (l: KernelLock) => {
  const m = machine();
  if (!l.locked || l.count === 0) runtimeError('cannot release un-acquired lock');
  const state = newTuple([l.count, l.holder!.ident]);
  l.count = 0;
  const me = m.current();
  m.releaseLock(l, me.clock, me);
  return state;
});
method(rlockType, '_acquire_restore', 'state, /', function* (l: KernelLock, state: PyValue) {
  if (!(state instanceof PyTuple) || state.items.length !== 2) typeError('_acquire_restore: a (count, owner) tuple is required');
  yield* acquire(l, -1);
  l.count = Number((state as PyTuple).items[0]);
  return None;
});
method(rlockType, '_at_fork_reinit', '', (l: KernelLock) => {
  l.locked = false;
  l.holder = null;
  l.count = 0;
  return None;
});
slot(rlockType, '__repr__', '', (l: KernelLock) => {
  const owner = l.locked && l.holder ? l.holder.ident : 0;
  return `<${l.locked ? 'locked' : 'unlocked'} _thread.RLock object owner=${owner} count=${l.locked ? l.count : 0} at ${fakeAddress(l)}>`;
});

// ---- _local: attributes per thread ----

export const localType = setTpName(builtinType('_local', objectType, { instanceDict: true }), '_thread', '_local');
class PyLocal extends PyObject {
  readonly perThread = new Map<number, PyDict>();
  args: PyValue[] = [];
  kw: KwArgs | null = null;
}
setNew(localType, '*args, **kwargs', (cls: PyType, args: PyValue[], kw: KwArgs | null) => {
  const overridesInit = cls.lookup('__init__') !== objectType.dict!.getStr('__init__');
  if (!overridesInit && (args.length > 0 || (kw !== null && kw.size > 0))) typeError('Initialization arguments are not supported');
  const self = new PyLocal(cls);
  self.args = args;
  self.kw = kw;
  self.perThread.set(machine().current().tid, (self.dict = new PyDict()));
  return self;
});
/** Switch the instance dict to the running thread's; a thread's first access runs __init__ again. */
function* useThreadDict(self: PyLocal): NativeGen<void> {
  const tid = machine().current().tid;
  const d = self.perThread.get(tid);
  if (d !== undefined) {
    self.dict = d;
    return;
  }
  self.dict = new PyDict();
  self.perThread.set(tid, self.dict);
  const init = self.cls.lookup('__init__');
  if (init === undefined || init === objectType.dict!.getStr('__init__')) return;
  try {
    yield* pyCall(init, [self, ...self.args], self.kw);
  } catch (e) {
    // A failed __init__ leaves no dict for the thread: the next access runs it again.
    self.perThread.delete(tid);
    throw e;
  }
}
slot(localType, '__getattribute__', 'name, /', function* (self: PyLocal, name: PyValue) {
  yield* useThreadDict(self);
  return yield* pyCall(objectType.dict!.getStr('__getattribute__')!, [self, name]);
});
slot(localType, '__setattr__', 'name, value, /', function* (self: PyLocal, name: PyValue, value: PyValue) {
  yield* useThreadDict(self);
  return yield* pyCall(objectType.dict!.getStr('__setattr__')!, [self, name, value]);
});
slot(localType, '__delattr__', 'name, /', function* (self: PyLocal, name: PyValue) {
  yield* useThreadDict(self);
  return yield* pyCall(objectType.dict!.getStr('__delattr__')!, [self, name]);
});

// ---- the module ----

function* pyCallableCheck(fn: PyValue): NativeGen<boolean> {
  return (yield* pyCall(callableBuiltin, [fn])) === true;
}

/** The body of a thread started by start_new_thread (t_bootstrap / thread_run). */
function* threadBody(interp: Interpreter, fn: PyValue, args: PyValue[], kw: KwArgs | null): NativeGen {
  try {
    yield* pyCall(fn, args, kw);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    if (!e.cls.isSubtypeOf(systemExitType)) yield* writeUnraisable(interp, e, 'Exception ignored in thread started by', fn);
  }
  return None;
}

// ---- _excepthook: threading.excepthook (Modules/_threadmodule.c thread_excepthook) ----

const exceptHookArgsType = structSeqType('_ExceptHookArgs', '_thread', ['exc_type', 'exc_value', 'exc_traceback', 'thread']);

function* excepthook(interp: Interpreter, args: PyValue): NativeGen {
  if (!(args instanceof PyTuple) || args.cls !== exceptHookArgsType) typeError('_thread._excepthook argument type must be ExceptHookArgs');
  const [excType, excValue, , thread] = (args as PyTuple).items;
  if (excType === systemExitType) return None;
  let file = interp.getModule('sys')?.ns.getStr('stderr') ?? None;
  if (file === None) {
    if (thread === None) return None;
    file = yield* pyGetAttr(thread, '_stderr');
    if (file === None) return None;
  }
  const write = yield* pyGetAttr(file, 'write');
  yield* pyCall(write, ['Exception in thread ']);
  const name = thread === None ? undefined : yield* pyGetAttrOpt(thread, 'name');
  yield* pyCall(write, [name !== undefined ? yield* pyStr(name) : String(machine().current().ident)]);
  yield* pyCall(write, [':\n']);
  if (excValue instanceof PyBaseException) {
    const lookup = interp.extensions.get('sourceLookup') as ((f: string) => string | null) | undefined;
    yield* pyCall(write, [yield* formatException(excValue, lookup ?? (() => null))]);
  }
  yield* pyCall(yield* pyGetAttr(file, 'flush'), []);
  return None;
}

export function initThread(interp: Interpreter, m: PyModule): void {
  const ns = m.ns;
  ns.setStr('LockType', lockType);
  ns.setStr('lock', lockType);
  ns.setStr('RLock', rlockType);
  ns.setStr('_local', localType);
  ns.setStr('error', runtimeErrorType);
  ns.setStr('TIMEOUT_MAX', newFloat(TIMEOUT_MAX));
  ns.setStr('_ExceptHookArgs', exceptHookArgsType);
  defineAll(m, [
    func('start_new_thread', 'function, args, kwargs=?, /', function* (fn: PyValue, args: PyValue, kwargs: PyValue | undefined) {
      if (!(yield* pyCallableCheck(fn))) typeError('first arg must be callable');
      if (!(args instanceof PyTuple)) typeError('2nd arg must be a tuple');
      if (kwargs !== undefined && !(kwargs instanceof PyDict)) typeError('optional 3rd arg must be a dictionary');
      let kw: KwArgs | null = null;
      if (kwargs instanceof PyDict) {
        kw = new Map();
        for (const k of kwargs.keys()) kw.set(k as string, kwargs.getStr(k as string)!);
      }
      const mach = machine();
      // threading starts a Thread's bound _bootstrap: its lane has the Thread's name from the start.
      const owner = fn instanceof PyMethod && fn.self instanceof PyObject ? fn.self.dict?.getStr('_name') : undefined;
      const st = mach.startThread(mach.current(), threadBody(interp, fn, (args as PyTuple).items.slice(), kw), typeof owner === 'string' ? owner : '');
      return st.ident;
    }),
    func('_excepthook', 'exc_type, /', function* (args: PyValue) {
      return yield* excepthook(interp, args);
    }),
    func('allocate_lock', '', () => newLock(false)),
    func('allocate', '', () => newLock(false)),
    func('get_ident', '', () => machine().current().ident),
    func('get_native_id', '', () => machine().current().nativeId),
    func('_count', '', () => machine().threads.filter((t) => t.state !== 'done' && t.tid !== 1).length),
    func('_set_sentinel', '', () => {
      // An unlocked lock that threading acquires; the machine releases it when the thread's
      // state is deleted (after its last Python code has run).
      const l = newLock(false);
      machine().current().sentinels.push(l);
      return l;
    }),
    func('stack_size', 'size=0, /', () => 0),
    func('daemon_threads_allowed', '', () => true),
    func('interrupt_main', 'signum=2, /', () => runtimeError('_thread.interrupt_main() is not supported by Interleave')),
  ]);
}
