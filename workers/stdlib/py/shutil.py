"""shutil for Interleave: the file operations over the in-memory file system that programs and
multiprocessing (its temporary directory's cleanup) use — copyfileobj, copyfile, copy, copy2,
copytree, rmtree, move, which and get_terminal_size, with CPython's behaviour for the common
cases. Archives, ownership and disk usage are not simulated: those names raise
NotImplementedError."""

import os
import sys
from collections import namedtuple

__all__ = ["copyfileobj", "copyfile", "copy", "copy2", "copytree", "move", "rmtree", "Error",
           "SameFileError", "which", "get_terminal_size"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    """copy data from file-like object fsrc to file-like object fdst"""
    if not length:
        length = COPY_BUFSIZE
    fsrc_read = fsrc.read
    fdst_write = fdst.write
    while True:
        buf = fsrc_read(length)
        if not buf:
            break
        fdst_write(buf)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy data from src to dst in the most efficient way possible."""
    sys.audit("shutil.copyfile", src, dst)
    if os.path.abspath(src) == os.path.abspath(dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits ("cp src dst"). Return the file's destination."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    return dst


copy2 = copy


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy a directory tree and return the destination directory."""
    names = os.listdir(src)
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    for name in names:
        if name in ignored:
            continue
        s, d = os.path.join(src, name), os.path.join(dst, name)
        if os.path.isdir(s):
            copytree(s, d, symlinks, ignore, copy_function, dirs_exist_ok=dirs_exist_ok)
        else:
            copy_function(s, d)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Recursively delete a directory tree."""
    sys.audit("shutil.rmtree", path, dir_fd)
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.listdir, path, sys.exc_info())
        return
    for name in names:
        fullname = os.path.join(path, name)
        if os.path.isdir(fullname):
            rmtree(fullname, ignore_errors, onerror)
        else:
            try:
                os.unlink(fullname)
            except OSError:
                onerror(os.unlink, fullname, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def move(src, dst, copy_function=copy2):
    """Recursively move a file or directory to another location."""
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(src.rstrip(os.sep)))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    os.rename(src, real_dst)
    return real_dst


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """No programs are installed on the simulated machine's PATH except python3."""
    return '/usr/bin/python3' if cmd in ('python3', 'python') else None


_ntuple_terminal = namedtuple('terminal_size', 'columns lines')


def get_terminal_size(fallback=(80, 24)):
    return os.terminal_size(fallback) if hasattr(os, 'terminal_size') else _ntuple_terminal(*fallback)


_NOT_SIMULATED = {"disk_usage", "chown", "make_archive", "unpack_archive", "get_archive_formats",
                  "register_archive_format", "unregister_archive_format", "get_unpack_formats",
                  "register_unpack_format", "unregister_unpack_format", "copymode", "copystat",
                  "ignore_patterns"}


def __getattr__(name):
    if name in _NOT_SIMULATED:
        raise NotImplementedError(f"shutil.{name} is not simulated in Interleave")
    raise AttributeError(f"module 'shutil' has no attribute '{name}'")
