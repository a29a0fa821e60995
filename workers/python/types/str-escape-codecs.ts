/**
 * The 'unicode_escape' and 'raw_unicode_escape' codecs (ports of CPython 3.11's
 * PyUnicode_AsUnicodeEscapeString / _PyUnicode_DecodeUnicodeEscapeInternal and the raw
 * variants). Decoding is written as a step function so str-codecs.ts applies the usual error
 * handlers. Not supported: \N{name} escapes (no Unicode name database: reported as an unknown
 * name) and the DeprecationWarning CPython emits for invalid escapes.
 */

export interface EscapeError {
  start: number;
  end: number;
  reason: string;
}

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, '0');
}

/** str.encode('unicode_escape') / ('raw_unicode_escape') as a latin-1 string of the bytes. */
export function escapeEncode(s: string, raw: boolean): string {
  let out = '';
  for (const c of s) {
    const cp = c.codePointAt(0)!;
    if (cp >= 0x10000) out += '\\U' + hex(cp, 8);
    else if (cp >= 0x100) out += '\\u' + hex(cp, 4);
    else if (raw) out += c;
    else if (cp === 0x5c) out += '\\\\';
    else if (cp >= 0x20 && cp < 0x7f) out += c;
    else if (cp === 0x09) out += '\\t';
    else if (cp === 0x0a) out += '\\n';
    else if (cp === 0x0d) out += '\\r';
    else out += '\\x' + hex(cp, 2);
  }
  return out;
}

const SIMPLE: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', b: '\b', f: '\f', t: '\t', n: '\n', r: '\r', v: '\v', a: '\x07',
};

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/** Read `count` hex digits at j: [value, newIndex] or an error covering [start, stop). */
function hexRun(b: Uint8Array, start: number, j: number, count: number, reason: string): [number, number] | EscapeError {
  let v = 0;
  for (let k = 0; k < count; k++, j++) {
    const d = j < b.length ? hexDigit(b[j]) : -1;
    if (d < 0) return { start, end: j, reason };
    v = v * 16 + d;
  }
  if (v > 0x10ffff) return { start, end: j, reason: 'illegal Unicode character' };
  return [v, j];
}

/** One step of the unicode_escape decoder at byte i: [text, newIndex] or an error. */
export function unicodeEscapeStep(b: Uint8Array, i: number): [string, number] | EscapeError {
  const c = b[i];
  if (c !== 0x5c) return [String.fromCharCode(c), i + 1];
  if (i + 1 >= b.length) return { start: i, end: i + 1, reason: '\\ at end of string' };
  const e = String.fromCharCode(b[i + 1]);
  const simple = SIMPLE[e];
  if (simple !== undefined) return [simple, i + 2];
  if (e >= '0' && e <= '7') {
    let v = b[i + 1] - 0x30;
    let j = i + 2;
    for (let k = 0; k < 2 && j < b.length && b[j] >= 0x30 && b[j] <= 0x37; k++, j++) v = v * 8 + (b[j] - 0x30);
    return [String.fromCharCode(v), j];
  }
  const count = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
  if (count > 0) {
    const reason = e === 'x' ? 'truncated \\xXX escape' : e === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
    const r = hexRun(b, i, i + 2, count, reason);
    if (!Array.isArray(r)) return r;
    return [String.fromCodePoint(r[0]), r[1]];
  }
  if (e === 'N') {
    let j = i + 2;
    if (j < b.length && b[j] === 0x7b) {
      while (j < b.length && b[j] !== 0x7d) j++;
      if (j < b.length && j > i + 3) return { start: i, end: j + 1, reason: 'unknown Unicode character name' };
    }
    return { start: i, end: Math.min(j, b.length), reason: 'malformed \\N character escape' };
  }
  // Unknown escapes are kept as they are.
  return ['\\' + e, i + 2];
}

/** One step of the raw_unicode_escape decoder: only \u and \U after an odd run of backslashes. */
export function rawUnicodeEscapeStep(b: Uint8Array, i: number): [string, number] | EscapeError {
  if (b[i] !== 0x5c) return [String.fromCharCode(b[i]), i + 1];
  let j = i;
  while (j < b.length && b[j] === 0x5c) j++;
  const run = j - i;
  if (run % 2 === 0 || j >= b.length || (b[j] !== 0x75 && b[j] !== 0x55)) return ['\\'.repeat(run), j];
  const big = b[j] === 0x55;
  const r = hexRun(b, i, j + 1, big ? 8 : 4, big ? 'truncated \\UXXXXXXXX escape' : 'truncated \\uXXXX escape');
  if (!Array.isArray(r)) return r.reason === 'illegal Unicode character' ? { ...r, reason: '\\Uxxxxxxxx out of range' } : r;
  return ['\\'.repeat(run - 1) + String.fromCodePoint(r[0]), r[1]];
}
