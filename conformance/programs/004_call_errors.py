# Covers: TypeError messages for bad calls (missing/extra/duplicate/keyword-only/positional-only args).

def f(a, b, c=3):
    return a + b + c

def g(a, /, b, *, c):
    return a, b, c

class K:
    def m(self, x):
        return x

a_string = "abc"
nothing = None

tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=1),
    lambda: g(1, 2, 3),
    lambda: g(a=1, b=2, c=3),
    lambda: g(1, 2),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: int("1", "2", "3"),
    lambda: (lambda x: x)(),
    lambda: a_string(),
    lambda: nothing(),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: print(sepx=1),
    lambda: f(**{"a": 1, "b": 2, "zz": 1}),
    lambda: f(*[1, 2], **{"b": 5}),
]
for i, t in enumerate(tests):
    try:
        t()
    except TypeError as e:
        print(i, type(e).__name__, e)
