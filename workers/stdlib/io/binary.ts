/**
 * Binary io objects over a Stream: `_io.FileIO` (open(..., buffering=0)), `BufferedReader`,
 * `BufferedWriter`, `BufferedRandom` (binary open() modes) and `BytesIO`. They share one JS class;
 * the differences are CPython's error wording for closed objects and bad seeks, and reprs.
 */
import { releaseGilAroundSyscalls, FILE_METHODS } from './syscalls';
import { PyObject, type PyValue } from '../../python/objects/object';
import { None, typeOf, objectType } from '../../python/objects/core-types';
import type { PyType } from '../../python/objects/type';
import { PyBytes } from '../../python/objects/bytes';
import { writableBufferOf } from '../../python/types/bytes-core';
import { memoryviewOf } from '../../python/types/memoryview';
import { checkResizable } from '../../python/types/buffer-exports';
import type { BufferSource } from '../../python/objects/memoryview';
import { method, getter, slot } from '../../python/runtime/define';
import { typeError, valueError } from '../../python/runtime/errors';
import { pyRepr } from '../../python/ops/strrepr';
import type { NativeGen } from '../../python/vm/native';
import { IOObject, newIOType, rawIOBaseType, bufferedIOBaseType, unsupported, sizeArg, intArgOf } from './types';
import { Stream, MemStore } from './stream';
import { bytesLike, osError, setNew, cType } from '../ioutil';

export const fileIOType = newIOType('FileIO', rawIOBaseType);
export const bufferedReaderType = newIOType('BufferedReader', bufferedIOBaseType);
export const bufferedWriterType = newIOType('BufferedWriter', bufferedIOBaseType);
export const bufferedRandomType = newIOType('BufferedRandom', bufferedIOBaseType);
export const bytesIOType = newIOType('BytesIO', bufferedIOBaseType);

export type BinaryKind = 'raw' | 'buffered' | 'bytesio';

export class BinaryIO extends IOObject {
  constructor(
    cls: PyType,
    readonly stream: Stream,
    readonly kind: BinaryKind,
  ) {
    super(cls);
  }
  isClosed(): boolean {
    return this.stream.closed;
  }
  doClose(): void {
    // BytesIO cannot close while getbuffer() views hold its memory.
    if (this.kind === 'bytesio' && !this.stream.closed) checkResizable(this);
    this.stream.closed = true;
  }
  /** "read of closed file" for files, "I/O operation on closed file." for BytesIO. */
  checkOp(op: string): void {
    if (!this.stream.closed) return;
    if (this.kind === 'bytesio') valueError('I/O operation on closed file.');
    valueError(`${op} of closed file`);
  }
  checkReadable(): void {
    if (!this.stream.readable) unsupported(this.kind === 'raw' ? 'File not open for reading' : 'read');
  }
  checkWritable(op = 'write'): void {
    if (!this.stream.writable) unsupported(this.kind === 'raw' ? 'File not open for writing' : op);
  }
  readlineValue(limit: number): PyValue {
    this.checkOp('readline');
    this.checkReadable();
    return new PyBytes(this.stream.readline(limit));
  }
  isEmptyLine(v: PyValue): boolean {
    return (v as PyBytes).b.length === 0;
  }
  writeValue(v: PyValue): PyValue {
    if (this.stream.closed) valueError(this.kind === 'bytesio' ? 'I/O operation on closed file.' : 'write to closed file');
    if (this.kind === 'bytesio') checkResizable(this, v);
    this.checkWritable();
    const b = bytesLike(v);
    if (b === null) typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
    return this.stream.write(b!.slice());
  }
  override readable(): boolean {
    return this.stream.readable;
  }
  override writable(): boolean {
    return this.stream.writable;
  }
}

/** Binary file objects made by open(). */
export function newBinaryFile(cls: PyType, stream: Stream, kind: BinaryKind): BinaryIO {
  return new BinaryIO(cls, stream, kind);
}

const ALL = [fileIOType, bufferedReaderType, bufferedWriterType, bufferedRandomType, bytesIOType];

for (const t of ALL) {
  method(t, 'read', 'size=-1, /', (f: BinaryIO, size: PyValue) => {
    f.checkOp('read');
    f.checkReadable();
    return new PyBytes(f.stream.read(sizeArg(size)));
  });
  method(t, 'read1', 'size=-1, /', (f: BinaryIO, size: PyValue) => {
    f.checkOp('read');
    f.checkReadable();
    return new PyBytes(f.stream.read(sizeArg(size)));
  });
  method(t, 'readall', '', (f: BinaryIO) => {
    f.checkOp('read');
    f.checkReadable();
    return new PyBytes(f.stream.read(-1));
  });
  method(t, 'readline', 'size=-1, /', (f: BinaryIO, size: PyValue) => f.readlineValue(sizeArg(size)));
  method(t, 'readinto', 'buffer, /', (f: BinaryIO, buf: PyValue) => {
    f.checkOp('readinto');
    f.checkReadable();
    // A read-write buffer: a bytearray or a writable contiguous memoryview (not bytes).
    const target = writableBufferOf(buf);
    if (target === null) typeError(`readinto() argument must be read-write bytes-like object, not ${typeOf(buf).name}`);
    const data = f.stream.read(target!.length);
    target!.set(data);
    return data.length;
  });
  method(t, 'write', 'b, /', (f: BinaryIO, b: PyValue) => f.writeValue(b));
  method(t, 'seek', 'pos, whence=0, /', (f: BinaryIO, posArg: PyValue, whenceArg: PyValue) => {
    f.checkOp('seek');
    const pos = intArgOf(posArg);
    const whence = intArgOf(whenceArg);
    const s = f.stream;
    if (f.kind === 'bytesio') {
      if (whence < 0 || whence > 2) valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
      if (whence === 0 && pos < 0) valueError(`negative seek value ${pos}`);
      const base = whence === 0 ? 0 : whence === 1 ? s.pos : s.size();
      s.pos = Math.max(0, base + pos);
      return s.pos;
    }
    if (whence < 0 || whence > 2) valueError(`whence value ${whence} unsupported`);
    const base = whence === 0 ? 0 : whence === 1 ? s.pos : s.size();
    if (base + pos < 0) throw osError('EINVAL');
    s.moved();
    s.pos = base + pos;
    return s.pos;
  });
  method(t, 'tell', '', (f: BinaryIO) => {
    if (f.stream.closed) valueError(f.kind === 'bytesio' ? 'I/O operation on closed file.' : 'I/O operation on closed file');
    return f.stream.pos;
  });
  method(t, 'truncate', 'pos=None, /', (f: BinaryIO, posArg: PyValue) => {
    f.checkOp('truncate');
    if (f.kind === 'bytesio') checkResizable(f);
    f.checkWritable('truncate');
    const size = posArg === None ? f.stream.pos : intArgOf(posArg);
    if (size < 0) {
      if (f.kind === 'bytesio') valueError(`negative size value ${size}`);
      throw osError('EINVAL');
    }
    f.stream.store.truncate(size);
    return size;
  });
  method(t, 'flush', '', (f: BinaryIO) => {
    if (f.stream.closed) valueError(f.kind === 'raw' ? 'I/O operation on closed file' : 'I/O operation on closed file.');
    return None;
  });
  method(t, 'fileno', '', (f: BinaryIO) => {
    if (f.kind === 'bytesio') unsupported('fileno');
    f.checkOp('fileno');
    return 3;
  });
}

// ---- files: name, mode, raw, reprs
for (const t of [fileIOType, bufferedReaderType, bufferedWriterType, bufferedRandomType]) {
  getter(t, 'name', (f: BinaryIO) => f.stream.name ?? None);
  getter(t, 'mode', (f: BinaryIO) => f.stream.rawMode);
}
for (const t of [bufferedReaderType, bufferedWriterType, bufferedRandomType]) {
  getter(t, 'raw', (f: BinaryIO) => new BinaryIO(fileIOType, f.stream, 'raw'));
  method(t, 'peek', 'size=0, /', (f: BinaryIO) => {
    f.checkOp('peek');
    f.checkReadable();
    const data = f.stream.store.bytes();
    return new PyBytes(data.slice(f.stream.pos));
  });
  method(t, 'detach', '', (f: BinaryIO) => {
    const raw = new BinaryIO(fileIOType, f.stream, 'raw');
    return raw;
  });
  slot(t, '__repr__', '', function* (f: BinaryIO): NativeGen {
    const name = f.stream.name;
    return name === undefined ? `<_io.${t.qualname}>` : `<_io.${t.qualname} name=${yield* pyRepr(name)}>`;
  });
}
getter(fileIOType, 'closefd', () => true);
slot(fileIOType, '__repr__', '', function* (f: BinaryIO): NativeGen {
  if (f.stream.closed) return '<_io.FileIO [closed]>';
  return `<_io.FileIO name=${yield* pyRepr(f.stream.name ?? None)} mode='${f.stream.rawMode}' closefd=True>`;
});

// ---- BytesIO
bytesIOType.alloc = (cls) => new BinaryIO(cls, new Stream(new MemStore(new Uint8Array(0)), true, true, false, undefined, ''), 'bytesio');
setNew(bytesIOType, '*args, **kw', (cls: PyType) => bytesIOType.alloc!(cls));
slot(bytesIOType, '__init__', 'initial_bytes=None', (f: BinaryIO, init: PyValue) => {
  checkResizable(f, init);
  let data: Uint8Array = new Uint8Array(0);
  if (init !== None) {
    const b = bytesLike(init);
    if (b === null) typeError(`a bytes-like object is required, not '${typeOf(init).name}'`);
    data = b!;
  }
  (f.stream.store as MemStore).reset(data);
  f.stream.pos = 0;
  return None;
});
method(bytesIOType, 'getvalue', '', (f: BinaryIO) => {
  f.checkOp('getvalue');
  return new PyBytes(f.stream.store.bytes().slice());
});
/**
 * `_io._BytesIOBuffer`: what a BytesIO.getbuffer() view looks at — the BytesIO's own memory, so
 * writes through the view change its value; while such a view is alive the BytesIO refuses to
 * write, truncate or close (types/buffer-exports.ts), as in CPython.
 */
const bytesIOBufferType = cType('_io._BytesIOBuffer', objectType, { final: true });
class BytesIOBuffer extends PyObject implements BufferSource {
  constructor(readonly exportOwner: BinaryIO) {
    super(bytesIOBufferType);
  }
  exportedBytes(): Uint8Array {
    return this.exportOwner.stream.store.bytes();
  }
}
method(bytesIOType, 'getbuffer', '', (f: BinaryIO) => {
  f.checkOp('getbuffer');
  return memoryviewOf(new BytesIOBuffer(f))!;
});

// File objects release the GIL around their system calls (io/syscalls.ts).
for (const t of [fileIOType, bufferedReaderType, bufferedWriterType, bufferedRandomType]) releaseGilAroundSyscalls(t, FILE_METHODS);
