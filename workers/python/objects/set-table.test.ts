// Replays operation sequences on SetTable and compares slot order with CPython 3.11
// (fixtures/set-table-regenerate.py, PYTHONHASHSEED=0), plus targeted checks of the probing rules.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SetTable, NEED } from './set-table';
import type { PyValue } from './object';
import { hashInt, hashStringParts, hashToParts, type HashParts } from '../hashing';

type Tagged = ['i' | 's', string];
type Op = ['add' | 'discard', Tagged] | ['pop'] | ['clear'] | ['copy'] | ['update' | 'set', Tagged[]];
interface Case {
  ops: Op[];
  after: (Tagged[] | null)[];
  final: Tagged[];
}
const fx: { cases: Case[] } = JSON.parse(readFileSync(new URL('./fixtures/set-table.json', import.meta.url), 'utf8'));

function key(t: Tagged): PyValue {
  if (t[0] === 's') return t[1];
  const b = BigInt(t[1]);
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
const hp: HashParts = { hi: 0, lo: 0 };
function hashOf(k: PyValue): HashParts {
  if (typeof k === 'string') return hashStringParts(k, hp);
  return hashToParts(hashInt(k as number | bigint), hp);
}
/** Drive a table generator that must not need Python code. */
function run<T>(g: Generator<unknown, T>): T {
  const r = g.next();
  if (!r.done) throw new Error('unexpected request from a table operation');
  return r.value;
}
function add(t: SetTable, k: PyValue): void {
  const h = hashOf(k);
  expect(t.addSync(k, h.lo, h.hi)).not.toBe(NEED);
}
function show(t: SetTable): string[] {
  return t.liveKeys().map((k) => String(k));
}
function showTagged(ks: Tagged[]): string[] {
  return ks.map((k) => String(key(k)));
}

function replay(c: Case): void {
  let t = new SetTable();
  c.ops.forEach((op, i) => {
    switch (op[0]) {
      case 'add':
        add(t, key(op[1]));
        break;
      case 'discard': {
        const k = key(op[1]);
        const h = hashOf(k);
        run(t.discard(k, h.lo, h.hi));
        break;
      }
      case 'pop': {
        const k = t.pop();
        expect([i, String(k)]).toEqual([i, showTagged(c.after[i]!)[0]]);
        return;
      }
      case 'clear':
        t.clear();
        break;
      case 'copy': {
        const n = new SetTable();
        run(n.merge(t));
        t = n;
        break;
      }
      case 'update': {
        const o = new SetTable();
        for (const k of op[1]) add(o, key(k));
        run(t.merge(o));
        break;
      }
      case 'set':
        t = new SetTable();
        for (const k of op[1]) add(t, key(k));
        break;
    }
    const want = c.after[i];
    if (want !== null) expect([i, show(t)]).toEqual([i, showTagged(want)]);
    expect(t.used).toBe(t.liveKeys().length);
  });
  expect(show(t)).toEqual(showTagged(c.final));
}

describe('SetTable against CPython 3.11 layouts', () => {
  fx.cases.forEach((c, n) => test(`case ${n} (${c.ops.length} ops)`, () => replay(c)));
});

describe('probing rules', () => {
  test('an insertion reuses the last dummy on its path', () => {
    // {0, 8, 16}: 0 at slot 0, 8 at slot 1, 16 at slot 6 (mask 7: no linear probes).
    const t = new SetTable();
    for (const k of [0, 8, 16]) add(t, k);
    for (const k of [0, 8]) run(t.discard(k, k, 0));
    add(t, 24);
    add(t, 32);
    expect(show(t)).toEqual(['32', '24', '16']);
  });
  test('growth: 5 adds into 8 slots resize to 32', () => {
    const t = new SetTable();
    for (let k = 0; k < 4; k++) add(t, k);
    expect(t.mask).toBe(7);
    add(t, 4);
    expect(t.mask).toBe(31);
  });
  test('equal hashes with unequal keys both stay', () => {
    const t = new SetTable();
    add(t, 1);
    add(t, 2n ** 61n);
    expect(t.used).toBe(2);
    const h = hashOf(2n ** 61n);
    expect(t.findSync(2n ** 61n, h.lo, h.hi)).toBeGreaterThanOrEqual(0);
  });
  test('pop walks from the finger and wraps', () => {
    const t = new SetTable();
    for (const k of [1, 2, 3]) add(t, k);
    expect([t.pop(), t.pop()]).toEqual([1, 2]);
    add(t, 1);
    expect([t.pop(), t.pop(), t.pop()]).toEqual([3, 1, undefined]);
  });
});
