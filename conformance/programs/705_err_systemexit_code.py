# Covers: SystemExit.code / StopIteration.value are members set by __init__ (writable; None when
# an overriding __init__ does not call the base one); the exit status follows the `code`
# attribute, here a changed code that is a string (printed to stderr, status 1).
import sys
class Quiet(SystemExit):
    def __init__(self, msg):
        pass
try:
    raise Quiet(3)
except SystemExit as e:
    print(repr(e.code), e.args)
e = SystemExit(1, 2)
print(e.code)
e.args = (5,)
print(e.code)
s = StopIteration(4)
s.value = 9
print(s.value, s.args)
del s.value
print(s.value)
def gen():
    yield 1
    return "done"
it = gen()
next(it)
try:
    next(it)
except StopIteration as stop:
    print("returned", repr(stop.value), stop.args)
class Quit(SystemExit):
    def __init__(self, reason):
        super().__init__(2)
        self.reason = reason
try:
    raise Quit("bye")
except SystemExit as q:
    print(q.code, q.reason)
for code in [None, 0, 7, "text", (1, 2), True]:
    try:
        sys.exit(code)
    except SystemExit as se:
        print(repr(code), "->", repr(se.code))
err = SystemExit(3)
err.code = "fatal: changed code"
raise err
