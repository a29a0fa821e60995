// `npm run bench`: the benchmark programs on our VM and on python3, side by side in one run.
// Start-up is excluded and each side gets a warm-up run; times are the best of RUNS runs.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, basename } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const root = process.cwd();
const programs = readdirSync(join(root, 'bench/programs')).filter((f) => f.endsWith('.py')).sort().map((f) => join('bench/programs', f));
const out = join(root, 'dist-cli', 'vm-bench.mjs');
const machineOut = join(root, 'dist-cli', 'machine-bench.mjs');
for (const [entry, outfile] of [['bench/vm-bench.ts', out], ['bench/machine-bench.ts', machineOut]]) {
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning', loader: { '.py': 'text' } });
}

const parse = (text) => Object.fromEntries(text.trim().split('\n').map((l) => JSON.parse(l)).map((r) => [r.file, r]));
const py = parse(execFileSync('python3', ['bench/cpython-bench.py', String(RUNS), ...programs], { encoding: 'utf8' }));
const ours = parse(execFileSync(process.execPath, [out, String(RUNS), ...programs], { encoding: 'utf8', maxBuffer: 1 << 26 }));

const rows = programs.map((p) => ({ name: basename(p, '.py'), cpython: py[p].seconds, ours: ours[p].seconds, mips: ours[p].instructions / ours[p].seconds / 1e6 }));
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('program', 20)}${pad('CPython 3.11 (s)', 18)}${pad('Interleave (s)', 16)}${pad('ratio', 8)}VM Minstr/s`);
for (const r of rows) {
  console.log(`${pad(r.name, 20)}${pad(r.cpython.toFixed(3), 18)}${pad(r.ours.toFixed(3), 16)}${pad((r.ours / r.cpython).toFixed(2) + 'x', 8)}${r.mips.toFixed(0)}`);
}
const geo = Math.exp(rows.reduce((s, r) => s + Math.log(r.ours / r.cpython), 0) / rows.length);
console.log(`geometric mean ratio: ${geo.toFixed(2)}x (process CPU seconds, best of ${RUNS} runs after a warm-up; start-up excluded)`);

// The simulated machine: the same work serially, in threads, and in threads with the trace on.
const threaded = readdirSync(join(root, 'bench/threads')).filter((f) => f.endsWith('.py')).sort().map((f) => join('bench/threads', f));
const machineRows = execFileSync(process.execPath, [machineOut, String(RUNS), ...threaded], { encoding: 'utf8', maxBuffer: 1 << 26 })
  .trim().split('\n').map((l) => JSON.parse(l));
console.log(`\n${pad('threads program', 20)}${pad('mode', 16)}${pad('seconds', 10)}${pad('Minstr/s', 10)}${pad('vs serial', 11)}${pad('events', 10)}bytes/event`);
for (const r of machineRows) {
  const serial = machineRows.find((x) => x.file === r.file && x.mode === 'serial');
  const mips = r.instructions / r.seconds / 1e6;
  const rel = mips / (serial.instructions / serial.seconds / 1e6);
  const perEvent = r.events > 0 ? (r.bytes / r.events).toFixed(1) : '';
  console.log(`${pad(basename(r.file, '.py'), 20)}${pad(r.mode, 16)}${pad(r.seconds.toFixed(3), 10)}${pad(mips.toFixed(0), 10)}${pad(rel.toFixed(2) + 'x', 11)}${pad(r.events || '', 10)}${perEvent}`);
}
console.log('(instructions per second relative to the same work run serially in the main thread; trace bytes as stored by the recorder)');
