/**
 * The step API (stepper.ts): manual scheduling that still obeys CPython — the GIL changes hands
 * only at an eval-breaker check (3.11: never inside `self.count += offset`; 3.9: almost
 * anywhere), sleepers wake when virtual time reaches them, blocked threads are refused with the
 * reason, deadlocks are reported, and a program stepped to its end prints what it prints when run.
 */
import { describe, expect, it } from 'vitest';
import { Stepper, type StepReport } from './stepper';
import { BufferSink, runProgram } from '../python/run-program';
import type { PythonBehaviour } from './settings';

const COUNTER = `import threading
class Counter:
    def __init__(self):
        self.count = 0
    def increment(self, offset):
        self.count += offset
c = Counter()
def worker():
    c.increment(1)
t = threading.Thread(target=worker)
t.start()
worker()
t.join()
print(c.count)
`;

function stepper(source: string, behaviour: PythonBehaviour = '3.11') {
  const out = new BufferSink();
  return { s: new Stepper(source, out, { machine: { behaviour } }), out };
}

/** Step `tid` (by `unit`) until `done` holds of the report; fails after `max` steps. */
function stepUntil(s: Stepper, tid: number, done: (r: StepReport) => boolean, unit: 'line' | 'instruction' = 'line', max = 500): StepReport {
  for (let i = 0; i < max; i++) {
    const r = s.step(tid, unit);
    expect(r.ok, r.message).toBe(true);
    if (done(r)) return r;
  }
  throw new Error(`thread ${tid} did not get there in ${max} steps`);
}

const line = (r: StepReport, tid: number) => r.threads.find((t) => t.tid === tid)!.line;

/** Main starts thread 2 (Thread.start waits until the new thread has started). */
function startWorker(s: Stepper): void {
  stepUntil(s, 1, (r) => r.threads.length === 2);
  stepUntil(s, 2, (r) => line(r, 2) === 9);
}

/** Thread 2 has run `n` instructions of line 6 (`self.count += offset`), then main is stepped. */
function switchInsideIncrement(behaviour: PythonBehaviour, n: number) {
  const { s } = stepper(COUNTER, behaviour);
  startWorker(s);
  stepUntil(s, 2, (r) => line(r, 2) === 6);
  for (let i = 0; i < n; i++) s.step(2, 'instruction');
  return s.step(1, 'instruction');
}

describe('the step API', () => {
  it('under 3.11 lets the GIL go only at an eval-breaker check: the holder finishes the += first', () => {
    const r = switchInsideIncrement('3.11', 3);
    expect(r.ok).toBe(true);
    expect(r.holderRan).toBeGreaterThan(0);
    expect(line(r, 2)).not.toBe(6);
    expect(r.threads.find((t) => t.tid === 1)!.holdsGil).toBe(true);
  });

  it('under 3.9 switches right after the read of self.count (a check after LOAD_ATTR)', () => {
    const r = switchInsideIncrement('3.9', 3);
    expect(r.ok).toBe(true);
    expect(r.holderRan).toBeLessThanOrEqual(1);
    expect(line(r, 2)).toBe(6);
  });

  it('can lose an update under 3.9 when the learner interleaves the += by hand', () => {
    const { s, out } = stepper(COUNTER, '3.9');
    startWorker(s);
    stepUntil(s, 2, (r) => line(r, 2) === 6);
    for (let i = 0; i < 3; i++) s.step(2, 'instruction'); // self, copy, self.count read (0)
    stepUntil(s, 1, (r) => line(r, 1) === 6);
    stepUntil(s, 1, (r) => line(r, 1) !== 6); // main's += completes: count = 1
    stepUntil(s, 2, (r) => r.finished || r.threads[1].state === 'done'); // thread 2 writes 0 + 1
    stepUntil(s, 1, (r) => r.finished);
    expect(out.stdout).toBe('1\n');
  });

  it('runs a program stepped to its end to the same output as an automatic run', () => {
    const auto = new BufferSink();
    runProgram(COUNTER, auto, {});
    const { s, out } = stepper(COUNTER);
    let r: StepReport | null = null;
    for (let i = 0; i < 2000 && !(r?.finished); i++) {
      const runnable = s.threads().filter((t) => t.steppable);
      r = s.step(runnable[i % runnable.length].tid, 'line');
    }
    expect(r!.finished).toBe(true);
    expect(r!.result!.exitCode).toBe(0);
    expect(out.stdout).toBe(auto.stdout);
  });

  it('refuses to run a thread blocked on a lock another thread holds, saying why', () => {
    const { s } = stepper(`import threading
lock = threading.Lock()
def worker():
    with lock:
        pass
lock.acquire()
t = threading.Thread(target=worker)
t.start()
lock.release()
t.join()
`);
    stepUntil(s, 1, (r) => r.threads.length === 2);
    const starting = s.step(1);
    expect(starting.ok).toBe(false);
    expect(starting.message).toMatch(/MainThread' waits in Thread.start for thread 'Thread-1 \(worker\)'/);
    stepUntil(s, 2, (r) => r.threads[1].state === 'blocked');
    stepUntil(s, 1, (r) => line(r, 1) === 9);
    const r = s.step(2);
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/waits to acquire Lock 'lock' \(held by 'MainThread'\)/);
    expect(r.threads[1].steppable).toBe(false);
    // Once main releases it, the worker can go on.
    stepUntil(s, 1, (x) => line(x, 1) === 10);
    expect(s.step(2).ok).toBe(true);
  });

  it('lets virtual time pass when a sleeping thread is stepped', () => {
    const { s } = stepper(`import time
time.sleep(0.25)
print('awake')
`);
    const r1 = stepUntil(s, 1, (r) => r.threads[0].state === 'sleeping');
    expect(r1.threads[0].steppable).toBe(true);
    const r2 = s.step(1);
    expect(r2.ok).toBe(true);
    stepUntil(s, 1, (r) => r.finished);
    expect(s.programResult!.virtualNs).toBeGreaterThan(250_000_000);
  });

  it('reports a deadlock when nothing can run', () => {
    const { s } = stepper(`import threading
lock = threading.Lock()
lock.acquire()
lock.acquire()
`);
    const r = stepUntil(s, 1, (x) => x.finished);
    expect(r.result!.exitCode).toBe(1);
    expect(r.result!.deadlock).toMatch(/^Deadlock: .*\n  Thread 'MainThread' waits to acquire Lock 'lock' \(held by 'MainThread'\)/);
  });
});
