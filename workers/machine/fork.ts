/**
 * fork(): a child process whose heap is a copy of its parent's (vm/heap-clone.ts) and whose only
 * thread is a copy of the thread that forked, about to see os.fork() return 0. As on Linux:
 * - the child's memory is a snapshot: later changes on either side are not seen by the other;
 * - only the forking thread exists in the child (it keeps its ident); a lock another thread held
 *   stays locked — the reason for os.register_at_fork and threading's _after_fork;
 * - open descriptors are shared (pipes, sockets: both processes hold each end until they close
 *   it); the file system is the machine's, not copied;
 * - unflushed stdout/stderr buffers are copied too, so unflushed output can appear twice.
 * Native modules are initialised afresh in the child (their functions belong to the child's
 * interpreter); everything Python-visible in them is copied over.
 */
import type { Interpreter } from '../python/vm/interpreter-state';
import { createInterpreter } from '../python/runtime/init';
import { PyThreadState, ThreadStatus } from '../python/vm/thread';
import { Frame, NativeFrame, type AnyFrame } from '../python/vm/frame';
import { PyModule } from '../python/objects/module';
import { PyBuiltin } from '../python/objects/builtin';
import type { PyDict } from '../python/objects/dict';
import type { PyValue } from '../python/objects/object';
import type { NativeGen } from '../python/vm/native';
import { HeapCloner } from '../python/vm/heap-clone';
import { loadNativeModule } from '../python/vm/imports';
import { peekCurrentThread, setCurrentThread } from '../python/vm/current';
import { notImplementedError, systemExitType } from '../python/runtime/errors';
import { PyBaseException } from '../python/objects/exception';
import { None } from '../python/objects/core-types';
import { writeUnraisable } from '../stdlib/sys';
import { KernelLock } from './kernel-lock';
import { KernelObject, sharedMemory } from './kernel-object';
import { SimThread } from './sim-thread';
import { SimProcess } from './sim-process';
import { tableOf, closeFd, type SocketTable } from '../stdlib/simsocket';
import { Machine } from './machine';
import { Gil } from './gil';
import { TimerQueue } from './timers';
import { MachineRng } from './rng';
import { TracedObjects } from './trace-objects';

/** Extensions (per-interpreter native state) that every process shares: the file system's. */
const SHARED_EXTENSIONS = new Set(['sourceLookup', 'vfs']);
/** Extensions that start empty in a child: its parent's subprocess children are not its own. */
const FRESH_EXTENSIONS = new Set(['subprocess.children']);

/**
 * fork() by thread `st` at time t: the child process, scheduled to run from t. `childTop` makes
 * what os.fork() does in the child before returning 0 (the after-fork hooks); `childBody` the
 * child main thread's bottom native (run-program's childMainBody).
 */
export function forkChild(m: Machine, st: SimThread, t: number, childTop: (interp: Interpreter) => NativeGen, childBody: (interp: Interpreter) => NativeGen): SimProcess {
  const parent = st.proc.interp;
  const pid = m.allocatePid();
  const child = createInterpreter(parent.out, parent.options);
  child.files = parent.files;
  child.dirs = parent.dirs;
  const childTh = child.newThread(st.th.name);
  const proc = m.addProcess(pid, st.proc.pid, child, `pid ${pid}`, t);
  const childSt = m.addChildThread(childTh, proc, st.ident, st.name, t);
  // The main thread goes on to finish the interpreter; another thread ends the process when its
  // function returns (the only thread left calls pthread_exit: status 0, no finalization).
  const bottom = st === st.proc.threads[0] ? childBody(child) : childThreadBody(child);
  cloneProcess(parent, child, st.th, childTh, childSt, proc, bottom, childTop(child));
  proc.onExit.push((at) => closeDescriptors(child, at));
  m.schedule(childSt, t);
  return proc;
}

/** exec with descriptors `fds` kept open (spawnv_passfds): the new program holds them too. */
export function inheritDescriptors(parent: Interpreter, child: Interpreter, fds: number[]): void {
  const from = tableOf(parent);
  const to = tableOf(child);
  for (const fd of fds) {
    const k = from.byFd.get(fd);
    if (k === undefined) continue;
    k.refs++;
    to.byFd.set(fd, k);
    to.next = Math.max(to.next, fd + 1);
  }
}

/** A process's descriptors close when it exits: a pipe whose last writer is gone reads EOF. */
function closeDescriptors(interp: Interpreter, t: number): void {
  for (const fd of [...tableOf(interp).byFd.keys()]) closeFd(interp, fd, t);
}

/**
 * Check that `th` can fork: its frame chain is Python frames between the native at the bottom
 * (the main thread's body) and the os.fork call on top.
 */
export function checkForkable(th: PyThreadState): void {
  const top = th.top;
  for (let f = top?.back ?? null; f !== null; f = f.back) {
    if (f.native && f.back !== null && !copyable(f as NativeFrame)) {
      const name = (f as NativeFrame).origin?.name;
      notImplementedError(`os.fork() called from inside a callback of ${name ? `${name}()` : 'a built-in function'} is not simulated`);
    }
  }
}

/**
 * Copy `parent`'s heap into the fresh interpreter `child` and the forking thread `th` into
 * `childTh` (registered as `childSim` in process `proc`). `bottom` is the child main thread's
 * native body, already started (suspended where the parent's body waits for the main module).
 */
export function cloneProcess(parent: Interpreter, child: Interpreter, th: PyThreadState, childTh: PyThreadState, childSim: SimThread, proc: SimProcess, bottom: NativeGen, top: NativeGen): void {
  const saved = peekCurrentThread();
  setCurrentThread(childTh);
  try {
    const cloner = new HeapCloner(
      (o) => o instanceof KernelObject || sharedMemory.has(o) || o instanceof SimProcess || isMachineObject(o),
      (o, c) => special(o, c, th, childSim),
      // A frame runs its code object's (shared) executable bytecode.
      (o, key) => key === 'instrs' && o instanceof Frame,
    );
    cloner.preset(parent, child);
    cloner.preset(th, childTh);
    cloner.preset(th.sim as object, childSim);
    cloner.preset(parent.modules, child.modules);
    cloner.preset(parent.builtins, child.builtins);
    cloner.preset(parent.files, child.files);
    cloner.preset(parent.dirs, child.dirs);
    const natives = mapNativeModules(parent, child, cloner);
    // sys.modules, in the parent's order.
    const modules: [string, PyValue][] = [];
    parent.modules.forEach((k, v) => modules.push([k as string, v]));
    child.modules.clear();
    for (const [name, mod] of modules) child.modules.setStr(name, cloner.ref(mod));
    cloner.drain();
    for (const fill of natives) fill();
    copyExtensions(parent, child, cloner, proc);
    for (const g of parent.finalizable) child.finalizable.add(cloner.clone(g));
    copyThread(th, childTh, cloner, bottom, top);
    cloner.copySideTables(th, childTh);
  } finally {
    setCurrentThread(saved);
  }
}

/** The machine's own objects, should a copied object lead to them: never copied. */
function isMachineObject(o: object): boolean {
  return o instanceof Machine || o instanceof Gil || o instanceof TimerQueue || o instanceof MachineRng || o instanceof TracedObjects;
}

/** Objects copied by hand: a lock keeps its state, but only the forking thread still exists. */
function special(o: object, _c: HeapCloner, th: PyThreadState, childSim: SimThread): unknown {
  if (o instanceof SimThread) return o === th.sim ? childSim : o;
  if (o instanceof PyThreadState) return o;
  if (o instanceof KernelLock) {
    const k = Object.create(Object.getPrototypeOf(o)) as KernelLock;
    Object.assign(k, o);
    (k as { waiters: SimThread[] }).waiters = [];
    k.holder = o.holder === th.sim ? childSim : o.holder;
    k.traceId = 0;
    return k;
  }
  return undefined;
}

/**
 * A namespace the child interpreter made afresh (builtins, a native module): the parent's
 * runtime functions map to the child's own; every other value (sys.path, sys.stdout, a user's
 * monkey-patch) is copied over by the returned step, run once everything it may refer to is
 * mapped. `skip`: keys left as the child made them.
 */
function mapNamespace(parent: PyDict, child: PyDict, c: HeapCloner, skip: string[] = []): () => void {
  const copies: [string, PyValue][] = [];
  parent.forEach((k, pv) => {
    const key = k as string;
    const cv = child.getStr(key);
    if (cv === pv || skip.includes(key)) return;
    if (pv instanceof PyBuiltin && cv instanceof PyBuiltin) c.preset(pv, cv);
    else copies.push([key, pv]);
  });
  return () => {
    for (const [key, pv] of copies) child.setStr(key, c.clone(pv));
  };
}

/**
 * Native modules the parent imported are initialised in the child, and builtins and sys (made
 * with every interpreter): their namespaces are mapped (mapNamespace). Returns the copying steps.
 */
function mapNativeModules(parent: Interpreter, child: Interpreter, c: HeapCloner): (() => void)[] {
  const fills: (() => void)[] = [mapNamespace(parent.builtins, child.builtins, c)];
  parent.modules.forEach((k, v) => {
    const name = k as string;
    if (!(v instanceof PyModule) || !parent.nativeModules.has(name)) return;
    const mod = child.getModule(name) ?? loadNativeModule(child, name);
    c.preset(v, mod);
    fills.push(mapNamespace(v.ns, mod.ns, c));
  });
  for (const name of ['builtins', 'sys']) c.preset(parent.getModule(name)!, child.getModule(name)!);
  // sys.modules is the interpreter's own table, filled separately.
  fills.push(mapNamespace(parent.getModule('sys')!.ns, child.getModule('sys')!.ns, c, ['modules']));
  return fills;
}

/** Per-interpreter native state: copied (stream buffers, atexit callbacks), shared or fresh. */
function copyExtensions(parent: Interpreter, child: Interpreter, c: HeapCloner, proc: SimProcess): void {
  for (const [key, value] of parent.extensions) {
    if (SHARED_EXTENSIONS.has(key)) child.extensions.set(key, value);
    else if (FRESH_EXTENSIONS.has(key)) child.extensions.delete(key);
    else if (key === 'sockets') inheritDescriptors(parent, child, [...(value as SocketTable).byFd.keys()]);
    else if (key === 'os.process') child.extensions.set(key, { self: { pid: proc.pid, ppid: proc.ppid } });
    else child.extensions.set(key, c.clone(value));
  }
  // Entropy differs per process (os.urandom, random's seeding from it).
  const ent = child.extensions.get('random.entropy') as { n: number; pid?: number } | undefined;
  child.extensions.set('random.entropy', { n: ent?.n ?? 0, pid: proc.pid });
  const ur = child.extensions.get('os.urandom') as { s: number } | undefined;
  if (ur !== undefined) ur.s = (Math.imul(ur.s ^ proc.pid, 0x9e3779b1) ^ 0x5bd1e995) >>> 0;
  child.cwd = parent.cwd;
  child.recursionLimit = parent.recursionLimit;
  child.hostReadFile = parent.hostReadFile;
}


/**
 * The child's thread: copies of the Python frames between the bottom native and the os.fork call;
 * os.fork's own native frame becomes `topGen` (started: it runs the after-fork hooks, returns 0).
 */
function copyThread(th: PyThreadState, childTh: PyThreadState, c: HeapCloner, bottom: NativeGen, topGen: NativeGen): void {
  const top = th.top as NativeFrame;
  let bottomFrame: AnyFrame = top;
  while (bottomFrame.back !== null) bottomFrame = bottomFrame.back;
  const childBottom = new NativeFrame(bottom, null);
  childBottom.fresh = false;
  childBottom.deliver = (bottomFrame as NativeFrame).deliver;
  c.preset(bottomFrame, childBottom);
  const childTop = new NativeFrame(topGen, top.origin);
  childTop.fresh = false;
  childTop.deliver = top.deliver;
  childTop.callSite = top.callSite;
  c.preset(top, childTop);
  // Natives in between that only pass a Python call's result on get fresh pass-through copies.
  const passing: [NativeFrame, NativeFrame][] = [];
  for (let f = top.back; f !== null && f !== bottomFrame; f = f.back) {
    if (!f.native) continue;
    const nf = f as NativeFrame;
    const copy = new NativeFrame(passThrough(), nf.origin);
    copy.fresh = false;
    copy.deliver = nf.deliver;
    copy.callSite = nf.callSite;
    copy.passthrough = true;
    copy.tailPending = true;
    c.preset(nf, copy);
    passing.push([nf, copy]);
  }
  for (const [nf, copy] of passing) copy.back = c.ref(nf.back);
  childTop.back = c.clone(top.back);
  childTh.top = childTop;
  childTh.depth = th.depth;
  childTh.excInfo = c.clone(th.excInfo);
  childTh.asyncgenHooks = c.clone(th.asyncgenHooks);
  childTh.status = ThreadStatus.Runnable;
  childTh.request = null;
}

/**
 * The bottom of a forked child whose forking thread was not its parent's main thread: started,
 * it waits for the thread's function to return, then the process exits with status 0 (an
 * exception that escaped is reported as CPython's thread bootstrap reports it).
 */
function childThreadBody(interp: Interpreter): NativeGen {
  const g = (function* (): NativeGen<number> {
    try {
      yield null as never;
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      if (!e.cls.isSubtypeOf(systemExitType)) yield* writeUnraisable(interp, e, 'Exception ignored in thread started by', None);
    }
    return 0;
  })();
  g.next();
  return g as NativeGen;
}

/** A native frame fork can copy: suspended in the Python call whose result it returns as is. */
function copyable(nf: NativeFrame): boolean {
  return nf.passthrough && nf.tailPending;
}

/** Started and suspended: it returns whatever it is resumed with (or raises what is thrown in). */
function passThrough(): NativeGen {
  const g = (function* (): NativeGen {
    return yield null as never;
  })();
  g.next();
  return g;
}
