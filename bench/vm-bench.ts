/**
 * Times our VM on each benchmark program: one warm-up run, then the best of N timed runs of the
 * whole program (compile + execute; interpreter start-up is excluded). Times are process CPU
 * seconds (user + system), which stay stable when other work shares the machine. Prints JSON lines.
 */
import { readFileSync } from 'node:fs';
import { runProgram, BufferSink } from '../workers/python/run-program';

const [, , runsArg, ...files] = process.argv;
const runs = Number(runsArg);
for (const file of files) {
  const src = readFileSync(file, 'utf8');
  const once = () => {
    const sink = new BufferSink();
    const t0 = process.cpuUsage();
    const r = runProgram(src, sink, { filename: file });
    const dt = process.cpuUsage(t0);
    const s = (dt.user + dt.system) / 1e6;
    if (r.exitCode !== 0) throw new Error(`${file} failed: ${sink.stderr}`);
    return { s, instructions: r.instructions };
  };
  once();
  let best = Infinity;
  let instructions = 0;
  for (let i = 0; i < runs; i++) {
    const r = once();
    best = Math.min(best, r.s);
    instructions = r.instructions;
  }
  console.log(JSON.stringify({ file, seconds: best, instructions }));
}
