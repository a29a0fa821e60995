# Covers: sys.excepthook for uncaught exceptions: a user hook replaces the traceback (receiving
# type, value and a traceback object), sys.__excepthook__ prints the default one, and a hook
# that raises gives "Error in sys.excepthook:" followed by "Original exception was:".
import sys
def polite(et, ev, tb):
    print("custom hook:", et.__name__, ev, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name)
    sys.__excepthook__(et, ev, tb)
    print("after default", file=sys.stderr)
    sys.excepthook = broken
    raise LookupError("hook broke")
def broken(et, ev, tb):
    raise RuntimeError("never called")
sys.excepthook = polite
def compute(values):
    return sum(values) / len(values)
print("average:", compute([]))
