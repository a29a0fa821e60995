/**
 * The `re` module: compile (with a cache), the module-level functions, escape, purge, the flag
 * constants (plain ints: RegexFlag's reprs appear only inside Pattern reprs, which spell them
 * out), and re.error / Pattern / Match.
 */
import type { PyValue } from '../../python/objects/object';
import { None, typeOf } from '../../python/objects/core-types';
import type { PyModule } from '../../python/objects/module';
import { PyBytes } from '../../python/objects/bytes';
import { PyMemoryView } from '../../python/objects/memoryview';
import { newTuple } from '../../python/objects/tuple';
import { func } from '../../python/runtime/define';
import { typeError, valueError } from '../../python/runtime/errors';
import type { Interpreter } from '../../python/vm/interpreter-state';
import type { NativeGen } from '../../python/vm/native';
import { bytesLike, defineAll } from '../ioutil';
import { compileRegex, purgeCache } from './engine';
import { reErrorType, withReErrors } from './errors';
import { matchType } from './match';
import { PyPattern, patternType, doMatch, doFindall, doFinditer, doSplit, doSub, type MatchMode } from './pattern';

function intFlags(x: PyValue): number {
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  return typeError(`unsupported operand type(s) for &: '${typeOf(x).name}' and 'int'`);
}

/** re._compile: a Pattern from a str/bytes pattern (cached) or a Pattern itself. */
export function compilePattern(pattern: PyValue, flagsArg: PyValue): PyPattern {
  const flags = intFlags(flagsArg);
  if (pattern instanceof PyPattern) {
    if (flags !== 0) valueError('cannot process flags argument with a compiled pattern');
    return pattern;
  }
  let text: string;
  let isBytes = false;
  if (typeof pattern === 'string') text = pattern;
  else {
    // sre_compile accepts str and bytes patterns only (not a memoryview).
    const b = pattern instanceof PyMemoryView ? null : bytesLike(pattern);
    if (b === null) return typeError('first argument must be string or compiled pattern');
    text = String.fromCharCode(...b);
    isBytes = true;
  }
  const regex = withReErrors(pattern, text, () => compileRegex(text, flags, isBytes));
  return new PyPattern(regex, pattern);
}

const SPECIAL = new Set(Array.from('()[]{}?*+-|^$\\.&~# \t\n\r\v\f'));

function escapeText(s: string): string {
  let out = '';
  for (const c of s) out += SPECIAL.has(c) ? '\\' + c : c;
  return out;
}

export function initRe(interp: Interpreter, m: PyModule): void {
  void interp;
  const ns = m.ns;
  const flags: [string, string, number][] = [
    ['A', 'ASCII', 256], ['I', 'IGNORECASE', 2], ['L', 'LOCALE', 4], ['M', 'MULTILINE', 8], ['S', 'DOTALL', 16],
    ['U', 'UNICODE', 32], ['X', 'VERBOSE', 64], ['T', 'TEMPLATE', 1],
  ];
  for (const [short, long, v] of flags) {
    ns.setStr(short, v);
    ns.setStr(long, v);
  }
  ns.setStr('DEBUG', 128);
  ns.setStr('NOFLAG', 0);
  ns.setStr('error', reErrorType);
  ns.setStr('Pattern', patternType);
  ns.setStr('Match', matchType);
  const matcher = (mode: MatchMode) =>
    func(mode, 'pattern, string, flags=0', (p: PyValue, s: PyValue, f: PyValue) => doMatch(compilePattern(p, f), s, mode));
  defineAll(m, [
    func('compile', 'pattern, flags=0', (p: PyValue, f: PyValue) => compilePattern(p, f)),
    matcher('match'),
    matcher('search'),
    matcher('fullmatch'),
    func('findall', 'pattern, string, flags=0', (p: PyValue, s: PyValue, f: PyValue) => doFindall(compilePattern(p, f), s)),
    func('finditer', 'pattern, string, flags=0', (p: PyValue, s: PyValue, f: PyValue) => doFinditer(compilePattern(p, f), s)),
    func('split', 'pattern, string, maxsplit=0, flags=0', (p: PyValue, s: PyValue, n: PyValue, f: PyValue) => doSplit(compilePattern(p, f), s, intFlags(n))),
    func('sub', 'pattern, repl, string, count=0, flags=0', function* (p: PyValue, r: PyValue, s: PyValue, n: PyValue, f: PyValue): NativeGen {
      return (yield* doSub(compilePattern(p, f), r, s, intFlags(n)))[0];
    }),
    func('subn', 'pattern, repl, string, count=0, flags=0', function* (p: PyValue, r: PyValue, s: PyValue, n: PyValue, f: PyValue): NativeGen {
      const [res, k] = yield* doSub(compilePattern(p, f), r, s, intFlags(n));
      return newTuple([res, k]);
    }),
    func('escape', 'pattern', (p: PyValue) => {
      if (typeof p === 'string') return escapeText(p);
      const b = bytesLike(p);
      if (b === null) typeError(`'${typeOf(p).name}' object is not iterable`);
      const out = escapeText(String.fromCharCode(...b!));
      return new PyBytes(Uint8Array.from(out, (c) => c.charCodeAt(0)));
    }),
    func('purge', '', () => {
      purgeCache();
      return None;
    }),
  ]);
}
