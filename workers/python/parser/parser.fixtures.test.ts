// Every fixture snippet (fixtures/*.cases, expectations from CPython 3.11 via regenerate.py):
// valid ones must dump exactly like ast.dump(..., include_attributes=True), invalid ones must
// raise the same PySyntaxError (type, msg, lineno, offset, end_lineno, end_offset, text).
import { describe, expect, it } from 'vitest';
import { parse, parseExpression } from './parser';
import { PySyntaxError } from './syntax-error';
import { dump } from './dump';
import { loadFixtures, type FixtureCase } from './test-support';

function run(c: FixtureCase): string {
  try {
    const tree = c.mode === 'eval' ? parseExpression(c.source, 'main.py') : parse(c.source, 'main.py');
    return 'OK ' + dump(tree);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return errorLine(e);
  }
}

function errorLine(e: { type: string; msg?: string; lineno?: number | null; offset?: number | null;
  end_lineno?: number | null; end_offset?: number | null; text?: string | null }): string {
  // CPython leaves the position unset (None) for the null-byte error; we report 0.
  const n = (x: number | null | undefined) => x ?? 0;
  return `ERR ${e.type} ${JSON.stringify(e.msg)} ${n(e.lineno)} ${n(e.offset)} ${n(e.end_lineno)} ${n(e.end_offset)} ${JSON.stringify(e.text ?? null)}`;
}

for (const { file, cases } of loadFixtures()) {
  describe(file, () => {
    for (const c of cases) {
      it(c.name, () => {
        const expected = c.error ? errorLine(c.error) : 'OK ' + c.dump;
        expect(run(c)).toBe(expected);
      });
    }
  });
}
