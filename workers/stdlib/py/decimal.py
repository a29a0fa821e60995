"""Interleave: `decimal` is CPython's `_pydecimal` (adapted to look like the C module)."""
from _pydecimal import *
from _pydecimal import __doc__, __version__

__libmpdec_version__ = "2.5.1"
