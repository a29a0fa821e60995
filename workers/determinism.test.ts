// Determinism guard: nothing that runs in the worker may read the wall clock or an unseeded
// random source (same code + settings + seed → identical output and trace). Tests are exempt.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram, BufferSink } from './python/run-program';

const FORBIDDEN = /\bDate\.now\b|\bnew Date\(|\bperformance\.now\b|\bMath\.random\b|\bcrypto\.getRandomValues\b|\bprocess\.hrtime\b|\bsetTimeout\b|\bsetInterval\b/;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (p.endsWith('.ts') && !p.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

describe('determinism', () => {
  it('no worker source reads the clock or Math.random', () => {
    const offenders = sources(__dirname).filter((f) => {
      const code = readFileSync(f, 'utf8').replace(/\/\*[^]*?\*\/|\/\/.*$/gm, '');
      return FORBIDDEN.test(code);
    });
    expect(offenders).toEqual([]);
  });

  it('the same program and seed give the same output; another seed changes random()', () => {
    const src = 'import random, time, os\nprint(random.random(), random.randint(1, 10**9), os.urandom(4).hex())\nprint(time.time() > 0, time.perf_counter())\n';
    const run = (seed: number) => {
      const sink = new BufferSink();
      runProgram(src, sink, { seed });
      return sink.stdout + sink.stderr;
    };
    expect(run(7)).toBe(run(7));
    expect(run(7)).not.toBe(run(8));
  });
});
