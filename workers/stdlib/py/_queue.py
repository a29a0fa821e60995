# _queue for Interleave: CPython's C module Modules/_queuemodule.c, written in Python on the
# simulated machine's primitives. `_interleave.hide_frames` keeps its frames out of tracebacks
# (C code leaves none) and `c_type` gives the C type names, so `queue.Empty` reads `_queue.Empty`
# and `SimpleQueue` behaves like the C class: unbounded, FIFO, put never blocks, get blocks
# (releasing the GIL) until an item arrives or the timeout passes.
from _thread import allocate_lock as _allocate_lock
from time import monotonic as _time
from collections import deque as _deque
import _interleave


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class SimpleQueue:
    '''Simple, unbounded, reentrant FIFO queue.'''

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError('SimpleQueue() takes no positional arguments')
        self = object.__new__(cls)
        self._queue = _deque()
        # Locked while the queue is empty: a blocking get waits on it.
        self._lock = _allocate_lock()
        self._lock.acquire()
        return self

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue.

        The optional 'block' and 'timeout' arguments are ignored, as this method
        never blocks.  They are provided for compatibility with the Queue class.
        '''
        self._queue.append(item)
        if len(self._queue) == 1:
            self._lock.release()

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.

        This is exactly equivalent to `put(item, block=False)` and is only provided
        for compatibility with the Queue class.
        '''
        self.put(item, False)

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.

        If optional args 'block' is true and 'timeout' is None (the default),
        block if necessary until an item is available. If 'timeout' is
        a non-negative number, it blocks at most 'timeout' seconds and raises
        the Empty exception if no item was available within that time.
        Otherwise ('block' is false), return an item if one is immediately
        available, else raise the Empty exception ('timeout' is ignored
        in that case).
        '''
        if timeout is not None and block and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not block:
            got = self._lock.acquire(False)
        elif timeout is None:
            got = self._lock.acquire()
        else:
            got = self._lock.acquire(True, timeout)
        if not got:
            raise Empty
        item = self._queue.popleft()
        if self._queue:
            self._lock.release()
        return item

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking.

        Only get an item if one is immediately available. Otherwise
        raise the Empty exception.
        '''
        return self.get(False)

    def empty(self):
        'Return True if the queue is empty, False otherwise (not reliable!).'
        return len(self._queue) == 0

    def qsize(self):
        'Return the approximate size of the queue (not reliable!).'
        return len(self._queue)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_interleave.c_type(SimpleQueue, '_queue.SimpleQueue')
_interleave.hide_frames(SimpleQueue)
