# Covers: traceback objects: tb_next, tb_frame, tb_lineno, tb_lasti (CPython byte offsets; a
# frame suspended in a call stops after the CALL caches), identity of tb_next.
import sys
def a(): b()
def b(): 1/0
try:
    a()
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    while tb is not None:
        print(tb.tb_lineno, tb.tb_lasti, tb.tb_frame.f_code.co_name, tb.tb_next is tb.tb_next)
        tb = tb.tb_next
try:
    a()
except ZeroDivisionError as e:
    t = e.__traceback__
    print(type(t).__name__, t.tb_frame is sys._getframe(), t.tb_next.tb_frame.f_lineno)
