/**
 * PyMemoryView: CPython's memoryview object (Objects/memoryobject.c) over the buffers our runtime
 * exports — bytes (read-only), bytearray (writable) and BytesIO.getbuffer(). A view is a window
 * (offset, shape, strides, format) onto its ManagedBuffer; slices, casts and memoryview(view)
 * share that buffer, as in CPython, so writes through any of them show in the exporter.
 * The methods are in types/memoryview*.ts.
 */
import { PyObject } from './object';
import { builtinType, objectType } from './core-types';
import { PyBytes, PyByteArray } from './bytes';
import { bufferErrorType, throwPy, valueError } from '../runtime/errors';

export const memoryviewType = builtinType('memoryview', objectType, { final: true, valueKeyed: true });

/** An object other than bytes/bytearray that exports its memory (BytesIO.getbuffer()). */
export interface BufferSource {
  /** The exported bytes as they are now (a live view: writes go to the object). */
  exportedBytes(): Uint8Array;
  /** The object that must not resize while a view of this memory is alive. */
  readonly exportOwner: PyObject;
}

/**
 * CPython's _PyManagedBufferObject: one export of `obj`, shared by every view derived from it.
 * `views` counts the views not yet released; while it is non-zero a bytearray exporter refuses
 * to resize (types/buffer-exports.ts).
 */
export class ManagedBuffer {
  views = 0;
  released = false;
  constructor(
    readonly obj: PyObject,
    readonly readonly: boolean,
  ) {}

  /** The exporter's memory now. Read on each access: a bytearray's storage may be replaced. */
  mem(): Uint8Array {
    const o = this.obj;
    if (o instanceof PyBytes) return o.b;
    if (o instanceof PyByteArray) return o.view();
    return (o as unknown as BufferSource).exportedBytes();
  }
}

/** Flags of CPython's memoryview (init_flags). */
export const MV_C = 1;
export const MV_F = 2;

export class PyMemoryView extends PyObject {
  released = false;
  /** Cached hash (CPython keeps it even after release). */
  hash: number | bigint | null = null;
  flags = 0;
  constructor(
    readonly mbuf: ManagedBuffer,
    /** Byte offset of the first item in mbuf.mem() (CPython's view.buf). */
    public offset: number,
    /** Struct format as CPython stores it: 'B' for bytes, or the cast's string ('@i' keeps its '@'). */
    public format: string,
    public itemsize: number,
    public shape: number[],
    public strides: number[],
    public readonly: boolean,
  ) {
    super(memoryviewType);
    mbuf.views++;
    this.initFlags();
  }

  get ndim(): number {
    return this.shape.length;
  }

  /** view.len: the bytes the view spans. */
  get nbytes(): number {
    let n = this.itemsize;
    for (const d of this.shape) n *= d;
    return n;
  }

  /** init_flags: C/Fortran contiguity (a 1-D view is contiguous when its stride is its itemsize). */
  initFlags(): void {
    const nd = this.shape.length;
    if (nd === 0) this.flags = MV_C | MV_F;
    else if (nd === 1) this.flags = this.shape[0] === 1 || this.strides[0] === this.itemsize ? MV_C | MV_F : 0;
    else this.flags = (this.isContiguous(true) ? MV_C : 0) | (this.isContiguous(false) ? MV_F : 0);
  }

  private isContiguous(c: boolean): boolean {
    if (this.nbytes === 0) return true;
    let sd = this.itemsize;
    const nd = this.shape.length;
    for (let k = 0; k < nd; k++) {
      const i = c ? nd - 1 - k : k;
      if (this.shape[i] > 1 && this.strides[i] !== sd) return false;
      sd *= this.shape[i];
    }
    return true;
  }

  /** CHECK_RELEASED: the view, or the buffer under it, was released. */
  check(): void {
    if (this.released || this.mbuf.released) valueError('operation forbidden on released memoryview object');
  }

  /** The exporter's memory, checking it still covers the view (a resized exporter acts released). */
  mem(): Uint8Array {
    this.check();
    const m = this.mbuf.mem();
    if (this.spanEnd() > m.length) valueError('operation forbidden on released memoryview object');
    return m;
  }

  /** One past the highest byte any item of the view touches. */
  private spanEnd(): number {
    let hi = this.offset + this.itemsize;
    for (let i = 0; i < this.shape.length; i++) {
      if (this.shape[i] === 0) return 0;
      if (this.strides[i] > 0) hi += this.strides[i] * (this.shape[i] - 1);
    }
    return hi;
  }

  /** Byte offsets of every item in C (row-major) or Fortran order. */
  offsets(fortran = false): number[] {
    const out: number[] = [];
    const nd = this.shape.length;
    if (nd === 0) return [this.offset];
    if (this.shape.includes(0)) return out;
    const idx = new Array<number>(nd).fill(0);
    for (;;) {
      let off = this.offset;
      for (let i = 0; i < nd; i++) off += idx[i] * this.strides[i];
      out.push(off);
      // Odometer: the last index moves fastest in C order, the first in Fortran order.
      let k = fortran ? 0 : nd - 1;
      for (;;) {
        if (++idx[k] < this.shape[k]) break;
        idx[k] = 0;
        k += fortran ? 1 : -1;
        if (k < 0 || k >= nd) return out;
      }
    }
  }

  /** A copy of the view's bytes in C order ('F': Fortran order), as tobytes() gives them. */
  toBytes(fortran = false): Uint8Array {
    const m = this.mem();
    const n = this.itemsize;
    if (this.flags & MV_C && !(fortran && this.shape.length > 1)) return m.slice(this.offset, this.offset + this.nbytes);
    const offs = this.offsets(fortran);
    const out = new Uint8Array(offs.length * n);
    for (let i = 0; i < offs.length; i++) out.set(m.subarray(offs[i], offs[i] + n), i * n);
    return out;
  }

  /**
   * PyObject_GetBuffer(PyBUF_SIMPLE): the view's bytes as one live span (writes reach the
   * exporter); BufferError when the view is not C-contiguous.
   */
  contiguous(): Uint8Array {
    const m = this.mem();
    if (!(this.flags & MV_C)) throwPy(bufferErrorType, 'memoryview: underlying buffer is not C-contiguous');
    return m.subarray(this.offset, this.offset + this.nbytes);
  }

  /** _memory_release: the buffer is given back when its last view goes. */
  release(): void {
    if (this.released) return;
    this.released = true;
    if (--this.mbuf.views === 0) this.mbuf.released = true;
  }
}
