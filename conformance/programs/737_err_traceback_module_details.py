# Covers: the traceback module's format_exception_only as 3.11's traceback.py does it: no "Did
# you mean" (only the interpreter adds it), one chunk per note line, str/tuple/non-sequence
# __notes__, SyntaxError details (<no detail available>, filename suffix, carets), versus
# sys.excepthook's C formatting of the same exceptions.
import traceback
value = 1
try:
    valeu
except NameError as e:
    print(traceback.format_exc())
    print(traceback.format_exception_only(e))
class A:
    attr = 1
try:
    A().atr
except AttributeError as e:
    traceback.print_exc()
    e.add_note("note line 1\nnote line 2")
    e.add_note("second")
    print(traceback.format_exception_only(e))
    print(len(traceback.format_exception(e)))
e2 = ValueError("x")
e2.__notes__ = "not a list"
print(traceback.format_exception_only(e2))
e3 = ValueError("y")
e3.__notes__ = ("tuple note", 42)
print(traceback.format_exception_only(e3))
import sys
sys.excepthook(type(e2), e2, None)
sys.excepthook(type(e3), e3, None)
import traceback, sys
cases = [SyntaxError(), SyntaxError("m"), SyntaxError("m", ("f.py", None, None, None)), SyntaxError("m", (None, 2, 1, "x\n")), SyntaxError(None, ("f.py", 1, 1, "t\n")), SyntaxError("", ("f.py", 1, 1, "t\n")), SyntaxError("m", ("f.py", 1, None, "text\n")), SyntaxError("m", ("f.py", 1, 0, "text\n")), SyntaxError("m", ("f.py", 1, 99, "text\n")), SyntaxError("m", ("f.py", 2, 2, None))]
for e in cases:
    print(repr(str(e)), traceback.format_exception_only(e))
    sys.stdout.flush()
    sys.excepthook(type(e), e, None)
    sys.stderr.flush()
srcs = ["x = 'é'; print 'é'", "x = (1,\n", "  if x = 1:\n    pass", "def f():\n    return 1 +\n", "x = 1 \t\ny = 2 2", "a = b'é'", "for x in y:\n"]
for s in srcs:
    for src in (s, s.encode()):
        try:
            compile(src, "<t>", "exec")
        except SyntaxError as e:
            print("".join(traceback.format_exception_only(type(e), e)), end="")
            print(traceback.format_exception_only(e))
            traceback.print_exc(file=sys.stdout)
            print("---")
e = SyntaxError("custom", ("f.py", 3, 5, "  some text here  \n", 3, 9))
print("".join(traceback.format_exception_only(e)))
sys.excepthook(type(e), e, None)
e2 = SyntaxError("no location")
print(traceback.format_exception_only(e2))
e3 = SyntaxError("weird", ("f.py", None, None, None))
print(traceback.format_exception_only(e3))
e4 = IndentationError("ind", ("f.py", 1, 3, "    x\n", 1, 6))
print(traceback.format_exception_only(e4))
sys.excepthook(type(e4), e4, None)
