/**
 * Reading the program's state without running any of its code, for the trace and for deadlock
 * reports: a thread's name as threading knows it, what a blocked thread waits for (the
 * outermost threading/queue call on its stack: "Queue.get on 'q'", "Thread.join"), and the
 * variable name an object is bound to ("where that is knowable").
 */
import { PyObject, type PyValue } from '../python/objects/object';
import { PyDict } from '../python/objects/dict';
import type { Frame } from '../python/vm/frame';
import type { PyThreadState } from '../python/vm/thread';
import type { Machine } from './machine';
import type { SimThread } from './sim-thread';
import type { SimProcess } from './sim-process';
import { STDLIB_DIR } from '../python/vm/stdlib-path';

/** threading's name for the thread (Thread._name in threading._active), else the machine's. */
export function threadName(m: Machine, st: SimThread): string {
  const threading = st.proc.interp.getModule('threading');
  const active = threading?.ns.getStr('_active');
  if (active instanceof PyDict) {
    let name: string | null = null;
    active.forEach((k, v) => {
      if (name === null && Number(k) === st.ident && v instanceof PyObject) {
        const n = v.dict?.getStr('_name');
        if (typeof n === 'string') name = n;
      }
    });
    // Remembered: a finished thread leaves _active but keeps its name in reports.
    if (name !== null) st.name = name;
  }
  return st.name;
}

/** The Python frames of a thread, innermost first. */
function pythonFrames(th: PyThreadState): Frame[] {
  const out: Frame[] = [];
  for (let f = th.top; f !== null; f = f.back) if (!f.native) out.push(f as Frame);
  return out;
}

const isLibrary = (f: Frame) => f.code.filename.startsWith(STDLIB_DIR);

/** The current line of a frame: the instruction before pc (or the def line before the first). */
export function frameLine(f: Frame): number {
  return f.pc >= 2 ? f.code.positions[((f.pc >> 1) - 1) * 4] : f.code.firstlineno;
}

/**
 * The frame whose line a thread's lane shows: the innermost frame of the program's own code (a
 * thread blocked in Queue.get shows the line that called get), else the innermost Python frame.
 */
export function laneFrame(th: PyThreadState): Frame | null {
  const frames = pythonFrames(th);
  // Code a library function exec'd (namedtuple's '<string>' methods) counts as the library's.
  let libraryCaller = true;
  let chosen: Frame | null = null;
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i];
    const name = f.code.filename;
    libraryCaller = name.startsWith(STDLIB_DIR) || (name.startsWith('<') && libraryCaller);
    if (!libraryCaller) chosen = f;
  }
  return chosen ?? frames[0] ?? null;
}

/**
 * The outermost library call the thread is blocked in, as [method, self], e.g. ['get', queue]:
 * the object a learner knows about, rather than the internal lock it is blocked on.
 */
export function blockingCall(th: PyThreadState): [string, PyValue] | null {
  let found: [string, PyValue] | null = null;
  for (const f of pythonFrames(th)) {
    if (!isLibrary(f) || isBootstrap(f)) break;
    if (f.code.localsplusNames[0] === 'self' && f.stack[0] !== undefined) found = [f.code.name, f.stack[0]];
  }
  return found;
}

/** A thread's or process's start-up frames (Thread._bootstrap, Process.run …): not what it waits in. */
function isBootstrap(f: Frame): boolean {
  const file = f.code.filename;
  if (!file.endsWith('/threading.py') && !file.endsWith('/multiprocessing/process.py')) return false;
  return f.code.name === '_bootstrap' || f.code.name === '_bootstrap_inner' || f.code.name === 'run';
}

/** multiprocessing's name for the process (current_process().name), else the machine's. */
export function processName(proc: SimProcess): string {
  const cur = proc.interp.getModule('multiprocessing.process')?.ns.getStr('_current_process');
  const name = cur instanceof PyObject ? cur.dict?.getStr('_name') : undefined;
  if (typeof name === 'string') proc.name = name;
  return proc.name;
}

/** "Thread 'Thread-1 (worker)' waits in Queue.get on 'q'" — one line of a deadlock report. */
export function describeWait(m: Machine, st: SimThread): string {
  const inProc = m.processes.length > 1 ? ` of ${processName(st.proc)}` : '';
  const who = `Thread '${threadName(m, st)}'${inProc}`;
  const call = blockingCall(st.th);
  const lock = st.waitingFor;
  const holder = lock?.holder ? ` (held by '${threadName(m, lock.holder)}')` : '';
  if (call !== null) {
    const [method, self] = call;
    const cls = self instanceof PyObject ? self.cls.name : 'object';
    if (cls.endsWith('Thread') || cls === 'Timer') {
      const dict = (self as PyObject).dict;
      const target = st.proc.byIdent.get(Number(dict?.getStr('_ident')));
      // Thread.start waits for the new thread to say it started: it has a name but no ident yet.
      const name = target ? threadName(m, target) : String(dict?.getStr('_name') ?? '?');
      return `${who} waits in ${cls}.${method} for thread '${name}'`;
    }
    const label = labelOf(m, self);
    return `${who} waits in ${cls}.${method} on ${label ? `'${label}'` : `a ${cls}`}`;
  }
  if (st.waitingForProcess !== null) return `${who} waits for ${processName(st.waitingForProcess)} (pid ${st.waitingForProcess.pid}) to exit`;
  if (st.waitingForSem !== null) return `${who} waits on a multiprocessing semaphore (${st.waitingForSem.name})`;
  if (lock !== null) {
    const label = labelOf(m, lock);
    const kind = lock.reentrant ? 'RLock' : 'Lock';
    return `${who} waits to acquire ${kind} ${label ? `'${label}'` : `#${m.traceId(lock)}`}${holder}`;
  }
  return `${who} is ${st.state}`;
}

/**
 * The name a user variable binds `obj` to: a global of __main__, a local of a user frame of any
 * thread, or an attribute of such a value ("account.lock"). '' when none.
 */
export function labelOf(m: Machine, obj: PyValue): string {
  const main = m.interp.getModule('__main__');
  const globals: [string, PyValue][] = [];
  main?.ns.forEach((k, v) => {
    if (typeof k === 'string' && !k.startsWith('__')) globals.push([k, v]);
  });
  for (const [k, v] of globals) if (v === obj) return k;
  for (const st of m.threads) {
    for (const f of pythonFrames(st.th)) {
      if (isLibrary(f)) continue;
      const names = f.code.localsplusNames;
      for (let i = 0; i < names.length; i++) if (f.stack[i] === obj) return names[i];
      for (let i = 0; i < names.length; i++) {
        const attr = attributeNamed(f.stack[i], obj);
        if (attr !== null) return `${names[i]}.${attr}`;
      }
    }
  }
  for (const [k, v] of globals) {
    const attr = attributeNamed(v, obj);
    if (attr !== null) return `${k}.${attr}`;
  }
  return '';
}

function attributeNamed(holder: PyValue | undefined, obj: PyValue): string | null {
  if (!(holder instanceof PyObject) || holder.dict === null) return null;
  let found: string | null = null;
  holder.dict.forEach((k, v) => {
    if (found === null && v === obj && typeof k === 'string') found = k;
  });
  return found;
}
