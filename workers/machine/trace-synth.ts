/**
 * A synthetic trace source for tests, benchmarks and the Perfetto example: a toy machine (seeded,
 * no wall clock) whose threads run, print, take and release locks with timeouts, put and get on
 * queues, use a semaphore, sleep and do I/O, and switch GIL holders by forced drop requests, with
 * the invariants the real machine keeps (one GIL holder per process, one thread per core, a
 * running thread holds its GIL and a core). Not a model of CPython: only a realistic event mix.
 */
import type { ThreadRunState, TraceEvent, TraceSink } from './trace-events';

export interface SynthOptions {
  /** Stop after about this many events (then an 'end' event). */
  events: number;
  seed?: number;
  processes?: number;
  threadsPerProcess?: number;
  cores?: number;
}

interface Th { tid: number; pid: number; name: string; state: ThreadRunState; core: number; obj: number; line: number; wake: number; wants: boolean }
interface Proc { pid: number; holder: number }
interface Lock { oid: number; label: string; owner: number; count: number; waiters: number[] }
interface Queue { oid: number; label: string; items: string[] }
interface Sem { oid: number; label: string; value: number; waiters: number[] }

/** xorshift32: deterministic, seedable. */
function rng(seed: number): (n: number) => number {
  let x = seed | 0 || 0x9e3779b9;
  return (n) => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return (x >>> 0) % n;
  };
}

class Synth {
  t = 0;
  count = 0;
  readonly threads: Th[] = [];
  readonly procs: Proc[] = [];
  readonly cores: number[];
  readonly locks: Lock[] = [];
  readonly queues: Queue[] = [];
  readonly sems: Sem[] = [];
  private nextItem = 0;
  /** The thread that just dropped the GIL on request: it must not win it straight back. */
  yielder: Th | null = null;

  constructor(private readonly sink: TraceSink, readonly rand: (n: number) => number, cores: number) {
    this.cores = new Array<number>(cores).fill(0);
  }

  emit(ev: TraceEvent): void {
    this.sink.emit(ev);
    this.count++;
  }

  setState(th: Th, state: ThreadRunState, core = -1, obj = 0): void {
    if (th.state === state && th.core === core && th.obj === obj) return;
    th.state = state; th.core = core; th.obj = obj;
    this.emit({ k: 'state', t: this.t, tid: th.tid, state, core, obj, line: th.line, file: 'main.py' });
  }

  /** th stops running: frees its core and (unless it keeps waiting for it) its GIL. */
  leave(th: Th, state: ThreadRunState, obj = 0, wake = Infinity, forced = false): void {
    const p = this.procs[th.pid - 1];
    this.cores[th.core] = 0;
    p.holder = 0;
    this.emit({ k: 'gil-drop', t: this.t, pid: th.pid, tid: th.tid, forced });
    th.wake = wake;
    th.wants = state === 'gil-wait';
    this.setState(th, state, -1, obj);
  }

  /** Puts every thread that wants to run on a free core when its GIL is free; others wait. */
  dispatch(): void {
    const wanting = this.threads.filter((th) => th.wants);
    for (let k = wanting.length; k > 1; k--) { const j = this.rand(k); [wanting[k - 1], wanting[j]] = [wanting[j], wanting[k - 1]]; }
    const y = this.yielder ? wanting.indexOf(this.yielder) : -1;
    if (y >= 0) wanting.push(wanting.splice(y, 1)[0]);
    this.yielder = null;
    for (const th of wanting) {
      const p = this.procs[th.pid - 1];
      const core = this.cores.indexOf(0);
      if (p.holder === 0 && core >= 0) {
        p.holder = th.tid;
        this.cores[core] = th.tid;
        th.wants = false;
        this.emit({ k: 'gil-take', t: this.t, pid: th.pid, tid: th.tid });
        this.setState(th, 'running', core);
      } else this.setState(th, p.holder === 0 ? 'ready' : 'gil-wait');
    }
  }

  wakeUp(th: Th): void {
    th.wake = Infinity;
    th.wants = true;
  }

  lockEvent(l: Lock, tid: number, op: 'acquire' | 'release' | 'wait' | 'timeout'): void {
    this.emit({ k: 'lock', t: this.t, oid: l.oid, tid, op, owner: l.owner, count: l.count, waiters: l.waiters.slice() });
  }

  semEvent(s: Sem, tid: number, op: string): void {
    this.emit({ k: 'sync', t: this.t, oid: s.oid, tid, op, value: s.value, waiters: s.waiters.slice() });
  }

  /** A blocked or sleeping thread's time ran out. */
  timeout(th: Th): void {
    const l = this.locks.find((x) => x.oid === th.obj);
    const s = this.sems.find((x) => x.oid === th.obj);
    if (th.state === 'blocked' && l) { l.waiters.splice(l.waiters.indexOf(th.tid), 1); this.lockEvent(l, th.tid, 'timeout'); }
    if (th.state === 'blocked' && s) { s.waiters.splice(s.waiters.indexOf(th.tid), 1); this.semEvent(s, th.tid, 'timeout'); }
    this.wakeUp(th);
  }

  act(th: Th): void {
    const r = this.rand(100);
    const p = this.procs[th.pid - 1];
    th.line = 1 + this.rand(40);
    if (r < 40) return; // computing
    if (r < 46) { this.emit({ k: 'output', t: this.t, tid: th.tid, stream: this.rand(20) ? 'stdout' : 'stderr', text: `${th.name}: step ${this.rand(1000)}\n` }); return; }
    if (r < 66) {
      const w = this.threads.find((x) => x.pid === th.pid && x.state === 'gil-wait');
      if (!w) return;
      this.emit({ k: 'gil-request', t: this.t, pid: p.pid, tid: w.tid, holder: th.tid });
      this.leave(th, 'gil-wait', 0, Infinity, true);
      this.yielder = th;
      return;
    }
    if (r < 74) { this.leave(th, r < 70 ? 'sleeping' : 'io', 0, this.t + 100_000 + this.rand(3_000_000)); return; }
    if (r < 79) return this.acquire(th, this.locks[this.rand(this.locks.length)]);
    if (r < 84) return this.release(th);
    if (r < 94) return this.queueOp(th, this.queues[this.rand(this.queues.length)], r < 89);
    this.semOp(th, this.sems[this.rand(this.sems.length)], r < 97);
  }

  acquire(th: Th, l: Lock): void {
    if (l.owner === 0 || l.owner === th.tid) { l.owner = th.tid; l.count++; this.lockEvent(l, th.tid, 'acquire'); return; }
    l.waiters.push(th.tid);
    this.lockEvent(l, th.tid, 'wait');
    this.leave(th, 'blocked', l.oid, this.t + 1_000_000 + this.rand(10_000_000));
  }

  release(th: Th): void {
    const l = this.locks.find((x) => x.owner === th.tid);
    if (!l) return;
    if (--l.count === 0) {
      const next = l.waiters.shift();
      l.owner = next ?? 0;
      if (next !== undefined) { l.count = 1; this.wakeUp(this.threads[next - 1]); }
    }
    this.lockEvent(l, th.tid, 'release');
  }

  queueOp(th: Th, q: Queue, put: boolean): void {
    if (put) {
      const item = this.rand(4) ? `'job-${this.nextItem++}'` : String(this.rand(100));
      q.items.push(item);
      this.emit({ k: 'queue', t: this.t, oid: q.oid, tid: th.tid, op: 'put', item, contents: q.items.slice() });
      const getter = this.threads.find((x) => x.state === 'blocked' && x.obj === q.oid && x.wake !== Infinity);
      if (getter) { this.wakeUp(getter); this.queueOp(getter, q, false); }
    } else if (q.items.length) {
      const item = q.items.shift()!;
      this.emit({ k: 'queue', t: this.t, oid: q.oid, tid: th.tid, op: 'get', item, contents: q.items.slice() });
    } else this.leave(th, 'blocked', q.oid, this.t + 1_000_000 + this.rand(5_000_000));
  }

  semOp(th: Th, s: Sem, acquire: boolean): void {
    if (!acquire) {
      const next = s.waiters.shift();
      if (next !== undefined) this.wakeUp(this.threads[next - 1]);
      else s.value++;
      this.semEvent(s, th.tid, 'release');
    } else if (s.value > 0) { s.value--; this.semEvent(s, th.tid, 'acquire'); }
    else { s.waiters.push(th.tid); this.semEvent(s, th.tid, 'wait'); this.leave(th, 'blocked', s.oid, this.t + 500_000 + this.rand(5_000_000)); }
  }
}

function setUp(s: Synth, procs: number, perProc: number): void {
  s.emit({ k: 'machine', t: 0, cores: s.cores.length, switchIntervalNs: 5_000_000, version: '3.11' });
  let oid = 1;
  for (let p = 1; p <= procs; p++) {
    s.procs.push({ pid: p, holder: 0 });
    s.emit({ k: 'process', t: 0, pid: p, name: p === 1 ? 'MainProcess' : `Process-${p - 1}`, ppid: p === 1 ? 0 : 1 });
    for (let i = 0; i < perProc; i++) {
      const tid = s.threads.length + 1;
      const name = i === 0 ? 'MainThread' : `Thread-${tid - p} (worker)`;
      s.threads.push({ tid, pid: p, name, state: 'ready', core: -2, obj: 0, line: 1, wake: Infinity, wants: true });
      s.emit({ k: 'thread', t: 0, tid, pid: p, name, daemon: i > 2 });
      s.emit({ k: 'object', t: 0, oid: oid++, kind: 'thread', label: name, capacity: 0 });
    }
  }
  for (const [label, kind] of [['lock', 'lock'], ['counter_lock', 'rlock']] as const) {
    s.locks.push({ oid, label, owner: 0, count: 0, waiters: [] });
    s.emit({ k: 'object', t: 0, oid: oid++, kind, label, capacity: 0 });
  }
  for (const label of ['q', 'results']) {
    s.queues.push({ oid, label, items: [] });
    s.emit({ k: 'object', t: 0, oid: oid++, kind: 'queue', label, capacity: 0 });
  }
  s.sems.push({ oid, label: 'slots', value: 2, waiters: [] });
  s.emit({ k: 'object', t: 0, oid: oid++, kind: 'semaphore', label: 'slots', capacity: 2 });
}

/** Emits a synthetic run of about `opts.events` events into `sink`. */
export function synthTrace(opts: SynthOptions, sink: TraceSink): void {
  const s = new Synth(sink, rng(opts.seed ?? 1), opts.cores ?? 4);
  setUp(s, opts.processes ?? 2, opts.threadsPerProcess ?? 4);
  s.dispatch();
  s.emit({ k: 'thread-name', t: 0, tid: 2, name: 'Thread-1 (producer)' });
  s.threads[1].name = 'Thread-1 (producer)';
  while (s.count < opts.events - 1) {
    const running = s.threads.filter((th) => th.state === 'running');
    const nextWake = Math.min(...s.threads.map((th) => th.wake));
    s.t = running.length ? s.t + 200 + s.rand(20_000) : Math.max(s.t, nextWake);
    for (const th of s.threads) if (th.wake <= s.t) s.timeout(th);
    if (running.length) s.act(running[s.rand(running.length)]);
    s.dispatch();
  }
  s.t += 1000;
  s.emit({ k: 'exception', t: s.t, tid: s.threads.length, text: 'Traceback (most recent call last):\n  File "main.py", line 9, in worker\nValueError: bad job\n' });
  for (const th of s.threads) {
    if (th.state === 'running') s.leave(th, 'done');
    else s.setState(th, 'done');
  }
  s.emit({ k: 'end', t: s.t, exitCode: 0, reason: '' });
}

/** The events of a small synthetic run, as objects. */
export function synthEvents(opts: SynthOptions): TraceEvent[] {
  const out: TraceEvent[] = [];
  synthTrace(opts, { emit: (ev) => out.push(ev) });
  return out;
}

/** The run exported to docs/trace-example.json (small enough to read, busy enough to show everything). */
export const EXAMPLE_SYNTH: SynthOptions = { events: 400, seed: 5, processes: 2, threadsPerProcess: 3, cores: 2 };

/**
 * A hand-written run: MainThread computes on core 0 until Thread-1 (waiting for the GIL since
 * t = 0) gets it by a drop request, takes a lock, prints and finishes on core 1.
 */
export const TWO_THREAD_RUN: readonly TraceEvent[] = [
  { k: 'machine', t: 0, cores: 2, switchIntervalNs: 5_000_000, version: '3.11' },
  { k: 'process', t: 0, pid: 1, name: 'MainProcess', ppid: 0 },
  { k: 'thread', t: 0, tid: 1, pid: 1, name: 'MainThread', daemon: false },
  { k: 'thread', t: 0, tid: 2, pid: 1, name: 'Thread-1 (work)', daemon: false },
  { k: 'object', t: 0, oid: 7, kind: 'lock', label: 'lock', capacity: 0 },
  { k: 'gil-take', t: 0, pid: 1, tid: 1 },
  { k: 'state', t: 0, tid: 1, state: 'running', core: 0, obj: 0, line: 3, file: 'main.py' },
  { k: 'state', t: 0, tid: 2, state: 'gil-wait', core: -1, obj: 0, line: 1, file: 'main.py' },
  { k: 'gil-request', t: 5_000_000, pid: 1, tid: 2, holder: 1 },
  { k: 'gil-drop', t: 5_000_500, pid: 1, tid: 1, forced: true },
  { k: 'state', t: 5_000_500, tid: 1, state: 'gil-wait', core: -1, obj: 0, line: 4, file: 'main.py' },
  { k: 'gil-take', t: 5_001_000, pid: 1, tid: 2 },
  { k: 'state', t: 5_001_000, tid: 2, state: 'running', core: 1, obj: 0, line: 1, file: 'main.py' },
  { k: 'lock', t: 5_002_000, oid: 7, tid: 2, op: 'acquire', owner: 2, count: 1, waiters: [] },
  { k: 'output', t: 5_003_000, tid: 2, stream: 'stdout', text: 'hi\n' },
  { k: 'state', t: 6_000_000, tid: 2, state: 'done', core: -1, obj: 0, line: 9, file: 'main.py' },
  { k: 'gil-drop', t: 6_000_000, pid: 1, tid: 2, forced: false },
  { k: 'end', t: 6_000_000, exitCode: 0, reason: '' },
];
