// `node scripts/bench-trace.mjs`: trace storage benchmark (a report, not a timed test): emit
// cost, bytes per event on a realistic synthetic mix, chunk decoding, get(i), stateAt (cold and
// warm), statsOf and the Chrome export. EVENTS=N changes the run size (default 1,000,000).
// `node scripts/bench-trace.mjs --write-example` regenerates docs/trace-example.json instead.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';

const root = process.cwd();
const out = join(root, 'dist-cli', 'bench-trace.mjs');
const modules = ['recorder', 'reader', 'state', 'chrome', 'stats', 'synth'];
await build({
  stdin: { contents: modules.map((m) => `export * from './workers/machine/trace-${m}';`).join('\n'), resolveDir: root, loader: 'ts', sourcefile: 'bench-trace-entry.ts' },
  bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'warning',
});
const T = await import(pathToFileURL(out).href);

if (process.argv.includes('--write-example')) {
  const rec = new T.TraceRecorder();
  T.synthTrace(T.EXAMPLE_SYNTH, rec);
  const file = join(root, 'docs', 'trace-example.json');
  writeFileSync(file, T.formatChromeTrace(T.toChromeTrace(T.readRecorder(rec), { title: 'Interleave example (synthetic run)' })));
  console.log(`wrote ${file} (${rec.eventCount()} trace events)`);
  process.exit(0);
}

const N = Number(process.env.EVENTS ?? 1_000_000);
const time = (f) => { const t0 = performance.now(); const v = f(); return [performance.now() - t0, v]; };
const fmt = (x, d = 2) => x.toFixed(d);

// 1. Emit cost: the synthetic machine alone, then into a recorder taking a chunk every 16k events.
const [synthMs] = time(() => T.synthTrace({ events: N, seed: 1 }, { emit() {} }));
const kinds = {};
let jsonChars = 0;
T.synthTrace({ events: N, seed: 1 }, { emit(ev) { kinds[ev.k] = (kinds[ev.k] ?? 0) + 1; jsonChars += JSON.stringify(ev).length; } });
const rec = new T.TraceRecorder();
const chunks = [];
let n = 0;
const [recMs] = time(() => T.synthTrace({ events: N, seed: 1 }, { emit(ev) { rec.emit(ev); if (++n % 16384 === 0) chunks.push(rec.takeChunk()); } }));
chunks.push(rec.takeChunk());
const count = rec.eventCount();
const sum = (f) => chunks.reduce((a, c) => a + f(c), 0);
const columns = sum((c) => c.times.byteLength + c.kinds.byteLength + c.flags.byteLength);
const ops = sum((c) => c.ops.byteLength);
const lists = sum((c) => c.lists.byteLength);
const strings = sum((c) => c.strings.reduce((a, s) => a + 2 * s.length, 0));
console.log(`events: ${count} (${Object.entries(kinds).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${fmt(100 * v / count, 1)}%`).join(', ')})`);
console.log(`emit: ${fmt(((recMs - synthMs) * 1e6) / count, 0)} ns/event (recorder only; synthetic machine ${fmt(synthMs, 0)} ms)`);
console.log(`bytes/event: ${fmt(rec.byteSize() / count)} = columns ${fmt(columns / count)} + operands ${fmt(ops / count)} + lists ${fmt(lists / count)} + strings ${fmt(strings / count)} (JSON of the same events: ${fmt(jsonChars / count, 1)} chars/event)`);

// 2. Decoding the stream, random access.
const [decodeMs, reader] = time(() => T.decodeChunks(chunks));
console.log(`decode ${chunks.length} chunks: ${fmt(decodeMs, 0)} ms (${fmt((decodeMs * 1e6) / count, 0)} ns/event)`);
let seed = 12345;
const rand = (k) => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) % k; };
const picks = Array.from({ length: 100_000 }, () => rand(count));
const [getMs] = time(() => { for (const i of picks) reader.get(i); });
console.log(`get(i): ${fmt((getMs * 1e6) / picks.length, 0)} ns/event (random i)`);

// 3. stateAt: the first call builds every keyframe up to its index; later calls fold ≤ K events.
const [coldMs] = time(() => T.stateAt(reader, count - 1));
const samples = Array.from({ length: 2000 }, () => rand(count)).map((i) => time(() => T.stateAt(reader, i))[0] * 1000).sort((a, b) => a - b);
const mean = samples.reduce((a, x) => a + x, 0) / samples.length;
console.log(`stateAt: first call (builds ${Math.ceil(count / T.KEYFRAME_EVERY)} keyframes) ${fmt(coldMs, 0)} ms; then mean ${fmt(mean, 1)} µs, median ${fmt(samples[1000], 1)} µs, p99 ${fmt(samples[1980], 1)} µs over 2000 random indices (K = ${T.KEYFRAME_EVERY})`);

// 4. Exports.
const [statsMs] = time(() => T.statsOf(reader, { instructions: 1 }));
console.log(`statsOf: ${fmt(statsMs, 0)} ms for ${count} events`);
const small = new T.TraceRecorder();
T.synthTrace({ events: 100_000, seed: 1 }, small);
const [chromeMs, chrome] = time(() => T.toChromeTrace(T.readRecorder(small)));
const [jsonMs, text] = time(() => T.formatChromeTrace(chrome));
console.log(`toChromeTrace: ${fmt(chromeMs, 0)} ms + ${fmt(jsonMs, 0)} ms to text for ${small.eventCount()} events → ${chrome.traceEvents.length} trace events, ${fmt(text.length / 1e6, 1)} MB`);
