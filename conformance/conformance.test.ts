/**
 * Every corpus program must print exactly what CPython 3.11 printed (stdout, stderr, exit status).
 * Expected outputs come from `npm run conformance:update` (conformance/update.py), never by hand.
 */
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { loadCorpus, runCorpusProgram } from './corpus';

const corpus = loadCorpus(join(__dirname));

describe('conformance corpus (CPython 3.11 outputs)', () => {
  it('has at least 150 programs', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
  });
  for (const prog of corpus) {
    it(prog.name, () => {
      const got = runCorpusProgram(prog);
      expect(got.stdout).toBe(prog.expected.stdout);
      expect(got.stderr).toBe(prog.expected.stderr);
      expect(got.exit).toBe(prog.expected.exit);
    });
  }
});
