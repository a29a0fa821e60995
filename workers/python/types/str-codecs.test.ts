// The codecs' error positions and handler outputs, against results taken from CPython 3.11.
import { describe, expect, it } from 'vitest';
import { PyBaseException } from '../objects/exception';
import { decodeBytes, encodeStr, lookupCodec } from './str-codecs';

function decodeError(b: number[], enc = 'utf-8'): [number, number, string] {
  try {
    decodeBytes(Uint8Array.from(b), enc, 'strict');
  } catch (e) {
    const args = (e as PyBaseException).args;
    return [args[2] as number, args[3] as number, args[4] as string];
  }
  throw new Error('no error');
}

describe('utf-8 decoding', () => {
  it('reports CPython error ranges', () => {
    expect(decodeError([0xe2, 0x82])).toEqual([0, 2, 'unexpected end of data']);
    expect(decodeError([0xe2, 0x82, 0x28])).toEqual([0, 2, 'invalid continuation byte']);
    expect(decodeError([0xe2, 0x28, 0xa1])).toEqual([0, 1, 'invalid continuation byte']);
    expect(decodeError([0x61, 0x80])).toEqual([1, 2, 'invalid start byte']);
    expect(decodeError([0xed, 0xa0, 0x80])).toEqual([0, 1, 'invalid continuation byte']);
    expect(decodeError([0xf0, 0x9f, 0x98])).toEqual([0, 3, 'unexpected end of data']);
    expect(decodeError([0x61, 0xff], 'ascii')).toEqual([1, 2, 'ordinal not in range(128)']);
  });
  it('applies error handlers per invalid sequence', () => {
    const b = Uint8Array.from([0x61, 0xe2, 0x82, 0x28, 0xff, 0x7a]);
    expect(decodeBytes(b, 'utf-8', 'replace')).toBe('a\ufffd(\ufffdz');
    expect(decodeBytes(b, 'utf-8', 'ignore')).toBe('a(z');
    expect(decodeBytes(b, 'utf-8', 'backslashreplace')).toBe('a\\xe2\\x82(\\xffz');
    expect(decodeBytes(b, 'utf-8', 'surrogateescape')).toBe('a\udce2\udc82(\udcffz');
    expect(decodeBytes(Uint8Array.from([0xf0, 0x9f, 0x98, 0x80]), 'utf-8', 'strict')).toBe('😀');
  });
});

describe('encoding', () => {
  it('handlers and byte orders', () => {
    const hex = (u: Uint8Array) => Array.from(u, (x) => x.toString(16).padStart(2, '0')).join('');
    expect(hex(encodeStr('aé€😀b', 'ascii', 'replace'))).toBe('613f3f3f62');
    expect(new TextDecoder().decode(encodeStr('aé😀', 'ascii', 'backslashreplace'))).toBe('a\\xe9\\U0001f600');
    expect(new TextDecoder().decode(encodeStr('é', 'ascii', 'xmlcharrefreplace'))).toBe('&#233;');
    expect(hex(encodeStr('a€', 'utf-16', 'strict'))).toBe('fffe6100ac20');
    expect(hex(encodeStr('😀', 'utf-16-be', 'strict'))).toBe('d83dde00');
    expect(hex(encodeStr('€', 'cp1252', 'strict'))).toBe('80');
  });
  it('normalises codec names', () => {
    expect([lookupCodec('UTF8'), lookupCodec(' utf 8 '), lookupCodec('Latin1'), lookupCodec('US-ASCII')]).toEqual(['utf-8', 'utf-8', 'latin-1', 'ascii']);
    expect(() => lookupCodec('klingon')).toThrow();
  });
});

describe('escape codecs', () => {
  const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
  it('decode escapes and report truncated ones', () => {
    expect(decodeBytes(bytes('a\\tb\\x41\\u20ac\\U0001F600\\101\\q'), 'unicode_escape', 'strict')).toBe('a\tbA€😀A\\q');
    expect(decodeBytes(bytes('ab\\u12'), 'unicode_escape', 'replace')).toBe('ab\ufffd');
    expect(decodeBytes(bytes('\\\\u0041\\u0041'), 'raw_unicode_escape', 'strict')).toBe('\\\\u0041A');
    try {
      decodeBytes(bytes('ab\\x4g'), 'unicode_escape', 'strict');
      throw new Error('no error');
    } catch (e) {
      expect((e as PyBaseException).args.slice(2)).toEqual([2, 5, 'truncated \\xXX escape']);
    }
  });
  it('encode', () => {
    const text = (u: Uint8Array) => String.fromCharCode(...u);
    expect(text(encodeStr('a\té€😀\\', 'unicode_escape', 'strict'))).toBe('a\\t\\xe9\\u20ac\\U0001f600\\\\');
    expect(text(encodeStr('a\té€', 'raw_unicode_escape', 'strict'))).toBe('a\t\xe9\\u20ac');
    expect(text(encodeStr('a', 'utf-8-sig', 'strict'))).toBe('\xef\xbb\xbfa');
  });
});
