# Covers: generator-based coroutines primed by a decorator (grep/broadcast pipeline), close()
# reaching GeneratorExit handlers, and the throw() argument forms and their errors.
import functools
def coroutine(fn):
    @functools.wraps(fn)
    def start(*args, **kwargs):
        cr = fn(*args, **kwargs)
        next(cr)
        return cr
    return start
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def printer(prefix):
    try:
        while True:
            line = yield
            print(prefix, line)
    except GeneratorExit:
        print(prefix, "closed")
@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
p1, p2 = printer("A:"), printer("B:")
b = broadcast([grep("py", p1), grep("on", p2)])
for line in ["python rocks", "java", "pony", "monty python"]:
    b.send(line)
p1.close(); p2.close()
def g():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e), e.__traceback__ is not None)
        yield 2
x = g(); next(x)
print(x.throw(ValueError, ValueError("three-arg"), None))
x = g(); next(x)
print(x.throw(ValueError, "two-arg"))
x = g(); next(x)
try:
    x.throw(ValueError("inst"), "extra")
except TypeError as e:
    print(type(e).__name__, e)
try:
    x.throw(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    x.throw(int)
except TypeError as e:
    print(type(e).__name__, e)
