# _weakrefset for Interleave: the VM has no weak references (no reference counting), so WeakSet
# holds its items strongly. threading.py only uses it for its bookkeeping set of "dangling"
# Thread objects, where this makes no visible difference.

class WeakSet(set):
    """A set standing in for weakref.WeakSet (items are held strongly)."""
    __slots__ = ()

    def __repr__(self):
        return f"<_weakrefset.WeakSet object with {len(self)} items>"
