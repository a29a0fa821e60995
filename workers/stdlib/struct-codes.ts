/**
 * The format machinery of `_struct` (CPython 3.11's Modules/_struct.c): parsing a format into
 * codes with native (x86-64 Linux) or standard sizes and alignment, and packing / unpacking one
 * code. Each format character keeps the C module's own conversion routine, because the error a
 * value gets depends on it: the native routines (`np_*`) — which CPython also installs in the
 * little-endian table wherever the sizes agree (b B c h H i I q Q e) — word range errors as
 * "short format requires …", the standard ones (`lp_*`/`bp_*`) as "'h' format requires …", and
 * an OverflowError escaping a routine for an int argument becomes "int too large to convert".
 */
import type { PyValue } from '../python/objects/object';
import { typeOf } from '../python/objects/core-types';
import { PyBytes, PyByteArray } from '../python/objects/bytes';
import { PyFloat, newFloat } from '../python/objects/float';
import { PyBaseException } from '../python/objects/exception';
import { intVal } from '../python/objects/int-sub';
import { normBig } from '../python/objects/object';
import { overflowErrorType, memoryErrorType } from '../python/runtime/errors';
import { PyErrorSignal } from '../python/pyerror-signal';
import { pyIndex } from '../python/ops/subscript';
import { pyTruthy } from '../python/ops/truth';
import type { NativeGen } from '../python/vm/native';
import { asDouble } from './util';

/** Raised as struct.error by the module (struct.ts turns it into the Python exception). */
export class StructError extends Error {}

function fail(msg: string): never {
  throw new StructError(msg);
}

/** Which table a format uses: '@' native (sizes and alignment of x86-64), '<'/'=' little, '>'/'!' big. */
export type Table = 'native' | 'little' | 'big';

export interface Code {
  /** The format character. */
  c: string;
  offset: number;
  /** Item size (for 's'/'p' the whole string's size). */
  size: number;
}

export interface Layout {
  codes: Code[];
  /** calcsize(). */
  size: number;
  /** How many values pack() takes / unpack() returns. */
  len: number;
  table: Table;
}

const NATIVE_SIZE: Record<string, number> = {
  x: 1, b: 1, B: 1, c: 1, s: 1, p: 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, n: 8, N: 8,
  q: 8, Q: 8, '?': 1, e: 2, f: 4, d: 8, P: 8,
};
const STD_SIZE: Record<string, number> = {
  x: 1, b: 1, B: 1, c: 1, s: 1, p: 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, '?': 1, e: 2, f: 4, d: 8,
};
const MAX_SSIZE = 2n ** 63n - 1n;
const MAX_CODES = 1 << 24;

function isSpace(ch: number): boolean {
  return ch === 32 || (ch >= 9 && ch <= 13);
}

/** prepare_s: the codes, size and item count of a format given as ASCII bytes. */
export function parseFormat(fmt: Uint8Array): Layout {
  if (fmt.includes(0)) fail('embedded null character');
  let i = 0;
  let table: Table = 'native';
  const first = String.fromCharCode(fmt[0] ?? 0);
  if (first === '<' || first === '=') table = 'little';
  else if (first === '>' || first === '!') table = 'big';
  if ('<>=!@'.includes(first) && fmt.length > 0) i = 1;
  const sizes = table === 'native' ? NATIVE_SIZE : STD_SIZE;
  const codes: Code[] = [];
  let size = 0n;
  let len = 0;
  while (i < fmt.length) {
    let ch = fmt[i++];
    if (isSpace(ch)) continue;
    let num = 1n;
    if (ch >= 48 && ch <= 57) {
      num = BigInt(ch - 48);
      while (i < fmt.length && fmt[i] >= 48 && fmt[i] <= 57) {
        num = num * 10n + BigInt(fmt[i++] - 48);
        if (num > MAX_SSIZE) fail('total struct size too long');
      }
      if (i >= fmt.length) fail('repeat count given without format specifier');
      ch = fmt[i++];
    }
    const c = String.fromCharCode(ch);
    const itemsize = sizes[c];
    if (itemsize === undefined) fail('bad char in struct format');
    // Native alignment: each item type aligns to its own size (none for chars, bytes and pads).
    if (table === 'native' && itemsize > 1) size = (size + BigInt(itemsize) - 1n) / BigInt(itemsize) * BigInt(itemsize);
    if (num > (MAX_SSIZE - size) / BigInt(itemsize)) fail('total struct size too long');
    const at = Number(size);
    if (c === 's' || c === 'p') {
      codes.push({ c, offset: at, size: Number(num) });
      len++;
    } else if (c !== 'x') {
      // One code per item, as CPython allocates them (its malloc fails long before this).
      if (len + Number(num) > MAX_CODES) throw new PyBaseException(memoryErrorType, []);
      for (let k = 0; k < Number(num); k++) codes.push({ c, offset: at + k * itemsize, size: itemsize });
      len += Number(num);
    }
    size += num * BigInt(itemsize);
  }
  return { codes, size: Number(size), len, table };
}

// ---- integer conversions (get_pylong, get_long, get_ulong) ----

/** get_pylong: an int, or the result of __index__; "required argument is not an integer". */
function* getPyLong(v: PyValue): NativeGen<bigint> {
  const i = intVal(v);
  if (i !== null) return BigInt(i);
  if (typeOf(v).lookup('__index__') === undefined) fail('required argument is not an integer');
  return BigInt(yield* pyIndex(v));
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const ULONG_MAX = 2n ** 64n - 1n;

/** get_long: a C long; an overflow is "argument out of range". */
function* getLong(v: PyValue): NativeGen<bigint> {
  const x = yield* getPyLong(v);
  if (x < LONG_MIN || x > LONG_MAX) fail('argument out of range');
  return x;
}

/** get_ulong: a C unsigned long (negative numbers overflow too). */
function* getULong(v: PyValue): NativeGen<bigint> {
  const x = yield* getPyLong(v);
  if (x < 0n || x > ULONG_MAX) fail('argument out of range');
  return x;
}

/** _range_error: "'h' format requires -32768 <= number <= 32767" for the code's size. */
function rangeError(c: string, size: number, unsigned: boolean): never {
  const ulargest = 2n ** BigInt(size * 8) - 1n;
  if (unsigned) fail(`'${c}' format requires 0 <= number <= ${ulargest}`);
  const largest = ulargest >> 1n;
  fail(`'${c}' format requires ${-largest - 1n} <= number <= ${largest}`);
}

/** An OverflowError of a C routine (float packing, _PyLong_AsByteArray). */
class CodeOverflow extends Error {}

function writeInt(out: Uint8Array, at: number, x: bigint, size: number, little: boolean): void {
  let u = BigInt.asUintN(size * 8, x);
  for (let k = 0; k < size; k++) {
    out[little ? at + k : at + size - 1 - k] = Number(u & 0xffn);
    u >>= 8n;
  }
}

function readInt(buf: Uint8Array, at: number, size: number, little: boolean, signed: boolean): number | bigint {
  let u = 0n;
  for (let k = 0; k < size; k++) u = (u << 8n) | BigInt(buf[little ? at + size - 1 - k : at + k]);
  return normBig(signed ? BigInt.asIntN(size * 8, u) : u);
}

// ---- floats (PyFloat_Pack2/4/8 and PyFloat_Unpack2) ----

/** PyFloat_AsDouble; any failure is "required argument is not a float". */
function* getDouble(v: PyValue): NativeGen<number> {
  if (v instanceof PyFloat) return v.v;
  try {
    return yield* asDouble(v);
  } catch (e) {
    if (e instanceof PyBaseException || e instanceof PyErrorSignal) fail('required argument is not a float');
    throw e;
  }
}

/** PyFloat_Pack2: IEEE half precision, rounding half to even. */
function packHalf(x: number): number {
  let sign = 0;
  let e: number;
  let bits: number;
  if (x === 0) {
    sign = Object.is(x, -0) ? 1 : 0;
    e = 0;
    bits = 0;
  } else if (x === Infinity || x === -Infinity) {
    sign = x < 0 ? 1 : 0;
    e = 0x1f;
    bits = 0;
  } else if (x !== x) {
    e = 0x1f;
    bits = 512;
  } else {
    sign = x < 0 ? 1 : 0;
    if (sign) x = -x;
    // frexp, normalised to f in [1, 2).
    e = Math.floor(Math.log2(x));
    let f = x / 2 ** e;
    if (f >= 2) {
      f /= 2;
      e++;
    } else if (f < 1) {
      f *= 2;
      e--;
    }
    if (e >= 16) throw new CodeOverflow('float too large to pack with e format');
    if (e < -25) {
      f = 0;
      e = 0;
    } else if (e < -14) {
      f = f * 2 ** (14 + e);
      e = 0;
    } else {
      e += 15;
      f -= 1;
    }
    f *= 1024;
    bits = Math.trunc(f);
    if (f - bits > 0.5 || (f - bits === 0.5 && bits % 2 === 1)) {
      bits++;
      if (bits === 1024) {
        bits = 0;
        e++;
        if (e === 31) throw new CodeOverflow('float too large to pack with e format');
      }
    }
  }
  return bits | (e << 10) | (sign << 15);
}

function unpackHalf(h: number): number {
  const sign = h >> 15;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0x1f) return f === 0 ? (sign ? -Infinity : Infinity) : NaN;
  const x = e === 0 ? (f / 1024) * 2 ** -14 : (1 + f / 1024) * 2 ** (e - 15);
  return sign ? -x : x;
}

const scratch = new DataView(new ArrayBuffer(8));

// ---- one code ----

/**
 * Pack `v` for `code` into out[at…]. `table` picks the C routine; 's' and 'p' are handled here
 * as in s_pack_internal.
 */
export function* packCode(out: Uint8Array, at: number, code: Code, v: PyValue, table: Table): NativeGen<void> {
  const c = code.c;
  if (c === 's' || c === 'p') {
    let data: Uint8Array;
    if (v instanceof PyBytes) data = v.b;
    else if (v instanceof PyByteArray) data = v.view();
    else fail(`argument for '${c}' must be a bytes object`);
    if (c === 's') {
      out.set(data!.subarray(0, Math.min(data!.length, code.size)), at);
    } else if (code.size > 0) {
      const n = Math.min(data!.length, code.size - 1);
      out.set(data!.subarray(0, n), at + 1);
      out[at] = Math.min(n, 255);
    }
    return;
  }
  try {
    yield* packItem(out, at, c, code.size, v, table);
  } catch (e) {
    if (e instanceof CodeOverflow) {
      if (intVal(v) !== null) fail('int too large to convert');
      throw new PyBaseException(overflowErrorType, [e.message]);
    }
    throw e;
  }
}

/** Whether CPython's init swapped the native routine into the little-endian table for `c`. */
function usesNative(c: string, table: Table): boolean {
  if (table === 'native') return true;
  return table === 'little' && 'bBchHiIqQe'.includes(c);
}

function* packItem(out: Uint8Array, at: number, c: string, size: number, v: PyValue, table: Table): NativeGen<void> {
  const little = table !== 'big';
  switch (c) {
    case 'b': {
      const x = yield* getLong(v);
      if (x < -128n || x > 127n) fail('byte format requires -128 <= number <= 127');
      out[at] = Number(x) & 0xff;
      return;
    }
    case 'B': {
      const x = yield* getLong(v);
      if (x < 0n || x > 255n) fail('ubyte format requires 0 <= number <= 255');
      out[at] = Number(x);
      return;
    }
    case 'c':
      if (!(v instanceof PyBytes) || v.b.length !== 1) fail('char format requires a bytes object of length 1');
      out[at] = (v as PyBytes).b[0];
      return;
    case '?':
      out[at] = (yield* pyTruthy(v)) ? 1 : 0;
      return;
    case 'e':
      packFloat(out, at, packHalf(yield* getDouble(v)), 2, little);
      return;
    case 'f': {
      const x = yield* getDouble(v);
      const y = Math.fround(x);
      // np_float casts (an overflow becomes inf); PyFloat_Pack4 refuses it.
      if (table !== 'native' && (y === Infinity || y === -Infinity) && x === x && x !== y) {
        throw new CodeOverflow('float too large to pack with f format');
      }
      scratch.setFloat32(0, y, little);
      for (let k = 0; k < 4; k++) out[at + k] = scratch.getUint8(k);
      return;
    }
    case 'd':
      scratch.setFloat64(0, yield* getDouble(v), little);
      for (let k = 0; k < 8; k++) out[at + k] = scratch.getUint8(k);
      return;
    case 'P': {
      // PyLong_AsVoidPtr: PyLong_AsLong for negatives, PyLong_AsUnsignedLong otherwise.
      const x = yield* getPyLong(v);
      if (x < LONG_MIN || x > ULONG_MAX) throw new CodeOverflow('Python int too large to convert to C long');
      writeInt(out, at, x, 8, true);
      return;
    }
  }
  const unsigned = c === c.toUpperCase();
  if (usesNative(c, table)) {
    if (c === 'h' || c === 'H') {
      const x = yield* getLong(v);
      if (c === 'h' && (x < -32768n || x > 32767n)) fail('short format requires -32768 <= number <= 32767');
      if (c === 'H' && (x < 0n || x > 65535n)) fail('ushort format requires 0 <= number <= 65535');
      writeInt(out, at, x, 2, true);
      return;
    }
    const x = unsigned ? yield* getULong(v) : yield* getLong(v);
    if (size === 4 && (unsigned ? x > 0xffffffffn : x < -(2n ** 31n) || x >= 2n ** 31n)) rangeError(c, 4, unsigned);
    writeInt(out, at, x, size, true);
    return;
  }
  if (size === 8) {
    // lp_longlong / bp_longlong: _PyLong_AsByteArray raises OverflowError.
    const x = yield* getPyLong(v);
    if (unsigned ? x < 0n || x > ULONG_MAX : x < LONG_MIN || x > LONG_MAX) throw new CodeOverflow('int too big to convert');
    writeInt(out, at, x, 8, little);
    return;
  }
  // lp_int / bp_int / lp_uint / bp_uint for sizes 2 and 4.
  const x = unsigned ? yield* getULong(v) : yield* getLong(v);
  const bits = BigInt(size * 8);
  if (unsigned ? x >= 1n << bits : x < -(1n << (bits - 1n)) || x >= 1n << (bits - 1n)) rangeError(c, size, unsigned);
  writeInt(out, at, x, size, little);
}

function packFloat(out: Uint8Array, at: number, bits: number, size: number, little: boolean): void {
  writeInt(out, at, BigInt(bits), size, little);
}

/** Unpack the value of `code` from buf[at…]. */
export function unpackCode(buf: Uint8Array, at: number, code: Code, table: Table): PyValue {
  const little = table !== 'big';
  switch (code.c) {
    case 's':
      return new PyBytes(buf.slice(at, at + code.size));
    case 'p': {
      if (code.size === 0) return new PyBytes(new Uint8Array(0));
      const n = Math.min(buf[at], code.size - 1);
      return new PyBytes(buf.slice(at + 1, at + 1 + n));
    }
    case 'c':
      return new PyBytes(buf.slice(at, at + 1));
    case '?':
      return buf[at] !== 0;
    case 'e':
      return newFloat(unpackHalf(Number(readInt(buf, at, 2, little, false))));
    case 'f':
    case 'd': {
      for (let k = 0; k < code.size; k++) scratch.setUint8(k, buf[at + k]);
      return newFloat(code.size === 4 ? scratch.getFloat32(0, little) : scratch.getFloat64(0, little));
    }
    case 'P':
      return readInt(buf, at, 8, true, false);
  }
  const signed = code.c === code.c.toLowerCase();
  return readInt(buf, at, code.size, little, signed);
}

