# signal for Interleave: the module's names, values (Linux) and bookkeeping — getsignal, signal
# (main thread only, as CPython requires), set_wakeup_fd, default_int_handler — so that code
# that installs handlers (asyncio.run does, for Ctrl-C) runs. Nothing sends signals to a
# simulated process yet: raise_signal, alarm, pause and pthread_kill raise NotImplementedError.
from enum import IntEnum as _IntEnum
import _thread


class Signals(_IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGCHLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPWR = 30
    SIGSYS = 31


class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


globals().update(Signals.__members__)
globals().update(Handlers.__members__)
SIGIOT = SIGABRT
SIGPOLL = SIGIO
NSIG = 65
SIGRTMIN = 34
SIGRTMAX = 64


def default_int_handler(signalnum, frame, /):
    raise KeyboardInterrupt


_handlers = {s: SIG_DFL for s in Signals}
_handlers[SIGINT] = default_int_handler
_handlers[SIGPIPE] = SIG_IGN
_wakeup_fd = -1
_main_ident = _thread.get_ident()


def _check_main(name):
    import threading
    if threading.current_thread() is not threading.main_thread():
        raise ValueError(f'{name} only works in main thread of the main interpreter')


def _check_signum(signalnum):
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')


def getsignal(signalnum, /):
    _check_signum(signalnum)
    return _handlers.get(signalnum, SIG_DFL)


def signal(signalnum, handler, /):
    _check_main('signal')
    _check_signum(signalnum)
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    if signalnum in (SIGKILL, SIGSTOP):
        raise OSError(22, 'Invalid argument')
    old = getsignal(signalnum)
    _handlers[signalnum] = handler
    return old


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    global _wakeup_fd
    _check_main('set_wakeup_fd')
    old, _wakeup_fd = _wakeup_fd, fd
    return old


def siginterrupt(signalnum, flag, /):
    _check_signum(signalnum)


def valid_signals():
    return set(Signals) | set(range(SIGRTMIN - 2, SIGRTMAX + 1)) - {32, 33}


def strsignal(signalnum, /):
    names = {SIGINT: 'Interrupt', SIGTERM: 'Terminated', SIGKILL: 'Killed', SIGCHLD: 'Child exited',
             SIGALRM: 'Alarm clock', SIGHUP: 'Hangup', SIGPIPE: 'Broken pipe'}
    return names.get(signalnum)


def _not_simulated(name):
    def f(*args, **kwargs):
        raise NotImplementedError(f'signal.{name}(): signals are not simulated by Interleave')
    f.__name__ = name
    return f


raise_signal = _not_simulated('raise_signal')
alarm = _not_simulated('alarm')
pause = _not_simulated('pause')
pthread_kill = _not_simulated('pthread_kill')
setitimer = _not_simulated('setitimer')
del _not_simulated
