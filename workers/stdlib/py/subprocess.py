# subprocess for Interleave: the module's names and exceptions (CPython 3.11's messages), so
# that modules importing it (asyncio does) load. Running a program is not simulated yet:
# Popen, run, call, check_output and the rest raise NotImplementedError.
import builtins

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


def _not_simulated(name):
    def f(*args, **kwargs):
        raise NotImplementedError(f'subprocess.{name}(): running programs is not simulated by Interleave yet')
    f.__name__ = name
    return f


class Popen:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError('subprocess.Popen(): running programs is not simulated by Interleave yet')


run = _not_simulated('run')
call = _not_simulated('call')
check_call = _not_simulated('check_call')
check_output = _not_simulated('check_output')
getoutput = _not_simulated('getoutput')
getstatusoutput = _not_simulated('getstatusoutput')
del _not_simulated
