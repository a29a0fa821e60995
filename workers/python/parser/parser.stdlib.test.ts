// Real programs: CPython's own stdlib and test modules, parsed and dumped by us and by CPython
// 3.11 (columns converted to UTF-16 by regenerate.py's helper). Skipped when that Python or
// its Lib directory is not installed. Also checks parsing speed on a 20,000+ line program.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from './parser';
import { dump } from './dump';
import { python311, runPython, STDLIB, stdlibFiles } from './test-support';

const FILES = stdlibFiles([
  'threading.py', 'queue.py', 'random.py', 'dataclasses.py', 'enum.py', 'typing.py', 'inspect.py',
  'asyncio/base_events.py', 'asyncio/events.py', 'asyncio/futures.py', 'asyncio/locks.py',
  'asyncio/queues.py', 'asyncio/tasks.py', 'asyncio/streams.py', 'asyncio/taskgroups.py',
  'asyncio/runners.py', 'asyncio/timeouts.py', 'json/__init__.py', 'json/decoder.py',
  'json/encoder.py', 'json/scanner.py', 'json/tool.py', 'concurrent/futures/_base.py',
  'concurrent/futures/thread.py', 'multiprocessing/pool.py', 'test/test_grammar.py',
  'test/test_patma.py', 'test/test_fstring.py', 'test/test_syntax.py', 'test/test_coroutines.py',
]);

const DUMP_PROGRAM = `
import ast, json, sys, warnings
warnings.simplefilter('ignore')
sys.setrecursionlimit(20000)
from regenerate import utf16_columns
out = {}
for f in json.load(sys.stdin):
    src = open(f, encoding='utf-8').read()
    tree = ast.parse(src, 'main.py')
    utf16_columns(tree, src)
    out[f] = ast.dump(tree, include_attributes=True)
print(json.dumps(out))
`;

/** Where two dumps first differ, with some context, for a readable failure. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}:\n  expected …${a.slice(Math.max(0, i - 120), i + 120)}\n  actual   …${b.slice(Math.max(0, i - 120), i + 120)}`;
}

describe.skipIf(!python311() || FILES.length === 0)('stdlib modules match CPython 3.11', () => {
  const expected = FILES.length && python311() ? runPython<Record<string, string>>(DUMP_PROGRAM, FILES) : {};
  for (const f of FILES) {
    it(f.slice(STDLIB.length + 1), () => {
      const ours = dump(parse(readFileSync(f, 'utf8'), 'main.py'));
      const theirs = expected[f];
      if (ours !== theirs) expect.fail(firstDifference(theirs, ours));
    });
  }
});

describe.skipIf(FILES.length < 10)('speed', () => {
  it('parses 20,000+ lines in well under a second', () => {
    let src = '';
    for (const f of FILES) {
      src += readFileSync(f, 'utf8') + '\n';
      if (src.split('\n').length > 22000) break;
    }
    const lines = src.split('\n').length;
    expect(lines).toBeGreaterThan(20000);
    parse(src); // warm up the JIT
    const t0 = performance.now();
    parse(src);
    const ms = performance.now() - t0;
    console.log(`parsed ${lines} lines in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(1000);
  });
});
