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

  it('runs the two children at the same time on two cores, one after the other on one', () => {
    const overlap = (cores: number) => {
      const c = new Collect();
      run(TWO_WORKERS, c, cores);
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
