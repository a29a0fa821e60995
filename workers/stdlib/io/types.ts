/**
 * The io class hierarchy (`_io._IOBase` → `_RawIOBase` / `_BufferedIOBase` / `_TextIOBase`),
 * `io.UnsupportedOperation`, and the behaviour every io object shares: context manager, line
 * iteration, readlines/writelines, and the closed/readable/writable checks with CPython's wording.
 *
 * Concrete objects are IOObject subclasses; the protocol methods here call the object's own
 * JS methods (readline, write) so each type only implements its primitives.
 */
import { PyObject, type PyValue } from '../../python/objects/object';
import { builtinType, objectType, None, typeOf } from '../../python/objects/core-types';
import type { PyType } from '../../python/objects/type';
import { PyList } from '../../python/objects/list';
import { PyBaseException } from '../../python/objects/exception';
import { method, slot, getter } from '../../python/runtime/define';
import { osErrorType, valueErrorType, baseExceptionType, exceptionType, valueError, typeError } from '../../python/runtime/errors';
import { stopIteration } from '../../python/vm/generators';
import { cType } from '../ioutil';
import { iterToArray } from '../../python/ops/iter';
import { pyGetAttr } from '../../python/ops/attr';
import { pyCall } from '../../python/ops/call';
import type { NativeGen } from '../../python/vm/native';

export const ioBaseType = cType('_io._IOBase', objectType);
export const rawIOBaseType = cType('_io._RawIOBase', ioBaseType);
export const bufferedIOBaseType = cType('_io._BufferedIOBase', ioBaseType);
export const textIOBaseType = cType('_io._TextIOBase', ioBaseType);

/** io.UnsupportedOperation(OSError, ValueError) */
export const unsupportedOperationType = builtinType('UnsupportedOperation', osErrorType, { module: 'io', instanceDict: true });
unsupportedOperationType.bases = [osErrorType, valueErrorType];
unsupportedOperationType.mro = [unsupportedOperationType, osErrorType, valueErrorType, exceptionType, baseExceptionType, objectType];
unsupportedOperationType.layout = baseExceptionType;

export function unsupported(msg: string): never {
  throw new PyBaseException(unsupportedOperationType, [msg]);
}

/** What concrete io objects provide; the shared methods below are written against it. */
export abstract class IOObject extends PyObject {
  abstract isClosed(): boolean;
  abstract doClose(): void;
  /** Message for operations on a closed object ("I/O operation on closed file." mostly). */
  closedMessage(): string {
    return 'I/O operation on closed file.';
  }
  checkClosed(msg?: string): void {
    if (this.isClosed()) valueError(msg ?? this.closedMessage());
  }
  /** One line (text or bytes), '' / b'' at the end. */
  abstract readlineValue(limit: number): PyValue;
  abstract isEmptyLine(v: PyValue): boolean;
  abstract writeValue(v: PyValue): PyValue;
  readable(): boolean {
    return true;
  }
  writable(): boolean {
    return true;
  }
  seekable(): boolean {
    return true;
  }
}

export function newIOType(name: string, base: PyType, module = '_io'): PyType {
  return cType(`${module}.${name}`, base, { instanceDict: true });
}

// Shared protocol on _IOBase: valid for every IOObject.
slot(ioBaseType, '__enter__', '', (f: IOObject) => {
  f.checkClosed();
  return f;
});
slot(ioBaseType, '__exit__', '*args', function* (f: PyValue) {
  // Through the attribute so subclasses overriding close() are honoured.
  yield* pyCall(yield* pyGetAttr(f, 'close'), []);
  return None;
});
slot(ioBaseType, '__iter__', '', (f: IOObject) => {
  f.checkClosed();
  return f;
});
slot(ioBaseType, '__next__', '', (f: IOObject) => {
  f.checkClosed();
  const line = f.readlineValue(-1);
  if (f.isEmptyLine(line)) throw stopIteration(None);
  return line;
});
method(ioBaseType, 'readlines', 'hint=-1, /', (f: IOObject, hint: PyValue) => {
  f.checkClosed();
  const limit = hint === None ? -1 : sizeArg(hint);
  const out: PyValue[] = [];
  let total = 0;
  for (;;) {
    const line = f.readlineValue(-1);
    if (f.isEmptyLine(line)) break;
    out.push(line);
    total += typeof line === 'string' ? line.length : (line as { b?: Uint8Array }).b?.length ?? 0;
    if (limit > 0 && total >= limit) break;
  }
  return new PyList(out);
});
method(ioBaseType, 'writelines', 'lines, /', function* (f: IOObject, lines: PyValue): NativeGen {
  f.checkClosed();
  for (const line of yield* iterToArray(lines)) f.writeValue(line);
  return None;
});
method(ioBaseType, 'readable', '', (f: IOObject) => {
  f.checkClosed();
  return f.readable();
});
method(ioBaseType, 'writable', '', (f: IOObject) => {
  f.checkClosed();
  return f.writable();
});
method(ioBaseType, 'seekable', '', (f: IOObject) => {
  f.checkClosed();
  return f.seekable();
});
method(ioBaseType, 'isatty', '', (f: IOObject) => {
  f.checkClosed();
  return false;
});
method(ioBaseType, 'fileno', '', () => unsupported('fileno'));
method(ioBaseType, 'flush', '', (f: IOObject) => {
  f.checkClosed();
  return None;
});
method(ioBaseType, 'close', '', (f: IOObject) => {
  f.doClose();
  return None;
});
getter(ioBaseType, 'closed', (f: IOObject) => f.isClosed());
slot(ioBaseType, '__del__', '', () => None);

/** A read size: int or None (-1), with CPython's TypeError for other types. */
export function sizeArg(x: PyValue | undefined): number {
  if (x === undefined || x === None) return -1;
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return Number(x);
  return typeError(`argument should be integer or None, not '${typeOf(x).name}'`);
}

/** An integer argument for seek/truncate. */
export function intArgOf(x: PyValue, fname = 'an integer'): number {
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return Number(x);
  return typeError(`'${typeOf(x).name}' object cannot be interpreted as ${fname}`);
}
