/**
 * `_multiprocessing`: the C half of multiprocessing — `SemLock`, a POSIX named semaphore shared
 * by every process that inherits it (machine/kernel-semaphore.ts), with CPython's per-process
 * bookkeeping (count, owning thread) from Modules/_multiprocessing/semaphore.c: a recursive
 * mutex (RLock) counts its owner's acquires; a plain semaphore refuses a release past maxvalue
 * ("semaphore or lock released too many times"). multiprocessing's Lock, RLock, Semaphore,
 * BoundedSemaphore, Condition, Event and Barrier (synchronize.py, CPython's) are built on it, as
 * are Queue and Pool. Also `_posixsubprocess.fork_exec`, which multiprocessing's spawn start
 * method uses to run `python3 -c "from multiprocessing.spawn import spawn_main; …"`: the only
 * program it can exec is Python itself (a fresh interpreter in a new process).
 */
import { PyObject, type PyValue } from '../python/objects/object';
import { None, builtinType, objectType, typeOf } from '../python/objects/core-types';
import type { PyType } from '../python/objects/type';
import type { PyModule } from '../python/objects/module';
import { PyFloat } from '../python/objects/float';
import { PyDict } from '../python/objects/dict';
import type { Interpreter } from '../python/vm/interpreter-state';
import { MachineRequest, type NativeGen } from '../python/vm/native';
import { func, method, slot, getter, classMethod } from '../python/runtime/define';
import { typeError, valueError, throwPy, assertionErrorType, fileNotFoundErrorType, notImplementedError, overflowError } from '../python/runtime/errors';
import { PyBytes } from '../python/objects/bytes';
import { iterToArray } from '../python/ops/iter';
import { PyBaseException } from '../python/objects/exception';
import { indexFast } from '../python/ops/subscript';
import { currentThread } from '../python/vm/current';
import { defineAll, setNew, osError } from './ioutil';
import { setTpName } from './util';
import { machineOf } from '../machine/machine';
import { KernelSemaphore } from '../machine/kernel-semaphore';
import type { SimThread } from '../machine/sim-thread';

const RECURSIVE_MUTEX = 0;
const SEMAPHORE = 1;
const SEM_VALUE_MAX = 2147483647;
/** sem_trywait / sem_post: a system call that does not block. */
const SEM_SYSCALL_NS = 300;

export const semLockType = setTpName(builtinType('SemLock', objectType, { module: '_multiprocessing' }), '_multiprocessing', 'SemLock');

class PySemLock extends PyObject {
  /** Acquires by this process not yet released (semaphore.c's `count`). */
  count = 0;
  /** The ident of the thread that last acquired it in this process. */
  lastTid = 0;
  constructor(
    cls: PyType,
    readonly sem: KernelSemaphore,
    readonly kind: number,
    readonly maxvalue: number,
    readonly name: PyValue,
  ) {
    super(cls);
  }
}

/** Semaphore handles are numbers (the sem_t* in CPython), unique on the machine. */
let nextHandle = 0x7f00_0000;

function me(): SimThread {
  return machineOf(currentThread().interp).current();
}

function intArg(x: PyValue): number {
  const i = indexFast(x);
  if (i === null) typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
  return Number(i);
}

const isMine = (s: PySemLock) => s.count > 0 && s.lastTid === me().ident;

setNew(semLockType, 'kind, value, maxvalue, name, unlink', (cls: PyType, kind: PyValue, value: PyValue, maxvalue: PyValue, name: PyValue, unlink: PyValue) => {
  const k = intArg(kind);
  if (k !== RECURSIVE_MUTEX && k !== SEMAPHORE) valueError('unrecognized kind');
  if (typeof name !== 'string') typeError(`SemLock() argument 'name' must be str, not ${typeOf(name).name}`);
  const v = intArg(value);
  // A C int, then sem_open's EINVAL for a negative value.
  if (v > 2147483647 || v < -2147483648) overflowError('Python int too large to convert to C int');
  if (v < 0) throw osError('EINVAL');
  // Unlinked at once (the fork start method): the semaphore lives on, nameless. Otherwise a
  // spawned child opens it by name (SemLock._rebuild).
  const unlinked = unlink !== false && unlink !== 0 && unlink !== None;
  const sem = new KernelSemaphore(v, name as string, nextHandle++);
  if (!unlinked) machineOf(currentThread().interp).named.set(`sem:${name as string}`, sem);
  return new PySemLock(cls, sem, k, intArg(maxvalue), unlinked ? None : name);
});

function* acquire(s: PySemLock, block: PyValue, timeout: PyValue): NativeGen<boolean> {
  if (s.kind === RECURSIVE_MUTEX && isMine(s)) {
    s.count++;
    return true;
  }
  let ns = -1;
  if (block === false || block === 0 || block === None) ns = 0;
  else if (timeout !== None) {
    const secs = timeout instanceof PyFloat ? timeout.v : intArg(timeout);
    ns = Math.max(0, Math.round(secs * 1e9));
  }
  const st = me();
  if (s.sem.value > 0) {
    s.sem.value--;
  } else {
    if (ns === 0) return false;
    // sem_timedwait with the GIL released; woken by a sem_post of any process.
    const ok = (yield new MachineRequest('sem-wait', { sem: s.sem, timeoutNs: ns })) as boolean;
    if (!ok) return false;
  }
  s.count++;
  s.lastTid = st.ident;
  return true;
}

function release(s: PySemLock): PyValue {
  if (s.kind === RECURSIVE_MUTEX) {
    if (!isMine(s)) throwPy(assertionErrorType, 'attempt to release recursive lock not owned by thread');
    if (s.count > 1) {
      s.count--;
      return None;
    }
  } else if (s.sem.value >= s.maxvalue) {
    valueError('semaphore or lock released too many times');
  }
  const m = machineOf(currentThread().interp);
  m.postSemaphore(s.sem, m.current().clock);
  s.count--;
  // sem_post is a system call; Python's release holds the GIL through it.
  currentThread().cost += SEM_SYSCALL_NS;
  return None;
}

method(semLockType, 'acquire', 'block=True, timeout=None', acquire);
method(semLockType, 'release', '', release);
slot(semLockType, '__enter__', '', function* (s: PySemLock): NativeGen {
  return yield* acquire(s, true, None);
});
slot(semLockType, '__exit__', '*args', (s: PySemLock) => release(s));
method(semLockType, '_count', '', (s: PySemLock) => s.count);
method(semLockType, '_is_mine', '', (s: PySemLock) => isMine(s));
method(semLockType, '_get_value', '', (s: PySemLock) => s.sem.value);
method(semLockType, '_is_zero', '', (s: PySemLock) => s.sem.value === 0);
method(semLockType, '_after_fork', '', (s: PySemLock) => {
  s.count = 0;
  return None;
});
// sem_open(name) in a spawned child: the same kernel semaphore as its parent's.
classMethod(semLockType, '_rebuild', 'handle, kind, maxvalue, name', (cls: PyType, _h: PyValue, kind: PyValue, maxvalue: PyValue, name: PyValue) => {
  const sem = typeof name === 'string' ? machineOf(currentThread().interp).named.get(`sem:${name}`) : undefined;
  if (!(sem instanceof KernelSemaphore)) throw new PyBaseException(fileNotFoundErrorType, [2, 'No such file or directory']);
  return new PySemLock(cls, sem, intArg(kind), intArg(maxvalue), name);
});
getter(semLockType, 'handle', (s: PySemLock) => s.sem.handle);
getter(semLockType, 'kind', (s: PySemLock) => s.kind);
getter(semLockType, 'maxvalue', (s: PySemLock) => s.maxvalue);
getter(semLockType, 'name', (s: PySemLock) => s.name);
(semLockType.dict as PyDict).setStr('SEM_VALUE_MAX', SEM_VALUE_MAX);

export function initMultiprocessing(_interp: Interpreter, m: PyModule): void {
  m.ns.setStr('SemLock', semLockType);
  const flags = new PyDict();
  flags.setStr('HAVE_SEM_OPEN', 1);
  flags.setStr('HAVE_SEM_TIMEDWAIT', 1);
  m.ns.setStr('flags', flags);
  defineAll(m, [
    func('sem_unlink', 'name, /', (name: PyValue) => {
      machineOf(currentThread().interp).named.delete(`sem:${String(name)}`);
      return None;
    }),
  ]);
}

/** vfork + exec of a new python3 in the parent: measured ~0.9 ms for spawn's Process.start(). */
const SPAWN_EXEC_NS = 500_000;

export function initPosixSubprocess(_interp: Interpreter, m: PyModule): void {
  defineAll(m, [
    func('fork_exec', '*args', function* (all: PyValue): NativeGen {
      const a = all as unknown as PyValue[];
      const argv = yield* iterToArray(a[0]);
      const args = argv.map((x) => (x instanceof PyBytes ? new TextDecoder().decode(x.b) : String(x)));
      const fds = (yield* iterToArray(a[3])).map((x) => Number(x));
      if (args.length < 3 || args[1] !== '-c' || !/python3?$/.test(args[0])) {
        notImplementedError(`exec of ${args[0] ?? '?'}: Interleave can only start python3 -c … (multiprocessing's spawn)`);
      }
      const m = machineOf(currentThread().interp);
      const st = m.current();
      st.th.cost += SPAWN_EXEC_NS;
      return m.spawnPython!(st, st.clock, args[2], args.slice(3), fds);
    }),
  ]);
}
