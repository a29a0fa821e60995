// Conformance of printf-style numeric conversions against CPython 3.11 fixtures (fixtures/regenerate.py).
import { describe, expect, it } from 'vitest';
import { Mismatches, capture, decode, loadFixture, type Encoded } from './fixture-util';
import { percentFormatNumber } from './percent-format';

type Case = [string, string, number | null, number | null, number, Encoded];

describe('% formatting conformance', () => {
  it('percent.json', () => {
    const { values, cases } = loadFixture<{ values: Encoded[]; cases: Case[] }>('percent.json');
    const mm = new Mismatches();
    for (const [conv, flags, width, prec, vi, want] of cases) {
      const ev = values[vi];
      const isFloat = typeof ev === 'object' && ev !== null && 'f' in ev;
      const v = decode(ev) as number | bigint;
      const f = {
        minus: flags.includes('-'), plus: flags.includes('+'), space: flags.includes(' '),
        zero: flags.includes('0'), alt: flags.includes('#'),
      };
      const label = `'%${flags}${width ?? ''}${prec === null ? '' : '.' + prec}${conv}' % ${JSON.stringify(ev)}`;
      mm.check(label, capture(() => percentFormatNumber(conv, v, f, width, prec, isFloat)), decode(want));
    }
    expect(mm.report()).toEqual([]);
    expect(mm.count).toBe(cases.length);
  });
});
