/**
 * Our compiler's bytecode must disassemble exactly like CPython 3.11's: each fixture in
 * fixtures/dis/NAME.py is compiled by us and run through our `dis` (dis.dis, then dis.show_code
 * of every code object: constants, names, locals, flags, stack size), and compared with
 * NAME.dis.txt, which scripts/gen-dis-fixtures.py generates with python3 (never by hand).
 * The fixtures cover the assembler's CPython passes: exception-handler NOPs and the exception
 * table, jump threading, constant folding and const ordering, line-number propagation, with/try
 * layouts, comprehensions, closures and generators.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram, BufferSink } from '../run-program';

const dir = join(__dirname, 'fixtures', 'dis');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

/**
 * dis.dis(compile(source, name, 'exec')) and dis.show_code() of every code object on our VM, as
 * scripts/gen-dis-fixtures.py runs them under CPython, addresses masked the same way.
 */
function ourListing(name: string, source: string): string {
  const driver = [
    'import dis',
    `code = compile(${JSON.stringify(source)}, ${JSON.stringify(name)}, 'exec')`,
    'dis.dis(code)',
    'def show(co):',
    '    print()',
    '    dis.show_code(co)',
    '    for c in co.co_consts:',
    "        if hasattr(c, 'co_code'):",
    '            show(c)',
    'show(code)',
    '',
  ].join('\n');
  const sink = new BufferSink();
  runProgram(driver, sink, { filename: 'driver.py' });
  return (sink.stdout + sink.stderr).replace(/ at 0x[0-9a-f]+/g, ' at 0x?');
}

describe('dis output matches CPython 3.11', () => {
  it('has fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
  });
  for (const f of fixtures) {
    it(f, () => {
      const source = readFileSync(join(dir, f), 'utf8');
      const expected = readFileSync(join(dir, f.replace(/\.py$/, '.dis.txt')), 'utf8');
      expect(ourListing(f, source)).toBe(expected);
    });
  }
});
