# subprocess for Interleave: Popen, run, call, check_call, check_output, communicate, poll, wait,
# terminate and kill, with CPython 3.11's API, exceptions and messages — over programs simulated
# inside the machine (the native _interleave_proc: echo, sleep, cat, md5sum, wc, true, false and
# an `openssl enc` stand-in; see docs/simulated-world.md). Pipes are kernel pipes of the
# simulated machine: a thread reading one waits in I/O with the GIL released.
import builtins
import os
import time
import _interleave_proc
import _interleave_socket as _k

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            return "Command '%s' died with signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" % (self.cmd, self.timeout))

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess(object):
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))



def _args_list(args, shell):
    if isinstance(args, (str, bytes)):
        args = args.decode() if isinstance(args, bytes) else args
        return args.split() if shell else [args]
    return [a.decode() if isinstance(a, bytes) else
            a.__fspath__() if hasattr(a, '__fspath__') else str(a) for a in args]


class _PipeFile:
    """One end of a pipe to or from a simulated child (Popen.stdin, .stdout, .stderr)."""

    def __init__(self, fd, mode, text, encoding, errors):
        self._fd = fd
        self._mode = mode
        self._text = text
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self._buf = b''
        self.closed = False

    def fileno(self):
        return self._fd

    def readable(self):
        return self._mode == 'r'

    def writable(self):
        return self._mode == 'w'

    def _check(self, op):
        if self.closed:
            raise ValueError(f'{op} of closed file' if op != 'I/O operation' else 'I/O operation on closed file.')

    def write(self, data):
        self._check('write')
        raw = data.encode(self._encoding, self._errors) if self._text else bytes(data)
        if raw:
            _k.send(self._fd, raw)
        return len(data)

    def flush(self):
        self._check('I/O operation')

    def _fill(self):
        chunk = _k.recv(self._fd, 65536, True)
        self._buf += chunk
        return bool(chunk)

    def _out(self, data):
        if not self._text:
            return data
        return data.decode(self._encoding, self._errors).replace('\r\n', '\n')

    def read(self, size=-1):
        self._check('read')
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buf = self._buf, b''
        else:
            while len(self._buf) < size and self._fill():
                pass
            data, self._buf = self._buf[:size], self._buf[size:]
        return self._out(data)

    def readline(self, size=-1):
        self._check('readline')
        while b'\n' not in self._buf and self._fill():
            pass
        end = self._buf.find(b'\n') + 1 or len(self._buf)
        data, self._buf = self._buf[:end], self._buf[end:]
        return self._out(data)

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        if not self.closed:
            _k.close(self._fd)
            self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def _wrap(fd, mode, text, encoding, errors):
    return None if fd is None else _PipeFile(fd, mode, text, encoding, errors)


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        text_mode = bool(text or universal_newlines or encoding or errors)
        self.text_mode = text_mode
        argv = _args_list(args, shell)
        if shell:
            argv = argv or ['true']
        def fd_of(f):
            if f in (None, PIPE, DEVNULL, STDOUT) or isinstance(f, int):
                return f
            return f.fileno()
        self.pid, in_fd, out_fd, err_fd = _interleave_proc.spawn(argv, fd_of(stdin), fd_of(stdout), fd_of(stderr))
        self.stdin = _wrap(in_fd, 'w', text_mode, encoding, errors)
        self.stdout = _wrap(out_fd, 'r', text_mode, encoding, errors)
        self.stderr = _wrap(err_fd, 'r', text_mode, encoding, errors)

    def __repr__(self):
        return f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr):
            if f:
                f.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def poll(self):
        if self.returncode is None:
            self.returncode = _interleave_proc.poll(self.pid)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            self.returncode = _interleave_proc.wait(self.pid, timeout)
            if self.returncode is None:
                raise TimeoutExpired(self.args, timeout)
        return self.returncode

    def communicate(self, input=None, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        if self.stdin:
            if input:
                self.stdin.write(input)
            self.stdin.close()
        if timeout is not None:
            # Wait for the child first, so that a timeout leaves its output unread; like CPython's,
            # the exception carries the time that remained when the wait began.
            remaining = deadline - time.monotonic()
            rc = _interleave_proc.wait(self.pid, max(0.0, remaining))
            if rc is None:
                raise TimeoutExpired(self.args, remaining)
        out = self.stdout.read() if self.stdout else None
        err = self.stderr.read() if self.stderr else None
        for f in (self.stdout, self.stderr):
            if f:
                f.close()
        self.wait()
        return out, err

    def send_signal(self, sig):
        if self.returncode is None:
            _interleave_proc.kill(self.pid, int(sig))

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def _args_from_interpreter_flags():
    """Command-line arguments reproducing the interpreter's flags (none are set here)."""
    return []


# CPython: whether _posixsubprocess may use vfork (multiprocessing's spawnv_passfds passes it on).
_USE_VFORK = True
