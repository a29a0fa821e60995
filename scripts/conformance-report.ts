// Developer tool: run the corpus and print a pass/fail summary with the first differing line.
// Usage: npx tsx-free: node scripts/run-ts.mjs scripts/conformance-report.ts [filter]
import { join } from 'node:path';
import { loadCorpus, runCorpusProgram } from '../conformance/corpus';

const filter = process.argv[2] ?? '';
const corpus = [...loadCorpus(join(process.cwd(), 'conformance')), ...loadCorpus(join(process.cwd(), 'conformance', 'threads'))].filter((p) => p.name.includes(filter));
let pass = 0;
const fails: string[] = [];
for (const prog of corpus) {
  let got;
  try {
    const t0 = performance.now();
    got = runCorpusProgram(prog, 300_000_000);
    const ms = performance.now() - t0;
    if (ms > 2000) console.log(`SLOW ${prog.name} ${ms.toFixed(0)}ms`);
  } catch (e) {
    fails.push(`${prog.name}: CRASH ${(e as Error).stack?.split('\n').slice(0, 4).join(' | ')}`);
    console.log('FAIL ' + fails[fails.length - 1]);
    continue;
  }
  const e = prog.expected;
  if (got.stdout === e.stdout && got.stderr === e.stderr && got.exit === e.exit) {
    pass++;
    continue;
  }
  let why = '';
  for (const [k, a, b] of [['stdout', got.stdout, e.stdout], ['stderr', got.stderr, e.stderr]] as const) {
    if (a === b) continue;
    const al = a.split('\n');
    const bl = b.split('\n');
    let i = 0;
    while (i < al.length && al[i] === bl[i]) i++;
    why += ` ${k}@${i + 1}: got ${JSON.stringify(al[i] ?? '<eof>').slice(0, 160)} want ${JSON.stringify(bl[i] ?? '<eof>').slice(0, 160)}`;
  }
  if (got.exit !== e.exit) why += ` exit ${got.exit} want ${e.exit}`;
  if (got.stderr !== e.stderr) why += ` || LAST: ${got.stderr.trim().split('\n').pop()}`;
  fails.push(`${prog.name}:${why}`);
  console.log('FAIL ' + fails[fails.length - 1]);
}
console.log(`${pass} passed, ${fails.length} failed`);
