// Conformance of float(str), int(str, base), str()/bin()/oct()/hex() of ints against CPython 3.11
// fixtures (fixtures/regenerate.py).
import { describe, expect, it } from 'vitest';
import { Mismatches, capture, decode, loadFixture, type Encoded } from './fixture-util';
import { intToBin, intToHex, intToOct, intToStr } from './int-to-str';
import { parseFloatStr } from './parse-float';
import { parseIntStr } from './parse-int';

describe('parsing and int->str conformance', () => {
  it('parse_float.json', () => {
    const mm = new Mismatches();
    for (const [s, want] of loadFixture<[string, Encoded][]>('parse_float.json')) {
      mm.check(`float(${JSON.stringify(s.slice(0, 60))})`, capture(() => parseFloatStr(s)), decode(want));
    }
    expect(mm.report()).toEqual([]);
  });
  it('parse_int.json', () => {
    const mm = new Mismatches();
    for (const [s, base, want] of loadFixture<[string, number, Encoded][]>('parse_int.json')) {
      mm.check(`int(${JSON.stringify(s.slice(0, 60))}, ${base})`, capture(() => parseIntStr(s, base)), decode(want));
    }
    expect(mm.report()).toEqual([]);
  });
  it('int_str.json', () => {
    const mm = new Mismatches();
    for (const [ev, s, b, o, h] of loadFixture<Encoded[][]>('int_str.json')) {
      const v = decode(ev) as number | bigint;
      const label = JSON.stringify(ev).slice(0, 60);
      mm.check(`str(${label})`, capture(() => intToStr(v)), decode(s));
      mm.check(`bin(${label})`, capture(() => intToBin(v)), decode(b));
      mm.check(`oct(${label})`, capture(() => intToOct(v)), decode(o));
      mm.check(`hex(${label})`, capture(() => intToHex(v)), decode(h));
    }
    expect(mm.report()).toEqual([]);
  });
});
