# Covers: sys.exit() with an int too large for a C long exits with status 255 (CPython's
# PyLong_AsLong fails and returns -1), and a SystemExit subclass that sets `code` itself.
import sys
class Done(SystemExit):
    def __init__(self):
        self.code = 7
try:
    raise Done()
except SystemExit as e:
    print("code", e.code, e.args)
print("exiting")
sys.exit(2 ** 64 + 3)
