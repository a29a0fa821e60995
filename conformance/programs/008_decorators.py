# Covers: decorators without and with arguments, stacking order, functools.wraps, decorating methods.
import functools

def shout(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper

@shout
def hello(name):
    """Say hello."""
    return "hello " + name

print(hello("world"), hello.__name__, hello.__doc__)

def repeat(times):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def ping(x):
    return f"ping {x}"

print(ping(1))
print(ping.__name__)

def trace(label):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*a):
            print(f"[{label}] enter {func.__name__}{a}")
            r = func(*a)
            print(f"[{label}] exit {func.__name__} -> {r}")
            return r
        return wrapper
    return deco

@trace("outer")
@trace("inner")
def add(a, b):
    return a + b

print(add(2, 3))

calls = []
def register(func):
    calls.append(func.__name__)
    return func

@register
def a(): pass
@register
def b(): pass
print(calls)

def count_calls(func):
    def wrapper(*a, **k):
        wrapper.count += 1
        return func(*a, **k)
    wrapper.count = 0
    return wrapper

@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(10), fib.count)

class Greeter:
    def __init__(self, name):
        self.name = name
    @shout
    def greet(self):
        return "hi from " + self.name

print(Greeter("obj").greet())

def deco_with_optional_args(func=None, *, prefix=">"):
    if func is None:
        return lambda f: deco_with_optional_args(f, prefix=prefix)
    def wrapper(*a):
        return prefix + str(func(*a))
    return wrapper

@deco_with_optional_args
def one(): return 1
@deco_with_optional_args(prefix="#")
def two(): return 2
print(one(), two())
print(hello.__wrapped__("raw"))
