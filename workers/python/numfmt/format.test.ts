// Conformance of format() for float/int/bool/str against CPython 3.11 fixtures (fixtures/regenerate.py).
import { describe, expect, it } from 'vitest';
import { Mismatches, capture, decode, loadFixture, type Encoded } from './fixture-util';
import { formatFloat } from './format-float';
import { formatInt } from './format-int';
import { formatStr } from './format-str';

interface Matrix {
  values: Encoded[];
  specs: string[];
  results: Encoded[][];
}

function runMatrix(name: string, fmt: (v: unknown, spec: string) => string): Mismatches {
  const m = loadFixture<Matrix>(name);
  const mm = new Mismatches();
  m.values.forEach((ev, i) => {
    const v = decode(ev);
    m.specs.forEach((spec, j) => {
      mm.check(`format(${JSON.stringify(ev)}, ${JSON.stringify(spec)})`, capture(() => fmt(v, spec)), decode(m.results[i][j]));
    });
  });
  return mm;
}

describe('format() conformance', () => {
  for (const name of ['format_float.json', 'format_float_wide.json', 'format_float_huge.json']) {
    it(name, () => {
      const mm = runMatrix(name, (v, s) => formatFloat(v as number, s));
      expect(mm.report()).toEqual([]);
    });
  }
  for (const name of ['format_int.json', 'format_int_huge.json']) {
    it(name, () => {
      const mm = runMatrix(name, (v, s) => formatInt(v as number | bigint, s));
      expect(mm.report()).toEqual([]);
    });
  }
  it('format_bool.json (bool formats as int with a non-empty spec)', () => {
    const mm = runMatrix('format_bool.json', (v, s) => formatInt(v ? 1 : 0, s, 'bool'));
    expect(mm.report()).toEqual([]);
  });
  it('format_str.json', () => {
    const mm = runMatrix('format_str.json', (v, s) => formatStr(v as string, s));
    expect(mm.report()).toEqual([]);
  });
});

describe('randomized doubles (repr, common precisions, round)', () => {
  it('random_float.json', async () => {
    const { roundFloat, roundHalfEvenToInt } = await import('./float-arith');
    const data = loadFixture<{ specs: string[]; rows: Encoded[][] }>('random_float.json');
    const mm = new Mismatches();
    for (const row of data.rows) {
      const x = decode(row[0]) as number;
      const l = JSON.stringify(row[0]);
      data.specs.forEach((spec, j) => {
        mm.check(`format(${l}, ${JSON.stringify(spec)})`, capture(() => formatFloat(x, spec)), decode(row[1 + j]));
      });
      const k = 1 + data.specs.length;
      mm.check(`round(${l}, 2)`, capture(() => roundFloat(x, 2)), decode(row[k]));
      mm.check(`round(${l}, 1)`, capture(() => roundFloat(x, 1)), decode(row[k + 1]));
      mm.check(`round(${l})`, capture(() => roundHalfEvenToInt(x)), decode(row[k + 2]));
    }
    expect(mm.report()).toEqual([]);
  });
});
