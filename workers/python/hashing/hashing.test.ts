// Compares the hash() emulation with CPython 3.11 fixtures (fixtures/regenerate.py, PYTHONHASHSEED=0).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  HashProbe, hashBytes, hashBytesParts, hashFloat, hashFrozenset, hashHigh32, hashInt, hashLow32,
  hashPointer, hashString, hashStringParts, hashToParts, hashToPyInt, hashTuple, partsToHash,
  type PyHash,
} from './index';

type Tagged = [string, unknown];
interface Fixtures {
  noneHash: string;
  ints: [string, string][];
  floats: [string, string][];
  nans: [string, string][];
  pointers: [string, string][];
  syntheticPointers: [string, string][];
  strings: [string, string][];
  bytes: [string, string][];
  containers: [Tagged, string][];
  setOrders: [Tagged[], Tagged[]][];
}

const fx: Fixtures = JSON.parse(readFileSync(new URL('./fixtures/hashes.json', import.meta.url), 'utf8'));

function pyInt(s: string): number | bigint {
  const b = BigInt(s);
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
function floatFromHex(h: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < 8; i++) dv.setUint8(i, parseInt(h.slice(2 * i, 2 * i + 2), 16));
  return dv.getFloat64(0, false);
}
function bytesFromHex(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
}
function hashTagged(t: Tagged): PyHash {
  const [k, v] = t;
  switch (k) {
    case 'i': return hashInt(pyInt(v as string));
    case 'f': return hashFloat(floatFromHex(v as string));
    case 's': return hashString(v as string);
    case 'b': return hashBytes(bytesFromHex(v as string));
    case 'n': return pyInt(fx.noneHash);
    case 't': return hashTuple((v as Tagged[]).map(hashTagged));
    case 'fs': return hashFrozenset((v as Tagged[]).map(hashTagged));
    default: throw new Error(`bad tag ${k}`);
  }
}

/** Count mismatches and show the first few, so a failure says what went wrong. */
function check<T>(rows: T[], f: (r: T) => [unknown, unknown]): void {
  const bad: string[] = [];
  for (const r of rows) {
    const [got, want] = f(r);
    if (got !== want) bad.push(`${JSON.stringify(r).slice(0, 120)} got ${String(got)} want ${String(want)}`);
  }
  expect(bad.slice(0, 5)).toEqual([]);
}

describe('hash() of numbers', () => {
  test(`ints (${fx.ints.length})`, () => check(fx.ints, ([v, h]) => [hashInt(pyInt(v)), pyInt(h)]));
  test('int fast path needs no BigInt for safe ints', () => {
    expect(hashInt(-1)).toBe(-2);
    expect(hashInt(2 ** 53 - 1)).toBe(2 ** 53 - 1);
    expect(hashInt(-(2n ** 61n - 1n))).toBe(0);
    expect(hashInt(2n ** 61n - 2n)).toBe(2n ** 61n - 2n);
  });
  test(`floats (${fx.floats.length})`, () =>
    check(fx.floats, ([x, h]) => [hashFloat(floatFromHex(x)), pyInt(h)]));
  test('float specials', () => {
    expect(hashFloat(Infinity)).toBe(314159);
    expect(hashFloat(-Infinity)).toBe(-314159);
    expect(hashFloat(-0)).toBe(0);
    expect(Object.is(hashFloat(-0), 0)).toBe(true);
    expect(hashFloat(-1)).toBe(-2);
    expect(hashFloat(NaN)).toBe(0);
  });
  test('NaN hashes by identity', () =>
    check(fx.nans, ([id, h]) => [hashFloat(NaN, hashPointer(pyInt(id))), pyInt(h)]));
  test('identity hashes of real objects', () =>
    check(fx.pointers, ([id, h]) => [hashPointer(pyInt(id)), pyInt(h)]));
  test('identity hash formula edges', () =>
    check(fx.syntheticPointers, ([id, h]) => [hashPointer(pyInt(id)), pyInt(h)]));
});

describe('hash() of str and bytes', () => {
  test(`strings (${fx.strings.length})`, () => check(fx.strings, ([s, h]) => [hashString(s), pyInt(h)]));
  test(`bytes (${fx.bytes.length})`, () => check(fx.bytes, ([b, h]) => [hashBytes(bytesFromHex(b)), pyInt(h)]));
  test('parts form agrees with the value form', () => {
    const p = { hi: 0, lo: 0 };
    for (const [s] of fx.strings) {
      hashStringParts(s, p);
      expect(partsToHash(p.hi, p.lo)).toBe(hashString(s));
    }
    for (const [b] of fx.bytes) {
      hashBytesParts(bytesFromHex(b), p);
      expect(partsToHash(p.hi, p.lo)).toBe(hashBytes(bytesFromHex(b)));
    }
  });
  test('bytes and the equal latin-1 str hash alike', () => {
    expect(hashBytes(new Uint8Array([0xe9, 0x41]))).toBe(hashString('\u00e9A'));
  });
});

describe('hash() of tuple and frozenset', () => {
  test(`containers (${fx.containers.length})`, () =>
    check(fx.containers, ([t, h]) => [hashTagged(t), pyInt(h)]));
  test('fixed points', () => {
    expect(hashTuple([])).toBe(5740354900026072187n);
    expect(hashFrozenset([])).toBe(133146708735736);
  });
});

describe('representation helpers', () => {
  const samples: PyHash[] = [0, 1, -1, -2, 2 ** 32, -(2 ** 32), 2 ** 53 - 1, -(2 ** 53 - 1), 2n ** 63n - 1n,
    -(2n ** 63n), -4594863902769663758n, 4574395652268504554n, 12345678901, -98765432109];
  test('parts round trip and low/high words', () => {
    for (const h of samples) {
      const u = BigInt.asUintN(64, BigInt(h));
      const p = hashToParts(h);
      expect(p.lo).toBe(Number(u & 0xffffffffn));
      expect(p.hi).toBe(Number(u >> 32n));
      expect(hashLow32(h)).toBe(p.lo);
      expect(hashHigh32(h)).toBe(p.hi);
      expect(partsToHash(p.hi, p.lo)).toBe(hashToPyInt(h));
    }
    expect(hashToPyInt(5n)).toBe(5);
    expect(partsToHash(0xffe00000, 0)).toBe(-(2n ** 53n));
  });
  test('HashProbe follows perturb >>= 5 on the full unsigned 64 bits', () => {
    const probe = new HashProbe();
    for (const h of samples) {
      for (const mask of [7, 31, 1023, 2 ** 20 - 1, 2 ** 31 - 1, 2 ** 32 - 1]) {
        const m = BigInt(mask);
        let perturb = BigInt.asUintN(64, BigInt(h));
        let i = perturb & m;
        expect(probe.start(h, mask)).toBe(Number(i));
        for (let step = 0; step < 20; step++) {
          perturb >>= 5n;
          i = (i * 5n + perturb + 1n) & m;
          expect(probe.next()).toBe(Number(i));
        }
      }
    }
  });
});

/**
 * A model of CPython 3.11's set insertion (setobject.c: 8 slots to start, runs of 9 linear probes
 * before perturbing, grow to 4*used once fill*5 >= mask*3, clean reinsertion in table order),
 * built only on HashProbe. Matching Python's iteration order checks the probing design end to end.
 */
function simulateSetOrder(keys: Tagged[]): string[] {
  const LINEAR = 9;
  let mask = 7;
  let table: ({ key: string; hash: PyHash } | null)[] = new Array(8).fill(null);
  let used = 0;
  const probe = new HashProbe();
  const insertClean = (t: typeof table, m: number, e: { key: string; hash: PyHash }) => {
    let i = probe.start(e.hash, m);
    for (;;) {
      if (t[i] === null) { t[i] = e; return; }
      if (i + LINEAR <= m) {
        for (let j = 1; j <= LINEAR; j++) if (t[i + j] === null) { t[i + j] = e; return; }
      }
      i = probe.next();
    }
  };
  for (const k of keys) {
    const key = JSON.stringify(k);
    const hash = hashTagged(k);
    let i = probe.start(hash, mask);
    let slot = -1;
    outer: for (;;) {
      const probes = i + LINEAR <= mask ? LINEAR : 0;
      for (let j = 0; j <= probes; j++) {
        const e = table[i + j];
        if (e === null) { slot = i + j; break outer; }
        if (e.hash === hash && e.key === key) break outer;
      }
      i = probe.next();
    }
    if (slot < 0) continue;
    table[slot] = { key, hash };
    used++;
    if (used * 5 >= mask * 3) {
      const minused = used > 50000 ? used * 2 : used * 4;
      let size = 8;
      while (size <= minused) size *= 2;
      const fresh: typeof table = new Array(size).fill(null);
      for (const e of table) if (e) insertClean(fresh, size - 1, e);
      table = fresh;
      mask = size - 1;
    }
  }
  return table.filter((e) => e !== null).map((e) => e!.key);
}

describe('set iteration order', () => {
  test(`simulated CPython sets match (${fx.setOrders.length})`, () => {
    for (const [items, order] of fx.setOrders) {
      expect(simulateSetOrder(items)).toEqual(order.map((t) => JSON.stringify(t)));
    }
  });
});
