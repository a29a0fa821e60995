// The standalone tokenizer against Python's tokenize module (types, strings, positions), on
// the fixture sources and on stdlib modules, plus its error reporting.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenizer';
import { PySyntaxError } from './syntax-error';
import { loadFixtures, python311, runPython, stdlibFiles } from './test-support';

const TOKENIZE_PROGRAM = `
import io, json, sys, tokenize
out = []
for src in json.load(sys.stdin):
    try:
        toks = [[tokenize.tok_name[t.type], t.string, t.start[0], t.start[1], t.end[0], t.end[1]]
                for t in tokenize.generate_tokens(io.StringIO(src).readline)]
    except (SyntaxError, tokenize.TokenError, IndentationError):
        toks = None
    out.append(toks)
print(json.dumps(out))
`;

type Tok = [string, string, number, number, number, number];

function ours(src: string): Tok[] | null {
  const r = tokenize(src);
  if (r.error) return null;
  return r.tokens.map((t) => [t.type === 'ERRORTOKEN' ? 'ERRORTOKEN' : t.type, t.string, t.lineno, t.col, t.endLineno, t.endCol]);
}

describe.skipIf(!python311())('tokens match Python\'s tokenize', () => {
  // Valid fixture sources, minus those where tokenize.py knowingly differs from the C tokenizer
  // (tabs, form feeds, CRs, a backslash continuation inside indentation).
  const sources = loadFixtures().flatMap(({ cases }) => cases)
    .filter((c) => c.dump && !/[\t\f\r\ufeff]/.test(c.source) && /^[\x00-\x7f]*$/.test(c.source))
    .filter((c) => !/^[ ]*\\$/m.test(c.source))
    .map((c) => c.source);
  const files = stdlibFiles(['threading.py', 'asyncio/tasks.py', 'test/test_grammar.py', 'test/test_fstring.py', 'test/test_patma.py']);
  const texts = [...sources, ...files.map((f) => readFileSync(f, 'utf8'))];
  const expected = python311() ? runPython<(Tok[] | null)[]>(TOKENIZE_PROGRAM, texts) : [];
  it(`${sources.length} fixture sources and ${files.length} stdlib files`, () => {
    let compared = 0;
    texts.forEach((src, i) => {
      if (expected[i] === null) return;
      expect(ours(src), src.slice(0, 200)).toEqual(expected[i]);
      compared++;
    });
    expect(compared).toBeGreaterThan(500);
  });
});

describe('tokenizer', () => {
  it('emits INDENT/DEDENT/NEWLINE/NL/COMMENT/ENDMARKER', () => {
    const { tokens, error } = tokenize('if x:  # c\n\n    y = 1\n');
    expect(error).toBeNull();
    expect(tokens.map((t) => t.type)).toEqual([
      'NAME', 'NAME', 'OP', 'COMMENT', 'NEWLINE', 'NL', 'INDENT', 'NAME', 'OP', 'NUMBER', 'NEWLINE', 'DEDENT', 'ENDMARKER',
    ]);
  });

  it('reports errors with the tokens read before them', () => {
    const { tokens, error } = tokenize("x = 'abc\n");
    expect(tokens.map((t) => t.string)).toEqual(['x', '=']);
    expect(error).toBeInstanceOf(PySyntaxError);
    expect(error?.msg).toBe('unterminated string literal (detected at line 1)');
    expect([error?.lineno, error?.offset]).toEqual([1, 5]);
  });

  it('reports TabError for inconsistent indentation', () => {
    const { error } = tokenize('if x:\n\tif y:\n        a\n');
    expect(error?.type).toBe('TabError');
  });

  it('knows every string prefix', () => {
    const { tokens } = tokenize("rb'a' Br'b' f'c' RF'd' u'e' b'''f''' fR\"g\"\n");
    expect(tokens.filter((t) => t.type === 'STRING').length).toBe(7);
  });
});
