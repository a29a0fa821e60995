/**
 * Export to the Chrome Trace Event Format (JSON object form), which ui.perfetto.dev and
 * chrome://tracing open. Mapping (docs/trace.md has the full table):
 *   - one trace process per simulated process; one track per thread with a complete ('X') slice
 *     per state (running / waiting for the GIL / ready / blocked on <label> / sleeping / in I/O);
 *   - a "GIL" track per process (tid GIL_TID_BASE + pid): a slice per holder, instants for drop requests;
 *   - a "CPU cores" process (pid CORES_PID) with a track per core: which thread ran when;
 *   - instants ('i', scope 't') for lock / sync / queue operations, output and exceptions;
 *   - counters ('C') for queue sizes and semaphore values.
 * Timestamps are microseconds (virtual ns / 1000, fractional). No `displayTimeUnit`: Perfetto
 * would then read `ts` in that unit. Simulated pids and tids must stay below 1,000,000.
 */
import type { ThreadRunState, TraceEvent } from './trace-events';
import type { TraceReader } from './trace-reader';

export const GIL_TID_BASE = 1_000_000;
export const CORES_PID = 1_000_000;
export const CORE_TID_BASE = 2_000_000;
/** Each thread's activity track (pickling, a pool task, start-up): tid SPAN_TID_BASE + tid. */
export const SPAN_TID_BASE = 3_000_000;

export interface ChromeEvent {
  name: string;
  ph: 'X' | 'i' | 'C' | 'M' | 's' | 'f';
  /** Flow events: their id, and where the arrow ends ('e': the enclosing slice). */
  id?: number;
  bp?: 'e';
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  cat?: string;
  s?: 't' | 'p' | 'g';
  cname?: string;
  args?: Record<string, unknown>;
}

export interface ChromeTrace {
  traceEvents: ChromeEvent[];
  otherData: Record<string, string | number>;
}

export interface ChromeTraceOptions {
  /** Queue contents listed in a put/get's args are cut to this many items (default 32). */
  maxContents?: number;
  /** Shown in Perfetto's trace info (otherData.title). */
  title?: string;
}

const STATE_SLICE: Record<Exclude<ThreadRunState, 'done'>, [name: string, cname: string]> = {
  running: ['running', 'good'],
  'gil-wait': ['waiting for the GIL', 'terrible'],
  ready: ['ready (no free core)', 'yellow'],
  blocked: ['blocked', 'bad'],
  sleeping: ['sleeping', 'grey'],
  io: ['in I/O', 'olive'],
};

const us = (ns: number) => ns / 1000;

interface Open { start: number; name: string; cname: string; cat: string; args: Record<string, unknown> }

class Exporter {
  readonly out: ChromeEvent[] = [];
  readonly meta: ChromeEvent[] = [];
  /** Flow ids (transfers). */
  flows = 0;
  /** Threads with activity spans (they get a track each). */
  readonly spanTids = new Set<number>();
  readonly pidOf = new Map<number, number>();
  readonly names = new Map<number, string>();
  readonly procs = new Map<number, string>();
  readonly labels = new Map<number, { kind: string; label: string }>();
  readonly counterPid = new Map<number, number>();
  /** Open slices keyed by "pid:tid" of their track. */
  readonly open = new Map<string, Open & { pid: number; tid: number }>();
  /**
   * Where each track's last slice ended. Event times may lag emission order by the cores' skew
   * (see TraceRecorder.timeSkew), so a slice is clamped to start after the previous one.
   */
  readonly trackEnd = new Map<string, number>();
  maxCore = -1;
  cores = 0;

  constructor(readonly maxContents: number) {}

  threadName(tid: number): string {
    return this.names.get(tid) ?? `Thread ${tid}`;
  }

  pid(tid: number): number {
    return this.pidOf.get(tid) ?? this.procs.keys().next().value ?? 1;
  }

  label(oid: number): string {
    const o = this.labels.get(oid);
    return o ? o.label || `${o.kind} #${oid}` : `object #${oid}`;
  }

  close(pid: number, tid: number, t: number, extra?: Record<string, unknown>): void {
    const key = `${pid}:${tid}`;
    const s = this.open.get(key);
    if (!s) return;
    this.open.delete(key);
    const end = Math.max(t, s.start);
    this.trackEnd.set(key, end);
    if (end > s.start) {
      this.out.push({ name: s.name, ph: 'X', ts: us(s.start), dur: (end - s.start) / 1000, pid, tid, cat: s.cat, cname: s.cname, args: { ...s.args, ...extra } });
    }
  }

  /** Opens a slice on a track; it starts no earlier than the track's previous slice ended. */
  begin(pid: number, tid: number, t: number, slice: Omit<Open, 'start'>): void {
    this.close(pid, tid, t);
    const key = `${pid}:${tid}`;
    this.open.set(key, { ...slice, start: Math.max(t, this.trackEnd.get(key) ?? 0), pid, tid });
  }

  instant(tid: number, t: number, name: string, cat: string, args: Record<string, unknown>, pid = this.pid(tid)): void {
    this.out.push({ name, ph: 'i', s: 't', ts: us(t), pid, tid, cat, args });
  }

  counter(oid: number, tid: number, t: number, name: string, args: Record<string, number>): void {
    let pid = this.counterPid.get(oid);
    if (pid === undefined) this.counterPid.set(oid, (pid = this.pid(tid)));
    this.out.push({ name, ph: 'C', ts: us(t), pid, tid: 0, args });
  }

  contents(items: string[]): string[] {
    return items.length <= this.maxContents ? items : [...items.slice(0, this.maxContents), `… ${items.length - this.maxContents} more`];
  }

  event(ev: TraceEvent): void {
    switch (ev.k) {
      case 'machine': this.cores = ev.cores; break;
      case 'process': this.procs.set(ev.pid, ev.name); break;
      case 'thread': this.pidOf.set(ev.tid, ev.pid); this.names.set(ev.tid, ev.name); break;
      case 'thread-name': this.names.set(ev.tid, ev.name); break;
      case 'object': this.labels.set(ev.oid, { kind: ev.kind, label: ev.label }); break;
      case 'state': return this.state(ev);
      case 'gil-take':
        this.begin(ev.pid, GIL_TID_BASE + ev.pid, ev.t, { name: `GIL: ${this.threadName(ev.tid)}`, cname: 'good', cat: 'gil', args: { tid: ev.tid } });
        break;
      case 'gil-drop': this.close(ev.pid, GIL_TID_BASE + ev.pid, ev.t, { forced: ev.forced }); break;
      case 'gil-request':
        this.instant(GIL_TID_BASE + ev.pid, ev.t, `drop request by ${this.threadName(ev.tid)}`, 'gil', { tid: ev.tid, holder: ev.holder }, ev.pid);
        break;
      case 'lock':
        this.instant(ev.tid, ev.t, `${ev.op} ${this.label(ev.oid)}`, 'lock', { oid: ev.oid, owner: ev.owner, count: ev.count, waiters: ev.waiters });
        break;
      case 'sync': {
        this.instant(ev.tid, ev.t, `${ev.op} ${this.label(ev.oid)}`, 'sync', { oid: ev.oid, value: ev.value, waiters: ev.waiters });
        const kind = this.labels.get(ev.oid)?.kind;
        if (kind === 'semaphore' || kind === 'bounded-semaphore') this.counter(ev.oid, ev.tid, ev.t, `semaphore ${this.label(ev.oid)}`, { value: ev.value });
        break;
      }
      case 'queue':
        this.instant(ev.tid, ev.t, `${ev.op} ${this.label(ev.oid)}`, 'queue', { oid: ev.oid, item: ev.item, size: ev.contents.length, contents: this.contents(ev.contents) });
        this.counter(ev.oid, ev.tid, ev.t, `queue ${this.label(ev.oid)}`, { size: ev.contents.length });
        break;
      case 'output': this.instant(ev.tid, ev.t, ev.stream === 'stdout' ? 'print' : 'stderr', 'output', { text: ev.text }); break;
      case 'exception': this.instant(ev.tid, ev.t, 'exception', 'exception', { text: ev.text }); break;
      case 'task': this.instant(ev.tid, ev.t, `${ev.op} ${ev.name}`, 'asyncio', { task: ev.oid, detail: ev.detail }); break;
      case 'loop':
        this.counter(-ev.tid, ev.tid, ev.t, `asyncio loop ${this.threadName(ev.tid)}`, { ready: ev.ready.length, timers: ev.timers.length });
        break;
      case 'span': {
        const pid = this.pid(ev.tid);
        this.spanTids.add(ev.tid);
        this.out.push({ name: `${ev.kind}: ${ev.label}`, ph: 'X', ts: us(ev.start), dur: Math.max(0, ev.t - ev.start) / 1000, pid, tid: SPAN_TID_BASE + ev.tid, cat: ev.kind, args: { tid: ev.tid } });
        break;
      }
      case 'transfer': {
        // A flow arrow from the writing thread to the reading one.
        const id = ++this.flows;
        const args = { bytes: ev.bytes };
        this.out.push({ name: `${ev.bytes} bytes`, ph: 's', id, ts: us(ev.sent), pid: this.pid(ev.from), tid: ev.from, cat: 'transfer', args });
        this.out.push({ name: `${ev.bytes} bytes`, ph: 'f', bp: 'e', id, ts: us(ev.t), pid: this.pid(ev.tid), tid: ev.tid, cat: 'transfer', args });
        break;
      }
      case 'future':
        this.instant(ev.tid, ev.t, `future #${ev.oid} ${ev.op}`, 'future', { oid: ev.oid, detail: ev.detail });
        break;
      case 'process-exit':
        this.out.push({ name: `exit ${ev.exitCode}`, ph: 'i', s: 'p', ts: us(ev.t), pid: ev.pid, tid: GIL_TID_BASE + ev.pid, cat: 'process', args: { exitCode: ev.exitCode } });
        break;
      case 'end': {
        const pid = this.procs.keys().next().value ?? 1;
        this.out.push({ name: 'exit', ph: 'i', s: 'g', ts: us(ev.t), pid, tid: GIL_TID_BASE + pid, cat: 'end', args: { exitCode: ev.exitCode, reason: ev.reason } });
        break;
      }
    }
  }

  state(ev: Extract<TraceEvent, { k: 'state' }>): void {
    const pid = this.pid(ev.tid);
    this.close(pid, ev.tid, ev.t);
    for (const [key, s] of this.open) if (s.pid === CORES_PID && s.args.tid === ev.tid) this.close(CORES_PID, Number(key.split(':')[1]), ev.t);
    if (ev.state === 'done') return;
    const [name, cname] = STATE_SLICE[ev.state];
    const args: Record<string, unknown> = { line: ev.line, file: ev.file };
    if (ev.state === 'running') {
      args.core = ev.core;
      this.maxCore = Math.max(this.maxCore, ev.core);
      this.begin(CORES_PID, CORE_TID_BASE + ev.core, ev.t, { name: this.threadName(ev.tid), cname: 'generic_work', cat: 'core', args: { tid: ev.tid, pid } });
    }
    if (ev.state === 'blocked') args.obj = ev.obj;
    this.begin(pid, ev.tid, ev.t, { name: ev.state === 'blocked' ? `blocked on ${this.label(ev.obj)}` : name, cname, cat: 'state', args });
  }

  metadata(): ChromeEvent[] {
    const m: ChromeEvent[] = [];
    const M = (name: string, pid: number, tid: number, args: Record<string, unknown>) => m.push({ name, ph: 'M', pid, tid, args });
    const pids = new Set([...this.procs.keys(), ...this.pidOf.values()]);
    for (const pid of pids) {
      M('process_name', pid, 0, { name: this.procs.get(pid) ?? `process ${pid}` });
      M('process_sort_index', pid, 0, { sort_index: pid });
      M('thread_name', pid, GIL_TID_BASE + pid, { name: 'GIL' });
      M('thread_sort_index', pid, GIL_TID_BASE + pid, { sort_index: -1 });
    }
    for (const [tid, pid] of this.pidOf) {
      M('thread_name', pid, tid, { name: this.threadName(tid) });
      M('thread_sort_index', pid, tid, { sort_index: tid });
      if (this.spanTids.has(tid)) {
        M('thread_name', pid, SPAN_TID_BASE + tid, { name: `${this.threadName(tid)}: activity` });
        M('thread_sort_index', pid, SPAN_TID_BASE + tid, { sort_index: tid });
      }
    }
    const cores = Math.max(this.cores, this.maxCore + 1);
    if (cores > 0) {
      M('process_name', CORES_PID, 0, { name: 'CPU cores' });
      M('process_sort_index', CORES_PID, 0, { sort_index: -1 });
      for (let c = 0; c < cores; c++) {
        M('thread_name', CORES_PID, CORE_TID_BASE + c, { name: `core ${c}` });
        M('thread_sort_index', CORES_PID, CORE_TID_BASE + c, { sort_index: c });
      }
    }
    return m;
  }
}

/** The whole trace in Chrome Trace Event Format (JSON.stringify it, or use formatChromeTrace). */
export function toChromeTrace(reader: TraceReader, opts: ChromeTraceOptions = {}): ChromeTrace {
  const x = new Exporter(opts.maxContents ?? 32);
  for (let i = 0; i < reader.length; i++) {
    const ev = reader.get(i);
    // A thread seen only through its events still gets a track.
    if ('tid' in ev && !x.pidOf.has(ev.tid)) x.pidOf.set(ev.tid, 'pid' in ev ? ev.pid : x.pid(ev.tid));
    x.event(ev);
  }
  const end = reader.length ? reader.clock[reader.length - 1] : 0;
  for (const s of [...x.open.values()]) x.close(s.pid, s.tid, end);
  return {
    traceEvents: [...x.metadata(), ...x.out],
    otherData: { generator: 'Interleave', title: opts.title ?? 'Interleave trace', timeUnit: 'virtual time; ts and dur in microseconds', events: reader.length },
  };
}

/** JSON text with one trace event per line (diffable, and still one JSON document). */
export function formatChromeTrace(trace: ChromeTrace): string {
  return `{"traceEvents":[\n${trace.traceEvents.map((e) => JSON.stringify(e)).join(',\n')}\n],\n"otherData":${JSON.stringify(trace.otherData)}}\n`;
}
