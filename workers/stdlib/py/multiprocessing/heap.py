#
# multiprocessing/heap.py for Interleave: BufferWrapper, a block of memory shared with forked
# children (what multiprocessing.Barrier keeps its state in). CPython carves these blocks out of
# mmap'd arenas; here each is a bytearray over shared memory (_interleave_cmem.shared_bytearray)
# that fork does not copy. Passing one to a spawned child is not simulated.
#

import sys

import _interleave_cmem

__all__ = ['BufferWrapper']


class BufferWrapper(object):

    def __init__(self, size):
        if size < 0:
            raise ValueError("Size {0:n} out of range".format(size))
        if sys.maxsize <= size:
            raise OverflowError("Size {0:n} too large".format(size))
        self._size = size
        self._buf = _interleave_cmem.shared_bytearray(size)

    def create_memoryview(self):
        return memoryview(self._buf)

    def __reduce__(self):
        raise NotImplementedError("sharing multiprocessing.heap buffers with a spawned process "
                                  "is not simulated in Interleave")
