"""Interleave: the part of CPython's C module _pickle that Python code can see first — its
exceptions. Interleave pickles with CPython's pickle.py (its _Pickler and _Unpickler, adapted
to the C module's messages; see that file's header), which imports these so that they are named
like CPython's: `_pickle.PicklingError: Can't pickle ...`.
"""


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass
