# multiprocessing/resource_tracker.py for Interleave.
#
# CPython starts a tracker process the first time a spawned or forkserver child needs one; it
# unlinks named semaphores and shared memory that processes leaked, with a warning at shutdown.
# Interleave does not simulate that process: named semaphores live as long as the run, and
# nothing is reported. The module keeps CPython's API so spawn and synchronize work unchanged.

import os

__all__ = ['ensure_running', 'register', 'unregister']


class ResourceTracker(object):

    def __init__(self):
        self._fd = None
        self._pid = None

    def getfd(self):
        self.ensure_running()
        return self._fd

    def ensure_running(self):
        """The tracker is not simulated: there is nothing to start."""
        if self._fd is None:
            self._fd = -1

    def _check_alive(self):
        return True

    def register(self, name, rtype):
        """Register name of resource with resource tracker (no-op: not simulated)."""

    def unregister(self, name, rtype):
        """Unregister name of resource with resource tracker (no-op: not simulated)."""


_resource_tracker = ResourceTracker()
ensure_running = _resource_tracker.ensure_running
register = _resource_tracker.register
unregister = _resource_tracker.unregister
getfd = _resource_tracker.getfd
