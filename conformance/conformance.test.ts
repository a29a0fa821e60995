/**
 * Every corpus program must print exactly what CPython 3.11 printed (stdout, stderr, exit status).
 * Expected outputs come from `npm run conformance:update` (conformance/update.py), never by hand.
 */
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { loadCorpus, runCorpusProgram, type CorpusProgram } from './corpus';

const corpus = loadCorpus(join(__dirname));
// Threaded programs with deterministic CPython output (conformance/threads/README.md).
const threads = loadCorpus(join(__dirname, 'threads'));
// asyncio programs (CPython's asyncio package on the simulated machine; virtual time).
const asyncio = loadCorpus(join(__dirname, 'asyncio'));
// Processes: os.fork and CPython's multiprocessing on the simulated machine.
const processes = loadCorpus(join(__dirname, 'processes'));

describe('conformance corpus (CPython 3.11 outputs)', () => {
  it('has at least 150 programs', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
  });
  for (const prog of corpus) it(prog.name, () => check(prog));
});

describe('threaded conformance corpus (CPython 3.11 outputs, default machine settings)', () => {
  it('has at least 60 programs', () => {
    expect(threads.length).toBeGreaterThanOrEqual(60);
  });
  for (const prog of threads) it(prog.name, () => check(prog));
});

describe('asyncio conformance corpus (CPython 3.11 outputs)', () => {
  it('has at least 10 programs', () => {
    expect(asyncio.length).toBeGreaterThanOrEqual(10);
  });
  for (const prog of asyncio) it(prog.name, () => check(prog));
});

describe('processes conformance corpus (CPython 3.11 outputs)', () => {
  it('has at least 10 programs', () => {
    expect(processes.length).toBeGreaterThanOrEqual(10);
  });
  for (const prog of processes) it(prog.name, () => check(prog));
});

function check(prog: CorpusProgram): void {
  const got = runCorpusProgram(prog);
  expect(got.stdout).toBe(prog.expected.stdout);
  expect(got.stderr).toBe(prog.expected.stderr);
  expect(got.exit).toBe(prog.expected.exit);
}
