/**
 * Test support: decode the CPython-generated fixtures (see fixtures/regenerate.py for the encoding)
 * and compare results exactly (floats by bit pattern: -0.0 differs from 0.0, NaN equals NaN;
 * ints as number/bigint; PyErrorSignal exceptions as [type, message]).
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PyErrorSignal } from '../pyerror-signal';
import { normInt } from './int-norm';

export type Encoded =
  | string | boolean | null | number | { i: string } | { f: string } | { complex: string }
  | { error: [string, string] } | Encoded[];

export interface PyErr {
  error: [string, string];
}

export function loadFixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as T;
}

export function decodeFloat(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  return Number(s);
}

export function decodeInt(s: string): number | bigint {
  const neg = s.startsWith('-');
  const b = BigInt(neg ? s.slice(1) : s);
  return normInt(neg ? -b : b);
}

/** Decode an encoded CPython value into the JS value our API uses. */
export function decode(e: Encoded): unknown {
  if (e === null || typeof e === 'string' || typeof e === 'boolean' || typeof e === 'number') return e;
  if (Array.isArray(e)) return e.map(decode);
  if ('i' in e) return decodeInt(e.i);
  if ('f' in e) return decodeFloat(e.f);
  if ('error' in e) return { error: e.error };
  // CPython produced a complex number: floatPow (float-only) raises NotImplementedError there; the
  // runtime sends those cases to complex pow before calling it (complex-arith.ts floatPowIsComplex).
  if ('complex' in e) return { error: ['NotImplementedError', 'complex numbers are not supported'] };
  throw new Error('bad fixture value ' + JSON.stringify(e));
}

/** Run fn, turning a PyErrorSignal into {error: [type, message]}. */
export function capture(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (err) {
    if (err instanceof PyErrorSignal) return { error: [err.type, err.message] };
    return { error: ['JS' + (err as Error).name, String((err as Error).message)] };
  }
}

/** Exact structural equality (Object.is for numbers, so -0 !== 0 and NaN === NaN). */
export function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (typeof a !== typeof b) return false;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (a !== null && typeof a === 'object') {
    const ea = (a as PyErr).error;
    const eb = (b as PyErr).error;
    return Array.isArray(ea) && Array.isArray(eb) && ea[0] === eb[0] && ea[1] === eb[1];
  }
  return a === b;
}

/** Readable form for mismatch reports. */
export function show(v: unknown): string {
  return JSON.stringify(v, (_k, x) => {
    if (typeof x === 'bigint') return x.toString() + 'n';
    if (typeof x === 'number' && (Object.is(x, -0) || !Number.isFinite(x))) return Object.is(x, -0) ? '-0' : String(x);
    return x;
  });
}

/** Collects mismatches; tests assert the list is empty (showing the first few). */
export class Mismatches {
  readonly items: string[] = [];
  count = 0;
  check(label: string, actual: unknown, expected: unknown): void {
    this.count++;
    if (!same(actual, expected)) this.items.push(`${label}: got ${show(actual)}, want ${show(expected)}`);
  }
  report(): string[] {
    if (this.count === 0) return ['no cases were checked (fixture empty or wrong shape?)'];
    return this.items.slice(0, 40).concat(this.items.length > 40 ? [`... ${this.items.length - 40} more`] : []);
  }
}
