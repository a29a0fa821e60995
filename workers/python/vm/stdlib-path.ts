/**
 * Where the bundled standard library appears to live: the `__file__` of its Python modules and
 * the path tracebacks show for their frames. Debian's location for CPython 3.11, so that a
 * traceback through threading.py or queue.py reads exactly as CPython prints it (the conformance
 * corpus maps python3's own stdlib directory to this path when it records expected outputs).
 */
export const STDLIB_DIR = '/usr/lib/python3.11/';
