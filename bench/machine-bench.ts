/**
 * The simulated machine's overhead: each program in bench/threads/ runs its work serially in the
 * main thread, in threads, and in threads with the trace recorded; best of N runs after a
 * warm-up of every mode, measured in turns. Reports instructions per second for each and the trace's bytes per event.
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

const MODES: Mode[] = ['serial', 'threads', 'threads+trace'];
for (const file of files) {
  const src = readFileSync(file, 'utf8');
  // Warm every mode up first, then measure them in turns, so that no mode gets a colder JIT.
  for (const mode of MODES) once(src, file, mode);
  const best = new Map<Mode, ReturnType<typeof once>>();
  for (let i = 0; i < runs; i++) {
    for (const mode of MODES) {
      const r = once(src, file, mode);
      const b = best.get(mode);
      if (b === undefined || r.seconds < b.seconds) best.set(mode, r);
    }
  }
  for (const mode of MODES) console.log(JSON.stringify({ file, mode, ...best.get(mode)! }));
}
