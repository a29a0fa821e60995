# Covers: sys.tracebacklimit: the interpreter prints the last N entries (0 or less: no traceback
# at all), the traceback module keeps the first N (negative counts as 0); bool limits.
import sys, traceback
def a(): b()
def b(): c()
def c(): raise ValueError("deep")
for lim in (2, 0, -1, True):
    sys.tracebacklimit = lim
    try:
        a()
    except ValueError:
        print(lim, repr(traceback.format_exc()))
        traceback.print_exc(file=sys.stdout)
        sys.excepthook(*sys.exc_info())
del sys.tracebacklimit
sys.tracebacklimit = 2
a()
