/**
 * printf-style formatting: `str % args` and `bytes % args`. A port of CPython 3.11's
 * PyUnicode_Format / _PyBytes_FormatEx argument handling: the tuple / single value / mapping
 * rules (argidx/arglen), `%(key)s`, flags, `*` width and precision, and the exact errors.
 * Number rendering is numfmt's percentFormatNumber/percentOutput.
 *
 * Bytes are formatted as latin-1 JS strings (one code unit per byte) and converted back by the
 * caller, so both share one parser.
 */
import type { PyValue } from '../objects/object';
import { typeOf, strType, floatType } from '../objects/core-types';
import { PyFloat } from '../objects/float';
import { PyTuple } from '../objects/tuple';
import { PyBytes, PyByteArray } from '../objects/bytes';
import { cpLength } from '../objects/strutil';
import { typeError, valueError, overflowError } from '../runtime/errors';
import { callMethod } from '../ops/call';
import { pyGetItem } from '../ops/subscript';
import { pyStr, pyRepr, pyAscii } from '../ops/strrepr';
import type { NativeGen } from '../vm/native';
import { percentFormatNumber, percentOutput, type PercentFlags } from '../numfmt/percent-format';
import { floatToInt, intToFloat } from '../numfmt/int-float';
import type { PyInt } from '../numfmt/int-norm';
import { asStr } from './str-args';
import { intVal } from '../objects/int-sub';
import { latin1 } from './str-codecs';
import { bufferOf, bufferCopy } from './bytes-core';

class Formatter {
  args: PyValue;
  arglen: number;
  argidx: number;
  constructor(args: PyValue, readonly dict: PyValue | null) {
    this.args = args;
    if (args instanceof PyTuple) {
      this.arglen = args.items.length;
      this.argidx = 0;
    } else {
      this.arglen = -1;
      this.argidx = -2;
    }
  }
  next(): PyValue {
    const i = this.argidx;
    if (i < this.arglen) {
      this.argidx++;
      return this.arglen < 0 ? this.args : (this.args as PyTuple).items[i];
    }
    return typeError('not enough arguments for format string');
  }
}

/** PyMapping_Check for the args: has __getitem__ and is neither a tuple nor a str (nor bytes). */
function isMapping(args: PyValue, bytes: boolean): boolean {
  if (typeof args !== 'object') return false;
  if (args instanceof PyTuple) return false;
  const t = args.cls;
  if (t.isSubtypeOf(strType)) return false;
  if (bytes && (args instanceof PyBytes || args instanceof PyByteArray)) return false;
  return t.lookup('__getitem__') !== undefined;
}

function* toInt(v: PyValue, conv: string): NativeGen<PyInt> {
  // Any int (subclass instances too) formats by value, without calling its dunders.
  const iv = intVal(v);
  if (iv !== null) return iv;
  const t = typeOf(v);
  const wrong = () => typeError(conv === 'o' || conv === 'x' || conv === 'X'
    ? `%${conv} format: an integer is required, not ${t.name}`
    : `%${conv} format: a real number is required, not ${t.name}`);
  const isNumber = t.lookup('__index__') !== undefined || t.lookup('__int__') !== undefined || t.lookup('__float__') !== undefined;
  if (!isNumber) return wrong();
  if (v instanceof PyFloat && t === floatType && (conv === 'd' || conv === 'i' || conv === 'u')) return floatToInt(v.v);
  const names = conv === 'o' || conv === 'x' || conv === 'X' ? ['__index__'] : ['__int__', '__index__', '__trunc__'];
  for (const n of names) {
    const m = t.lookup(n);
    if (m === undefined) continue;
    const r = yield* callMethod(m, v, []);
    if (typeof r === 'number' || typeof r === 'bigint') return r;
    if (typeof r === 'boolean') return r ? 1 : 0;
    return typeError(`${n} returned non-int (type ${typeOf(r).name})`);
  }
  return wrong();
}

/** PyFloat_AsDouble. */
function* toDouble(v: PyValue): NativeGen<number> {
  if (v instanceof PyFloat) return v.v; // float subclasses too, without their __float__
  if (typeof v === 'number' || typeof v === 'bigint') return intToFloat(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  const t = typeOf(v);
  const f = t.lookup('__float__');
  if (f !== undefined) {
    const r = yield* callMethod(f, v, []);
    if (!(r instanceof PyFloat)) typeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
    return (r as PyFloat).v;
  }
  const ix = t.lookup('__index__');
  if (ix !== undefined) {
    const r = yield* callMethod(ix, v, []);
    if (typeof r === 'number' || typeof r === 'bigint') return intToFloat(r);
  }
  return typeError(`must be real number, not ${t.name}`);
}

/** The %c conversion. */
function* formatChar(v: PyValue, bytes: boolean): NativeGen<string> {
  if (bytes) {
    const b = v instanceof PyBytes || v instanceof PyByteArray ? bufferOf(v) : null;
    if (b !== null) {
      if (b.length === 1) return String.fromCharCode(b[0]);
      return typeError('%c requires an integer in range(256) or a single byte');
    }
  } else {
    const s = asStr(v);
    if (s !== null) {
      if (cpLength(s) !== 1) typeError('%c requires int or char');
      return s;
    }
  }
  let n: PyInt;
  const iv = intVal(v);
  if (iv !== null) n = iv;
  else {
    const ix = typeOf(v).lookup('__index__');
    if (ix === undefined) return typeError(bytes ? '%c requires an integer in range(256) or a single byte' : '%c requires int or char');
    n = (yield* callMethod(ix, v, [])) as PyInt;
  }
  const limit = bytes ? 256 : 0x110000;
  if (n < 0 || n >= limit) overflowError(bytes ? '%c arg not in range(256)' : '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(n));
}

/** %s for bytes: the buffer itself, or __bytes__. */
function* bytesOf(v: PyValue): NativeGen<string> {
  // _PyBytes_FromBuffer: any memoryview, contiguous or not, as a C-order copy.
  const b = bufferCopy(v);
  if (b !== null) return latin1(b);
  const m = typeOf(v).lookup('__bytes__');
  if (m !== undefined) {
    const r = yield* callMethod(m, v, []);
    if (!(r instanceof PyBytes)) typeError(`__bytes__ returned non-bytes (type ${typeOf(r).name})`);
    return latin1((r as PyBytes).b);
  }
  return typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).name}'`);
}

/** Read a run of ASCII digits at i: [value, newIndex]. */
function digits(fmt: string, i: number, what: string): [number, number] {
  let n = 0;
  while (i < fmt.length) {
    const c = fmt.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    n = n * 10 + (c - 0x30);
    if (n > 2147483647) valueError(`${what} too big`);
    i++;
  }
  return [n, i];
}

/** The shared engine; `fmt` and the result are latin-1 strings when `bytes` is true. */
function* formatCore(fmt: string, args: PyValue, bytes: boolean): NativeGen<string> {
  const ctx = new Formatter(args, isMapping(args, bytes) ? args : null);
  const out: string[] = [];
  const n = fmt.length;
  let i = 0;
  // Code-point index of fmt position (for the "at index N" message on astral strings).
  const cpIndex = (unit: number) => (bytes ? unit : cpLength(fmt.slice(0, unit)));
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) {
      out.push(fmt.slice(i));
      break;
    }
    out.push(fmt.slice(i, pct));
    i = pct + 1;
    if (i < n && fmt[i] === '%') {
      out.push('%');
      i++;
      continue;
    }
    if (i < n && fmt[i] === '(') {
      if (ctx.dict === null) typeError('format requires a mapping');
      let depth = 1;
      const start = ++i;
      while (i < n && depth > 0) {
        if (fmt[i] === ')') depth--;
        else if (fmt[i] === '(') depth++;
        i++;
      }
      if (depth > 0) valueError('incomplete format key');
      const keyText = fmt.slice(start, i - 1);
      const key: PyValue = bytes ? new PyBytes(Uint8Array.from(keyText, (c) => c.charCodeAt(0))) : keyText;
      ctx.args = yield* pyGetItem(ctx.dict!, key);
      ctx.arglen = -1;
      ctx.argidx = -2;
    }
    const flags: PercentFlags = { minus: false, plus: false, space: false, zero: false, alt: false };
    for (; i < n; i++) {
      const c = fmt[i];
      if (c === '-') flags.minus = true;
      else if (c === '+') flags.plus = true;
      else if (c === ' ') flags.space = true;
      else if (c === '#') flags.alt = true;
      else if (c === '0') flags.zero = true;
      else break;
    }
    let width = -1;
    if (i < n && fmt[i] === '*') {
      const w = intVal(ctx.next()); // PyLong_Check: int subclass instances too
      if (w === null) typeError('* wants int');
      if (typeof w === 'bigint') overflowError('Python int too large to convert to C ssize_t');
      width = Number(w);
      if (width < 0) {
        flags.minus = true;
        width = -width;
      }
      i++;
    } else [width, i] = i < n && fmt[i] >= '0' && fmt[i] <= '9' ? digits(fmt, i, 'width') : [-1, i];
    let prec = -1;
    if (i < n && fmt[i] === '.') {
      i++;
      if (i < n && fmt[i] === '*') {
        const p = intVal(ctx.next());
        if (p === null) typeError('* wants int');
        if (typeof p === 'bigint' || Math.abs(Number(p)) > 2147483647) overflowError('Python int too large to convert to C int');
        prec = Math.max(0, Number(p));
        i++;
      } else [prec, i] = digits(fmt, i, 'precision');
    }
    // Length modifiers h, l, L are accepted and ignored.
    while (i < n && (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L')) i++;
    if (i >= n) valueError('incomplete format');
    const cpt = fmt.codePointAt(i)!;
    const conv = String.fromCodePoint(cpt);
    const convAt = i;
    i += conv.length;
    const v = ctx.next();
    let s: string;
    switch (conv) {
      case 's': case 'r': case 'a': case 'b': {
        if (bytes) {
          if (conv === 'r' || conv === 'a') s = yield* pyAscii(v);
          else s = yield* bytesOf(v);
        } else {
          if (conv === 'b') unsupported(conv, cpt, cpIndex(convAt));
          s = conv === 's' ? yield* pyStr(v) : conv === 'r' ? yield* pyRepr(v) : yield* pyAscii(v);
        }
        if (prec >= 0 && cpLength(s) > prec) s = bytes ? s.slice(0, prec) : Array.from(s).slice(0, prec).join('');
        s = percentOutput(s, conv, flags, width, prec, false);
        break;
      }
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        s = percentFormatNumber(conv, yield* toInt(v, conv), flags, width < 0 ? null : width, prec < 0 ? null : prec, false);
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        s = percentFormatNumber(conv, yield* toDouble(v), flags, width < 0 ? null : width, prec < 0 ? null : prec, true);
        break;
      case 'c':
        s = yield* formatChar(v, bytes);
        if (width >= 0) s = percentOutput(s, conv, flags, width, -1, false);
        break;
      default:
        return unsupported(conv, cpt, cpIndex(convAt));
    }
    out.push(s);
  }
  if (ctx.argidx < ctx.arglen && ctx.dict === null) {
    typeError(`not all arguments converted during ${bytes ? 'bytes' : 'string'} formatting`);
  }
  return out.join('');
}

function unsupported(conv: string, cp: number, index: number): never {
  const shown = cp >= 32 && cp <= 126 ? conv : '?';
  return valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`);
}

/** str % args */
export function* percentFormat(fmt: string, args: PyValue): NativeGen<string> {
  return yield* formatCore(fmt, args, false);
}

/** bytes % args (fmt and result as byte arrays). */
export function* bytesPercentFormat(fmt: Uint8Array, args: PyValue): NativeGen<Uint8Array> {
  const s = yield* formatCore(latin1(fmt), args, true);
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

