/**
 * The text encodings files and TextIOWrapper support (UTF-8, Latin-1, ASCII), with CPython's
 * codec names, error handlers (strict, ignore, replace, surrogateescape, backslashreplace) and
 * exact UnicodeDecodeError / UnicodeEncodeError / LookupError messages.
 */
import { PyBaseException } from '../../python/objects/exception';
import { PyDict } from '../../python/objects/dict';
import { PyBytes } from '../../python/objects/bytes';
import { unicodeDecodeErrorType, unicodeEncodeErrorType, lookupErrorType, throwPy } from '../../python/runtime/errors';

export type Codec = 'utf-8' | 'utf-8-sig' | 'latin-1' | 'ascii';

/** CPython's codec lookup: lower-case, '-' and ' ' become '_', then the alias table. */
export function lookupCodec(name: string): Codec | null {
  const n = name.toLowerCase().replace(/[- ]/g, '_');
  if (n === 'utf_8_sig' || n === 'utf8_sig') return 'utf-8-sig';
  if (['utf_8', 'utf8', 'u8', 'utf', 'cp65001', 'utf8_ucs2', 'utf8_ucs4'].includes(n)) return 'utf-8';
  if (['latin_1', 'latin1', 'latin', 'l1', 'iso8859_1', 'iso_8859_1', '8859', 'cp819', 'iso_ir_100', 'iso_8859_1:1987', 'csisolatin1', 'ibm819'].includes(n)) return 'latin-1';
  if (['ascii', 'us_ascii', '646', 'us', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986', 'cp367', 'csascii', 'ibm367', 'iso646_us', 'iso_646.irv:1991', 'iso_ir_6'].includes(n)) return 'ascii';
  return null;
}

export function codecOrThrow(name: string): Codec {
  const c = lookupCodec(name);
  if (c === null) throwPy(lookupErrorType, `unknown encoding: ${name}`);
  return c!;
}

const KNOWN_ERRORS = new Set(['strict', 'ignore', 'replace', 'surrogateescape', 'backslashreplace', 'surrogatepass', 'xmlcharrefreplace', 'namereplace']);

export function checkErrors(errors: string): void {
  if (!KNOWN_ERRORS.has(errors)) throwPy(lookupErrorType, `unknown error handler name '${errors}'`);
}

function decodeError(codec: Codec, data: Uint8Array, start: number, end: number, reason: string): never {
  const e = new PyBaseException(unicodeDecodeErrorType, [codec, new PyBytes(data.slice()), start, end, reason]);
  const d = new PyDict();
  d.setStr('encoding', codec);
  d.setStr('object', e.args[1]);
  d.setStr('start', start);
  d.setStr('end', end);
  d.setStr('reason', reason);
  e.dict = d;
  throw e;
}

function encodeError(codec: Codec, s: string, start: number, end: number, reason: string): never {
  const e = new PyBaseException(unicodeEncodeErrorType, [codec, s, start, end, reason]);
  const d = new PyDict();
  d.setStr('encoding', codec);
  d.setStr('object', s);
  d.setStr('start', start);
  d.setStr('end', end);
  d.setStr('reason', reason);
  e.dict = d;
  throw e;
}

/** Replacement text for an undecodable byte range under a non-strict handler. */
function decodeReplacement(errors: string, data: Uint8Array, start: number, end: number): string {
  if (errors === 'ignore') return '';
  if (errors === 'surrogateescape') {
    let out = '';
    for (let i = start; i < end; i++) out += data[i] >= 0x80 ? String.fromCharCode(0xdc00 + data[i]) : String.fromCharCode(data[i]);
    return out;
  }
  if (errors === 'backslashreplace') {
    let out = '';
    for (let i = start; i < end; i++) out += '\\x' + data[i].toString(16).padStart(2, '0');
    return out;
  }
  return '\ufffd';
}

/** Length of a valid UTF-8 sequence at i, or [0, errEnd, reason] describing the error. */
function utf8Seq(b: Uint8Array, i: number): [number, number, string] {
  const c = b[i];
  const n = b.length;
  if (c < 0x80) return [1, 0, ''];
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c === 0xe0) lo = 0xa0;
    if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c === 0xf0) lo = 0x90;
    if (c === 0xf4) hi = 0x8f;
  } else return [0, i + 1, 'invalid start byte'];
  for (let k = 1; k <= need; k++) {
    if (i + k >= n) return [0, n, 'unexpected end of data'];
    const d = b[i + k];
    const okLo = k === 1 ? lo : 0x80;
    const okHi = k === 1 ? hi : 0xbf;
    if (d < okLo || d > okHi) return [0, i + k, 'invalid continuation byte'];
  }
  return [need + 1, 0, ''];
}

export function decodeBytes(data: Uint8Array, codec: Codec, errors = 'strict'): string {
  if (codec === 'utf-8-sig') {
    const bom = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
    return decodeBytes(bom ? data.subarray(3) : data, 'utf-8', errors);
  }
  if (codec === 'latin-1') {
    let out = '';
    for (let i = 0; i < data.length; i += 8192) out += String.fromCharCode(...data.subarray(i, i + 8192));
    return out;
  }
  if (codec === 'ascii') {
    let out = '';
    for (let i = 0; i < data.length; i++) {
      const c = data[i];
      if (c < 0x80) out += String.fromCharCode(c);
      else if (errors === 'strict') decodeError(codec, data, i, i + 1, 'ordinal not in range(128)');
      else out += decodeReplacement(errors, data, i, i + 1);
    }
    return out;
  }
  // Fast path: valid UTF-8 decodes with TextDecoder('fatal').
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
  } catch {
    // fall through to the careful decoder that reports positions
  }
  let out = '';
  let i = 0;
  let runStart = 0;
  const td = new TextDecoder('utf-8', { ignoreBOM: true });
  while (i < data.length) {
    const [len, errEnd, reason] = utf8Seq(data, i);
    if (len > 0) {
      i += len;
      continue;
    }
    out += td.decode(data.subarray(runStart, i));
    if (errors === 'strict') decodeError(codec, data, i, errEnd, reason);
    out += decodeReplacement(errors, data, i, errEnd);
    i = errEnd;
    runStart = i;
  }
  return out + td.decode(data.subarray(runStart));
}

function encodeReplacement(errors: string, ch: string): string | null {
  const cp = ch.codePointAt(0)!;
  if (errors === 'ignore') return '';
  if (errors === 'replace') return '?';
  if (errors === 'surrogateescape' && cp >= 0xdc80 && cp <= 0xdcff) return String.fromCharCode(cp - 0xdc00);
  if (errors === 'backslashreplace') {
    return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  if (errors === 'xmlcharrefreplace') return `&#${cp};`;
  return null;
}

export function encodeString(s: string, codec: Codec, errors = 'strict'): Uint8Array {
  if (codec === 'utf-8' || codec === 'utf-8-sig') {
    if (!/[\ud800-\udfff]/.test(s) || !hasLoneSurrogate(s)) return new TextEncoder().encode(s);
    let out = '';
    let cpIndex = 0;
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0xd800 && cp <= 0xdfff) {
        const r = encodeReplacement(errors, ch);
        if (r === null) encodeError(codec, s, cpIndex, cpIndex + 1, 'surrogates not allowed');
        out += r;
      } else out += ch;
      cpIndex++;
    }
    return new TextEncoder().encode(out);
  }
  const limit = codec === 'ascii' ? 0x80 : 0x100;
  const bytes: number[] = [];
  let cpIndex = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < limit) bytes.push(cp);
    else {
      const r = encodeReplacement(errors, ch);
      if (r === null) {
        // CPython reports the whole run of unencodable characters.
        let end = cpIndex + 1;
        const cps = Array.from(s);
        while (end < cps.length && cps[end].codePointAt(0)! >= limit) end++;
        encodeError(codec, s, cpIndex, end, `ordinal not in range(${limit})`);
      }
      for (const c of r!) bytes.push(c.charCodeAt(0));
    }
    cpIndex++;
  }
  return new Uint8Array(bytes);
}

function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      return true;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

/** Encoded length of a string (for text-file positions). */
export function encodedLength(s: string, codec: Codec): number {
  if (codec !== 'utf-8' && codec !== 'utf-8-sig') return Array.from(s).length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else if (c >= 0xdc80 && c <= 0xdcff) n += 1; // surrogateescape'd byte
    else n += 3;
  }
  return n;
}
