/**
 * The simulation worker: the only entry point of `workers/` in the browser. A thin Comlink API
 * over the runtime (run a program, check its syntax); the UI never interprets Python itself.
 */
import * as Comlink from 'comlink';
import { runProgram, BufferSink } from './python/run-program';
import { checkSyntax, type Diagnostic } from './python/check-syntax';

export interface RunOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
  instructions: number;
  virtualNs: number;
}

const api = {
  run(code: string, options: { seed?: number; maxInstructions?: number } = {}): RunOutput {
    const sink = new BufferSink();
    const r = runProgram(code, sink, { filename: 'main.py', seed: options.seed ?? 0, maxInstructions: options.maxInstructions ?? 300_000_000 });
    return { stdout: sink.stdout, stderr: sink.stderr, exitCode: r.exitCode, instructions: r.instructions, virtualNs: r.virtualNs };
  },
  checkSyntax(code: string): Diagnostic[] {
    return checkSyntax(code);
  },
};

export type SimWorkerApi = typeof api;
Comlink.expose(api);
