/**
 * The machine's pending timed events (a sleeper's wake-up, a wait's timeout, a GIL waiter's
 * interval): a binary min-heap ordered by time, then by insertion (equal times fire in the order
 * they were set, so runs are deterministic). Cancelled timers stay in the heap and are skipped.
 */
export interface Timer {
  at: number;
  seq: number;
  cancelled: boolean;
  fire: () => void;
}

export class TimerQueue {
  private heap: Timer[] = [];
  private seq = 0;

  add(at: number, fire: () => void): Timer {
    const t: Timer = { at, seq: this.seq++, cancelled: false, fire };
    const h = this.heap;
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
    return t;
  }

  /** Time of the earliest live timer (Infinity when none). */
  peekTime(): number {
    this.dropCancelled();
    return this.heap.length === 0 ? Infinity : this.heap[0].at;
  }

  pop(): Timer | undefined {
    this.dropCancelled();
    return this.take();
  }

  get size(): number {
    this.dropCancelled();
    return this.heap.length;
  }

  private dropCancelled(): void {
    while (this.heap.length > 0 && this.heap[0].cancelled) this.take();
  }

  private take(): Timer | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l], h[m])) m = l;
        if (r < h.length && before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}

function before(x: Timer, y: Timer): boolean {
  return x.at < y.at || (x.at === y.at && x.seq < y.seq);
}
