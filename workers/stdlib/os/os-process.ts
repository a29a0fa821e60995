/**
 * The process system calls of `os` on the simulated machine: fork (a copy of the process,
 * machine/fork.ts) with the register_at_fork hooks, waitpid and the wait-status macros, kill,
 * and pipes — pipe/read/write/close on the machine's kernel pipes, whose ends forked children
 * share, so a reader sees EOF only once every process has closed the write end.
 */
import type { PyValue } from '../../python/objects/object';
import { None, typeOf } from '../../python/objects/core-types';
import { PyBytes } from '../../python/objects/bytes';
import { newTuple } from '../../python/objects/tuple';
import type { PyBuiltin } from '../../python/objects/builtin';
import { func } from '../../python/runtime/define';
import { typeError, valueError } from '../../python/runtime/errors';
import { currentThread } from '../../python/vm/current';
import type { Interpreter } from '../../python/vm/interpreter-state';
import { MachineRequest, type NativeGen } from '../../python/vm/native';
import { indexFast } from '../../python/ops/subscript';
import { pyCall } from '../../python/ops/call';
import { PyBaseException } from '../../python/objects/exception';
import { osError, osErrorOf, bytesLike } from '../ioutil';
import { newPair, tableOf, closeFd } from '../simsocket';
import { machineOf } from '../../machine/machine';
import { checkForkable } from '../../machine/fork';
import type { SimProcess } from '../../machine/sim-process';
import type { KernelSocket } from '../../machine/kernel-socket';
import { writeUnraisable } from '../sys';

/** A write(2) or read(2) on a pipe that does not block. */
const PIPE_SYSCALL_NS = 1_500;
const WNOHANG = 1;

const interp = (): Interpreter => currentThread().interp;

function intArg(x: PyValue): number {
  const i = indexFast(x);
  if (i === null) typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
  return Number(i);
}

interface AtFork {
  before: PyValue[];
  parent: PyValue[];
  child: PyValue[];
}
const atFork = (it: Interpreter) => it.ext<AtFork>('os.atfork', () => ({ before: [], parent: [], child: [] }));

/** Run register_at_fork callbacks; an exception in one is reported as unraisable, as in CPython. */
function* runHooks(hooks: PyValue[]): NativeGen<void> {
  for (const f of hooks) {
    try {
      yield* pyCall(f, []);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      yield* writeUnraisable(interp(), e, 'Exception ignored in', f);
    }
  }
}

/** What os.fork() does in the child once it exists: the after_in_child hooks, then return 0. */
function childTop(): NativeGen {
  const g = (function* (): NativeGen {
    yield null as never;
    yield* runHooks(atFork(interp()).child.slice());
    return 0;
  })();
  g.next();
  return g;
}

function childOf(pid: number): SimProcess {
  const m = machineOf(interp());
  const me = m.current().proc;
  const p = m.byPid.get(pid);
  if (p === undefined || p.ppid !== me.pid || p.reaped) throw osError('ECHILD');
  return p;
}

export function processFunctions(): PyBuiltin[] {
  return [
    func('fork', '', function* (): NativeGen {
      const m = machineOf(interp());
      const st = m.current();
      checkForkable(st.th);
      const hooks = atFork(interp());
      // "before" hooks run in reverse registration order, the others in order.
      yield* runHooks(hooks.before.slice().reverse());
      const pid = (yield new MachineRequest('fork', { childTop })) as number;
      yield* runHooks(atFork(interp()).parent.slice());
      return pid;
    }),
    func('register_at_fork', '*, before=None, after_in_child=None, after_in_parent=None', (before: PyValue, child: PyValue, parent: PyValue) => {
      if (before === None && child === None && parent === None) typeError('At least one argument is required.');
      for (const [name, f] of [['before', before], ['after_in_child', child], ['after_in_parent', parent]] as const) {
        if (f !== None && !typeOf(f).lookup('__call__')) typeError(`'${name}' must be callable, not ${typeOf(f).name}`);
      }
      const hooks = atFork(interp());
      if (before !== None) hooks.before.push(before);
      if (child !== None) hooks.child.push(child);
      if (parent !== None) hooks.parent.push(parent);
      return None;
    }),
    func('waitpid', 'pid, options, /', function* (pidArg: PyValue, options: PyValue): NativeGen {
      let pid = intArg(pidArg);
      const opts = intArg(options);
      const m = machineOf(interp());
      const me = m.current().proc;
      if (pid === -1 || pid === 0) {
        const kids = m.processes.filter((p) => p.ppid === me.pid && !p.reaped);
        if (kids.length === 0) throw osError('ECHILD');
        const done = kids.find((p) => !p.alive);
        if (done === undefined && (opts & WNOHANG) !== 0) return newTuple([0, 0]);
        if (done === undefined) {
          // Wait for the first child to end (any of them).
          while (!kids.some((p) => !p.alive)) yield new MachineRequest('waitpid', { child: kids.find((p) => p.alive)! });
        }
        pid = kids.find((p) => !p.alive)!.pid;
      }
      const child = childOf(pid);
      while (child.alive) {
        if ((opts & WNOHANG) !== 0) return newTuple([0, 0]);
        yield new MachineRequest('waitpid', { child });
      }
      child.reaped = true;
      return newTuple([child.pid, child.status!]);
    }),
    func('kill', 'pid, signal, /', function* (pidArg: PyValue, sigArg: PyValue): NativeGen {
      const pid = intArg(pidArg);
      const sig = intArg(sigArg);
      if (sig < 0 || sig > 64) throw osError('EINVAL');
      const m = machineOf(interp());
      const st = m.current();
      const p = m.byPid.get(pid);
      if (p === undefined || !p.alive) throw osError('ESRCH');
      m.signal(p, sig, st.clock);
      // kill(2) is a system call: the signal is sent, the caller goes on.
      yield new MachineRequest('io', { ns: PIPE_SYSCALL_NS, result: None });
      return None;
    }),
    func('pipe', '', () => {
      const [r, w] = newPair(interp());
      return newTuple([r.fd, w.fd]);
    }),
    func('read', 'fd, length, /', function* (fd: PyValue, length: PyValue): NativeGen {
      const n = intArg(length);
      if (n < 0) valueError('negative buffersize in read');
      const k = tableOf(interp()).byFd.get(intArg(fd));
      if (k === undefined) throw osError('EBADF');
      // Blocks until data arrives or every write end is closed (then b'': end of file).
      while (k.rx.length === 0 && k.peer !== null && !k.peer.closed) {
        yield new MachineRequest('wait-readable', { socks: [k], ns: -1 });
      }
      yield new MachineRequest('io', { ns: PIPE_SYSCALL_NS, result: None });
      const got = new PyBytes(Uint8Array.from(k.rx.splice(0, n)));
      reportTransfers(k, got.b.length);
      // Room in the pipe: writers blocked on it go on.
      if (k.writers.length > 0) {
        const m = machineOf(interp());
        m.notifyWritable(k, m.current().clock);
      }
      return got;
    }),
    func('write', 'fd, data, /', function* (fd: PyValue, data: PyValue): NativeGen {
      const k = tableOf(interp()).byFd.get(intArg(fd));
      if (k === undefined) throw osError('EBADF');
      const bytes = bytesLike(data);
      if (bytes === null) typeError(`a bytes-like object is required, not '${typeOf(data).name}'`);
      const peer = k.peer;
      const buf = bytes!.slice();
      const m = machineOf(interp());
      // A blocking write(2) returns once all of it is in the pipe: while the pipe is full it
      // waits for the reader to make room.
      for (let off = 0; ; ) {
        if (peer === null || peer.closed) throw osError('EPIPE');
        const room = peer.capacity - peer.rx.length;
        if (room <= 0) {
          yield new MachineRequest('wait-writable', { sock: peer });
          continue;
        }
        const end = Math.min(buf.length, off + room);
        for (let i = off; i < end; i++) peer.rx.push(buf[i]);
        if (m.objects !== null) peer.writes.push({ tid: m.current().tid, n: end - off, t: m.current().clock });
        m.notifyReadable(peer, m.current().clock);
        yield new MachineRequest('io', { ns: PIPE_SYSCALL_NS + Math.round((end - off) * 0.1), result: None });
        off = end;
        if (off >= buf.length) break;
      }
      return buf.length;
    }),
    func('close', 'fd', (fd: PyValue) => {
      const it = interp();
      const n = intArg(fd);
      if (!tableOf(it).byFd.has(n)) throw osError('EBADF');
      closeFd(it, n, machineOf(it).current().clock);
      return None;
    }),
    func('dup', 'fd, /', (fd: PyValue) => {
      const t = tableOf(interp());
      const k = t.byFd.get(intArg(fd));
      if (k === undefined) throw osError('EBADF');
      const n = t.next++;
      k.refs++;
      t.byFd.set(n, k);
      return n;
    }),
    // Descriptors for files are not simulated (open() gives file objects directly).
    func('open', 'path, flags, mode=511, *, dir_fd=None', () => {
      throw osErrorWith(95, 'os.open is not simulated in Interleave: use open()');
    }),
    func('WIFEXITED', 'status', (s: PyValue) => (intArg(s) & 0x7f) === 0),
    func('WEXITSTATUS', 'status', (s: PyValue) => (intArg(s) >> 8) & 0xff),
    func('WIFSIGNALED', 'status', (s: PyValue) => ((intArg(s) & 0x7f) + 1) >> 1 > 0 && (intArg(s) & 0x7f) !== 0x7f),
    func('WTERMSIG', 'status', (s: PyValue) => intArg(s) & 0x7f),
    func('WIFSTOPPED', 'status', (s: PyValue) => (intArg(s) & 0xff) === 0x7f),
    func('waitstatus_to_exitcode', 'status', (s: PyValue) => {
      const st = intArg(s);
      if ((st & 0x7f) === 0) return (st >> 8) & 0xff;
      if ((st & 0xff) !== 0x7f) return -(st & 0x7f);
      return valueError(`invalid wait status: ${st}`);
    }),
  ];
}

/** The reader took n bytes of k: a transfer event per writer whose bytes they were (traced runs). */
function reportTransfers(k: KernelSocket, n: number): void {
  const m = machineOf(interp());
  if (m.objects === null || k.writes.length === 0) return;
  const me = m.current();
  const from = new Map<number, { bytes: number; sent: number }>();
  while (n > 0 && k.writes.length > 0) {
    const w = k.writes[0];
    const take = Math.min(n, w.n);
    const f = from.get(w.tid) ?? { bytes: 0, sent: w.t };
    f.bytes += take;
    from.set(w.tid, f);
    w.n -= take;
    n -= take;
    if (w.n === 0) k.writes.shift();
  }
  for (const [tid, f] of from) m.emit({ k: 'transfer', t: me.clock, tid: me.tid, from: tid, bytes: f.bytes, sent: f.sent });
}

export const PROCESS_CONSTANTS: Record<string, number> = {
  WNOHANG, WUNTRACED: 2, WCONTINUED: 8,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 0o100, O_EXCL: 0o200, O_NOCTTY: 0o400, O_TRUNC: 0o1000,
  O_APPEND: 0o2000, O_NONBLOCK: 0o4000, O_CLOEXEC: 0o2000000,
};

/** OSError(errno, message) without a file name. */
function osErrorWith(errno: number, message: string): PyBaseException {
  return osErrorOf(errno, message);
}
