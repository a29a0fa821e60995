# Covers: random.randrange with float arguments (3.10-3.11 deprecation): integral floats work
# with a DeprecationWarning printed once per call site (attributed to the caller), non-integral
# floats raise ValueError after "will raise TypeError" warning, randint with floats (no warning
# shown: CPython attributes it to random.py), and non-numbers.
import random

random.seed(3)
print(random.randrange(5.0), random.randrange(2, 10.0), random.randrange(0, 20, 5.0))
for _ in range(3):
    print(random.randrange(3.0), end=" ")
print()
print(random.randint(1.0, 6.0), random.randint(1, 6.0))
for args in ((2.5,), (1, 7.5), (0, 10, 1.5), ("3",), (1, None, 2.0)):
    try:
        print(random.randrange(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(random.random())
