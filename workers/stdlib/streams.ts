/**
 * The standard streams (sys.stdout, sys.stderr, sys.stdin) as `_io.TextIOWrapper` objects.
 * Writes go to the interpreter's output sink (the CLI prints them; the worker records them).
 */
import { PyObject, type PyValue } from '../python/objects/object';
import { builtinType, objectType, None, typeOf } from '../python/objects/core-types';
import { method, getter } from '../python/runtime/define';
import { typeError, eofErrorType, throwPy, valueError } from '../python/runtime/errors';
import { currentThread } from '../python/vm/current';
import { checkRecursion, WHILE_CALLING } from '../python/vm/recursion';
import { strLength } from '../python/ops/truth';
import { unsupportedOperationType } from './io/types';

export const textIOWrapperType = builtinType('TextIOWrapper', objectType, { module: '_io' });

export class StdStream extends PyObject {
  closed = false;
  constructor(readonly stream: 'stdout' | 'stderr' | 'stdin') {
    super(textIOWrapperType);
  }
}

// sys.stdout.flush() calls the buffer's flush: one more recursion unit than the call itself
// takes. (write() does too when the stream is write-through, which CPython's stdout is only
// with PYTHONUNBUFFERED set; the conformance harness runs without it.)
method(textIOWrapperType, 'write', 's, /', (f: StdStream, s: PyValue) => {
  if (typeof s !== 'string') typeError(`write() argument must be str, not ${typeOf(s).name}`);
  if (f.closed) valueError('I/O operation on closed file.');
  if (f.stream === 'stdin') throwPy(unsupportedOperation(), 'not writable');
  currentThread().interp.out.write(f.stream, s as string);
  return strLength(s as string);
});
method(textIOWrapperType, 'flush', '', () => {
  checkRecursion(currentThread(), WHILE_CALLING);
  return None;
});
method(textIOWrapperType, 'isatty', '', () => false);
method(textIOWrapperType, 'writable', '', (f: StdStream) => f.stream !== 'stdin');
method(textIOWrapperType, 'readable', '', (f: StdStream) => f.stream === 'stdin');
method(textIOWrapperType, 'fileno', '', (f: StdStream) => (f.stream === 'stdin' ? 0 : f.stream === 'stdout' ? 1 : 2));
method(textIOWrapperType, 'readline', 'size=-1, /', () => throwPy(eofErrorType, 'EOF when reading a line'));
method(textIOWrapperType, 'read', 'size=-1, /', () => '');
method(textIOWrapperType, 'close', '', (f: StdStream) => {
  f.closed = true;
  return None;
});
method(textIOWrapperType, '__repr__', '', (f: StdStream) => `<_io.TextIOWrapper name='<${f.stream}>' mode='${f.stream === 'stdin' ? 'r' : 'w'}' encoding='utf-8'>`);
getter(textIOWrapperType, 'encoding', () => 'utf-8');
getter(textIOWrapperType, 'errors', () => 'strict');
getter(textIOWrapperType, 'name', (f: StdStream) => `<${f.stream}>`);
getter(textIOWrapperType, 'mode', (f: StdStream) => (f.stream === 'stdin' ? 'r' : 'w'));
getter(textIOWrapperType, 'closed', (f: StdStream) => f.closed);
getter(textIOWrapperType, 'line_buffering', () => false);

/** io.UnsupportedOperation (an OSError/ValueError subclass), shared with the io module. */
function unsupportedOperation() {
  return unsupportedOperationType;
}
