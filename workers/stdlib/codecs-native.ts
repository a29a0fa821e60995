/**
 * `_codecs`, the part pickle needs: `encode` and `decode` over the runtime's codecs (pickles
 * of bytes for protocols 0–2 are `_codecs.encode(latin-1 text, 'latin1')` calls, so the
 * function must exist under that module and name), and `escape_decode` (the STRING opcode's
 * backslash escapes, as in a bytes literal).
 */
import type { PyValue } from '../python/objects/object';
import { typeOf } from '../python/objects/core-types';
import { PyBytes, PyByteArray } from '../python/objects/bytes';
import { newTuple } from '../python/objects/tuple';
import type { PyModule } from '../python/objects/module';
import { func } from '../python/runtime/define';
import { typeError, valueError } from '../python/runtime/errors';
import { encodeStr, decodeBytes } from '../python/types/str-codecs';
import { asStr } from '../python/types/str-args';
import type { Interpreter } from '../python/vm/interpreter-state';
import { defineAll } from './ioutil';

function bytesOf(x: PyValue): Uint8Array | null {
  if (x instanceof PyBytes) return x.b;
  if (x instanceof PyByteArray) return x.view();
  return null;
}

/** _PyBytes_DecodeEscape: \\ \' \" \a \b \f \n \r \t \v, octal, \xhh, backslash-newline. */
function escapeDecode(src: Uint8Array): Uint8Array {
  const out: number[] = [];
  const simple: Record<number, number> = { 0x5c: 0x5c, 0x27: 0x27, 0x22: 0x22, 0x62: 8, 0x66: 12, 0x74: 9, 0x6e: 10, 0x72: 13, 0x76: 11, 0x61: 7 };
  const hex = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c !== 0x5c) {
      out.push(c);
      continue;
    }
    if (i + 1 >= src.length) valueError('Trailing \\ in string');
    const start = i;
    const e = src[++i];
    if (e === 10) continue;
    if (simple[e] !== undefined) out.push(simple[e]);
    else if (e >= 48 && e <= 55) {
      let v = e - 48;
      for (let k = 0; k < 2 && i + 1 < src.length && src[i + 1] >= 48 && src[i + 1] <= 55; k++) v = v * 8 + (src[++i] - 48);
      out.push(v & 0xff);
    } else if (e === 0x78) {
      const h1 = i + 1 < src.length ? hex(src[i + 1]) : -1;
      const h2 = i + 2 < src.length ? hex(src[i + 2]) : -1;
      if (h1 < 0 || h2 < 0) valueError(`invalid \\x escape at position ${start}`);
      out.push(h1 * 16 + h2);
      i += 2;
    } else out.push(0x5c, e);
  }
  return Uint8Array.from(out);
}

export function initCodecsNative(_interp: Interpreter, m: PyModule): void {
  defineAll(m, [
    func('encode', 'obj, encoding=\'utf-8\', errors=\'strict\'', (obj: PyValue, encoding: PyValue, errors: PyValue) => {
      const s = asStr(obj);
      if (s === null) typeError(`utf_8_encode() argument 1 must be str, not ${typeOf(obj).name}`);
      return new PyBytes(encodeStr(s!, String(encoding), String(errors)));
    }),
    func('decode', 'obj, encoding=\'utf-8\', errors=\'strict\'', (obj: PyValue, encoding: PyValue, errors: PyValue) => {
      const b = bytesOf(obj);
      if (b === null) typeError(`a bytes-like object is required, not '${typeOf(obj).name}'`);
      return decodeBytes(b!, String(encoding), String(errors), obj);
    }),
    func('escape_decode', 'data, errors=None, /', (data: PyValue) => {
      const s = asStr(data);
      const b = s !== null ? encodeStr(s, 'utf-8', 'strict') : bytesOf(data);
      if (b === null) typeError(`a bytes-like object is required, not '${typeOf(data).name}'`);
      return newTuple([new PyBytes(escapeDecode(b!)), b!.length]);
    }),
  ]);
}
