/**
 * The GIL algorithm (gil.ts) on a scripted host: FORCE_SWITCHING for voluntary releases under a
 * pending drop request, and a waiter woken after another thread barged in starting a new
 * interval — two details of CPython 3.11's ceval_gil.c that whole-program tests hardly reach.
 */
import { describe, expect, it } from 'vitest';
import { Gil, type GilHost } from './gil';
import { TimerQueue } from './timers';
import type { SimProcess } from './sim-process';
import { SimThread } from './sim-thread';
import type { PyThreadState } from '../python/vm/thread';

const INTERVAL = 5_000_000;
const LATENCY = 5_000;

function setup() {
  const log: string[] = [];
  const timers = new TimerQueue();
  const host: GilHost = {
    timers,
    switchIntervalNs: () => INTERVAL,
    wakeLatencyNs: () => LATENCY,
    choose: (c) => c[0],
    requestDrop: () => {},
    gilTaken: (st, t) => log.push(`${t} take ${st.tid}`),
    gilWaiting: () => {},
    traceGil: (kind, st, t) => {
      if (kind === 'request') log.push(`${t} request by ${st.tid}`);
    },
  };
  const gil = new Gil(host);
  const thread = (tid: number) => new SimThread({ cost: 0, clockOffset: 0 } as unknown as PyThreadState, tid, tid, tid, `T${tid}`, 0, null as unknown as SimProcess);
  const runTimersUntil = (t: number) => {
    while (timers.peekTime() <= t) {
      const tm = timers.pop()!;
      if (!tm.cancelled) tm.fire();
    }
  };
  return { gil, log, thread, runTimersUntil };
}

describe('the GIL', () => {
  it('makes a thread that releases it around a blocking call wait for the switch when a drop is pending', () => {
    const { gil, log, thread, runTimersUntil } = setup();
    const [a, b] = [thread(1), thread(2)];
    gil.want(a, 0);
    gil.want(b, 0);
    runTimersUntil(INTERVAL); // b's wait times out: drop request
    expect(log).toContain(`${INTERVAL} request by 2`);
    let startedAt = -1;
    const waits = gil.drop(a, INTERVAL + 100, false, (t) => (startedAt = t));
    expect(waits).toBe(true);
    expect(startedAt).toBe(-1); // still in drop_gil
    runTimersUntil(INTERVAL + 100 + LATENCY);
    expect(log.at(-1)).toBe(`${INTERVAL + 100 + LATENCY} take 2`);
    expect(startedAt).toBe(INTERVAL + 100 + LATENCY);
  });

  it('lets a voluntary release go on at once when no drop is pending', () => {
    const { gil, thread } = setup();
    const [a, b] = [thread(1), thread(2)];
    gil.want(a, 0);
    gil.want(b, 0);
    expect(gil.drop(a, 1000, false, () => {})).toBe(false);
  });

  it('restarts a full interval for a woken waiter that finds the GIL taken again', () => {
    const { gil, log, thread, runTimersUntil } = setup();
    const [a, b, c] = [thread(1), thread(2), thread(3)];
    gil.want(a, 0);
    gil.want(b, 1_000_000); // b's first interval would end at 6 ms
    gil.drop(a, 2_000_000, false); // signals b (wakes at 2 ms + latency) …
    gil.want(c, 2_000_000); // … but c finds the GIL free and takes it first
    runTimersUntil(2_000_000 + LATENCY);
    expect(gil.holder).toBe(c);
    // b's new interval runs from its wake-up: no request at 6 ms, one at 7 ms + latency.
    runTimersUntil(6_500_000);
    expect(log.some((l) => l.includes('request'))).toBe(false);
    runTimersUntil(2_000_000 + LATENCY + INTERVAL);
    expect(log.at(-1)).toBe(`${2_000_000 + LATENCY + INTERVAL} request by 2`);
  });
});
