/**
 * Helpers shared by bytes and bytearray (and by str for decoding): the buffer protocol subset we
 * support (bytes, bytearray, memoryview), Python's bytes repr, argument coercions with CPython's messages,
 * and conversion between byte arrays and latin-1 JS strings (which lets bytes methods reuse the
 * str search/split helpers: one code unit per byte).
 */
import type { PyValue } from '../objects/object';
import { typeOf, bytesType, bytearrayType } from '../objects/core-types';
import type { PyType } from '../objects/type';
import { PyBytes, PyByteArray } from '../objects/bytes';
import { PyMemoryView, MV_C } from '../objects/memoryview';
import { PyDict } from '../objects/dict';
import { typeError, valueError } from '../runtime/errors';
import { callMethod } from '../ops/call';
import type { NativeGen } from '../vm/native';
import { latin1 } from './str-codecs';

export { latin1 };

/**
 * The bytes of a bytes-like object (a live view for bytearray and memoryview), or null.
 * PyObject_GetBuffer(PyBUF_SIMPLE): a released memoryview raises ValueError, a non-contiguous
 * one BufferError, as at most CPython call sites.
 */
export function bufferOf(x: PyValue): Uint8Array | null {
  if (x instanceof PyBytes) return x.b;
  if (x instanceof PyByteArray) return x.view();
  if (x instanceof PyMemoryView) return x.contiguous();
  return null;
}

/**
 * bufferOf for the call sites where CPython turns a failed buffer request into its own
 * TypeError (concatenation, join, comparison, str(b, enc)): null for a released or
 * non-contiguous memoryview too.
 */
export function bufferOrNull(x: PyValue): Uint8Array | null {
  if (x instanceof PyMemoryView && (x.released || x.mbuf.released || !(x.flags & MV_C))) return null;
  return bufferOf(x);
}

/** A writable bytes-like object's live bytes (readinto targets), or null. */
export function writableBufferOf(x: PyValue): Uint8Array | null {
  if (x instanceof PyByteArray) return x.view();
  if (x instanceof PyMemoryView && !x.readonly) return bufferOrNull(x);
  return null;
}

/** bytes(x) of a buffer: a copy in C order (any memoryview, contiguous or not), or null. */
export function bufferCopy(x: PyValue): Uint8Array | null {
  if (x instanceof PyMemoryView) return x.toBytes();
  return bufferOf(x)?.slice() ?? null;
}

/** A bytes-like argument ("a bytes-like object is required, not 'str'"). */
export function needBuffer(x: PyValue): Uint8Array {
  const b = bufferOf(x);
  if (b === null) typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
  return b!;
}

export function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/**
 * Python's repr of bytes content: b'...' with CPython's quote choice and escapes. bytearray's
 * repr (`escapeSingle`) backslash-escapes every single quote, even inside double quotes.
 */
export function bytesRepr(b: Uint8Array, escapeSingle = false): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 0x5c || (escapeSingle && c === 0x27)) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

/** A new bytes or bytearray (exact type) holding `b`, matching the kind of `self`. */
export function sameKind(self: PyValue, b: Uint8Array): PyBytes | PyByteArray {
  return self instanceof PyByteArray ? new PyByteArray(b) : new PyBytes(b);
}

/** An instance of `cls` (bytes or a subclass) holding `b`. */
export function bytesOfClass(b: Uint8Array, cls: PyType): PyBytes {
  const o = new PyBytes(b, cls);
  if (cls !== bytesType && cls.instancesHaveDict) o.dict = new PyDict();
  return o;
}

export function byteArrayOfClass(b: Uint8Array, cls: PyType): PyByteArray {
  const o = new PyByteArray(b, cls);
  if (cls !== bytearrayType && cls.instancesHaveDict) o.dict = new PyDict();
  return o;
}

/** An int argument that must be a byte value (ints, bools, __index__ objects). */
export function* byteValue(x: PyValue, rangeMsg = 'byte must be in range(0, 256)'): NativeGen<number | null> {
  let v: number | bigint;
  if (typeof x === 'number' || typeof x === 'bigint') v = x;
  else if (typeof x === 'boolean') v = x ? 1 : 0;
  else {
    const m = typeOf(x).lookup('__index__');
    if (m === undefined) return null;
    const r = yield* callMethod(m, x, []);
    if (typeof r !== 'number' && typeof r !== 'bigint' && typeof r !== 'boolean') typeError(`__index__ returned non-int (type ${typeOf(r).name})`);
    v = typeof r === 'boolean' ? (r ? 1 : 0) : r;
  }
  if (v < 0 || v > 255) valueError(rangeMsg);
  return Number(v);
}

/** A sub-sequence argument of find/count/index/`in`: an int byte or a bytes-like object. */
export function* subArg(x: PyValue): NativeGen<Uint8Array> {
  const b = bufferOf(x);
  if (b !== null) return b;
  const v = yield* byteValue(x);
  if (v === null) typeError(`argument should be integer or bytes-like object, not '${typeOf(x).name}'`);
  return Uint8Array.of(v!);
}

// ---- ASCII-only character classes (bytes methods never look beyond ASCII) ----

export const isAsciiLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
export const isAsciiUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
export const isAsciiAlpha = (c: number): boolean => isAsciiLower(c) || isAsciiUpper(c);
export const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** Py_ISSPACE: space, \t, \n, \v, \f, \r. */
export const isAsciiSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);
