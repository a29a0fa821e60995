/**
 * Processes on the simulated machine: fork gives a child its own interpreter, GIL and threads;
 * the trace tells processes apart (pid on every thread and GIL event, names as multiprocessing
 * gives them, exit codes); waits across processes end in a deadlock report like threads' do.
 */
import { describe, expect, it } from 'vitest';
import { runProgram, BufferSink } from '../python/run-program';
import type { TraceEvent, TraceSink } from './trace-events';

class Collect implements TraceSink {
  events: TraceEvent[] = [];
  emit(ev: TraceEvent): void {
    this.events.push(ev);
  }
}

function run(src: string, trace: TraceSink | null = null, cores = 2) {
  const sink = new BufferSink();
  const result = runProgram(src, sink, { machine: { cores }, trace });
  return { out: sink.stdout, err: sink.stderr, result };
}

const TWO_WORKERS = `
import multiprocessing as mp
def work(n):
    total = 0
    for i in range(n):
        total += i
    print(mp.current_process().name, total)
if __name__ == '__main__':
    ps = [mp.Process(target=work, args=(20000,)) for _ in range(2)]
    for p in ps: p.start()
    for p in ps: p.join()
    print([p.exitcode for p in ps])
`;

describe('processes in the trace', () => {
  it('names each process, puts its threads and GIL under its pid, and records its exit code', () => {
    const c = new Collect();
    const { out } = run(TWO_WORKERS, c);
    expect(out).toBe('Process-1 199990000\nProcess-2 199990000\n[0, 0]\n');
    const names = new Map<number, string>();
    for (const e of c.events) if (e.k === 'process') names.set(e.pid, e.name);
    expect([...names.entries()]).toEqual([[1000, 'MainProcess'], [1001, 'Process-1'], [1002, 'Process-2']]);
    const threadPids = c.events.filter((e) => e.k === 'thread').map((e) => (e as { pid: number }).pid);
    expect(threadPids).toEqual([1000, 1001, 1002]);
    const gilPids = new Set(c.events.filter((e) => e.k === 'gil-take').map((e) => (e as { pid: number }).pid));
    expect([...gilPids].sort()).toEqual([1000, 1001, 1002]);
    const exits = c.events.filter((e) => e.k === 'process-exit');
    expect(exits.map((e) => [(e as { pid: number }).pid, (e as { exitCode: number }).exitCode])).toEqual([[1001, 0], [1002, 0]]);
  });

  it('runs the two children at the same time on two cores', () => {
    const overlap = (cores: number) => {
      const c = new Collect();
      run(TWO_WORKERS.replace('args=(20000,)', 'args=(300000,)'), c, cores);
      const running = (tid: number) => c.events.filter((e) => e.k === 'state' && e.tid === tid && e.state === 'running').map((e) => e.t);
      const exitOf = (pid: number) => c.events.find((e) => e.k === 'process-exit' && e.pid === pid)!.t;
      // Child 2 (tid 3) starts running before child 1 (pid 1001) has exited?
      return running(3)[0] < exitOf(1001);
    };
    expect(overlap(2)).toBe(true);
  });

  it('is deterministic: the same program and seed give the same trace', () => {
    const traces = [0, 1].map(() => {
      const c = new Collect();
      run(TWO_WORKERS, c);
      return JSON.stringify(c.events);
    });
    expect(traces[1]).toBe(traces[0]);
  });
});

describe('waiting across processes', () => {
  it('reports a deadlock between a parent joining a child and the child waiting on the parent', () => {
    const { err, result } = run(`
import multiprocessing as mp
def child(lock):
    lock.acquire()
if __name__ == '__main__':
    lock = mp.Lock()
    lock.acquire()
    p = mp.Process(target=child, args=(lock,))
    p.start()
    p.join()
`);
    expect(result.exitCode).toBe(1);
    expect(err).toContain('Deadlock: every thread is blocked and nothing can wake one:');
    expect(err).toContain("Thread 'MainThread' of MainProcess waits in Process.join on 'p'");
    expect(err).toContain("Thread 'MainThread' of Process-1 waits on a multiprocessing semaphore");
  });

  it('ends only the child at os._exit; the parent goes on', () => {
    const { out, result } = run(`
import os
pid = os.fork()
if pid == 0:
    os._exit(4)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
`);
    expect(out).toBe('4\n');
    expect(result.exitCode).toBe(0);
  });
});

describe('pools and futures in the trace', () => {
  it('shows which worker runs which chunk of a Pool.map, and the pickling around it', () => {
    const c = new Collect();
    const { out } = run(`
import multiprocessing as mp
def sq(x):
    return x * x
if __name__ == '__main__':
    with mp.Pool(2) as p:
        print(p.map(sq, range(6), chunksize=2))
`, c);
    expect(out).toBe('[0, 1, 4, 9, 16, 25, 36]\n'.replace(', 36', ''));
    const spans = c.events.filter((e) => e.k === 'span') as Extract<TraceEvent, { k: 'span' }>[];
    const tasks = spans.filter((e) => e.kind === 'task').map((e) => e.label).sort();
    expect(tasks).toEqual(['job 0 chunk 0: sq over 2 items', 'job 0 chunk 1: sq over 2 items', 'job 0 chunk 2: sq over 2 items']);
    const workerPids = new Set(spans.filter((e) => e.kind === 'task').map((e) => c.events.find((t) => t.k === 'thread' && t.tid === e.tid)!).map((t) => (t as { pid: number }).pid));
    expect([...workerPids].every((pid) => pid !== 1000)).toBe(true);
    expect(spans.some((e) => e.kind === 'pickle')).toBe(true);
    expect(spans.some((e) => e.kind === 'unpickle')).toBe(true);
    expect(spans.filter((e) => e.kind === 'startup').length).toBe(2);
    for (const e of spans) expect(e.start).toBeLessThanOrEqual(e.t);
    // Tasks travel from the parent's task handler to the workers, results back.
    const pidOf = (tid: number) => (c.events.find((t) => t.k === 'thread' && t.tid === tid) as { pid: number }).pid;
    const transfers = c.events.filter((e) => e.k === 'transfer') as Extract<TraceEvent, { k: 'transfer' }>[];
    expect(transfers.some((e) => pidOf(e.from) === 1000 && pidOf(e.tid) !== 1000)).toBe(true);
    expect(transfers.some((e) => pidOf(e.from) !== 1000 && pidOf(e.tid) === 1000)).toBe(true);
    for (const e of transfers) expect(e.sent).toBeLessThanOrEqual(e.t);
  });

  it('follows each future of a ThreadPoolExecutor from submit to its result', () => {
    const c = new Collect();
    run(`
from concurrent.futures import ThreadPoolExecutor
def f(x):
    if x == 2:
        raise ValueError('two')
    return x * 10
with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(f, i) for i in range(3)]
print([fut.exception() is None for fut in fs])
`, c);
    const byOid = new Map<number, string[]>();
    for (const e of c.events) {
      if (e.k !== 'future') continue;
      byOid.set(e.oid, [...(byOid.get(e.oid) ?? []), e.op + (e.detail ? ' ' + e.detail : '')]);
    }
    expect([...byOid.values()]).toEqual([
      ['create f(0,)', 'run', 'done result 0'],
      ['create f(1,)', 'run', 'done result 10'],
      ['create f(2,)', 'run', 'done ValueError: two'],
    ]);
  });
});

describe('processes in the Perfetto export', () => {
  it('has a track per process, activity slices for pool tasks and flow arrows for transfers', async () => {
    const { TraceRecorder } = await import('./trace-recorder');
    const { readRecorder } = await import('./trace-reader');
    const { toChromeTrace } = await import('./trace-chrome');
    const rec = new TraceRecorder();
    run(`
import multiprocessing as mp
def sq(x):
    return x * x
if __name__ == '__main__':
    with mp.Pool(2) as p:
        p.map(sq, range(4))
`, rec);
    const chrome = toChromeTrace(readRecorder(rec), { title: 'pool' });
    const processNames = chrome.traceEvents.filter((e) => e.ph === 'M' && e.name === 'process_name').map((e) => (e.args as { name: string }).name);
    expect(processNames).toEqual(expect.arrayContaining(['MainProcess', 'ForkPoolWorker-1', 'ForkPoolWorker-2']));
    expect(chrome.traceEvents.some((e) => e.ph === 'X' && e.cat === 'task' && String(e.name).startsWith('task: job 0 chunk'))).toBe(true);
    const starts = chrome.traceEvents.filter((e) => e.ph === 's').length;
    expect(starts).toBeGreaterThan(0);
    expect(chrome.traceEvents.filter((e) => e.ph === 'f').length).toBe(starts);
  });
});

describe('multiprocessing queues in the trace', () => {
  it('is one queue object, named by the program, whichever process puts or gets', () => {
    const c = new Collect();
    const { out } = run(`
import multiprocessing as mp
def produce(q):
    for i in range(3):
        q.put(('item', i))
if __name__ == '__main__':
    jobs = mp.Queue()
    p = mp.Process(target=produce, args=(jobs,))
    p.start()
    got = [jobs.get() for _ in range(3)]
    p.join()
    print(got)
`, c);
    expect(out).toBe("[('item', 0), ('item', 1), ('item', 2)]\n");
    const objects = c.events.filter((e) => e.k === 'object' && e.kind === 'process-queue') as Extract<TraceEvent, { k: 'object' }>[];
    expect(objects.map((o) => o.label)).toEqual(['jobs']);
    const ops = c.events.filter((e) => e.k === 'queue') as Extract<TraceEvent, { k: 'queue' }>[];
    expect(ops.every((e) => e.oid === objects[0].oid)).toBe(true);
    expect(ops.filter((e) => e.op === 'put').map((e) => e.item)).toEqual(["('item', 0)", "('item', 1)", "('item', 2)"]);
    expect(ops.filter((e) => e.op === 'get').length).toBe(3);
    expect(ops[ops.length - 1].contents).toEqual([]);
    const pidOf = (tid: number) => (c.events.find((t) => t.k === 'thread' && t.tid === tid) as { pid: number }).pid;
    expect(new Set(ops.map((e) => pidOf(e.tid)))).toEqual(new Set([1000, 1001]));
  });
});
