# _asyncio for Interleave: CPython's C accelerator for asyncio is its Future and Task types.
# Here they are asyncio's own pure-Python Future and Task (asyncio.futures._PyFuture,
# asyncio.tasks._PyTask), dressed as the C types: named _asyncio.Future / _asyncio.Task, and
# leaving no frames in tracebacks (C code leaves none), so tracebacks and reprs read as
# CPython's. Everything else of the C module is left to asyncio's Python fallbacks.
import sys
import _interleave


def _as_c_type(cls, name):
    cls.__module__ = '_asyncio'
    _interleave.hide_frames(cls)
    _interleave.c_type(cls, f'_asyncio.{name}')
    return cls


# asyncio.events imports this module before asyncio.futures exists: the types are made when
# asyncio.futures and asyncio.tasks ask for them, after their Python classes are defined.
_SOURCES = {'Future': ('asyncio.futures', '_PyFuture'), 'Task': ('asyncio.tasks', '_PyTask')}


def __getattr__(name):
    if name in _SOURCES:
        module, attr = _SOURCES[name]
        cls = _as_c_type(getattr(sys.modules[module], attr), name)
        globals()[name] = cls
        return cls
    raise AttributeError(f"module '_asyncio' has no attribute '{name}'")
