// Spot checks of str's Unicode semantics against values taken from CPython 3.11 (the data tables
// were verified exhaustively when generated; these guard the lookup code and the context rules).
import { describe, expect, it } from 'vitest';
import * as U from './str-unicode';

describe('case mappings', () => {
  it('full mappings and titlecase', () => {
    expect(U.strUpper('straße ŉ ﬁ')).toBe('STRASSE ʼN FI');
    expect(U.strTitle('ǆemal ßa ﬂow')).toBe('ǅemal Ssa Flow');
    expect(U.strCapitalize('ǆEMAL')).toBe('ǅemal');
    expect(U.strCasefold('Straße ΣΑΣ ſ µ ꭰ')).toBe('strasse σασ s μ Ꭰ');
    expect(U.strSwapcase('ǅa ß')).toBe('ǅA SS');
    expect(U.strLower('İ')).toBe('i̇');
  });
  it('final sigma depends on context', () => {
    expect(U.strLower('ΣΑΣ')).toBe('σας');
    expect(U.strLower('Σ')).toBe('σ');
    expect(U.strLower('aΣ.')).toBe('aς.');
    expect(U.strLower("aΣ'b")).toBe("aσ'b");
    expect(U.strLower('ΣΑΣ ΣΑΣ')).toBe('σας σας');
    expect(U.strTitle('ΟΔΥΣΣΕΥΣ')).toBe('Οδυσσευς');
  });
  it('characters newer than Unicode 14 stay unassigned', () => {
    expect(U.strUpper('\u019b')).toBe('\u019b');
    expect(U.strIsAlpha('\u{1e4d0}')).toBe(false);
    expect(U.strIsPrintable('\u{1e4d0}')).toBe(false);
  });
});

describe('predicates', () => {
  it('digits, decimals and numerics', () => {
    const row = (c: string) => [U.strIsDecimal(c), U.strIsDigit(c), U.strIsNumeric(c)];
    expect(row('٣')).toEqual([true, true, true]);
    expect(row('²')).toEqual([false, true, true]);
    expect(row('①')).toEqual([false, true, true]);
    expect(row('½')).toEqual([false, false, true]);
    expect(row('三')).toEqual([false, false, true]);
    expect(row('Ⅻ')).toEqual([false, false, true]);
    expect(row('a')).toEqual([false, false, false]);
  });
  it('case predicates and identifiers', () => {
    expect([U.strIsTitle('Hello World'), U.strIsTitle('Hello world'), U.strIsTitle('ǅungla')]).toEqual([true, false, true]);
    expect([U.strIsLower('abc1'), U.strIsLower('ª'), U.strIsUpper('ABC1'), U.strIsUpper('ǅ')]).toEqual([true, true, true, false]);
    expect([U.strIsIdentifier('_x1'), U.strIsIdentifier('1x'), U.strIsIdentifier('naïve'), U.strIsIdentifier('')]).toEqual([true, false, true, false]);
    expect([U.strIsSpace('\x1c\x85\u3000'), U.strIsSpace('\u200b'), U.strIsPrintable(''), U.strIsPrintable('\xad')]).toEqual([true, false, true, false]);
  });
});
