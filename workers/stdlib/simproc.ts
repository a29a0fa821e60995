/**
 * `_interleave_proc`: the programs `subprocess` can run, simulated inside the machine (there is
 * no operating system to exec). Each child is a small program that runs in virtual time — it
 * starts about a millisecond after Popen (fork + exec), reads its stdin pipe, writes its stdout,
 * sleeps, and exits — so pipelines, parallel children, timeouts and terminate() behave as with
 * real processes. The programs: echo, sleep, cat, md5sum, wc, true, false, and an `openssl enc`
 * stand-in (deterministic bytes, not real encryption). docs/simulated-world.md lists them.
 */
import type { PyValue } from '../python/objects/object';
import { None } from '../python/objects/core-types';
import type { PyModule } from '../python/objects/module';
import { PyFloat } from '../python/objects/float';
import { newTuple } from '../python/objects/tuple';
import type { Interpreter } from '../python/vm/interpreter-state';
import { MachineRequest, type NativeGen } from '../python/vm/native';
import { func } from '../python/runtime/define';
import { iterToArray } from '../python/ops/iter';
import { PyBaseException } from '../python/objects/exception';
import { fileNotFoundErrorType } from '../python/runtime/errors';
import { PyDict } from '../python/objects/dict';
import { createDigest } from '../python/hashing/digests';
import { defineAll } from './ioutil';
import { newPair, closeSocket, tableOf } from './simsocket';
import { KernelSocket } from '../machine/kernel-socket';
import { machineOf, type Machine } from '../machine/machine';

/** fork + exec of a small program. */
const START_NS = 500_000;
/** A program's work per step (a read or write system call and a little computing). */
const STEP_NS = 20_000;
const PIPE = -1;
const STDOUT = -2;
const DEVNULL = -3;

/** What a simulated program asks for; `read` is answered with the next chunk of stdin, or null at EOF. */
type Step = { sleep: number } | { read: true } | { out: Uint8Array; err?: boolean } | { exit: number };
type Program = (args: string[]) => Generator<Step, void, Uint8Array | null>;

const enc = (s: string) => new TextEncoder().encode(s);

function* readAll(): Generator<Step, Uint8Array, Uint8Array | null> {
  const parts: Uint8Array[] = [];
  for (;;) {
    const chunk = yield { read: true };
    if (chunk === null) break;
    parts.push(chunk);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let i = 0;
  for (const p of parts) {
    out.set(p, i);
    i += p.length;
  }
  return out;
}

const PROGRAMS: Record<string, Program> = {
  *echo(args) {
    const noNewline = args[0] === '-n';
    const words = noNewline ? args.slice(1) : args;
    yield { out: enc(words.join(' ') + (noNewline ? '' : '\n')) };
  },
  *sleep(args) {
    const secs = Number(args[0]);
    if (args.length === 0 || !(secs >= 0)) {
      yield { out: enc(args.length === 0 ? 'sleep: missing operand\n' : `sleep: invalid time interval '${args[0]}'\n`), err: true };
      yield { exit: 1 };
      return;
    }
    yield { sleep: Math.round(secs * 1e9) };
  },
  *cat() {
    for (;;) {
      const chunk = yield { read: true };
      if (chunk === null) return;
      yield { out: chunk };
    }
  },
  *md5sum() {
    const data = yield* readAll();
    yield { out: enc(`${createDigest('md5', data).hexdigest()}  -\n`) };
  },
  *wc(args) {
    const data = yield* readAll();
    const text = new TextDecoder().decode(data);
    const counts: Record<string, number> = {
      '-l': (text.match(/\n/g) ?? []).length,
      '-w': text.split(/\s+/).filter(Boolean).length,
      '-c': data.length,
    };
    const wanted = args.filter((a) => a in counts);
    const shown = (wanted.length > 0 ? wanted : ['-l', '-w', '-c']).map((a) => counts[a]);
    yield { out: enc(shown.length === 1 ? `${shown[0]}\n` : shown.map((n) => String(n).padStart(7)).join(' ') + '\n') };
  },
  *true() {},
  *false() {
    yield { exit: 1 };
  },
  // A stand-in for `openssl enc`: "Salted__", an 8-byte salt and the input padded to 8 bytes,
  // mixed with an MD5 keystream — deterministic for the input, as long as the real output.
  *openssl(args) {
    if (args[0] !== 'enc') {
      yield { out: enc(`Invalid command '${args[0] ?? ''}'; type "help" for a list.\n`), err: true };
      yield { exit: 1 };
      return;
    }
    if (!args.includes('-iter') && !args.includes('-pbkdf2')) {
      // What OpenSSL 3 prints for the seed's command line.
      yield { out: enc('*** WARNING : deprecated key derivation used.\nUsing -iter or -pbkdf2 would be better.\n'), err: true };
    }
    const data = yield* readAll();
    const pad = 8 - (data.length % 8);
    const plain = new Uint8Array(data.length + pad).fill(pad);
    plain.set(data);
    const salt = createDigest('md5', data).digest().slice(0, 8);
    const out = new Uint8Array(16 + plain.length);
    out.set(enc('Salted__'));
    out.set(salt, 8);
    let key: Uint8Array = salt;
    for (let i = 0; i < plain.length; i++) {
      if (i % 16 === 0) key = createDigest('md5', Uint8Array.from([...key, i & 255])).digest();
      out[16 + i] = plain[i] ^ key[i % 16];
    }
    yield { out };
  },
};

/** Where a child's output goes: a pipe, the parent's own stdout/stderr, or nowhere. */
type Sink = KernelSocket | 'stdout' | 'stderr' | 'devnull';

class Child {
  returncode: number | null = null;
  /** Readable (its peer closed) once the child has exited: what wait() blocks on. */
  readonly exitRead: KernelSocket;
  private readonly exitWrite: KernelSocket;
  private readonly gen: Generator<Step, void, Uint8Array | null>;
  private killed = false;

  constructor(
    private readonly interp: Interpreter,
    readonly pid: number,
    program: Program,
    args: string[],
    private readonly stdin: KernelSocket | null,
    private readonly stdout: Sink,
    private readonly stderr: Sink,
  ) {
    [this.exitRead, this.exitWrite] = newPair(interp);
    this.gen = program(args);
  }

  private get m(): Machine {
    return machineOf(this.interp);
  }

  start(t: number): void {
    this.m.timers.add(t + START_NS, () => this.step(t + START_NS, undefined));
  }

  private step(t: number, value: Uint8Array | null | undefined): void {
    if (this.killed) return;
    const r = this.gen.next(value as Uint8Array | null);
    if (r.done) return this.exit(0, t);
    const s = r.value;
    if ('exit' in s) return this.exit(s.exit, t);
    if ('sleep' in s) {
      this.m.timers.add(t + s.sleep, () => this.step(t + s.sleep, undefined));
      return;
    }
    if ('out' in s) {
      this.write(s.err ? this.stderr : this.stdout, s.out, t);
      this.m.timers.add(t + STEP_NS, () => this.step(t + STEP_NS, undefined));
      return;
    }
    this.read(t);
  }

  private read(t: number): void {
    const k = this.stdin;
    if (k === null) return this.resumeLater(t, null);
    if (k.rx.length > 0) return this.resumeLater(t, Uint8Array.from(k.rx.splice(0)));
    if (k.peer === null || k.peer.closed) return this.resumeLater(t, null);
    k.listeners.push((at) => this.read(Math.max(at, t)));
  }

  private resumeLater(t: number, value: Uint8Array | null): void {
    this.m.timers.add(t + STEP_NS, () => this.step(t + STEP_NS, value));
  }

  private write(sink: Sink, data: Uint8Array, t: number): void {
    if (sink === 'devnull') return;
    if (sink === 'stdout' || sink === 'stderr') {
      // Straight to the file descriptor the child inherited: no Python buffer in between.
      this.interp.out.write(sink, new TextDecoder().decode(data));
      return;
    }
    const peer = sink.peer;
    if (peer === null || peer.closed) return;
    for (const b of data) peer.rx.push(b);
    this.m.notifyReadable(peer, t);
  }

  exit(code: number, t: number): void {
    if (this.returncode !== null) return;
    this.returncode = code;
    this.m.emit({ k: 'process-exit', t, pid: this.pid, exitCode: code });
    this.killed = true;
    for (const s of [this.stdout, this.stderr]) if (s instanceof KernelSocket) closeSocket(this.interp, s, t);
    if (this.stdin !== null) closeSocket(this.interp, this.stdin, t);
    closeSocket(this.interp, this.exitWrite, t);
  }
}

const childrenOf = (interp: Interpreter) => interp.ext('subprocess.children', () => new Map<number, Child>());

function* argList(v: PyValue): NativeGen<string[]> {
  return (yield* iterToArray(v)).map((a) => String(a));
}

export function initSimProc(interp: Interpreter, m: PyModule): void {
  const children = childrenOf(interp);
  const child = (pid: PyValue) => children.get(Number(pid))!;
  defineAll(m, [
    /**
     * spawn(args, stdin, stdout, stderr) -> (pid, stdin_fd, stdout_fd, stderr_fd). stdin: PIPE,
     * DEVNULL, None (inherit: empty) or the fd of a pipe another child writes; stdout/stderr:
     * PIPE, DEVNULL, None (inherit), and stderr STDOUT.
     */
    func('spawn', 'args, stdin, stdout, stderr, /', function* (argsV: PyValue, stdinV: PyValue, stdoutV: PyValue, stderrV: PyValue): NativeGen {
      const args = yield* argList(argsV);
      const name = (args[0] ?? '').split('/').pop()!;
      const program = Object.prototype.hasOwnProperty.call(PROGRAMS, name) ? PROGRAMS[name] : undefined;
      if (program === undefined) {
        const e = new PyBaseException(fileNotFoundErrorType, [2, 'No such file or directory']);
        e.dict = new PyDict();
        e.dict.setStr('errno', 2);
        e.dict.setStr('strerror', 'No such file or directory');
        e.dict.setStr('filename', args[0] ?? '');
        e.dict.setStr('filename2', None);
        throw e;
      }
      let stdinFd: PyValue = None;
      let stdin: KernelSocket | null = null;
      if (stdinV === PIPE) {
        const [parentEnd, childEnd] = newPair(interp);
        stdinFd = parentEnd.fd;
        stdin = childEnd;
      } else if (typeof stdinV === 'number' && stdinV >= 0) stdin = tableOf(interp).byFd.get(stdinV) ?? null;
      const sink = (v: PyValue, inherited: 'stdout' | 'stderr', fdOut: (fd: number) => void): Sink => {
        if (v === PIPE) {
          const [parentEnd, childEnd] = newPair(interp);
          fdOut(parentEnd.fd);
          return childEnd;
        }
        return v === DEVNULL ? 'devnull' : inherited;
      };
      let stdoutFd: PyValue = None;
      let stderrFd: PyValue = None;
      const stdout = sink(stdoutV, 'stdout', (fd) => (stdoutFd = fd));
      const stderr = stderrV === STDOUT ? stdout : sink(stderrV, 'stderr', (fd) => (stderrFd = fd));
      const pid = machineOf(interp).allocatePid();
      const c = new Child(interp, pid, program, args.slice(1), stdin, stdout, stderr);
      children.set(pid, c);
      const mach = machineOf(interp);
      mach.emit({ k: 'process', t: mach.current().clock, pid, name: args.join(' '), ppid: mach.current().proc.pid });
      c.start(mach.current().clock);
      return newTuple([pid, stdinFd, stdoutFd, stderrFd]);
    }),
    func('poll', 'pid, /', (pid: PyValue) => child(pid).returncode ?? None),
    // wait(pid, timeout) -> returncode, or None when the timeout passed first.
    func('wait', 'pid, timeout, /', function* (pid: PyValue, timeout: PyValue): NativeGen {
      const c = child(pid);
      if (c.returncode === null) {
        const ns = timeout === None ? -1 : Math.round((timeout instanceof PyFloat ? timeout.v : Number(timeout)) * 1e9);
        yield new MachineRequest('wait-readable', { socks: [c.exitRead], ns });
      }
      return c.returncode ?? None;
    }),
    func('kill', 'pid, signal, /', (pid: PyValue, sig: PyValue) => {
      const c = child(pid);
      if (c.returncode === null) c.exit(-Number(sig), machineOf(interp).current().clock);
      return None;
    }),
  ]);
}
