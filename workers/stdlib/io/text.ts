/**
 * `_io.TextIOWrapper` for files and for `io.TextIOWrapper(binary)`: decoding (UTF-8, Latin-1,
 * ASCII), universal newlines, and the read/readline/write/seek/tell rules of CPython.
 *
 * Reading decodes everything from the current byte position once and then walks that text
 * (re-decoding only after a write, a seek or a change of the underlying bytes), so iterating a
 * large file is linear. tell() is the byte position of the next character — what CPython's
 * cookie is for these stateless codecs.
 */
import { releaseGilAroundSyscalls, FILE_METHODS } from './syscalls';
import type { PyValue } from '../../python/objects/object';
import { None, typeOf } from '../../python/objects/core-types';
import type { PyType } from '../../python/objects/type';
import { newTuple } from '../../python/objects/tuple';
import { PyBaseException } from '../../python/objects/exception';
import { method, getter, slot } from '../../python/runtime/define';
import { typeError, valueError, osErrorType } from '../../python/runtime/errors';
import { pyRepr } from '../../python/ops/strrepr';
import { strLength } from '../../python/ops/truth';
import { stopIteration } from '../../python/vm/generators';
import type { NativeGen } from '../../python/vm/native';
import { IOObject, newIOType, textIOBaseType, unsupported, sizeArg, intArgOf } from './types';
import { BinaryIO } from './binary';
import { type Codec, decodeBytes, encodeString, encodedLength, codecOrThrow, checkErrors } from './codecs';
import { setNew } from '../ioutil';

export const textIOWrapperFileType = newIOType('TextIOWrapper', textIOBaseType);

export type Newline = null | '' | '\n' | '\r' | '\r\n';

export function checkNewline(v: PyValue, fname = 'open'): Newline {
  if (v === None) return null;
  if (typeof v !== 'string') typeError(`${fname}() argument 'newline' must be str or None, not ${typeOf(v).name}`);
  if (v !== '' && v !== '\n' && v !== '\r' && v !== '\r\n') valueError(`illegal newline value: ${v}`);
  return v as Newline;
}

const SEEN_CR = 1;
const SEEN_LF = 2;
const SEEN_CRLF = 4;
const NEWLINES_TABLE: (PyValue | string[])[] = [None, '\r', '\n', ['\r', '\n'], '\r\n', ['\r', '\r\n'], ['\n', '\r\n'], ['\r', '\n', '\r\n']];

export class TextFile extends IOObject {
  /** The decoded text from byte `decStart` to the end, and how far into it we have read. */
  private dec: string | null = null;
  private decIdx = 0;
  private decStart = 0;
  private decSource: Uint8Array | null = null;
  private consumed = 0;
  seen = 0;
  /** False while iterating with next() (tell() is disabled then, as in CPython). */
  telling = true;
  detached = false;

  constructor(
    cls: PyType,
    public buffer: BinaryIO,
    public encoding: string,
    public codec: Codec,
    public errors: string,
    public newline: Newline,
    /** The mode string given to open() (undefined for io.TextIOWrapper(...)). */
    public mode: string | undefined,
    public lineBuffering: boolean,
  ) {
    super(cls);
  }

  get stream() {
    return this.buffer.stream;
  }
  isClosed(): boolean {
    return this.stream.closed;
  }
  doClose(): void {
    this.stream.closed = true;
  }
  override readable(): boolean {
    return this.stream.readable;
  }
  override writable(): boolean {
    return this.stream.writable;
  }
  checkReadable(): void {
    this.checkClosed();
    if (!this.stream.readable) unsupported('not readable');
  }
  checkWritable(): void {
    this.checkClosed();
    if (!this.stream.writable) unsupported('not writable');
  }

  invalidate(): void {
    this.dec = null;
  }

  private ensureDecoded(): string {
    const data = this.stream.store.bytes();
    if (this.dec !== null && this.decSource === data && this.stream.pos === this.decStart + this.consumed) return this.dec;
    let start = Math.min(this.stream.pos, data.length);
    // utf-8-sig: a BOM at the very start is skipped (and counted in the byte position).
    if (this.codec === 'utf-8-sig' && start === 0 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) start = 3;
    this.dec = decodeBytes(data.subarray(start), this.codec === 'utf-8-sig' ? 'utf-8' : this.codec, this.errors);
    this.decSource = data;
    this.decStart = start;
    this.decIdx = 0;
    this.consumed = 0;
    return this.dec;
  }

  /** Mark dec[decIdx, end) as read; returns that raw text. */
  private consume(end: number): string {
    const raw = this.dec!.slice(this.decIdx, end);
    this.decIdx = end;
    const n = encodedLength(raw, this.codec);
    this.consumed += n;
    this.stream.pos = this.decStart + this.consumed;
    this.stream.consumed(n);
    return raw;
  }

  private translate(raw: string): string {
    if (this.newline === '') {
      // Untranslated, but the kinds of newline seen are still recorded (`newlines`).
      raw.replace(/\r\n|\r|\n/g, (m) => {
        this.seen |= m === '\r\n' ? SEEN_CRLF : m === '\r' ? SEEN_CR : SEEN_LF;
        return m;
      });
      return raw;
    }
    if (this.newline !== null) return raw;
    if (raw.indexOf('\r') < 0) {
      if (raw.indexOf('\n') >= 0) this.seen |= SEEN_LF;
      return raw;
    }
    return raw.replace(/\r\n|\r|\n/g, (m) => {
      this.seen |= m === '\r\n' ? SEEN_CRLF : m === '\r' ? SEEN_CR : SEEN_LF;
      return '\n';
    });
  }

  /** Up to n characters of output (n < 0: everything). */
  read(n: number): string {
    this.checkReadable();
    const s = this.ensureDecoded();
    if (n < 0) return this.translate(this.consume(s.length));
    let i = this.decIdx;
    let count = 0;
    const universal = this.newline === null;
    while (count < n && i < s.length) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) i += 2;
      else if (universal && c === 13 && s.charCodeAt(i + 1) === 10) i += 2;
      else i += 1;
      count++;
    }
    return this.translate(this.consume(i));
  }

  readline(limit: number): string {
    this.checkReadable();
    const s = this.ensureDecoded();
    const from = this.decIdx;
    if (from >= s.length) return '';
    let end: number;
    const nl = this.newline;
    if (nl === null || nl === '') {
      const lf = s.indexOf('\n', from);
      const cr = s.indexOf('\r', from);
      if (cr < 0 || (lf >= 0 && lf < cr)) end = lf < 0 ? s.length : lf + 1;
      else end = s.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
    } else {
      const k = s.indexOf(nl, from);
      end = k < 0 ? s.length : k + nl.length;
    }
    if (limit >= 0) {
      const line = this.translate(s.slice(from, end));
      if (strLength(line) > limit) return this.read(limit);
    }
    return this.translate(this.consume(end));
  }

  write(text: string): number {
    this.checkWritable();
    let t = text;
    if (this.newline === '\r' || this.newline === '\r\n') t = t.replace(/\n/g, this.newline);
    // Writing after reading continues at the logical position (the cursor is kept in sync).
    this.invalidate();
    let bytes = encodeString(t, this.codec, this.errors);
    // utf-8-sig writes its BOM before the first text at the start of a file.
    if (this.codec === 'utf-8-sig' && (this.stream.appending ? this.stream.size() : this.stream.pos) === 0 && bytes.length > 0) {
      const withBom = new Uint8Array(bytes.length + 3);
      withBom.set([0xef, 0xbb, 0xbf]);
      withBom.set(bytes, 3);
      bytes = withBom;
    }
    this.stream.write(bytes);
    return strLength(text);
  }

  readlineValue(limit: number): PyValue {
    return this.readline(limit);
  }
  isEmptyLine(v: PyValue): boolean {
    return v === '';
  }
  writeValue(v: PyValue): PyValue {
    if (typeof v !== 'string') typeError(`write() argument must be str, not ${typeOf(v).name}`);
    return this.write(v as string);
  }
  newlinesValue(): PyValue {
    const v = NEWLINES_TABLE[this.seen];
    return Array.isArray(v) ? newTuple(v) : v;
  }
}

const T = textIOWrapperFileType;
method(T, 'read', 'size=-1, /', (f: TextFile, size: PyValue) => {
  f.checkClosed();
  return f.read(sizeArg(size));
});
method(T, 'readline', 'size=-1, /', (f: TextFile, size: PyValue) => {
  f.checkClosed();
  return f.readline(intArgOf(size));
});
method(T, 'write', 's, /', (f: TextFile, s: PyValue) => {
  f.checkClosed();
  return f.writeValue(s);
});
slot(T, '__next__', '', (f: TextFile) => {
  f.checkClosed();
  f.telling = false;
  const line = f.readline(-1);
  if (line === '') {
    f.telling = true;
    throw stopIteration(None);
  }
  return line;
});
method(T, 'seek', 'cookie, whence=0, /', (f: TextFile, cookieArg: PyValue, whenceArg: PyValue) => {
  f.checkClosed();
  const cookie = intArgOf(cookieArg);
  const whence = intArgOf(whenceArg);
  const s = f.stream;
  if (whence === 1) {
    if (cookie !== 0) unsupported("can't do nonzero cur-relative seeks");
    return s.pos;
  }
  if (whence === 2) {
    if (cookie !== 0) unsupported("can't do nonzero end-relative seeks");
    f.invalidate();
    s.moved();
    s.pos = s.size();
    f.telling = true;
    return s.pos;
  }
  if (whence !== 0) valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
  if (cookie < 0) valueError(`negative seek position ${cookie}`);
  f.invalidate();
  s.moved();
  s.pos = cookie;
  f.telling = true;
  return cookie;
});
method(T, 'tell', '', (f: TextFile) => {
  f.checkClosed();
  if (!f.telling) throw new PyBaseException(osErrorType, ['telling position disabled by next() call']);
  return f.stream.pos;
});
method(T, 'truncate', 'pos=None, /', (f: TextFile, posArg: PyValue) => {
  f.checkClosed();
  if (!f.stream.writable) unsupported('truncate');
  const size = posArg === None ? f.stream.pos : intArgOf(posArg);
  f.invalidate();
  f.stream.store.truncate(size);
  return size;
});
method(T, 'detach', '', (f: TextFile) => {
  f.checkClosed();
  f.detached = true;
  return f.buffer;
});
method(T, 'fileno', '', (f: TextFile) => {
  f.checkClosed();
  if (f.buffer.kind === 'bytesio') unsupported('fileno');
  return 3;
});
method(T, 'reconfigure', '*, encoding=None, errors=None, newline=?, line_buffering=None, write_through=None', (f: TextFile, enc: PyValue, errors: PyValue, newline: PyValue | undefined, lb: PyValue) => {
  f.checkClosed();
  if (enc !== None) {
    f.codec = codecOrThrow(enc as string);
    f.encoding = enc as string;
  }
  if (errors !== None) {
    checkErrors(errors as string);
    f.errors = errors as string;
  }
  if (newline !== undefined) f.newline = checkNewline(newline, 'reconfigure');
  if (lb !== None) f.lineBuffering = lb === true;
  f.invalidate();
  return None;
});
getter(T, 'name', function (f: TextFile) {
  return f.stream.name ?? None;
});
getter(T, 'mode', (f: TextFile) => f.mode ?? None);
getter(T, 'encoding', (f: TextFile) => f.encoding);
getter(T, 'errors', (f: TextFile) => f.errors);
getter(T, 'newlines', (f: TextFile) => f.newlinesValue());
getter(T, 'buffer', (f: TextFile) => f.buffer);
getter(T, 'line_buffering', (f: TextFile) => f.lineBuffering);
getter(T, 'write_through', () => false);
slot(T, '__repr__', '', function* (f: TextFile): NativeGen {
  let out = '<_io.TextIOWrapper';
  if (f.stream.name !== undefined) out += ` name=${yield* pyRepr(f.stream.name)}`;
  if (f.mode !== undefined) out += ` mode=${yield* pyRepr(f.mode)}`;
  return `${out} encoding=${yield* pyRepr(f.encoding)}>`;
});

// io.TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False)
setNew(T, 'buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False', (cls: PyType, buffer: PyValue, enc: PyValue, errors: PyValue, newline: PyValue, lb: PyValue) => {
  if (!(buffer instanceof BinaryIO)) {
    return typeError('io.TextIOWrapper() needs a binary file object (BytesIO or a binary open() file) in Interleave');
  }
  if (enc !== None && typeof enc !== 'string') typeError(`TextIOWrapper() argument 'encoding' must be str or None, not ${typeOf(enc).name}`);
  if (errors !== None && typeof errors !== 'string') typeError(`TextIOWrapper() argument 'errors' must be str or None, not ${typeOf(errors).name}`);
  const encoding = enc === None ? 'UTF-8' : (enc as string);
  const codec = codecOrThrow(encoding);
  const nl = checkNewline(newline, 'TextIOWrapper');
  return new TextFile(cls, buffer, encoding, codec, errors === None ? 'strict' : (errors as string), nl, undefined, lb === true);
});
slot(T, '__init__', '*args, **kw', () => None);

// File objects release the GIL around their system calls (io/syscalls.ts).
releaseGilAroundSyscalls(T, FILE_METHODS);
