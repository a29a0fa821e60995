/**
 * Backslash escapes of str and bytes literals, decoded as CPython 3.11 does (unknown escapes
 * are kept verbatim: 3.11 only warns). Error texts reproduce the codec messages CPython wraps
 * in "(unicode error) …" / "(value error) …", including its byte positions, which count each
 * non-ASCII character as the 10-byte `\UXXXXXXXX` CPython expands it to before decoding.
 */
import { lookupUnicodeName } from './unicode-names';

export type Decoded = { ok: true; value: string } | { ok: false; error: string };

const SIMPLE: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

function isOctal(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '7';
}

function hexValue(c: string | undefined): number {
  if (c === undefined) return -1;
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

function codecError(start: number, end: number, reason: string): Decoded {
  const where = end - start === 1 ? `byte 0x5c in position ${start}` : `bytes in position ${start}-${end - 1}`;
  return { ok: false, error: `(unicode error) 'unicodeescape' codec can't decode ${where}: ${reason}` };
}

/** Decode the escapes of a (non-raw) str literal body. */
export function decodeStrEscapes(s: string): Decoded {
  const out: string[] = [];
  let i = 0;
  let pos = 0; // position in CPython's intermediate byte buffer, for error messages
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== 92) {
      let j = i;
      while (j < s.length && s.charCodeAt(j) !== 92) {
        pos += s.charCodeAt(j) >= 128 ? (s.charCodeAt(j) >= 0xdc00 && s.charCodeAt(j) < 0xe000 ? 0 : 10) : 1;
        j++;
      }
      out.push(s.slice(i, j));
      i = j;
      continue;
    }
    const start = pos;
    i++;
    pos++;
    if (i >= s.length || s.charCodeAt(i) >= 128) {
      out.push('\\'); // a backslash before non-ASCII text (or at the end) stays literal
      pos += 5;
      continue;
    }
    const e = s[i++];
    pos++;
    if (e === '\n') continue;
    const simple = SIMPLE[e];
    if (simple !== undefined && Object.hasOwn(SIMPLE, e)) {
      out.push(simple);
      continue;
    }
    if (isOctal(e)) {
      let v = e.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && isOctal(s[i]); k++) {
        v = v * 8 + s.charCodeAt(i++) - 48;
        pos++;
      }
      out.push(String.fromCharCode(v));
      continue;
    }
    if (e === 'x' || e === 'u' || e === 'U') {
      const count = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const reason = e === 'x' ? 'truncated \\xXX escape' : e === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
      let v = 0;
      for (let k = 0; k < count; k++) {
        const h = hexValue(s[i]);
        if (h < 0) return codecError(start, pos, reason);
        v = v * 16 + h;
        i++;
        pos++;
      }
      if (v > 0x10ffff) return codecError(start, pos, 'illegal Unicode character');
      out.push(String.fromCodePoint(v));
      continue;
    }
    if (e === 'N') {
      let reason = 'malformed \\N character escape';
      if (s[i] === '{') {
        const close = s.indexOf('}', i + 1);
        if (close < 0) return codecError(start, pos + asciiLen(s.slice(i)), reason);
        const name = s.slice(i + 1, close);
        pos += 1 + asciiLen(name);
        i = close;
        if (name.length) {
          i++;
          pos++;
          const cp = lookupUnicodeName(name);
          if (cp !== null) {
            out.push(String.fromCodePoint(cp));
            continue;
          }
          reason = 'unknown Unicode character name';
        }
      }
      return codecError(start, pos, reason);
    }
    out.push('\\', e); // unknown escape: kept as is
  }
  return { ok: true, value: out.join('') };
}

/** Byte length a stretch of text has in CPython's intermediate buffer. */
function asciiLen(t: string): number {
  let n = 0;
  for (let k = 0; k < t.length; k++) n += t.charCodeAt(k) >= 128 ? 10 : 1;
  return n;
}

export type DecodedBytes = { ok: true; value: Uint8Array } | { ok: false; error: string };

/** Decode a bytes literal body (ASCII only, already checked); `raw` skips escapes. */
export function decodeBytes(s: string, raw: boolean): DecodedBytes {
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i++];
    if (raw || c !== '\\' || i >= s.length) {
      out.push(c.charCodeAt(0));
      continue;
    }
    const e = s[i++];
    if (e === '\n') continue;
    const simple = SIMPLE[e];
    if (simple !== undefined && Object.hasOwn(SIMPLE, e)) {
      out.push(simple.charCodeAt(0));
    } else if (isOctal(e)) {
      let v = e.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && isOctal(s[i]); k++) v = v * 8 + s.charCodeAt(i++) - 48;
      out.push(v & 0xff);
    } else if (e === 'x') {
      const h1 = hexValue(s[i]);
      const h2 = hexValue(s[i + 1]);
      if (i + 1 >= s.length || h1 < 0 || h2 < 0) {
        return { ok: false, error: `(value error) invalid \\x escape at position ${i - 2}` };
      }
      out.push(h1 * 16 + h2);
      i += 2;
    } else {
      out.push(92, e.charCodeAt(0));
    }
  }
  return { ok: true, value: Uint8Array.from(out) };
}
