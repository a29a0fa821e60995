/**
 * Byte streams shared by the binary file objects, BytesIO and TextIOWrapper: a store of bytes
 * (a file of the in-memory file system, or a BytesIO buffer) plus a cursor and the access flags
 * the open mode gave. Writes go straight to the store (no write-behind buffer), so a file written
 * with `open(p, 'w').write(s)` — closed by CPython's reference counting at once — reads back the
 * same without close().
 */
import type { Interpreter } from '../../python/vm/interpreter-state';
import type { PyValue } from '../../python/objects/object';
import { readBytes, writeAt, truncateTo } from './vfs';

export interface ByteStore {
  bytes(): Uint8Array;
  writeAt(pos: number, data: Uint8Array): void;
  truncate(size: number): void;
}

export class FileStore implements ByteStore {
  constructor(
    readonly interp: Interpreter,
    readonly abs: string,
  ) {}
  bytes(): Uint8Array {
    return readBytes(this.interp, this.abs) ?? new Uint8Array(0);
  }
  writeAt(pos: number, data: Uint8Array): void {
    writeAt(this.interp, this.abs, pos, data);
  }
  truncate(size: number): void {
    truncateTo(this.interp, this.abs, size);
  }
}

/** A growable in-memory buffer (BytesIO). */
export class MemStore implements ByteStore {
  buf: Uint8Array;
  len: number;
  /** The current contents as one stable object (text readers check its identity for changes). */
  private view: Uint8Array | null = null;
  constructor(initial: Uint8Array) {
    this.buf = initial.slice();
    this.len = initial.length;
  }
  reset(data: Uint8Array): void {
    this.buf = data.slice();
    this.len = data.length;
    this.view = null;
  }
  bytes(): Uint8Array {
    return this.view ?? (this.view = this.buf.subarray(0, this.len));
  }
  writeAt(pos: number, data: Uint8Array): void {
    const end = Math.max(this.len, pos + data.length);
    if (end > this.buf.length) {
      const nb = new Uint8Array(Math.max(end, this.buf.length * 2, 64));
      nb.set(this.buf.subarray(0, this.len));
      this.buf = nb;
    }
    if (pos > this.len) this.buf.fill(0, this.len, pos);
    this.buf.set(data, pos);
    this.len = end;
    this.view = null;
  }
  truncate(size: number): void {
    if (size < this.len) this.len = size;
    this.view = null;
  }
}

/** An open stream: store + position + what the mode allows. */
export class Stream {
  pos = 0;
  closed = false;
  constructor(
    readonly store: ByteStore,
    readonly readable: boolean,
    readonly writable: boolean,
    readonly appending: boolean,
    /** The `name` attribute (what was passed to open()). */
    readonly name: PyValue | undefined,
    /** FileIO's mode string ('rb', 'wb', 'rb+', 'ab', 'xb', …). */
    readonly rawMode: string,
  ) {}

  size(): number {
    return this.store.bytes().length;
  }

  read(n: number): Uint8Array {
    const data = this.store.bytes();
    if (this.pos >= data.length) return new Uint8Array(0);
    const end = n < 0 ? data.length : Math.min(data.length, this.pos + n);
    const out = data.slice(this.pos, end);
    this.pos = end;
    return out;
  }

  /** One line including its b'\n' (at most `limit` bytes when limit >= 0). */
  readline(limit: number): Uint8Array {
    const data = this.store.bytes();
    let end = data.indexOf(10, this.pos);
    end = end < 0 ? data.length : end + 1;
    if (limit >= 0) end = Math.min(end, this.pos + limit);
    if (this.pos >= data.length) return new Uint8Array(0);
    const out = data.slice(this.pos, end);
    this.pos = end;
    return out;
  }

  write(data: Uint8Array): number {
    if (this.appending) this.pos = this.size();
    this.store.writeAt(this.pos, data);
    this.pos += data.length;
    return data.length;
  }
}
