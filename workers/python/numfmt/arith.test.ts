// Conformance of rounding, float arithmetic and int/float conversions against CPython 3.11
// fixtures (fixtures/regenerate.py).
import { describe, expect, it } from 'vitest';
import { Mismatches, capture, decode, loadFixture, type Encoded } from './fixture-util';
import {
  floatDiv, floatDivmod, floatFloorDiv, floatMod, floatPow, roundFloat, roundHalfEvenToInt, roundInt,
} from './float-arith';
import { floatFromHex, floatHex } from './float-hex';
import {
  compareIntFloat, floatAsIntegerRatio, floatIsInteger, floatToInt, intToFloat, intTrueDiv,
} from './int-float';
import type { PyInt } from './int-norm';

describe('rounding conformance', () => {
  it('round_float.json', () => {
    const data = loadFixture<{
      values: Encoded[]; ndigits: number[]; results: Encoded[][]; extra: [Encoded, number | null, Encoded][];
    }>('round_float.json');
    const cases: [Encoded, number | null, Encoded][] = [...data.extra];
    data.values.forEach((ev, i) => {
      data.ndigits.forEach((nd, j) => cases.push([ev, nd, data.results[i][j]]));
      cases.push([ev, null, data.results[i][data.ndigits.length]]);
    });
    const mm = new Mismatches();
    for (const [ev, nd, want] of cases) {
      const x = decode(ev) as number;
      const got = capture(() => (nd === null ? roundHalfEvenToInt(x) : roundFloat(x, nd)));
      mm.check(`round(${JSON.stringify(ev)}, ${nd})`, got, decode(want));
    }
    expect(mm.report()).toEqual([]);
    expect(mm.count).toBe(cases.length);
  });
  it('round_int.json', () => {
    const mm = new Mismatches();
    for (const [ev, nd, want] of loadFixture<[Encoded, number | null, Encoded][]>('round_int.json')) {
      const x = decode(ev) as PyInt;
      mm.check(`round(${JSON.stringify(ev)}, ${nd})`, capture(() => (nd === null ? x : roundInt(x, nd))), decode(want));
    }
    expect(mm.report()).toEqual([]);
  });
});

describe('float arithmetic conformance', () => {
  const data = loadFixture<{ binary: Encoded[][]; pow: Encoded[][] }>('arith_float.json');
  it('/ // % divmod', () => {
    const mm = new Mismatches();
    for (const [ea, eb, div, fdiv, mod, dm] of data.binary) {
      const a = decode(ea) as number;
      const b = decode(eb) as number;
      const l = `${JSON.stringify(ea)}, ${JSON.stringify(eb)}`;
      mm.check(`${l} /`, capture(() => floatDiv(a, b)), decode(div));
      mm.check(`${l} //`, capture(() => floatFloorDiv(a, b)), decode(fdiv));
      mm.check(`${l} %`, capture(() => floatMod(a, b)), decode(mod));
      mm.check(`${l} divmod`, capture(() => floatDivmod(a, b)), decode(dm));
    }
    expect(mm.report()).toEqual([]);
  });
  it('** (special cases, errors and values)', () => {
    const mm = new Mismatches();
    let notCorrectlyRounded = 0;
    for (const [ea, eb, want, correctlyRounded] of data.pow) {
      const a = decode(ea) as number;
      const b = decode(eb) as number;
      // Where glibc's pow (what CPython calls) is not correctly rounded, the fixture also records the
      // correctly rounded value, which is what we compute.
      if (correctlyRounded !== undefined) notCorrectlyRounded++;
      const expected = correctlyRounded !== undefined ? correctlyRounded : want;
      mm.check(`${JSON.stringify(ea)} ** ${JSON.stringify(eb)}`, capture(() => floatPow(a, b)), decode(expected));
    }
    expect(mm.report()).toEqual([]);
    expect(notCorrectlyRounded).toBeLessThan(10);
  });
});

describe('int/float conversion conformance', () => {
  const data = loadFixture<Record<string, Encoded[][]>>('arith_int.json');
  it('int / int', () => {
    const mm = new Mismatches();
    for (const [ea, eb, want] of data.truediv) {
      mm.check(`${JSON.stringify(ea)} / ${JSON.stringify(eb)}`.slice(0, 200),
        capture(() => intTrueDiv(decode(ea) as PyInt, decode(eb) as PyInt)), decode(want));
    }
    expect(mm.report()).toEqual([]);
  });
  it('float(int)', () => {
    const mm = new Mismatches();
    for (const [ev, want] of data.to_float) {
      mm.check(`float(${JSON.stringify(ev)})`.slice(0, 200), capture(() => intToFloat(decode(ev) as PyInt)), decode(want));
    }
    expect(mm.report()).toEqual([]);
  });
  it('int(float), as_integer_ratio, is_integer, hex', () => {
    const mm = new Mismatches();
    for (const [ev, asInt, ratio, isInt, hex] of data.float_to_int) {
      const x = decode(ev) as number;
      const l = JSON.stringify(ev);
      mm.check(`int(${l})`, capture(() => floatToInt(x)), decode(asInt));
      mm.check(`${l}.as_integer_ratio()`, capture(() => floatAsIntegerRatio(x)), decode(ratio));
      mm.check(`${l}.is_integer()`, capture(() => floatIsInteger(x)), decode(isInt));
      mm.check(`${l}.hex()`, capture(() => floatHex(x)), decode(hex));
    }
    expect(mm.report()).toEqual([]);
  });
  it('int vs float comparison', () => {
    const mm = new Mismatches();
    for (const [ei, ef, want] of data.compare) {
      const c = compareIntFloat(decode(ei) as PyInt, decode(ef) as number);
      mm.check(`cmp(${JSON.stringify(ei)}, ${JSON.stringify(ef)})`, [c < 0, c === 0, c > 0], decode(want));
    }
    expect(mm.report()).toEqual([]);
  });
  it('float.fromhex', () => {
    const mm = new Mismatches();
    for (const [s, want] of data.fromhex) {
      mm.check(`fromhex(${JSON.stringify(s)})`, capture(() => floatFromHex(s as string)), decode(want));
    }
    expect(mm.report()).toEqual([]);
  });
});
