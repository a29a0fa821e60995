// libm.ts against glibc (as CPython's math module returns it) and Python's error rules.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PyErrorSignal } from '../../python/pyerror-signal';
import * as L from './libm';

const fx: { libm: Record<string, string[][]> } = JSON.parse(
  readFileSync(new URL('./fixtures/random.json', import.meta.url), 'utf8'),
);
const f = (h: string) => {
  const dv = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < 8; i++) dv.setUint8(i, parseInt(h.slice(2 * i, 2 * i + 2), 16));
  return dv.getFloat64(0, false);
};
/** Distance in representable doubles (same-sign finite values). */
const ulps = (a: number, b: number) => {
  if (a === b) return 0;
  const dv = new DataView(new ArrayBuffer(16));
  dv.setFloat64(0, a);
  dv.setFloat64(8, b);
  const d = dv.getBigInt64(0) - dv.getBigInt64(8);
  return Number(d < 0n ? -d : d);
};

describe('correctly rounded libm vs glibc', () => {
  const unary: Record<string, (x: number) => number> = { log: L.log, exp: L.exp, sin: L.sin, cos: L.cos, acos: L.acos };
  for (const [name, fn] of Object.entries(unary)) {
    test(`${name}: within 1 ulp of glibc, identical in >= 99.5%`, () => {
      const rows = fx.libm[name];
      let exact = 0;
      for (const [x, want] of rows) {
        const got = fn(f(x));
        if (got === f(want)) exact++;
        else expect(ulps(got, f(want)), `${name}(${f(x)})`).toBeLessThanOrEqual(1);
      }
      expect(exact / rows.length).toBeGreaterThan(0.995);
    });
  }
  test('pow: within 1 ulp of glibc, identical in >= 99.5%', () => {
    let exact = 0;
    for (const [x, y, want] of fx.libm.pow) {
      const got = L.pow(f(x), f(y));
      if (got === f(want)) exact++;
      else expect(ulps(got, f(want)), `${f(x)} ** ${f(y)}`).toBeLessThanOrEqual(1);
    }
    expect(exact / fx.libm.pow.length).toBeGreaterThan(0.995);
  });
  test('pi/2 from the BigInt series matches Math.PI', () => {
    expect(L.halfPiDD().h * 2).toBe(Math.PI);
  });
  test('special values', () => {
    expect(L.exp(0)).toBe(1);
    expect(L.exp(-Infinity)).toBe(0);
    expect(L.exp(710)).toBe(Infinity);
    expect(L.exp(-745.2)).toBe(0);
    expect(L.exp(-745.1)).toBe(5e-324);
    expect(L.log(1)).toBe(0);
    expect(L.log(Math.E)).toBe(1);
    expect(L.log(5e-324)).toBe(-744.4400719213812);
    expect(L.sin(-0)).toBe(-0);
    expect(L.cos(0)).toBe(1);
    expect(L.acos(-1)).toBe(Math.PI);
    expect(L.acos(0)).toBe(Math.PI / 2);
    expect(L.pow(2, 10)).toBe(1024);
    expect(L.pow(4, 0.5)).toBe(2);
    expect(L.pow(-2, 3)).toBe(-8);
    expect(L.pow(1, NaN)).toBe(1);
    expect(L.pow(NaN, 0)).toBe(1);
  });
});

describe('Python math errors', () => {
  const err = (fn: () => unknown) => {
    try { fn(); } catch (e) { return [(e as PyErrorSignal).type, (e as PyErrorSignal).message]; }
    return null;
  };
  test('messages', () => {
    expect(err(() => L.pyLog(0))).toEqual(['ValueError', 'math domain error']);
    expect(err(() => L.pyLog(-1))).toEqual(['ValueError', 'math domain error']);
    expect(err(() => L.pyExp(1000))).toEqual(['OverflowError', 'math range error']);
    expect(L.pyExp(-1000)).toBe(0);
    expect(err(() => L.pyCos(Infinity))).toEqual(['ValueError', 'math domain error']);
    expect(err(() => L.pyAcos(2))).toEqual(['ValueError', 'math domain error']);
    expect(err(() => L.pySqrt(-1))).toEqual(['ValueError', 'math domain error']);
    expect(err(() => L.pyPow(0, -1))).toEqual(['ZeroDivisionError', '0.0 cannot be raised to a negative power']);
    expect(err(() => L.pyPow(10, 400))).toEqual(['OverflowError', "(34, 'Numerical result out of range')"]);
    expect(L.pyPow(10, -400)).toBe(0);
  });
  test('float modulo takes the sign of the divisor', () => {
    expect(L.pyFloatMod(-1, 6.283185307179586)).toBe(5.283185307179586);
    expect(L.pyFloatMod(7, -2)).toBe(-1);
    expect(Object.is(L.pyFloatMod(-4, 2), 0)).toBe(true);
    expect(Object.is(L.pyFloatMod(4, -2), -0)).toBe(true);
  });
});
