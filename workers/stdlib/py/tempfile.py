"""tempfile for Interleave: what multiprocessing uses — gettempdir, mkdtemp, mktemp and
CPython 3.11's _RandomNameSequence — over the in-memory file system. The file-object helpers
(TemporaryFile, NamedTemporaryFile, SpooledTemporaryFile, TemporaryDirectory, mkstemp) are not
simulated yet and say so."""

import os as _os
from random import Random as _Random

__all__ = ["gettempdir", "gettempprefix", "mkdtemp", "mktemp", "TMP_MAX", "tempdir", "template"]

TMP_MAX = 10000
template = "tmp"
tempdir = None


class _RandomNameSequence:
    """An instance of _RandomNameSequence generates an endless
    sequence of unpredictable strings which can safely be incorporated
    into file names.  Each string is eight characters long.  Multiple
    threads can safely use the same instance at the same time.

    _RandomNameSequence is an iterator."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        cur_pid = _os.getpid()
        if cur_pid != getattr(self, '_rng_pid', None):
            self._rng = _Random()
            self._rng_pid = cur_pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choices(self.characters, k=8))


_name_sequence = _RandomNameSequence()


def gettempprefix():
    return template


def gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _os.environ.get("TMPDIR") or "/tmp"
    return tempdir


def mkdtemp(suffix=None, prefix=None, dir=None):
    dir = gettempdir() if dir is None else dir
    prefix = template if prefix is None else prefix
    suffix = "" if suffix is None else suffix
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(_name_sequence) + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError("No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(_name_sequence) + suffix)
        if not _os.path.exists(file):
            return file
    raise FileExistsError("No usable temporary filename found")


_NOT_SIMULATED = {"TemporaryFile", "NamedTemporaryFile", "SpooledTemporaryFile",
                  "TemporaryDirectory", "mkstemp", "gettempdirb", "gettempprefixb"}


def __getattr__(name):
    if name in _NOT_SIMULATED:
        raise NotImplementedError(f"tempfile.{name} is not simulated in Interleave yet")
    raise AttributeError(f"module 'tempfile' has no attribute '{name}'")
