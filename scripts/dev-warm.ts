// Developer tool: run programs three times each in one process (wall seconds / instructions), to see JIT
// warm-up and cross-program slowdown. Usage: node scripts/run-ts.mjs scripts/dev-warm.ts FILE.py ... (PYV=3.9|3.11|3.13t)
import { readFileSync } from 'node:fs';
import { runProgram, BufferSink } from '../workers/python/run-program';
for (const f of process.argv.slice(2)) {
  const src = readFileSync(f, 'utf8');
  const times: string[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = runProgram(src, new BufferSink(), { machine: { behaviour: (process.env.PYV as any) ?? '3.11' } });
    times.push(((performance.now() - t0) / 1000).toFixed(2) + 's/' + (r.instructions / 1e6).toFixed(1) + 'M');
  }
  console.log(f, times.join(' '));
}
