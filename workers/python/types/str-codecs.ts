/**
 * The text codecs behind str.encode, bytes.decode, str(b, enc) and bytes(s, enc): utf-8, ascii,
 * latin-1, cp1252, utf-16 and utf-32 (with and without byte order), utf-8-sig, unicode_escape and
 * raw_unicode_escape (str-escape-codecs.ts), plus the standard error
 * handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace, surrogateescape,
 * surrogatepass). Error positions, ranges and reasons follow CPython 3.11's C codecs exactly,
 * because UnicodeDecodeError/UnicodeEncodeError messages are built from them.
 *
 * Not supported: other codecs (LookupError), and the 'namereplace' handler (needs the Unicode
 * name database; reported as an unknown handler).
 */
import type { PyValue } from '../objects/object';
import { None } from '../objects/core-types';
import { PyBytes } from '../objects/bytes';
import { PyDict } from '../objects/dict';
import { PyBaseException } from '../objects/exception';
import { unicodeDecodeErrorType, unicodeEncodeErrorType, lookupErrorType, throwPy } from '../runtime/errors';
import { escapeEncode, unicodeEscapeStep, rawUnicodeEscapeStep } from './str-escape-codecs';

export type Codec = 'utf-8' | 'ascii' | 'latin-1' | 'cp1252' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be'
  | 'utf-8-sig' | 'unicode_escape' | 'raw_unicode_escape';

const ALIASES: Record<string, Codec> = {};
function alias(codec: Codec, names: string): void {
  for (const n of names.split(' ')) ALIASES[n] = codec;
}
alias('utf-8', 'utf_8 utf8 u8 utf utf8_ucs2 utf8_ucs4 cp65001');
alias('ascii', 'ascii us_ascii 646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us');
alias('latin-1', 'latin_1 latin1 latin l1 iso_8859_1 iso8859_1 8859 cp819 iso_ir_100 csisolatin1 ibm819 iso_8859_1_1987');
alias('cp1252', 'cp1252 windows_1252');
alias('utf-16', 'utf_16 utf16 u16');
alias('utf-16-le', 'utf_16_le utf_16le unicodelittleunmarked');
alias('utf-16-be', 'utf_16_be utf_16be unicodebigunmarked');
alias('utf-32', 'utf_32 utf32 u32');
alias('utf-32-le', 'utf_32_le utf_32le');
alias('utf-32-be', 'utf_32_be utf_32be');
alias('utf-8-sig', 'utf_8_sig');
alias('unicode_escape', 'unicode_escape');
alias('raw_unicode_escape', 'raw_unicode_escape');

/** encodings.normalize_encoding + the alias table; LookupError for unknown names. */
export function lookupCodec(name: string): Codec {
  const norm = name.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
  const c = ALIASES[norm];
  if (c === undefined) throwPy(lookupErrorType, `unknown encoding: ${name}`);
  return c;
}

/** The bytes 0x80–0x9F of cp1252 (-1: undefined). */
const CP1252_HIGH = [
  0x20ac, -1, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, -1, 0x17d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, -1, 0x17e, 0x178,
];

function unicodeError(decode: boolean, enc: string, obj: PyValue, start: number, end: number, reason: string): PyBaseException {
  const args = [enc, obj, start, end, reason];
  const e = new PyBaseException(decode ? unicodeDecodeErrorType : unicodeEncodeErrorType, args);
  const d = (e.dict = new PyDict());
  ['encoding', 'object', 'start', 'end', 'reason'].forEach((n, i) => d.setStr(n, args[i] ?? None));
  return e;
}

function unknownHandler(errors: string): never {
  return throwPy(lookupErrorType, `unknown error handler name '${errors}'`);
}

// ---------------------------------------------------------------------------------------------
// encoding

class ByteSink {
  buf = new Uint8Array(64);
  n = 0;
  push(b: number): void {
    if (this.n === this.buf.length) {
      const nb = new Uint8Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
    }
    this.buf[this.n++] = b;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

function isSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff;
}

/** Encode one code point with no error checks (the caller decided it is encodable). */
function putCp(out: ByteSink, codec: Codec, cp: number): void {
  switch (codec) {
    case 'utf-8':
      if (cp < 0x80) out.push(cp);
      else if (cp < 0x800) {
        out.push(0xc0 | (cp >> 6));
        out.push(0x80 | (cp & 0x3f));
      } else if (cp < 0x10000) {
        out.push(0xe0 | (cp >> 12));
        out.push(0x80 | ((cp >> 6) & 0x3f));
        out.push(0x80 | (cp & 0x3f));
      } else {
        out.push(0xf0 | (cp >> 18));
        out.push(0x80 | ((cp >> 12) & 0x3f));
        out.push(0x80 | ((cp >> 6) & 0x3f));
        out.push(0x80 | (cp & 0x3f));
      }
      return;
    case 'utf-16-le': case 'utf-16-be': {
      const units = cp < 0x10000 ? [cp] : [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)];
      for (const u of units) {
        if (codec === 'utf-16-le') { out.push(u & 0xff); out.push(u >> 8); } else { out.push(u >> 8); out.push(u & 0xff); }
      }
      return;
    }
    case 'utf-32-le':
      out.push(cp & 0xff); out.push((cp >> 8) & 0xff); out.push(cp >> 16); out.push(0);
      return;
    case 'utf-32-be':
      out.push(0); out.push(cp >> 16); out.push((cp >> 8) & 0xff); out.push(cp & 0xff);
      return;
    case 'cp1252':
      out.push(cp < 0x80 || (cp >= 0xa0 && cp < 0x100) ? cp : 0x80 + CP1252_HIGH.indexOf(cp));
      return;
    default:
      out.push(cp);
  }
}

/** Can `codec` encode cp without an error handler? */
function encodable(codec: Codec, cp: number): boolean {
  switch (codec) {
    case 'ascii': return cp < 0x80;
    case 'latin-1': return cp < 0x100;
    case 'cp1252': return cp < 0x80 || (cp >= 0xa0 && cp < 0x100) || CP1252_HIGH.includes(cp);
    default: return !isSurrogate(cp);
  }
}

function encodeReason(codec: Codec): string {
  if (codec === 'ascii') return 'ordinal not in range(128)';
  if (codec === 'latin-1') return 'ordinal not in range(256)';
  if (codec === 'cp1252') return 'character maps to <undefined>';
  return 'surrogates not allowed';
}

function backslashEscape(cp: number): string {
  if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

/** str.encode(encoding, errors). `s` is the Python str (for the exception's `object`). */
export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  let codec = lookupCodec(encoding);
  if (codec === 'unicode_escape' || codec === 'raw_unicode_escape') {
    const e = escapeEncode(s, codec === 'raw_unicode_escape');
    return Uint8Array.from(e, (c) => c.charCodeAt(0));
  }
  const out = new ByteSink();
  if (codec === 'utf-8-sig') {
    out.push(0xef); out.push(0xbb); out.push(0xbf);
    codec = 'utf-8';
  }
  // BOM-writing variants write the BOM in native (little-endian) order, then little-endian data.
  if (codec === 'utf-16') {
    out.push(0xff); out.push(0xfe);
    codec = 'utf-16-le';
  } else if (codec === 'utf-32') {
    out.push(0xff); out.push(0xfe); out.push(0); out.push(0);
    codec = 'utf-32-le';
  }
  const name = codec === 'cp1252' ? 'charmap' : codec;
  if ((codec === 'utf-8' || codec === 'ascii' || codec === 'latin-1') && out.n === 0) {
    // Fast path: pure ASCII text encodes to itself.
    let ascii = true;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) { ascii = false; break; }
    if (ascii) {
      const r = new Uint8Array(s.length);
      for (let i = 0; i < s.length; i++) r[i] = s.charCodeAt(i);
      return r;
    }
  }
  const cps: number[] = [];
  for (const c of s) cps.push(c.codePointAt(0)!);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (encodable(codec, cp)) {
      putCp(out, codec, cp);
      continue;
    }
    // CPython reports the whole run of unencodable characters (one character for utf-16/32).
    let end = i + 1;
    const utf16or32 = codec.startsWith('utf-16') || codec.startsWith('utf-32');
    if (!utf16or32) while (end < cps.length && !encodable(codec, cps[end])) end++;
    let start = i;
    const err = () => unicodeError(false, name, s, start, end, encodeReason(codec));
    switch (errors) {
      case 'strict': throw err();
      case 'ignore': break;
      case 'replace':
        for (let k = i; k < end; k++) putCp(out, codec, 0x3f);
        break;
      case 'backslashreplace': case 'xmlcharrefreplace':
        for (let k = i; k < end; k++) {
          const rep = errors === 'backslashreplace' ? backslashEscape(cps[k]) : `&#${cps[k]};`;
          for (let j = 0; j < rep.length; j++) putCp(out, codec, rep.charCodeAt(j));
        }
        break;
      case 'surrogateescape': {
        // A one-byte replacement is invalid for utf-16/32; charmap hands the whole run to the
        // generic handler (all or nothing); the other encoders escape a prefix of the run and
        // report the rest.
        const escapable = (cp: number) => cp >= 0xdc80 && cp <= 0xdcff;
        if (utf16or32) throw err();
        if (codec === 'cp1252') {
          for (let k = i; k < end; k++) if (!escapable(cps[k])) throw err();
        }
        let k = i;
        for (; k < end && escapable(cps[k]); k++) out.push(cps[k] - 0xdc00);
        if (k < end) {
          start = k;
          throw err();
        }
        break;
      }
      case 'surrogatepass':
        if (codec === 'ascii' || codec === 'latin-1' || codec === 'cp1252') throw err();
        for (let k = i; k < end; k++) putCp(out, codec, cps[k]);
        break;
      default:
        unknownHandler(errors);
    }
    i = end - 1;
  }
  return out.result();
}

// ---------------------------------------------------------------------------------------------
// decoding

interface DecodeError {
  start: number;
  end: number;
  reason: string;
}

/** One step of CPython's utf-8 decoder at byte i: [codePoint, length] or an error. */
function utf8Step(b: Uint8Array, i: number): [number, number] | DecodeError {
  const n = b.length;
  const c = b[i];
  const cont = (k: number) => i + k < n && (b[i + k] & 0xc0) === 0x80;
  const bad = (k: number): DecodeError => ({ start: i, end: i + k, reason: 'invalid continuation byte' });
  const eod = (): DecodeError => ({ start: i, end: n, reason: 'unexpected end of data' });
  if (c < 0x80) return [c, 1];
  if (c < 0xc2 || c > 0xf4) return { start: i, end: i + 1, reason: 'invalid start byte' };
  if (c < 0xe0) {
    if (i + 1 >= n) return eod();
    if (!cont(1)) return bad(1);
    return [((c & 0x1f) << 6) | (b[i + 1] & 0x3f), 2];
  }
  if (c < 0xf0) {
    if (i + 1 >= n) return eod();
    const c2 = b[i + 1];
    if (!cont(1) || (c === 0xe0 && c2 < 0xa0) || (c === 0xed && c2 >= 0xa0)) return bad(1);
    if (i + 2 >= n) return eod();
    if (!cont(2)) return bad(2);
    return [((c & 0x0f) << 12) | ((c2 & 0x3f) << 6) | (b[i + 2] & 0x3f), 3];
  }
  if (i + 1 >= n) return eod();
  const c2 = b[i + 1];
  if (!cont(1) || (c === 0xf0 && c2 < 0x90) || (c === 0xf4 && c2 >= 0x90)) return bad(1);
  if (i + 2 >= n) return eod();
  if (!cont(2)) return bad(2);
  if (i + 3 >= n) return eod();
  if (!cont(3)) return bad(3);
  return [((c & 0x07) << 18) | ((c2 & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f), 4];
}

/** One step of a fixed-width decoder (ascii, latin-1, cp1252, utf-16/32 with a byte order). */
function fixedStep(b: Uint8Array, i: number, codec: Codec): [number, number] | DecodeError {
  const n = b.length;
  const c = b[i];
  switch (codec) {
    case 'ascii':
      return c < 0x80 ? [c, 1] : { start: i, end: i + 1, reason: 'ordinal not in range(128)' };
    case 'latin-1':
      return [c, 1];
    case 'cp1252': {
      const cp = c >= 0x80 && c < 0xa0 ? CP1252_HIGH[c - 0x80] : c;
      return cp >= 0 ? [cp, 1] : { start: i, end: i + 1, reason: 'character maps to <undefined>' };
    }
    case 'utf-16-le': case 'utf-16-be': {
      const le = codec === 'utf-16-le';
      const unit = (k: number) => (le ? b[k] | (b[k + 1] << 8) : (b[k] << 8) | b[k + 1]);
      if (i + 1 >= n) return { start: i, end: n, reason: 'truncated data' };
      const u = unit(i);
      if (u < 0xd800 || u > 0xdfff) return [u, 2];
      if (u >= 0xdc00) return { start: i, end: i + 2, reason: 'illegal encoding' };
      if (i + 3 >= n) return { start: i, end: n, reason: 'unexpected end of data' };
      const u2 = unit(i + 2);
      if (u2 < 0xdc00 || u2 > 0xdfff) return { start: i, end: i + 2, reason: 'illegal UTF-16 surrogate' };
      return [0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00), 4];
    }
    default: {
      if (i + 3 >= n) return { start: i, end: n, reason: 'truncated data' };
      const cp = codec === 'utf-32-le'
        ? (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0
        : ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
      if (cp > 0x10ffff) return { start: i, end: i + 4, reason: 'code point not in range(0x110000)' };
      if (isSurrogate(cp)) return { start: i, end: i + 4, reason: 'code point in surrogate code point range(0xd800, 0xe000)' };
      return [cp, 4];
    }
  }
}

/** bytes.decode(encoding, errors). `obj` is the bytes-like object being decoded (for errors). */
export function decodeBytes(b: Uint8Array, encoding: string, errors: string, obj?: PyValue): string {
  let codec = lookupCodec(encoding);
  if (codec === 'utf-8-sig') {
    // The BOM is dropped first; errors then count positions in the rest (as CPython's decoder).
    if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
      b = b.subarray(3);
      obj = undefined;
    }
    codec = 'utf-8';
  }
  let i = 0;
  if (codec === 'utf-16') {
    codec = 'utf-16-le';
    if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) { codec = 'utf-16-be'; i = 2; }
    else if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) i = 2;
  } else if (codec === 'utf-32') {
    codec = 'utf-32-le';
    if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) { codec = 'utf-32-be'; i = 4; }
    else if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) i = 4;
  }
  const name = codec === 'cp1252' ? 'charmap' : codec === 'unicode_escape' ? 'unicodeescape' : codec === 'raw_unicode_escape' ? 'rawunicodeescape' : codec;
  const parts: string[] = [];
  let run = '';
  const n = b.length;
  if (codec === 'utf-8' || codec === 'ascii') {
    // Fast path for the ASCII prefix.
    while (i < n && b[i] < 0x80) i++;
    if (i === n) return latin1(b, 0, n);
    run = latin1(b, 0, i);
  }
  while (i < n) {
    let r: [number, number] | DecodeError;
    if (codec === 'unicode_escape' || codec === 'raw_unicode_escape') {
      const e = codec === 'unicode_escape' ? unicodeEscapeStep(b, i) : rawUnicodeEscapeStep(b, i);
      if (Array.isArray(e)) {
        run += e[0];
        i = e[1];
        continue;
      }
      r = e;
    } else r = codec === 'utf-8' ? utf8Step(b, i) : fixedStep(b, i, codec);
    if (Array.isArray(r)) {
      run += String.fromCodePoint(r[0]);
      i += r[1];
      if (run.length > 4096) {
        parts.push(run);
        run = '';
      }
      continue;
    }
    const err = () => unicodeError(true, name, obj instanceof PyBytes && !obj.cls.isHeap ? obj : new PyBytes(b.slice()), r.start, r.end, r.reason);
    switch (errors) {
      case 'strict': throw err();
      case 'ignore': break;
      case 'replace': run += '\ufffd'; break;
      case 'backslashreplace':
        for (let k = r.start; k < r.end; k++) run += '\\x' + b[k].toString(16).padStart(2, '0');
        break;
      case 'surrogateescape': {
        // PyCodec_SurrogateEscapeErrors escapes up to 4 leading non-ASCII bytes of the bad range
        // and resumes decoding after them.
        let k = r.start;
        for (; k < r.end && k < r.start + 4 && b[k] >= 0x80; k++) run += String.fromCharCode(0xdc00 + b[k]);
        if (k === r.start) throw err();
        i = k;
        continue;
      }
      default:
        unknownHandler(errors);
    }
    i = r.end;
  }
  parts.push(run);
  return parts.join('');
}

/** Bytes [start, end) as a string of the same code units (latin-1). */
export function latin1(b: Uint8Array, start = 0, end = b.length): string {
  let s = '';
  for (let i = start; i < end; i += 8192) s += String.fromCharCode(...b.subarray(i, Math.min(end, i + 8192)));
  return s;
}
