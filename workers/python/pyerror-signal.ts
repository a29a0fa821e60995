/**
 * How pure helper code (number formatting, literal parsing, random, hashing) raises a Python
 * exception without depending on the object model: it throws a PyErrorSignal, and the VM turns it
 * into a real exception object of the named built-in type at the point where it was thrown.
 */
export type PyErrorName =
  | 'ValueError' | 'TypeError' | 'OverflowError' | 'ZeroDivisionError' | 'IndexError'
  | 'KeyError' | 'NotImplementedError' | 'MemoryError' | 'AttributeError' | 'RuntimeError'
  | 'UnicodeDecodeError' | 'UnicodeEncodeError' | 'LookupError' | 'OSError' | 'StopIteration'
  | 'RecursionError' | 'SystemError' | 'AssertionError' | 'NameError' | 'FileNotFoundError'
  | 'IsADirectoryError' | 'PermissionError' | 'FileExistsError' | 'NotADirectoryError' | 'EOFError'
  | 'ImportError' | 'ModuleNotFoundError' | 'ArithmeticError' | 'BufferError' | 'UnboundLocalError';

export class PyErrorSignal {
  constructor(
    readonly type: PyErrorName,
    readonly message: string,
    /** The exception's args when not just (message,). */
    readonly args?: readonly (number | string)[],
  ) {}
}

/** Throw a Python exception of a built-in type from pure code. */
export function pyThrow(type: PyErrorName, message: string): never {
  throw new PyErrorSignal(type, message);
}

/** C errno values CPython reports through PyErr_SetFromErrno, with glibc's strerror text. */
export const ERANGE = 34;
export const EDOM = 33;
const STRERROR: Record<number, string> = { [ERANGE]: 'Numerical result out of range', [EDOM]: 'Numerical argument out of domain' };

/**
 * PyErr_SetFromErrno(type) for a non-OSError type (float ** overflowing: ERANGE): the exception's
 * args are (errno, strerror), so str() shows the tuple: "(34, 'Numerical result out of range')".
 */
export function pyThrowErrno(type: PyErrorName, errno: number): never {
  const strerror = STRERROR[errno] ?? `Unknown error ${errno}`;
  throw new PyErrorSignal(type, `(${errno}, '${strerror}')`, [errno, strerror]);
}
