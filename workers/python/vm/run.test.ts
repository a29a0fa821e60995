/**
 * The dispatch loop switches on numeric literals (so V8 can build a jump table); each literal is
 * annotated with its opcode name. This test keeps every literal in step with the opcode table.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { opcodeByName, CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT } from '../compiler/opcodes';

const src = readFileSync(join(__dirname, 'run.ts'), 'utf8');

describe('run.ts opcode literals', () => {
  it('every `case N /* NAME */` and `opc === N /* NAME */` matches the opcode table', () => {
    const cmp: Record<string, number> = { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT };
    const re = /(?:case|opc ===) (\d+) \/\* (\w+) \*\//g;
    let n = 0;
    for (const m of src.matchAll(re)) {
      const expected = m[2].startsWith('CMP_') ? cmp[m[2]] : opcodeByName(m[2]);
      expect(expected, m[2]).toBe(Number(m[1]));
      n++;
    }
    expect(n).toBeGreaterThan(90);
  });
  it('uses no imported opcode constants as case labels', () => {
    expect(src).not.toMatch(/case O\.\w+:/);
  });
});
