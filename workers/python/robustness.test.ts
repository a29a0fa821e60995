// Property tests (fast-check): random programs, mutated corpus programs and random text go through
// the whole pipeline (tokenizer → parser → compiler → VM). Every run must end with output, a
// Python exception (CPython-style report on stderr) or our limit error, within the instruction
// budget; no JavaScript exception may escape and no internal error may surface as SystemError.
// Runs are also deterministic: the same source gives the same output twice.
//
// Seeded for reproducible CI; set FC_SEED=<n> (and FC_RUNS=<n>) to explore other cases.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { runProgram, BufferSink, type ProgramResult } from './run-program';
import { loadCorpus } from '../../conformance/corpus';

const SEED = Number(process.env.FC_SEED ?? 20261121);
const RUNS = Number(process.env.FC_RUNS ?? 150);
const MAX_INSTRUCTIONS = 100_000;

interface Outcome {
  result: ProgramResult;
  stdout: string;
  stderr: string;
}

function run(source: string): Outcome {
  const sink = new BufferSink();
  const result = runProgram(source, sink, { maxInstructions: MAX_INSTRUCTIONS, sliceInstructions: 10_000 });
  return { result, stdout: sink.stdout, stderr: sink.stderr };
}

/** The last line CPython prints for an uncaught exception: `Name` or `Name: message`. */
const EXCEPTION_LINE = /^[A-Za-z_][A-Za-z0-9_.]*(: .*)?$/;

/** Returns a description of what is wrong with this run, or null when it ended properly. */
function problem(source: string): string | null {
  let o: Outcome;
  try {
    o = run(source);
  } catch (e) {
    return `JavaScript exception escaped: ${(e as Error)?.stack ?? String(e)}`;
  }
  if (/internal error in Interleave|SystemError/.test(o.stderr)) return `internal error surfaced:\n${o.stderr}`;
  if (o.result.instructions > MAX_INSTRUCTIONS + 10_000) return `ran ${o.result.instructions} instructions past the budget`;
  if (o.result.limitError !== null) {
    if (!o.stderr.includes('InterleaveLimitError')) return 'limit reached but not reported';
  } else if (o.stderr.includes('Traceback (most recent call last):') && !o.stderr.includes('Exception Group Traceback')) {
    // (Exception groups print a nested, `|`-prefixed layout; plain tracebacks are checked here.)
    // After the last `  File …` entry comes the exception line (its message may span lines).
    const lines = o.stderr.split('\n');
    let lastFile = -1;
    lines.forEach((l, i) => { if (l.startsWith('  File ')) lastFile = i; });
    const rest = lines.slice(lastFile + 1).filter((l) => !l.startsWith(' '));
    if (!rest.some((l) => EXCEPTION_LINE.test(l))) return `no exception line after the traceback:\n${o.stderr}`;
  }
  const again = run(source);
  if (again.stdout !== o.stdout || again.stderr !== o.stderr || again.result.exitCode !== o.result.exitCode) {
    return 'two runs of the same source differ';
  }
  return null;
}

function check(source: string): void {
  const p = problem(source);
  if (p !== null) expect.fail(`${p}\n--- source ---\n${source}`);
}

// ---- a small random-program grammar ----

const names = fc.constantFrom('a', 'b', 'c', 'xs', 'd', 'f', 'g', 'C', 'i');
const literal = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Number.isInteger(x) && Math.abs(x) < 1e15 ? x.toFixed(1) : String(x))),
  fc.string({ maxLength: 6 }).map((s) => JSON.stringify(s)),
  fc.constantFrom('None', 'True', 'False', '[]', '{}', '()', '...', "b'ab'", 'range(5)', '{1, 2}'),
);
const binop = fc.constantFrom('+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '<', '<=', '==', '!=', '>', 'is', 'in', 'and', 'or');

const { expr } = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    literal,
    names,
    fc.tuple(tie('expr'), binop, tie('expr')).map(([l, o, r]) => `(${l} ${o} ${r})`),
    fc.tuple(fc.constantFrom('-', 'not ', '~'), tie('expr')).map(([o, e]) => `(${o}${e})`),
    fc.tuple(names, fc.array(tie('expr'), { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(', ')})`),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `${a}[${b}]`),
    fc.tuple(tie('expr'), fc.constantFrom('append', 'real', 'keys', 'x', 'upper', '__class__')).map(([a, n]) => `${a}.${n}`),
    fc.array(tie('expr'), { maxLength: 3 }).map((es) => `[${es.join(', ')}]`),
    fc.tuple(tie('expr'), tie('expr')).map(([k, v]) => `{${k}: ${v}}`),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([a, b, c]) => `(${a} if ${b} else ${c})`),
    fc.tuple(tie('expr'), tie('expr')).map(([e, it]) => `[${e} for i in ${it}]`),
    tie('expr').map((e) => `(lambda a, b=2: ${e})`),
    tie('expr').map((e) => `f"{${e}!r:>5}"`),
  ),
}));

const simpleStmt = fc.oneof(
  fc.tuple(names, expr).map(([n, e]) => `${n} = ${e}`),
  fc.tuple(names, fc.constantFrom('+=', '-=', '*=', '//='), expr).map(([n, o, e]) => `${n} ${o} ${e}`),
  expr.map((e) => `print(${e})`),
  expr.map((e) => `del ${e}`),
  expr.map((e) => `raise ${e}`),
  expr.map((e) => `assert ${e}`),
  fc.constantFrom('pass', 'break', 'continue', 'return', 'global a', 'import math', 'from itertools import count', 'yield 1'),
);

const { block } = fc.letrec<{ block: string[] }>((tie) => ({
  block: fc.array(
    fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      simpleStmt.map((s) => [s]),
      fc.tuple(expr, tie('block'), tie('block')).map(([t, b, e]) => [`if ${t}:`, ...indent(b), 'else:', ...indent(e)]),
      fc.tuple(expr, tie('block')).map(([t, b]) => [`while ${t}:`, ...indent(b)]),
      fc.tuple(names, expr, tie('block')).map(([n, it, b]) => [`for ${n} in ${it}:`, ...indent(b)]),
      fc.tuple(names, tie('block')).map(([n, b]) => [`def ${n}(a, b=1, *c, **d):`, ...indent(b)]),
      fc.tuple(tie('block'), tie('block')).map(([b, h]) => ['try:', ...indent(b), 'except Exception as e:', ...indent(h), 'finally:', '    pass']),
      fc.tuple(tie('block')).map(([b]) => ['class C:', '    x = 1', ...indent(b)]),
      fc.tuple(expr, tie('block')).map(([e, b]) => [`with ${e} as w:`, ...indent(b)]),
    ),
    { minLength: 1, maxLength: 4 },
  ).map((parts) => parts.flat()),
}));

function indent(lines: string[]): string[] {
  return lines.length === 0 ? ['    pass'] : lines.map((l) => '    ' + l);
}

const program = block.map((lines) => lines.join('\n') + '\n');

// ---- mutations of real programs ----

const corpus = loadCorpus(join(__dirname, '../../conformance')).filter((p) => Object.keys(p.files).length === 0 && p.main.length < 6000);
const INSERTS = ['(', ')', '[', ']', '{', '}', ':', ',', '.', '=', '*', '**', "'", '"', '"""', '#', '\\', '\n', '\t', '    ',
  'if ', 'else', 'lambda', 'f"{', 'yield', 'await ', ':=', 'async ', 'return', 'del ', 'global x', 'nonlocal x', 'raise',
  'break', 'continue', 'with', 'try:', 'except', 'finally:', 'while True:', '0', '-1', '1e308', '10**', 'None', 'é', '[::-1]'];

const mutation = fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 5 }), fc.nat({ max: INSERTS.length - 1 }));

function mutate(src: string, muts: [number, number, number, number][]): string {
  let s = src;
  for (const [p0, q0, kind, ins] of muts) {
    const p = p0 % (s.length + 1);
    const q = q0 % (s.length + 1);
    const lines = s.split('\n');
    const li = p0 % lines.length;
    const lj = q0 % lines.length;
    switch (kind) {
      case 0: s = s.slice(0, p) + s.slice(p + 1 + (q0 % 12)); break; // delete a few characters
      case 1: s = s.slice(0, p) + INSERTS[ins] + s.slice(p); break; // insert a token
      case 2: s = s.slice(0, p) + s.slice(p, p + (q0 % 20)) + s.slice(p); break; // duplicate a span
      case 3: [lines[li], lines[lj]] = [lines[lj], lines[li]]; s = lines.join('\n'); break; // swap lines
      case 4: lines.splice(li, 1); s = lines.join('\n'); break; // delete a line
      default: s = s.slice(0, Math.min(p, q)) + s.slice(Math.max(p, q)); // cut a range
    }
  }
  return s;
}

describe('robustness: every run ends properly', () => {
  it('random programs from a small grammar', () => {
    fc.assert(fc.property(program, (src) => check(src)), { seed: SEED, numRuns: RUNS });
  });

  it('mutated conformance programs', () => {
    const arb = fc.tuple(fc.nat({ max: corpus.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }));
    fc.assert(fc.property(arb, ([i, muts]) => check(mutate(corpus[i].main, muts))), { seed: SEED, numRuns: RUNS });
  });

  it('random text, including control characters and non-BMP characters', () => {
    const text = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }));
    fc.assert(fc.property(text, (src) => check(src)), { seed: SEED, numRuns: RUNS });
  });

  it('pathological programs stop at a limit or with a Python error', () => {
    const cases = [
      'while True: pass',
      'def f(): return f()\nf()',
      'def g():\n    yield from g()\nlist(g())',
      'x = []\nwhile True: x.append(x)',
      "s = 'a'\nwhile True: s += s",
      'x = 10 ** 10 ** 10',
      "print('x' * (2 ** 40))",
      'class A:\n    def __repr__(self): return repr(self)\nrepr(A())',
      'class A:\n    def __eq__(self, o): return self == o\nA() == A()',
      'import sys\nsys.setrecursionlimit(10**6)\ndef f(n): return f(n+1)\nf(0)',
      'x = ' + '-'.repeat(5000) + '1',
      'x = ' + '('.repeat(300) + ')'.repeat(300),
      '\0',
      'def f():\n' + '    x = 1\n'.repeat(3) + '  y = 2\n',
    ];
    for (const c of cases) check(c);
  });
});
