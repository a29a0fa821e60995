/**
 * The open() builtin over the in-memory file system (../../stdlib/io): CPython's mode parsing
 * and argument checks, the OSError subclasses for missing files, directories and existing files
 * ('x'), and the object layering — text files are TextIOWrapper over a Buffered* object, binary
 * files a BufferedReader / BufferedWriter / BufferedRandom, `buffering=0` a FileIO.
 */
import type { PyValue } from '../objects/object';
import { None, typeOf } from '../objects/core-types';
import { PyBytes } from '../objects/bytes';
import { func } from '../runtime/define';
import { typeError, valueError } from '../runtime/errors';
import { pyCall } from '../ops/call';
import { currentThread } from '../vm/current';
import type { NativeGen } from '../vm/native';
import { absPath, kindOf, checkParent, setBytes } from '../../stdlib/io/vfs';
import { Stream, FileStore } from '../../stdlib/io/stream';
import { BinaryIO, fileIOType, bufferedReaderType, bufferedWriterType, bufferedRandomType } from '../../stdlib/io/binary';
import { TextFile, textIOWrapperFileType, checkNewline } from '../../stdlib/io/text';
import { codecOrThrow, checkErrors } from '../../stdlib/io/codecs';
import { osError } from '../../stdlib/ioutil';

/** A path argument as a str: str, bytes (decoded) or os.PathLike (__fspath__). */
export function* fsPath(p: PyValue, what = 'expected str, bytes or os.PathLike object, not'): NativeGen<string> {
  if (typeof p === 'string') return p;
  if (p instanceof PyBytes) return new TextDecoder().decode(p.b);
  const fspath = typeOf(p).lookup('__fspath__');
  if (fspath !== undefined && typeof p === 'object') {
    const r = yield* pyCall(fspath, [p]);
    if (typeof r === 'string') return r;
    if (r instanceof PyBytes) return new TextDecoder().decode(r.b);
    typeError(`expected ${typeOf(p).name}.__fspath__() to return str or bytes, not ${typeOf(r).name}`);
  }
  return typeError(`${what} ${typeOf(p).name}`);
}

interface ParsedMode {
  creating: boolean;
  reading: boolean;
  writing: boolean;
  appending: boolean;
  updating: boolean;
  binary: boolean;
}

/** _io.open's mode validation, message for message. */
export function parseMode(mode: string): ParsedMode {
  const seen = new Set<string>();
  for (const c of mode) {
    if (!'rwxabt+'.includes(c) || seen.has(c)) valueError(`invalid mode: '${mode}'`);
    seen.add(c);
  }
  const m: ParsedMode = {
    creating: seen.has('x'), reading: seen.has('r'), writing: seen.has('w'), appending: seen.has('a'),
    updating: seen.has('+'), binary: seen.has('b'),
  };
  if (seen.has('t') && m.binary) valueError("can't have text and binary mode at once");
  const n = Number(m.creating) + Number(m.reading) + Number(m.writing) + Number(m.appending);
  if (n > 1) valueError('must have exactly one of create/read/write/append mode');
  // No mode letter at all is caught later, by FileIO, with its own wording.
  if (n === 0) valueError('Must have exactly one of create/read/write/append mode and at most one plus');
  return m;
}

function rawModeOf(m: ParsedMode): string {
  const base = m.creating ? 'xb' : m.reading ? 'rb' : m.writing ? 'wb' : 'ab';
  if (!m.updating) return base;
  return (m.writing ? 'rb' : base) + '+';
}

function optStr(v: PyValue, name: string): string | null {
  if (v === None) return null;
  if (typeof v !== 'string') typeError(`open() argument '${name}' must be str or None, not ${typeOf(v).name}`);
  return v as string;
}

export const open = func(
  'open',
  "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None",
  function* (file: PyValue, modeArg: PyValue, buffering: PyValue, encArg: PyValue, errArg: PyValue, nlArg: PyValue, closefd: PyValue, opener: PyValue): NativeGen {
    if (typeof modeArg !== 'string') typeError(`open() argument 'mode' must be str, not ${typeOf(modeArg).name}`);
    if (typeof file === 'number' || typeof file === 'boolean') typeError('Interleave has no file descriptors: open() needs a path');
    const encoding = optStr(encArg, 'encoding');
    const errors = optStr(errArg, 'errors');
    const mode = modeArg as string;
    const m = parseMode(mode);
    if (m.binary && encoding !== null) valueError("binary mode doesn't take an encoding argument");
    if (m.binary && errors !== null) valueError("binary mode doesn't take an errors argument");
    if (m.binary && nlArg !== None) valueError("binary mode doesn't take a newline argument");
    const newline = checkNewline(nlArg);
    const buf = typeof buffering === 'number' ? buffering : typeof buffering === 'boolean' ? Number(buffering) : typeError(`'${typeOf(buffering).name}' object cannot be interpreted as an integer`);
    if (buf === 0 && !m.binary) valueError("can't have unbuffered text I/O");
    const path = yield* fsPath(file);
    if (closefd === false) valueError('Cannot use closefd=False with file name');
    if (opener !== None) typeError('open(): opener is not supported by Interleave');
    const codec = m.binary ? null : codecOrThrow(encoding ?? 'utf-8');
    if (errors !== null) checkErrors(errors);

    const interp = currentThread().interp;
    if (path.includes('\0')) valueError('embedded null byte');
    const abs = absPath(interp, path);
    const kind = kindOf(interp, abs);
    if (kind === 'dir' || (path.endsWith('/') && kind !== null)) throw osError('EISDIR', file);
    if (m.creating && kind !== null) throw osError('EEXIST', file);
    if (kind === null) {
      if (m.reading) {
        checkParent(interp, abs, file);
        throw osError('ENOENT', file);
      }
      checkParent(interp, abs, file);
      if (path.endsWith('/')) throw osError('EISDIR', file);
      setBytes(interp, abs, new Uint8Array(0));
    } else if (m.writing) {
      setBytes(interp, abs, new Uint8Array(0));
    }
    const store = new FileStore(interp, abs);
    const readable = m.reading || m.updating;
    const writable = !m.reading || m.updating;
    const stream = new Stream(store, readable, writable, m.appending, file, rawModeOf(m));
    if (m.appending) stream.pos = stream.size();
    if (buf === 0) return new BinaryIO(fileIOType, stream, 'raw');
    const bcls = m.updating ? bufferedRandomType : m.reading ? bufferedReaderType : bufferedWriterType;
    const binary = new BinaryIO(bcls, stream, 'buffered');
    if (m.binary) return binary;
    return new TextFile(textIOWrapperFileType, binary, encoding ?? 'UTF-8', codec!, errors ?? 'strict', newline, mode, buf === 1);
  },
);
