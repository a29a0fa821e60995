/**
 * The trace's object events (trace-objects.ts, trace-hooks.ts): the program's own locks, queues
 * and sync objects with their variable names, lock owners and waiters, queue contents, output
 * by thread, thread-ending exceptions — and that tracing changes nothing about the run.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram, BufferSink } from '../python/run-program';
import type { MachineSettings } from './settings';
import type { TraceEvent } from './trace-events';
import { TraceRecorder } from './trace-recorder';
import { readRecorder } from './trace-reader';
import { stateAt, stateAtTime } from './trace-state';

type Ev<K extends TraceEvent['k']> = TraceEvent & { k: K };

function traced(source: string, machine: Partial<MachineSettings> = {}, stdoutIsTty = false) {
  const events: TraceEvent[] = [];
  const sink = new BufferSink();
  const result = runProgram(source, sink, { machine, stdoutIsTty, trace: { emit: (ev) => events.push(ev) } });
  const of = <K extends TraceEvent['k']>(k: K) => events.filter((e): e is Ev<K> => e.k === k);
  const oid = (label: string) => of('object').find((o) => o.label === label)?.oid ?? -1;
  return { events, of, oid, out: sink.stdout, err: sink.stderr, result };
}

const PRODUCER_CONSUMER = `
import threading, queue, time
q = queue.Queue(maxsize=2)
lock = threading.Lock()
def producer():
    for i in range(4):
        q.put(i)
        with lock:
            print('put', i)
def consumer():
    for _ in range(4):
        x = q.get()
        time.sleep(0.01)
        q.task_done()
t1 = threading.Thread(target=producer)
t2 = threading.Thread(target=consumer)
t1.start(); t2.start()
q.join()
t1.join(); t2.join()
`;

describe('objects in the trace', () => {
  it('names the program\u2019s objects and leaves the library\u2019s internal ones out', () => {
    const { of } = traced(PRODUCER_CONSUMER);
    // Queue() makes 3 Conditions and a lock, each Thread an Event and locks: none of them show.
    expect(of('object').map((o) => [o.label, o.kind, o.capacity])).toEqual([
      ['q', 'queue', 2], ['lock', 'lock', 0],
    ]);
  });

  it('reports each put and get with the item and the contents afterwards', () => {
    const { of, oid } = traced(PRODUCER_CONSUMER);
    const q = oid('q');
    const ops = of('queue').filter((e) => e.oid === q).map((e) => `${e.op} ${e.item} [${e.contents.join(',')}]`);
    expect(ops.filter((o) => o.startsWith('put')).map((o) => o.split(' ')[1])).toEqual(['0', '1', '2', '3']);
    expect(ops.filter((o) => o.startsWith('get')).map((o) => o.split(' ')[1])).toEqual(['0', '1', '2', '3']);
    // Replaying the events gives back each reported content list.
    const contents: string[] = [];
    for (const e of of('queue')) {
      if (e.op === 'put') contents.push(e.item);
      else expect(contents.shift()).toBe(e.item);
      expect(e.contents).toEqual(contents);
    }
  });

  it('shows a thread blocked on the queue it waits for, at the line of the program that called', () => {
    const { of, oid } = traced(PRODUCER_CONSUMER);
    const blocked = of('state').filter((s) => s.state === 'blocked' && s.obj === oid('q'));
    expect(blocked.length).toBeGreaterThan(0);
    for (const s of blocked) expect(s.file).toBe('main.py');
    // The producer blocks in q.put (line 7) once the queue is full; main blocks in q.join (line 18).
    expect(new Set(blocked.map((s) => `${s.tid}:${s.line}`))).toEqual(new Set(['2:7', '1:18']));
  });

  it('reports unfinished tasks once the program uses task_done/join', () => {
    const { of, oid } = traced(PRODUCER_CONSUMER);
    const counts = of('sync').filter((e) => e.oid === oid('q')).map((e) => `${e.op}=${e.value}`);
    expect(counts.filter((c) => c.startsWith('task_done')).at(-1)).toBe('task_done=0');
    expect(counts.at(-1)).toBe('joined=0');
  });

  it('gives lock owners, recursion counts and waiters in wait order', () => {
    const { of, oid } = traced(`
import threading, time
lock = threading.Lock()
rl = threading.RLock()
def worker():
    with lock:
        pass
with rl:
    with rl:
        pass
lock.acquire()
ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts: t.start()
time.sleep(0.01)
lock.release()
for t in ts: t.join()
`, { policy: 'fifo' });
    const rl = of('lock').filter((e) => e.oid === oid('rl')).map((e) => `${e.op}:${e.owner}:${e.count}`);
    expect(rl).toEqual(['acquire:1:1', 'acquire:1:2', 'release:1:1', 'release:0:0']);
    const lock = of('lock').filter((e) => e.oid === oid('lock'));
    const waits = lock.filter((e) => e.op === 'wait');
    expect(waits.map((e) => e.waiters)).toEqual([[2], [2, 3], [2, 3, 4]]);
    // The main thread's release frees the lock and wakes the first waiter (fifo policy), which
    // takes it when it runs.
    const i = lock.findIndex((e) => e.op === 'release' && e.tid === 1);
    expect([lock[i].owner, lock[i].waiters]).toEqual([0, [3, 4]]);
    expect([lock[i + 1].op, lock[i + 1].tid, lock[i + 1].owner]).toEqual(['acquire', 2, 2]);
  });

  it('reports Event, Semaphore, Condition and Barrier changes with their values', () => {
    const { of, oid } = traced(`
import threading
ev = threading.Event()
sem = threading.Semaphore(2)
cond = threading.Condition()
bar = threading.Barrier(2)
def worker():
    ev.wait()
    with sem:
        bar.wait()
t = threading.Thread(target=worker); t.start()
ev.set()
bar.wait()
with cond:
    cond.notify()
t.join()
`, { policy: 'fifo' });
    const ops = (label: string) => of('sync').filter((e) => e.oid === oid(label)).map((e) => `${e.op}=${e.value}`);
    expect(ops('ev')).toEqual(['wait=0', 'set=1']);
    expect(ops('sem')).toEqual(['acquire=1', 'release=2']);
    expect(ops('cond')).toEqual(['notify=0']);
    expect(ops('bar')[0]).toBe('wait=1');
    expect(ops('bar')).toContain('release=2');
  });

  it('lists a PriorityQueue front first and a LifoQueue newest first', () => {
    const { of, oid } = traced(`
import queue
pq = queue.PriorityQueue()
for x in [(3, 'c'), (1, 'a'), (2, 'b')]: pq.put(x)
lq = queue.LifoQueue()
for x in 'xyz': lq.put(x)
`);
    const last = (label: string) => of('queue').filter((e) => e.oid === oid(label)).at(-1)!.contents;
    expect(last('pq')).toEqual(["(1, 'a')", "(2, 'b')", "(3, 'c')"]);
    expect(last('lq')).toEqual(["'z'", "'y'", "'x'"]);
  });

  const PRINTS = `
import threading
def boom():
    print('about to fail')
    raise ValueError('bad')
t = threading.Thread(target=boom); t.start(); t.join()
print('main', 'done')
raise KeyError('k')
`;
  it('reports output line by line with the thread that printed it, and exceptions that end threads', () => {
    const { of } = traced(PRINTS, {}, true);
    expect(of('output').map((o) => [o.tid, o.stream, o.text]).filter(([, s]) => s === 'stdout')).toEqual([
      [2, 'stdout', 'about to fail\n'], [1, 'stdout', 'main done\n'],
    ]);
    const exc = of('exception');
    expect(exc.map((e) => e.tid)).toEqual([2, 1]);
    expect(exc[0].text).toMatch(/^Exception in thread Thread-1 \(boom\):\nTraceback[\s\S]*ValueError: bad\n$/);
    expect(exc[1].text).toMatch(/^Traceback[\s\S]*KeyError: 'k'\n$/);
  });

  it('writes a pipe\'s block-buffered stdout at exit, in one piece (a terminal\'s line by line)', () => {
    const piped = traced(PRINTS).of('output').filter((o) => o.stream === 'stdout');
    expect(piped.map((o) => [o.tid, o.text])).toEqual([[1, 'about to fail\nmain done\n']]);
    const tty = traced(PRINTS, {}, true).of('output').filter((o) => o.stream === 'stdout');
    expect(tty.length).toBe(2);
    // Each line written to the terminal is a write(2) that releases the GIL: an 'io' state.
    const ioStates = traced(PRINTS, {}, true).of('state').filter((s) => s.state === 'io');
    expect(ioStates.length).toBeGreaterThanOrEqual(2);
  });

  it('names the lock a deadlocked thread waits for', () => {
    const { of, oid, result } = traced(readFileSync(join(__dirname, 'fidelity', 'deadlock_two_locks.py'), 'utf8'));
    expect(result.exitCode).toBe(1);
    const objs = of('object').filter((o) => o.kind === 'lock').map((o) => o.label).sort();
    expect(objs.length).toBe(2);
    const lastBlocked = new Map<number, number>();
    for (const s of of('state')) if (s.state === 'blocked') lastBlocked.set(s.tid, s.obj);
    const waitedFor = [...lastBlocked.values()].filter((o) => objs.some((l) => oid(l) === o));
    expect(new Set(waitedFor).size).toBe(2);
  });
});

describe('asyncio tasks in the trace', () => {
  const SAY_AFTER = readFileSync(join(__dirname, '..', '..', 'conformance', 'asyncio', 'programs', '002_seed_say_after_tasks.py'), 'utf8');

  it('reports each task created, running, waiting for what, and done', () => {
    const { of } = traced(SAY_AFTER);
    const ops = (name: string) => of('task').filter((e) => e.name === name).map((e) => `${e.op}${e.detail ? ' ' + e.detail : ''}`);
    expect(ops('Task-1')).toEqual(['create with_tasks()', 'run', 'wait Task-2', 'run', 'wait Task-3', 'run', 'done result None']);
    expect(ops('Task-2')).toEqual(['create say_after()', 'run', 'wait sleep(1)', 'run', 'done result None']);
    expect(ops('Task-6')).toContain('wait gather');
  });

  it('gives every task\u2019s last state at any moment of the recorded trace', () => {
    const rec = new TraceRecorder();
    runProgram(SAY_AFTER, new BufferSink(), { trace: rec });
    const r = readRecorder(rec);
    const end = stateAt(r, r.length - 1);
    expect(end.tasks.length).toBe(10);
    expect(end.tasks.every((t) => t.state === 'done')).toBe(true);
    // One second in, Task-2 has printed "hello" and finished; Task-3 still sleeps.
    const mid = stateAtTime(r, 1.5e9);
    const byName = new Map(mid.tasks.map((t) => [t.name, t]));
    expect([byName.get('Task-2')!.state, byName.get('Task-3')!.state, byName.get('Task-3')!.detail]).toEqual(['done', 'wait', 'sleep(2)']);
    // The loop then has nothing ready and one timer: the sleep that will wake Task-3.
    expect(mid.loops.map((l) => [l.ready, l.timers.map((x) => x.replace(/ at .*/, ''))])).toEqual([[[], ['sleep of Task-3']]]);
  });

  it('shows each pass of the event loop: what is ready, in order, and its timers by deadline', () => {
    const { of } = traced(SAY_AFTER);
    const passes = of('loop').map((e) => `${e.ready.join(',')} | ${e.timers.map((x) => x.replace(/ at .*/, '')).join(',')}`);
    expect(passes.slice(0, 4)).toEqual([
      'Task-1 step | ', 'Task-2 step,Task-3 step | ', ' | sleep of Task-2,sleep of Task-3', 'Task-2 wakeup | sleep of Task-3',
    ]);
  });

  it('does not change the run', () => {
    const plain = new BufferSink();
    const a = runProgram(SAY_AFTER, plain, {});
    const t = traced(SAY_AFTER);
    expect([t.out, t.result.virtualNs, t.result.instructions]).toEqual([plain.stdout, a.virtualNs, a.instructions]);
  });
});

describe('tracing observes only', () => {
  const programs = ['counter_race.py', 'counter_race_call.py', 'convoy.py', 'select_threads.py', 'deadlock_two_locks.py'];
  for (const name of programs) {
    it(`runs ${name} the same with and without a trace`, () => {
      const source = readFileSync(join(__dirname, 'fidelity', name), 'utf8');
      for (const behaviour of ['3.9', '3.11'] as const) {
        const settings = { behaviour, switchIntervalNs: 500_000 };
        const plain = new BufferSink();
        const a = runProgram(source, plain, { machine: settings });
        const t = traced(source, settings);
        expect([t.out, t.err, t.result.exitCode, t.result.virtualNs, t.result.instructions]).toEqual([plain.stdout, plain.stderr, a.exitCode, a.virtualNs, a.instructions]);
      }
    });
  }
  it('runs the producer/consumer the same with and without a trace', () => {
    const plain = new BufferSink();
    const a = runProgram(PRODUCER_CONSUMER, plain, {});
    const t = traced(PRODUCER_CONSUMER);
    expect([t.out, t.result.virtualNs, t.result.instructions]).toEqual([plain.stdout, a.virtualNs, a.instructions]);
  });
});
