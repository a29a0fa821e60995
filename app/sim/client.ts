/**
 * SimClient: owns the simulation worker. Calls are serialized; Stop terminates the worker (the
 * only cure for `while True:`) and creates a fresh one. Pending calls on a terminated worker
 * never settle in Comlink, so every call races an abort promise that Stop rejects.
 */
import * as Comlink from 'comlink';
import type { SimWorkerApi, RunOutput } from '../../workers/sim.worker';

export class StoppedError extends Error {
  constructor() {
    super('stopped');
  }
}

export class SimClient {
  private worker: Worker | null = null;
  private api: Comlink.Remote<SimWorkerApi> | null = null;
  private abort: ((e: Error) => void) | null = null;

  private ensure(): Comlink.Remote<SimWorkerApi> {
    if (this.api === null) {
      this.worker = new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module' });
      this.api = Comlink.wrap<SimWorkerApi>(this.worker);
    }
    return this.api;
  }

  private race<T>(p: Promise<T>): Promise<T> {
    const aborted = new Promise<never>((_, reject) => {
      this.abort = reject;
    });
    return Promise.race([p, aborted]).finally(() => {
      this.abort = null;
    });
  }

  run(code: string): Promise<RunOutput> {
    return this.race(this.ensure().run(code));
  }

  checkSyntax(code: string) {
    return this.race(this.ensure().checkSyntax(code));
  }

  /** Terminate the worker (and whatever it runs); the next call starts a new one. */
  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
    this.abort?.(new StoppedError());
  }
}
