// The cost model against CPython 3.11 (docs/cost-model.md): every calibration program's virtual
// time must be within ±25% of the CPython time recorded by scripts/calibrate.py in results.json
// (recorded figures: this test never runs python3), and the cost table must be sane.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram, BufferSink } from '../../workers/python/run-program';
import { allOpcodes, OP_COST, FIRST_PSEUDO, FIRST_SUPER, RESUME, RESUME_HOOKED, RETURN_VALUE, RETURN_VALUE_HOOKED } from '../../workers/python/compiler/opcodes';
import { OPCODE_COSTS, NATIVE_COSTS } from '../../workers/python/compiler/op-costs';
import { NATIVE_KIND_NAMES } from '../../workers/python/runtime/cost';

interface ProgramFigures {
  file: string;
  cpython_s: number;
  virtual_after_s: number;
  stdout: string;
}

const root = join(__dirname, '..', '..');
const results = JSON.parse(readFileSync(join(__dirname, 'results.json'), 'utf8')) as { programs: ProgramFigures[] };
const TOLERANCE = 0.25;

describe('cost table', () => {
  it('every opcode costs a whole number of nanoseconds, at least 1', () => {
    const bad = allOpcodes().filter((o, i) => !(OP_COST[i] >= 1 && Number.isInteger(OP_COST[i]))).map((o) => o.name);
    expect(bad).toEqual([]);
  });

  it('every executable opcode has a calibrated cost in op-costs.ts', () => {
    const missing = allOpcodes()
      .filter((o, i) => !(i >= FIRST_PSEUDO && i < FIRST_SUPER) && !(i >= FIRST_SUPER && i < FIRST_SUPER + 7))
      .filter((o) => !o.name.endsWith('_HOOKED'))
      .filter((o) => OPCODE_COSTS[o.name] === undefined)
      .map((o) => o.name);
    expect(missing).toEqual([]);
  });

  it('a hooked instruction costs what its original costs (tracing must not change timings)', () => {
    expect(OP_COST[RESUME_HOOKED]).toBe(OP_COST[RESUME]);
    expect(OP_COST[RETURN_VALUE_HOOKED]).toBe(OP_COST[RETURN_VALUE]);
  });

  it('the native cost kinds are the calibrated ones, with non-negative costs', () => {
    expect([...NATIVE_KIND_NAMES].sort()).toEqual(Object.keys(NATIVE_COSTS).sort());
    for (const [base, per] of Object.values(NATIVE_COSTS)) {
      expect(base).toBeGreaterThanOrEqual(0);
      expect(per).toBeGreaterThanOrEqual(0);
    }
  });

  it('results.json covers every calibration program', () => {
    const files = [
      ...readdirSync(join(root, 'bench/calibration')).filter((f) => f.endsWith('.py')).map((f) => `bench/calibration/${f}`),
      ...readdirSync(join(root, 'bench/programs')).filter((f) => f.endsWith('.py')).map((f) => `bench/programs/${f}`),
    ].sort();
    expect(results.programs.map((p) => p.file).sort()).toEqual(files);
  });
});

describe('virtual time of the calibration programs is within ±25% of CPython 3.11', () => {
  for (const p of results.programs) {
    it(p.file, () => {
      const sink = new BufferSink();
      const r = runProgram(readFileSync(join(root, p.file), 'utf8'), sink, { filename: p.file });
      expect(sink.stderr).toBe('');
      expect(r.exitCode).toBe(0);
      expect(sink.stdout).toBe(p.stdout);
      const ratio = r.virtualNs / 1e9 / p.cpython_s;
      expect(ratio, `virtual ${(r.virtualNs / 1e9).toFixed(4)} s vs CPython ${p.cpython_s} s`).toBeGreaterThanOrEqual(1 - TOLERANCE);
      expect(ratio, `virtual ${(r.virtualNs / 1e9).toFixed(4)} s vs CPython ${p.cpython_s} s`).toBeLessThanOrEqual(1 + TOLERANCE);
    });
  }
});
