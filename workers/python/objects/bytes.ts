/** PyBytes (immutable) and PyByteArray (mutable) over Uint8Array storage. */
import { PyObject } from './object';
import { bytesType, bytearrayType } from './core-types';
import type { PyType } from './type';

export class PyBytes extends PyObject {
  readonly b: Uint8Array;
  constructor(b: Uint8Array, cls?: PyType) {
    super(cls ?? bytesType);
    this.b = b;
  }
}

export class PyByteArray extends PyObject {
  /** Backing store; `length` bytes of it are in use (amortised appends). */
  buf: Uint8Array;
  length: number;
  constructor(b: Uint8Array, cls?: PyType) {
    super(cls ?? bytearrayType);
    this.buf = b;
    this.length = b.length;
  }
  view(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
  ensure(n: number): void {
    if (n <= this.buf.length) return;
    const nb = new Uint8Array(Math.max(n, this.buf.length * 2, 16));
    nb.set(this.buf.subarray(0, this.length));
    this.buf = nb;
  }
}
