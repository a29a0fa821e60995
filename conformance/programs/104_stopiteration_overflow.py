# Covers: StopIteration (manual next, value), RuntimeError when StopIteration leaks from a generator, OverflowError sources, IndexError vs StopIteration.
import math

it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)

def leaky():
    yield 1
    next(iter([]))
    yield 2
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

for label, fn in [
    ("float pow", lambda: 10.0 ** 400),
    ("math.exp", lambda: math.exp(800)),
    ("int->float", lambda: float(2 ** 2000)),
    ("float->int inf", lambda: int(float("inf"))),
    ("range len", lambda: len(range(2 ** 70))),
    ("to_bytes", lambda: (1000).to_bytes(1, "big")),
    ("math.factorial", lambda: math.factorial(-1)),
    ("chr", lambda: chr(2 ** 40)),
    ("list repeat", lambda: [1] * (2 ** 70)),
    ("str repeat", lambda: "x" * (2 ** 70)),
]:
    try:
        fn()
    except (OverflowError, ValueError, MemoryError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
print(issubclass(OverflowError, ArithmeticError), issubclass(StopIteration, Exception), issubclass(StopAsyncIteration, Exception))
