/**
 * Helpers the io/os/datetime/re/… modules share (registry-io's side; the computational modules
 * have ./util.ts): raising OSError subclasses with errno fields the way CPython's C code does,
 * bytes-like coercion, and installing `__new__` on native types.
 */
import { STOP, type PyValue } from '../python/objects/object';
import type { SyncIterator } from '../python/objects/iterators';
import { stopIteration } from '../python/vm/generators';
import { None, builtinType, objectType, type BuiltinTypeOptions } from '../python/objects/core-types';
import type { PyType } from '../python/objects/type';
import { PyDict } from '../python/objects/dict';
import { bufferOf } from '../python/types/bytes-core';
import { PyBaseException } from '../python/objects/exception';
import { PyBuiltin, BuiltinKind } from '../python/objects/builtin';
import type { PyModule } from '../python/objects/module';
import { defineIn, slot } from '../python/runtime/define';
import { osErrorType, fileNotFoundErrorType, fileExistsErrorType, permissionErrorType, isADirectoryErrorType, notADirectoryErrorType, blockingIOErrorType, brokenPipeErrorType, processLookupErrorType, childProcessErrorType, connectionRefusedErrorType } from '../python/runtime/errors';
import { isGeneratorFunction, type KwArgs, type NativeFn, type NativeGen } from '../python/vm/native';
import { sig } from '../python/runtime/args';

/** Install `__new__(cls, ...)` on a native type; `fn` receives the class and the bound arguments. */
export function setNew(t: PyType, params: string, fn: (cls: PyType, ...a: any[]) => PyValue | NativeGen): void {
  const s = sig(t.name, params);
  const wrapper: NativeFn = (args: PyValue[], kw: KwArgs | null) => fn(args[0] as PyType, ...s.bind(args.slice(1), kw));
  (t.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', wrapper, BuiltinKind.StaticMethod, t, undefined, isGeneratorFunction(fn)));
}

/** Define module functions from a list of builtins. */
export function defineAll(m: PyModule, fns: PyBuiltin[]): void {
  const name = m.ns.getStr('__name__') as string;
  for (const f of fns) defineIn(m.ns, f, name);
}

/** CPython's strerror texts for the errnos the file system raises. */
export const ERRNO = {
  EPERM: [1, 'Operation not permitted'],
  ENOENT: [2, 'No such file or directory'],
  ESRCH: [3, 'No such process'],
  EBADF: [9, 'Bad file descriptor'],
  ECHILD: [10, 'No child processes'],
  EAGAIN: [11, 'Resource temporarily unavailable'],
  EACCES: [13, 'Permission denied'],
  EBUSY: [16, 'Device or resource busy'],
  EEXIST: [17, 'File exists'],
  EXDEV: [18, 'Invalid cross-device link'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  EINVAL: [22, 'Invalid argument'],
  EPIPE: [32, 'Broken pipe'],
  ENOTEMPTY: [39, 'Directory not empty'],
  EADDRINUSE: [98, 'Address already in use'],
  ECONNREFUSED: [111, 'Connection refused'],
} as const;
export type ErrnoName = keyof typeof ERRNO;

const errnoTypes: Record<number, PyType> = {
  1: permissionErrorType, 2: fileNotFoundErrorType, 13: permissionErrorType, 17: fileExistsErrorType,
  20: notADirectoryErrorType, 21: isADirectoryErrorType, 11: blockingIOErrorType, 32: brokenPipeErrorType,
  3: processLookupErrorType, 10: childProcessErrorType, 111: connectionRefusedErrorType,
};

/** OSError (or the errno's subclass) with errno/strerror/filename set, as the C code raises it. */
export function osError(code: ErrnoName, filename?: PyValue, filename2?: PyValue): PyBaseException {
  const [errno, strerror] = ERRNO[code];
  return osErrorOf(errno, strerror, filename, filename2);
}

/** OSError for any errno and message (str: `[Errno N] message`). */
export function osErrorOf(errno: number, strerror: string, filename?: PyValue, filename2?: PyValue): PyBaseException {
  const e = new PyBaseException(errnoTypes[errno] ?? osErrorType, [errno, strerror]);
  const d = new PyDict();
  d.setStr('errno', errno);
  d.setStr('strerror', strerror);
  d.setStr('filename', filename ?? None);
  d.setStr('filename2', filename2 ?? None);
  e.dict = d;
  return e;
}

/**
 * The bytes of a bytes-like object (bytes, bytearray, a contiguous memoryview), or null. A
 * released view raises ValueError and a non-contiguous one BufferError, as PyObject_GetBuffer.
 */
export function bytesLike(x: PyValue): Uint8Array | null {
  return bufferOf(x);
}

/** A native iterator type (for SyncIterator subclasses): __iter__ returns self, __next__ steps. */
export function syncIterType(name: string, module: string): PyType {
  const t = module === 'builtins' ? builtinType(name, objectType, { final: true }) : cType(`${module}.${name}`, objectType, { final: true });
  slot(t, '__iter__', '', (it: SyncIterator) => it);
  slot(t, '__next__', '', (it: SyncIterator) => {
    const v = it.next();
    if (v === STOP) throw stopIteration(None);
    return v;
  });
  return t;
}

/**
 * A static type of a C module, named as CPython's tp_name ('_io.StringIO', 'datetime.date'):
 * error messages show the full name, `__name__`/`__qualname__` the last part, `__module__` the rest.
 */
export function cType(tpName: string, base: PyType = objectType, opts: BuiltinTypeOptions = {}): PyType {
  const dot = tpName.lastIndexOf('.');
  const t = builtinType(tpName, base, { ...opts, module: tpName.slice(0, dot) });
  t.qualname = tpName.slice(dot + 1);
  return t;
}
