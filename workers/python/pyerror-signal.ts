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
  constructor(readonly type: PyErrorName, readonly message: string) {}
}

/** Throw a Python exception of a built-in type from pure code. */
export function pyThrow(type: PyErrorName, message: string): never {
  throw new PyErrorSignal(type, message);
}
