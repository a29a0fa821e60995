/**
 * The simulated machine's overhead: each program in bench/threads/ runs its work serially in the
 * main thread, in threads, and in threads with the trace recorded; best of N runs after a
 * warm-up. Reports instructions per second for each and the trace's bytes per event.
 * Prints JSON lines (scripts/bench.mjs formats them).
 */
import { readFileSync } from 'node:fs';
import { runProgram, BufferSink } from '../workers/python/run-program';
import { TraceRecorder } from '../workers/machine/trace-recorder';

const [, , runsArg, ...files] = process.argv;
const runs = Number(runsArg);

type Mode = 'serial' | 'threads' | 'threads+trace';

function once(src: string, file: string, mode: Mode) {
  const sink = new BufferSink();
  const recorder = mode === 'threads+trace' ? new TraceRecorder() : null;
  const t0 = process.cpuUsage();
  const r = runProgram(src, sink, { filename: file, argv: [file, mode === 'serial' ? 'serial' : 'threads'], trace: recorder });
  const dt = process.cpuUsage(t0);
  if (r.exitCode !== 0) throw new Error(`${file} (${mode}) failed: ${sink.stderr}`);
  return { seconds: (dt.user + dt.system) / 1e6, instructions: r.instructions, events: recorder?.eventCount() ?? 0, bytes: recorder?.byteSize() ?? 0 };
}

for (const file of files) {
  const src = readFileSync(file, 'utf8');
  for (const mode of ['serial', 'threads', 'threads+trace'] as Mode[]) {
    once(src, file, mode);
    let best = once(src, file, mode);
    for (let i = 1; i < runs; i++) {
      const r = once(src, file, mode);
      if (r.seconds < best.seconds) best = r;
    }
    console.log(JSON.stringify({ file, mode, ...best }));
  }
}
