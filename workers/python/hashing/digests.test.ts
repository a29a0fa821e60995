// hashlib wrappers against python3-generated digests (fixtures/regenerate.py).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PyErrorSignal } from '../pyerror-signal';
import { createDigest, newDigest, type DigestName } from './digests';

interface Row { msg: string; sha256_copy_prefix: string; [name: string]: string }
const fx: { meta: Record<DigestName, [number, number]>; cases: Row[] } = JSON.parse(
  readFileSync(new URL('./fixtures/digests.json', import.meta.url), 'utf8'),
);
const NAMES: DigestName[] = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
const fromHex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (x) => parseInt(x, 16));
const toHex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

describe('hashlib digests', () => {
  test('sizes', () => {
    for (const n of NAMES) {
      const d = createDigest(n);
      expect([d.digestSize, d.blockSize]).toEqual(fx.meta[n]);
      expect(d.name).toBe(n);
    }
  });

  test(`one-shot digests (${fx.cases.length} messages x ${NAMES.length})`, () => {
    for (const row of fx.cases) {
      for (const n of NAMES) {
        const d = createDigest(n, fromHex(row.msg));
        expect(d.hexdigest()).toBe(row[n]);
        expect(toHex(d.digest())).toBe(row[n]);
      }
    }
  });

  test('incremental updates, repeated digest, copy', () => {
    for (const row of fx.cases) {
      const m = fromHex(row.msg);
      const cut = Math.floor(m.length / 3);
      const h = createDigest('sha256', m.subarray(0, cut));
      const c = h.copy();
      h.hexdigest(); // digesting must not finalise the running state
      h.update(m.subarray(cut));
      expect(h.hexdigest()).toBe(row.sha256);
      expect(c.hexdigest()).toBe(row.sha256_copy_prefix);
      for (const n of NAMES) {
        const d = createDigest(n);
        for (let i = 0; i < m.length; i += 7) d.update(m.subarray(i, i + 7));
        expect(d.hexdigest()).toBe(row[n]);
      }
    }
  });

  test('hashlib.new names', () => {
    expect(newDigest('SHA256', new Uint8Array([0x61, 0x62, 0x63])).name).toBe('sha256');
    try {
      newDigest('foo');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PyErrorSignal);
      expect((e as PyErrorSignal).message).toBe('unsupported hash type foo');
      expect((e as PyErrorSignal).type).toBe('ValueError');
    }
  });
});
