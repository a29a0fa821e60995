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
import { MachineRequest, type NativeGen } from '../python/vm/native';
import type { Interpreter } from '../python/vm/interpreter-state';

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export const textIOWrapperType = builtinType('TextIOWrapper', objectType, { module: '_io' });

export class StdStream extends PyObject {
  closed = false;
  /** Text written but not yet passed to the file descriptor (the buffers of TextIOWrapper and BufferedWriter). */
  pending = '';
  pendingBytes = 0;
  constructor(
    readonly stream: 'stdout' | 'stderr' | 'stdin',
    /** Flush at every newline: a terminal's stdout, and stderr always (since 3.9). */
    readonly lineBuffered: boolean,
  ) {
    super(textIOWrapperType);
  }
}

/** BufferedWriter's buffer size (io.DEFAULT_BUFFER_SIZE): a block-buffered stream writes to the fd when this much is waiting. */
const BUFFER_SIZE = 8192;
/** A write(2) to a terminal or pipe, in virtual time: a fixed cost plus a per-byte cost. */
const WRITE_SYSCALL_NS = 2_000;
const WRITE_NS_PER_BYTE = 0.5;

/**
 * Pass the stream's pending text to the file descriptor: _Py_write, which releases the GIL
 * around write(2) (reference §1.2), so a flush is a switch point like any blocking call.
 */
export function* flushStream(f: StdStream): NativeGen<void> {
  if (f.pending === '') return;
  const text = f.pending;
  const bytes = f.pendingBytes;
  f.pending = '';
  f.pendingBytes = 0;
  const th = currentThread();
  th.interp.out.write(f.stream as 'stdout' | 'stderr', text);
  // Only a thread of the simulated machine can block (not the formatting helpers of run-program).
  if (th.sim !== null) yield new MachineRequest('io', { ns: Math.round(WRITE_SYSCALL_NS + bytes * WRITE_NS_PER_BYTE), result: None });
}

/** Interpreter exit (flush_std_files), or a stop the machine reports: pending output goes out now. */
export function flushStdStreams(interp: Interpreter): void {
  for (const f of (interp.extensions.get('stdStreams') as StdStream[] | undefined) ?? []) {
    if (f.pending === '') continue;
    interp.out.write(f.stream as 'stdout' | 'stderr', f.pending);
    f.pending = '';
    f.pendingBytes = 0;
  }
}

// sys.stdout.flush() calls the buffer's flush: one more recursion unit than the call itself
// takes. (write() does too when the stream is write-through, which CPython's stdout is only
// with PYTHONUNBUFFERED set; the conformance harness runs without it.)
method(textIOWrapperType, 'write', 's, /', function* (f: StdStream, s: PyValue) {
  if (typeof s !== 'string') typeError(`write() argument must be str, not ${typeOf(s).name}`);
  if (f.closed) valueError('I/O operation on closed file.');
  if (f.stream === 'stdin') throwPy(unsupportedOperation(), 'not writable');
  const text = s as string;
  f.pending += text;
  f.pendingBytes += utf8Length(text);
  if ((f.lineBuffered && (text.includes('\n') || text.includes('\r'))) || f.pendingBytes >= BUFFER_SIZE) yield* flushStream(f);
  return strLength(text);
});
method(textIOWrapperType, 'flush', '', function* (f: StdStream) {
  checkRecursion(currentThread(), WHILE_CALLING);
  if (f.stream !== 'stdin') yield* flushStream(f);
  return None;
});
method(textIOWrapperType, 'isatty', '', (f: StdStream) => f.stream === 'stdout' && f.lineBuffered);
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
getter(textIOWrapperType, 'line_buffering', (f: StdStream) => f.stream === 'stdout' && f.lineBuffered);

/** io.UnsupportedOperation (an OSError/ValueError subclass), shared with the io module. */
function unsupportedOperation() {
  return unsupportedOperationType;
}
