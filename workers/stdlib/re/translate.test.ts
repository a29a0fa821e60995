// The regex translator and engine on their own (no VM): Python meanings the JS engine lacks,
// the 3.7+ empty-match iteration rule, and compile errors with CPython's positions.
// (Expected values checked against python3; whole-program behaviour is in conformance 466–470.)
import { describe, expect, test } from 'vitest';
import { translate, ReError, ReUnsupported, FLAG_IGNORECASE, FLAG_MULTILINE, FLAG_VERBOSE, FLAG_ASCII } from './translate';
import { Regex } from './engine';

function re(pattern: string, flags = 0): Regex {
  return new Regex(translate(pattern, flags, false), false);
}
function findall(pattern: string, text: string, flags = 0): string[] {
  const r = re(pattern, flags);
  return [...r.iterate(text, 0)].map((m) => text.slice(m[0], m[1]));
}
function compileError(pattern: string): [string, number | null] {
  try {
    translate(pattern, 0, false);
  } catch (e) {
    if (e instanceof ReError) return [e.msg, e.pos];
    throw e;
  }
  throw new Error('compiled');
}

describe('re translation', () => {
  test('Python classes and anchors', () => {
    expect(findall('\\d+', 'a 12 ٣٤')).toEqual(['12', '٣٤']);
    expect(findall('\\d+', 'a 12 ٣٤', FLAG_ASCII)).toEqual(['12']);
    expect(findall('\\w+', 'naïve café')).toEqual(['naïve', 'café']);
    expect(findall('\\s', 'a\u00a0b\x1cc')).toEqual(['\u00a0', '\x1c']);
    expect(findall('.', 'a\rb\u2028')).toEqual(['a', '\r', 'b', '\u2028']);
    expect(findall('ab$', 'ab\n')).toEqual(['ab']);
    expect(findall('ab\\Z', 'ab\n')).toEqual([]);
    expect(findall('^\\w', 'a\nb\r\nc', FLAG_MULTILINE)).toEqual(['a', 'b', 'c']);
    expect(findall('\\bé', 'x é')).toEqual(['é']);
  });
  test('flags, scoped flags and verbose', () => {
    expect(findall('abc', 'ABC abc', FLAG_IGNORECASE)).toEqual(['ABC', 'abc']);
    expect(findall('(?i)a(?-i:B)c', 'aBc ABC AbC')).toEqual(['aBc', 'ABC']);
    expect(findall('a(?i:b)c', 'aBc abC')).toEqual(['aBc']);
    expect(findall(' a b # comment', 'ab', FLAG_VERBOSE)).toEqual(['ab']);
  });
  test('possessive quantifiers and atomic groups keep group numbers', () => {
    expect(findall('a++b', 'aaab aaa')).toEqual(['aaab']);
    expect(findall('(?>x|xy)z', 'xyz xz')).toEqual(['xz']);
    const r = re('(a)++(b)');
    const m = [...r.iterate('aab', 0)][0];
    expect(m.slice(2)).toEqual([1, 2, 2, 3]);
  });
  test('empty matches follow the 3.7 rule', () => {
    expect(findall('x*', 'abxd')).toEqual(['', '', 'x', '', '']);
    expect(findall('a*|b', 'b')).toEqual(['', 'b', '']);
  });
  test('errors', () => {
    expect(compileError('(a')).toEqual(['missing ), unterminated subpattern', 0]);
    expect(compileError('a**')).toEqual(['multiple repeat', 2]);
    expect(compileError('(?<=a+)b')).toEqual(['look-behind requires fixed-width pattern', null]);
    expect(compileError('[z-a]')).toEqual(['bad character range z-a', 1]);
    expect(() => translate('(a)(?(1)b|c)', 0, false)).toThrow(ReUnsupported);
  });
});
