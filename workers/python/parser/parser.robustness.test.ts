// The parser throws nothing but PySyntaxError (or ParserStackOverflow, CPython's MemoryError for
// nesting past its MAXSTACK): on deterministic mutations of every fixture
// source, on pathological nesting, and on edge-case inputs. Without CPython at hand.
import { describe, expect, it } from 'vitest';
import { parse, parseExpression } from './parser';
import { PySyntaxError, ParserStackOverflow } from './syntax-error';
import { loadFixtures } from './test-support';

/** Deterministic pseudo-random numbers (a 32-bit LCG; the code under test must not need randomness). */
function lcg(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

const INSERTS = ['(', ')', '[', ']', '{', '}', ':', ',', '.', '=', '*', '**', "'", '"', '"""', '#', '\\',
  '\n', '\t', ' ', '    ', 'if ', 'else', 'lambda', 'f"{', '}', 'yield', 'await ', ':=', 'async ', 'match ',
  'case ', 'é', '\u00a0', '\r\n', '\f', '0x', '1e', '1_', 'def ', 'class ', '@', '->', 'except*'];

function outcome(src: string): 'ok' | 'syntax-error' | 'too-deep' {
  try {
    parse(src);
    return 'ok';
  } catch (e) {
    if (e instanceof PySyntaxError) return 'syntax-error';
    if (e instanceof ParserStackOverflow) return 'too-deep';
    throw new Error(`non-PySyntaxError on ${JSON.stringify(src.slice(0, 200))}: ${(e as Error).stack}`);
  }
}

describe('parse throws only PySyntaxError', () => {
  const sources = loadFixtures().flatMap(({ cases }) => cases).map((c) => c.source).filter((s) => s.length < 3000);
  it(`on 4 mutations of each of ${sources.length} fixture sources`, () => {
    const rnd = lcg(12345);
    let errors = 0;
    for (const base of sources) {
      for (let k = 0; k < 4; k++) {
        let s = base;
        const p = rnd(s.length + 1);
        switch (rnd(4)) {
          case 0: s = s.slice(0, p) + s.slice(p + 1); break;
          case 1: s = s.slice(0, p) + INSERTS[rnd(INSERTS.length)] + s.slice(p); break;
          case 2: s = s.slice(0, p) + s.slice(p + 1 + rnd(8)); break;
          default: s = s.slice(0, p) + s.slice(p, p + 6) + s.slice(p);
        }
        if (outcome(s) === 'syntax-error') errors++;
      }
    }
    expect(errors).toBeGreaterThan(0);
  });

  it('on deep nesting of every kind', () => {
    const deep = [
      '('.repeat(199) + ')'.repeat(199), '['.repeat(199) + ']'.repeat(199), '{'.repeat(100) + '}'.repeat(100),
      '('.repeat(250) + ')'.repeat(250), '-'.repeat(5000) + '1', '-'.repeat(100000) + '1',
      'not '.repeat(20000) + 'x', 'x' + '.a'.repeat(20000), 'f' + '()'.repeat(20000), 'a' + '+a'.repeat(50000),
      'lambda:'.repeat(5000) + '1', '1 if 1 else '.repeat(5000) + '1', '*'.repeat(3000) + 'a = 1',
      'x = ' + '['.repeat(150) + '1' + ']'.repeat(150), "f'{" + '('.repeat(150) + '1' + ')'.repeat(150) + "}'",
      Array.from({ length: 99 }, (_, i) => ' '.repeat(i) + 'if 1:').join('\n') + '\n' + ' '.repeat(99) + 'pass',
      Array.from({ length: 120 }, (_, i) => ' '.repeat(i) + 'if 1:').join('\n') + '\n' + ' '.repeat(120) + 'pass',
    ];
    for (const s of deep) outcome(s);
  });

  it('on edge-case inputs', () => {
    const edge = ['', '\n', '\ufeff', '\ufeffx = 1', '\r\n\r\n', 'x = 1\r', '\\', '\\\n', '#', '\f', '\t', '   ', 'x\0',
      "'", '"""', "f'", "f'{", "f'}'", '(', ')', 'x = \\\n', '\udc80', 'a\ud800b', '😀 = 1', 'ﬁ = 1', '\u2028'];
    for (const s of edge) outcome(s);
    for (const s of edge) {
      try { parseExpression(s); } catch (e) { expect(e instanceof PySyntaxError || e instanceof ParserStackOverflow).toBe(true); }
    }
  });

  it('accepts CRLF, a BOM and no final newline', () => {
    expect(parse('\ufeffif x:\r\n    y = 1\r\nz = 2').body.length).toBe(2);
  });
});
