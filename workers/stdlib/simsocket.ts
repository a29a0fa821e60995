/**
 * `_interleave_socket`: the kernel side of Interleave's simulated sockets — connected pairs
 * (socket.socketpair()) whose bytes stay in the simulated machine — and `select.select` over
 * them. This is what asyncio's event loop needs to wake itself from another thread
 * (call_soon_threadsafe, run_in_executor, to_thread). The Python `socket` module (py/socket.py)
 * wraps these file descriptors; networking beyond socketpair is not simulated yet.
 */
import { PyObject, type PyValue } from '../python/objects/object';
import { None, builtinType, objectType } from '../python/objects/core-types';
import type { PyType } from '../python/objects/type';
import type { PyModule } from '../python/objects/module';
import { PyBytes } from '../python/objects/bytes';
import { PyFloat } from '../python/objects/float';
import { PyList } from '../python/objects/list';
import { newTuple } from '../python/objects/tuple';
import type { Interpreter } from '../python/vm/interpreter-state';
import { MachineRequest, type NativeGen } from '../python/vm/native';
import { func, method, getter } from '../python/runtime/define';
import { typeError, valueError, notImplementedError } from '../python/runtime/errors';
import { iterToArray } from '../python/ops/iter';
import { indexFast } from '../python/ops/subscript';
import { pyGetAttrOpt } from '../python/ops/attr';
import { pyCall } from '../python/ops/call';
import { defineAll, osError, osErrorOf, bytesLike, setNew, ERRNO } from './ioutil';
import { absPath, kindOf, setBytes } from './io/vfs';
import { PyBaseException } from '../python/objects/exception';
import { setTpName } from './util';
import { currentThread } from '../python/vm/current';
import { KernelSocket } from '../machine/kernel-socket';
import { machineOf } from '../machine/machine';

/** A select() or send() system call that does not block, in virtual time. */
const SYSCALL_NS = 1_000;
/** The lowest descriptor a socket gets (0–2 are the standard streams; files report 3). */
const FIRST_FD = 4;

export interface SocketTable {
  next: number;
  byFd: Map<number, KernelSocket>;
}
export const tableOf = (interp: Interpreter) => interp.ext<SocketTable>('sockets', () => ({ next: FIRST_FD, byFd: new Map() }));

function sockOf(interp: Interpreter, fd: PyValue): KernelSocket {
  const k = tableOf(interp).byFd.get(Number(fd));
  if (k === undefined || k.closed) throw osError('EBADF');
  return k;
}

/** A connected pair (a pipe, or socket.socketpair()), registered in the interpreter's table. */
export function newPair(interp: Interpreter): [KernelSocket, KernelSocket] {
  const t = tableOf(interp);
  const a = new KernelSocket(t.next++);
  const b = new KernelSocket(t.next++);
  a.peer = b;
  b.peer = a;
  t.byFd.set(a.fd, a);
  t.byFd.set(b.fd, b);
  return [a, b];
}

/** Close one end: its peer sees EOF (readers wake). */
export function closeSocket(interp: Interpreter, k: KernelSocket, t: number): void {
  closeFd(interp, k.fd, t);
}

/** close(fd): the descriptor goes; the end closes once no descriptor of any process refers to it. */
export function closeFd(interp: Interpreter, fd: number, t: number): void {
  const table = tableOf(interp).byFd;
  const k = table.get(fd);
  if (k === undefined || k.closed) return;
  table.delete(fd);
  // Another process (a fork) still holds this end open.
  if (--k.refs > 0) return;
  k.closed = true;
  if (k.listening) {
    // Nobody can connect any more; connections never accepted are dropped (their clients see EOF).
    const m = machineOf(interp);
    if (m.named.get(unixKey(k.path)) === k) m.named.delete(unixKey(k.path));
    for (const c of k.pending.splice(0)) {
      c.closed = true;
      if (c.peer !== null) m.notifyReadable(c.peer, t);
    }
  }
  // Writers blocked on a full buffer of this end get EPIPE.
  if (k.writers.length > 0) machineOf(interp).notifyWritable(k, t);
  if (k.peer !== null) machineOf(interp).notifyReadable(k.peer, t);
}

export function initSimSocket(interp: Interpreter, m: PyModule): void {
  defineAll(m, [
    func('socketpair', '', () => {
      const [a, b] = newPair(interp);
      return newTuple([a.fd, b.fd]);
    }),
    func('send', 'fd, data, /', function* (fd: PyValue, data: PyValue): NativeGen {
      const k = sockOf(interp, fd);
      const bytes = bytesLike(data);
      if (bytes === null) typeError(`a bytes-like object is required, not '${(data as { cls?: { name: string } }).cls?.name}'`);
      if (k.peer === null || k.peer.closed) throw osError('EPIPE');
      const peer = k.peer;
      for (const b of bytes!) peer.rx.push(b);
      const m = machineOf(interp);
      m.notifyReadable(peer, m.current().clock);
      // send(2) releases the GIL like any system call.
      yield new MachineRequest('io', { ns: SYSCALL_NS, result: None });
      return bytes!.length;
    }),
    func('recv', 'fd, bufsize, blocking, /', function* (fd: PyValue, size: PyValue, blocking: PyValue): NativeGen {
      const k = sockOf(interp, fd);
      const n = Number(size);
      if (n < 0) valueError('negative buffersize in recv');
      while (k.rx.length === 0 && k.peer !== null && !k.peer.closed) {
        if (blocking !== true) throw osError('EAGAIN');
        yield new MachineRequest('wait-readable', { socks: [k], ns: -1 });
      }
      return new PyBytes(Uint8Array.from(k.rx.splice(0, n)));
    }),
    func('close', 'fd, /', (fd: PyValue) => {
      closeFd(interp, Number(fd), machineOf(interp).current().clock);
      return None;
    }),
    ...unixSocketFunctions(interp),
  ]);
}

// ---- UNIX-domain stream sockets (multiprocessing.connection's Listener and Client) ----

const unixKey = (path: string) => `unix:${path}`;

function unixSocketFunctions(interp: Interpreter) {
  return [
    // socket(AF_UNIX, SOCK_STREAM): a descriptor for a socket not yet bound or connected.
    func('unix_socket', '', () => {
      const t = tableOf(interp);
      const k = new KernelSocket(t.next++);
      t.byFd.set(k.fd, k);
      return k.fd;
    }),
    func('bind', 'fd, path, /', (fd: PyValue, path: PyValue) => {
      const k = sockOf(interp, fd);
      if (typeof path !== 'string') typeError('bind(): AF_UNIX address must be str or bytes');
      const abs = absPath(interp, path as string);
      if (k.path !== '') throw osErrorNo(22, 'Invalid argument');
      if (kindOf(interp, abs) !== null) throw osErrorNo(98, 'Address already in use');
      // The socket appears in the file system (and os.unlink removes it).
      setBytes(interp, abs, new Uint8Array(0));
      k.path = abs;
      return None;
    }),
    func('listen', 'fd, backlog, /', (fd: PyValue) => {
      const k = sockOf(interp, fd);
      if (k.path === '') throw osErrorNo(22, 'Invalid argument');
      k.listening = true;
      machineOf(interp).named.set(unixKey(k.path), k);
      return None;
    }),
    func('accept', 'fd, /', function* (fd: PyValue): NativeGen {
      const k = sockOf(interp, fd);
      if (!k.listening) throw osErrorNo(22, 'Invalid argument');
      while (k.pending.length === 0) yield new MachineRequest('wait-readable', { socks: [k], ns: -1 });
      const conn = k.pending.shift()!;
      const t = tableOf(interp);
      conn.fd = t.next++;
      t.byFd.set(conn.fd, conn);
      yield new MachineRequest('io', { ns: SYSCALL_NS, result: None });
      return conn.fd;
    }),
    func('connect', 'fd, path, /', function* (fd: PyValue, path: PyValue): NativeGen {
      const k = sockOf(interp, fd);
      const abs = absPath(interp, String(path));
      const m = machineOf(interp);
      const listener = m.named.get(unixKey(abs));
      if (!(listener instanceof KernelSocket) || listener.closed) {
        if (kindOf(interp, abs) === null) throw osErrorNo(2, 'No such file or directory');
        throw osErrorNo(111, 'Connection refused');
      }
      const server = new KernelSocket(-1);
      k.peer = server;
      server.peer = k;
      listener.pending.push(server);
      m.notifyReadable(listener, m.current().clock);
      yield new MachineRequest('io', { ns: SYSCALL_NS, result: None });
      return None;
    }),
    func('getsockname', 'fd, /', (fd: PyValue) => {
      const k = sockOf(interp, fd);
      return k.path;
    }),
  ];
}

/** OSError(errno, strerror) with the errno's subclass, as the C socket module raises it. */
function osErrorNo(errno: number, text: string): PyBaseException {
  const name = Object.entries(ERRNO).find(([, v]) => v[0] === errno)?.[0];
  return name !== undefined ? osError(name as keyof typeof ERRNO) : osErrorOf(errno, text);
}

/** A select() entry's descriptor: an int or an object with fileno(). */
function* fdOf(x: PyValue): NativeGen<number> {
  let v = x;
  if (typeof x !== 'number' && typeof x !== 'bigint' && typeof x !== 'boolean') {
    const fileno = yield* pyGetAttrOpt(x, 'fileno');
    if (fileno === undefined) typeError('argument must be an int, or have a fileno() method.');
    v = yield* pyCall(fileno!, []);
  }
  const i = indexFast(v);
  if (i === null) typeError('fileno() returned a non-integer');
  if (Number(i) < 0) valueError(`file descriptor cannot be a negative integer (${i})`);
  return Number(i);
}

/**
 * select.select: descriptors of simulated sockets are readable when data (or EOF) waits; other
 * descriptors (files, the standard streams) are always ready, as regular files are. With nothing
 * ready the thread waits in I/O, the GIL released, until a socket becomes readable or the timeout.
 */
export function* simSelect(interp: Interpreter, r: PyValue, w: PyValue, x: PyValue, timeout: PyValue): NativeGen {
  const lists: PyValue[][] = [];
  for (const seq of [r, w, x]) lists.push(yield* iterToArray(seq));
  const fds: number[][] = [];
  for (const l of lists) {
    const out: number[] = [];
    for (const item of l) out.push(yield* fdOf(item));
    fds.push(out);
  }
  let ns = -1;
  if (timeout !== None) {
    let secs: number;
    if (timeout instanceof PyFloat) secs = timeout.v;
    else {
      const i = indexFast(timeout);
      if (i === null) typeError('timeout must be a float or None');
      secs = Number(i);
    }
    if (secs < 0) valueError('timeout must be non-negative');
    ns = Math.round(secs * 1e9);
  }
  const table = tableOf(interp);
  const ready = () => [
    lists[0].filter((_, i) => table.byFd.get(fds[0][i])?.readable() ?? true),
    lists[1].filter((_, i) => !(table.byFd.get(fds[1][i])?.closed ?? false)),
    [] as PyValue[],
  ];
  const socks = fds[0].map((fd) => table.byFd.get(fd)).filter((k): k is KernelSocket => k !== undefined);
  const anyReady = () => ready().some((l) => l.length > 0);
  yield* waitReadable('select.select()', socks, ns, anyReady);
  return newTuple(ready().map((l) => new PyList(l)));
}

/**
 * The blocking part of select()/epoll_wait(): at once (a system call that still releases the
 * GIL) when something is ready or the timeout is 0, else in I/O until one of `socks` becomes
 * readable or `ns` passes (-1: no timeout).
 */
function* waitReadable(what: string, socks: KernelSocket[], ns: number, anyReady: () => boolean): NativeGen<void> {
  if (anyReady() || ns === 0) {
    yield new MachineRequest('io', { ns: SYSCALL_NS, result: None });
    return;
  }
  if (socks.length === 0 && ns < 0) notImplementedError(`${what} with nothing to wait for and no timeout would wait forever`);
  if (socks.length === 0) yield new MachineRequest('io', { ns, result: None });
  else yield new MachineRequest('wait-readable', { socks, ns });
}

// ---- select.epoll: what selectors.DefaultSelector is on Linux (EpollSelector) ----

export const epollType = setTpName(builtinType('epoll', objectType, { module: 'select' }), 'select', 'epoll');
const EPOLLIN = 0x001;
const EPOLLOUT = 0x004;
export const EPOLL_CONSTANTS: Record<string, number> = {
  EPOLLIN, EPOLLPRI: 0x002, EPOLLOUT, EPOLLERR: 0x008, EPOLLHUP: 0x010, EPOLLRDNORM: 0x040,
  EPOLLRDBAND: 0x080, EPOLLWRNORM: 0x100, EPOLLWRBAND: 0x200, EPOLLMSG: 0x400, EPOLLRDHUP: 0x2000,
  EPOLLEXCLUSIVE: 1 << 28, EPOLLONESHOT: 1 << 30, EPOLLET: 1 << 31, EPOLL_CLOEXEC: 0x80000,
};

class PyEpoll extends PyObject {
  readonly registered = new Map<number, number>();
  closed = false;
  constructor(
    cls: PyType,
    readonly fd: number,
  ) {
    super(cls);
  }
  check(): void {
    if (this.closed) valueError('I/O operation on closed epoll object');
  }
}

{
  setNew(epollType, 'sizehint=-1, flags=0', (cls: PyType) => new PyEpoll(cls, tableOf(currentThread().interp).next++));
  method(epollType, 'register', 'fd, eventmask=7', function* (ep: PyEpoll, fd: PyValue, mask: PyValue): NativeGen {
    ep.check();
    const n = yield* fdOf(fd);
    if (ep.registered.has(n)) throw osError('EEXIST');
    ep.registered.set(n, Number(mask));
    return None;
  });
  method(epollType, 'modify', 'fd, eventmask', function* (ep: PyEpoll, fd: PyValue, mask: PyValue): NativeGen {
    ep.check();
    const n = yield* fdOf(fd);
    if (!ep.registered.has(n)) throw osError('ENOENT');
    ep.registered.set(n, Number(mask));
    return None;
  });
  method(epollType, 'unregister', 'fd', function* (ep: PyEpoll, fd: PyValue): NativeGen {
    ep.check();
    const n = yield* fdOf(fd);
    if (!ep.registered.delete(n)) throw osError('ENOENT');
    return None;
  });
  method(epollType, 'fileno', '', (ep: PyEpoll) => (ep.check(), ep.fd));
  method(epollType, 'close', '', (ep: PyEpoll) => ((ep.closed = true), None));
  getter(epollType, 'closed', (ep: PyEpoll) => ep.closed);
  method(epollType, '__enter__', '', (ep: PyEpoll) => (ep.check(), ep));
  method(epollType, '__exit__', '*args', (ep: PyEpoll) => ((ep.closed = true), None));
  // epoll_wait: timeout in seconds (-1 or None: forever), rounded up to whole milliseconds as
  // the system call takes it; readiness as select() sees it.
  method(epollType, 'poll', 'timeout=None, maxevents=-1', function* (ep: PyEpoll, timeout: PyValue, maxevents: PyValue): NativeGen {
    ep.check();
    let ns = -1;
    if (timeout !== None) {
      const secs = timeout instanceof PyFloat ? timeout.v : Number(indexFast(timeout) ?? typeError('timeout must be an integer or None'));
      if (secs >= 0) ns = Math.ceil(secs * 1e3) * 1e6;
    }
    const table = tableOf(currentThread().interp);
    const ready = (): PyValue[] => {
      const out: PyValue[] = [];
      for (const [fd, mask] of ep.registered) {
        const k = table.byFd.get(fd);
        let ev = 0;
        if (mask & EPOLLIN && (k === undefined || k.readable())) ev |= EPOLLIN;
        if (mask & EPOLLOUT && !(k?.closed ?? false)) ev |= EPOLLOUT;
        if (ev !== 0) out.push(newTuple([fd, ev]));
      }
      const max = Number(maxevents);
      return max > 0 ? out.slice(0, max) : out;
    };
    const socks = [...ep.registered.keys()].map((fd) => table.byFd.get(fd)).filter((k): k is KernelSocket => k !== undefined);
    yield* waitReadable('epoll.poll()', socks, ns, () => ready().length > 0);
    return new PyList(ready());
  });
}
