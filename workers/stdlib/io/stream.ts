/**
 * Byte streams shared by the binary file objects, BytesIO and TextIOWrapper: a store of bytes
 * (a file of the in-memory file system, or a BytesIO buffer) plus a cursor and the access flags
 * the open mode gave. Writes go straight to the store (no write-behind buffer), so a file written
 * with `open(p, 'w').write(s)` — closed by CPython's reference counting at once — reads back the
 * same without close().
 */
import type { Interpreter } from '../../python/vm/interpreter-state';
import type { PyValue } from '../../python/objects/object';
import { readBytes, writeAt, truncateTo, takeColdRead } from './vfs';
import { DISK_READ_NS } from './sample-tree';

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

/**
 * The system calls file operations make, in virtual time: CPython's BufferedReader refills its
 * 8 KiB buffer with read(2), BufferedWriter empties it with write(2) when full, on flush and on
 * close — and _Py_read/_Py_write release the GIL around each (reference §1.2). Streams add the
 * calls' cost here; the file methods then spend it blocked in I/O (io/syscalls.ts).
 */
export const pendingSyscalls = { ns: 0 };
const BUFFER_SIZE = 8192;
/**
 * A read(2)/write(2) of a file in the page cache: about a microsecond for 8 KiB — less than a
 * GIL waiter takes to wake up, so the reading thread usually takes the GIL straight back, as it
 * does on CPython; a long read lets a waiting thread in.
 */
const SYSCALL_NS = 500;
const SYSCALL_NS_PER_BYTE = 0.1;

function syscall(bytes: number): void {
  pendingSyscalls.ns += SYSCALL_NS + bytes * SYSCALL_NS_PER_BYTE;
}

/** An open stream: store + position + what the mode allows. */
export class Stream {
  pos = 0;
  private isClosed = false;
  /** A file (not a BytesIO): its reads and writes are system calls. */
  private readonly fileBacked: boolean;
  /** Bytes already read from the file into the buffer beyond pos, and written but not flushed. */
  private readAhead = 0;
  private unflushed = 0;
  constructor(
    readonly store: ByteStore,
    readonly readable: boolean,
    readonly writable: boolean,
    readonly appending: boolean,
    /** The `name` attribute (what was passed to open()). */
    readonly name: PyValue | undefined,
    /** FileIO's mode string ('rb', 'wb', 'rb+', 'ab', 'xb', …). */
    readonly rawMode: string,
  ) {
    this.fileBacked = store instanceof FileStore;
  }

  get closed(): boolean {
    return this.isClosed;
  }
  set closed(v: boolean) {
    if (v && !this.isClosed) this.flushWrites();
    this.isClosed = v;
  }

  /** The buffer's bytes go to the file (flush, close, seek). */
  flushWrites(): void {
    if (this.unflushed > 0) syscall(this.unflushed);
    this.unflushed = 0;
  }

  /** `got` bytes were read: refill the buffer from the file when they were not all in it. */
  consumed(got: number): void {
    if (!this.fileBacked) return;
    if (got > this.readAhead || got === 0) {
      const chunk = Math.max(BUFFER_SIZE, got - this.readAhead);
      syscall(chunk);
      // Its first read of a file not in the page cache waits for the disk.
      const fs = this.store as FileStore;
      if (takeColdRead(fs.interp, fs.abs)) pendingSyscalls.ns += DISK_READ_NS;
      this.readAhead += chunk;
    }
    this.readAhead = Math.max(0, this.readAhead - got);
  }

  /** A seek: the read buffer is dropped, pending writes go out first. */
  moved(): void {
    this.flushWrites();
    this.readAhead = 0;
  }

  size(): number {
    return this.store.bytes().length;
  }

  read(n: number): Uint8Array {
    const data = this.store.bytes();
    if (this.pos >= data.length) {
      this.consumed(0);
      return new Uint8Array(0);
    }
    const end = n < 0 ? data.length : Math.min(data.length, this.pos + n);
    const out = data.slice(this.pos, end);
    this.pos = end;
    this.consumed(out.length);
    return out;
  }

  /** One line including its b'\n' (at most `limit` bytes when limit >= 0). */
  readline(limit: number): Uint8Array {
    const data = this.store.bytes();
    let end = data.indexOf(10, this.pos);
    end = end < 0 ? data.length : end + 1;
    if (limit >= 0) end = Math.min(end, this.pos + limit);
    if (this.pos >= data.length) {
      this.consumed(0);
      return new Uint8Array(0);
    }
    const out = data.slice(this.pos, end);
    this.pos = end;
    this.consumed(out.length);
    return out;
  }

  write(data: Uint8Array): number {
    if (this.appending) this.pos = this.size();
    this.store.writeAt(this.pos, data);
    this.pos += data.length;
    if (this.fileBacked) {
      this.unflushed += data.length;
      if (this.unflushed >= BUFFER_SIZE) this.flushWrites();
    }
    return data.length;
  }
}
