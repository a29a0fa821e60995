# Covers: decorators with and without arguments, stacking order, functools.wraps metadata,
# class-based decorators, a retry/validation framework with deterministic output, class
# decorators and a registry built with closures.
import functools

CALLS = []

def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        CALLS.append(fn.__name__)
        arglist = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"-> {fn.__qualname__}({arglist})")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__qualname__} = {result!r}")
        return result
    return wrapper

def retry(times, on=(Exception,)):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except on as e:
                    print(f"   attempt {attempt}/{times} failed: {e!r}")
                    last = e
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts") from last
        wrapper.attempts = times
        return wrapper
    return decorate

def validate(**checks):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(**kwargs):
            for name, check in checks.items():
                if name in kwargs and not check(kwargs[name]):
                    raise ValueError(f"invalid {name}: {kwargs[name]!r}")
            return fn(**kwargs)
        return wrapper
    return decorate

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.__wrapped__(*args, **kwargs)

@traced
def add(a, b=2):
    """Add two numbers."""
    return a + b

add(1)
add(3, b=4)
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__, sorted(add.__dict__))

state = {"n": 0}

@retry(3, on=(ConnectionError,))
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ConnectionError(f"try {state['n']}")
    return "connected"

print(flaky(), flaky.attempts, flaky.__name__)

@retry(2)
def always_fails():
    raise KeyError("nope")

try:
    always_fails()
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))

@validate(age=lambda a: 0 <= a < 150, name=str.isalpha)
def register(*, name, age):
    return f"{name} ({age})"

print(register(name="Ada", age=36))
for bad in ({"name": "Ada", "age": 200}, {"name": "R2D2", "age": 3}):
    try:
        register(**bad)
    except ValueError as e:
        print(type(e).__name__, e)

@CountCalls
def ping():
    return "pong"

ping(); ping(); ping()
print(ping.calls, ping.__name__, ping())

def d1(f):
    print("applying d1")
    return lambda: "d1(" + f() + ")"

def d2(f):
    print("applying d2")
    return lambda: "d2(" + f() + ")"

@d1
@d2
def base():
    return "base"

print(base())

REGISTRY = {}

def register_plugin(name=None):
    def decorate(cls):
        REGISTRY[name or cls.__name__.lower()] = cls
        cls.plugin_name = name or cls.__name__.lower()
        return cls
    return decorate

@register_plugin()
class Csv:
    pass

@register_plugin("js")
class Json:
    pass

print(sorted(REGISTRY), Csv.plugin_name, Json.plugin_name)

def singleton(cls):
    instances = {}
    @functools.wraps(cls)
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, env):
        self.env = env

print(Config("prod").env, Config("dev").env, Config.__name__)
print(CALLS)
