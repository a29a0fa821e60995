# Covers: argument binding errors with CPython's exact messages (missing, unexpected, multiple
# values, too many positional, keyword-only, positional-only), for functions, methods, lambdas.
def f(a, b, c=3, *, d, e=5):
    return (a, b, c, d, e)

def g(a, /, b, *, c):
    return a, b, c

def h(*args, **kw):
    return args, kw

def k(a, b=2):
    return a, b

def posonly(a, b, /, c=0):
    return a, b, c

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount, /, *, note=""):
        self.balance += amount
        return self.balance

    @classmethod
    def open(cls, owner):
        return cls(owner)

    @staticmethod
    def fee(amount, rate=0.01):
        return amount * rate

cases = [
    ("f(1, 2)", lambda: f(1, 2)),
    ("f(1)", lambda: f(1)),
    ("f()", lambda: f()),
    ("f(1, 2, 3, 4, d=1)", lambda: f(1, 2, 3, 4, d=1)),
    ("f(1, 2, d=4, z=5)", lambda: f(1, 2, d=4, z=5)),
    ("f(1, 2, a=1, d=4)", lambda: f(1, 2, a=1, d=4)),
    ("g(a=1, b=2, c=3)", lambda: g(a=1, b=2, c=3)),
    ("g(1, 2, 3)", lambda: g(1, 2, 3)),
    ("g(1, 2)", lambda: g(1, 2)),
    ("k(1, 2, 3)", lambda: k(1, 2, 3)),
    ("k()", lambda: k()),
    ("k(1, 2, 3, b=3)", lambda: k(1, 2, 3, b=3)),
    ("posonly(b=1, a=2)", lambda: posonly(b=1, a=2)),
    ("posonly(1, zz=1, b=2)", lambda: posonly(1, zz=1, b=2)),
    ("posonly(1, 2, c=3, c2=4)", lambda: posonly(1, 2, c=3, c2=4)),
    ("h(**{'a': 1}, **{'a': 2})", lambda: h(**{'a': 1}, **{'a': 2})),
    ("h(*1)", lambda: h(*1)),
    ("h(**1)", lambda: h(**1)),
    ("Account()", lambda: Account()),
    ("Account('x', 1, 2)", lambda: Account('x', 1, 2)),
    ("Account('x', owner='y')", lambda: Account('x', owner='y')),
    ("acct.deposit()", lambda: Account('x').deposit()),
    ("acct.deposit(amount=5)", lambda: Account('x').deposit(amount=5)),
    ("acct.deposit(5, 'memo')", lambda: Account('x').deposit(5, 'memo')),
    ("Account.deposit(5)", lambda: Account.deposit(5)),
    ("Account.open()", lambda: Account.open()),
    ("Account.fee()", lambda: Account.fee()),
    ("Account.fee(1, 2, 3)", lambda: Account.fee(1, 2, 3)),
    ("(lambda x, y: 0)(1)", lambda: (lambda x, y: 0)(1)),
    ("(lambda: 0)(1)", lambda: (lambda: 0)(1)),
    ("(lambda *, a: 0)()", lambda: (lambda *, a: 0)()),
    ("(lambda a, b, c, d: 0)()", lambda: (lambda a, b, c, d: 0)()),
    ("(lambda *, a, b, c: 0)()", lambda: (lambda *, a, b, c: 0)()),
    ("(lambda a, b=1, *, c, d=2: 0)(1, 2, 3)", lambda: (lambda a, b=1, *, c, d=2: 0)(1, 2, 3)),
    ("(lambda a, b=1, *args, c: 0)()", lambda: (lambda a, b=1, *args, c: 0)()),
    ("(lambda **k: k)(**{'a': 1}, a=2)", lambda: (lambda **k: k)(**{'a': 1}, a=2)),
    ("len()", lambda: len()),
    ("len(1, 2)", lambda: len(1, 2)),
    ("abs(x=1)", lambda: abs(x=1)),
    ("divmod(1)", lambda: divmod(1)),
    ("[].append()", lambda: [].append()),
    ("{}.get()", lambda: {}.get()),
    ("''.split(1, 2, 3)", lambda: "".split(1, 2, 3)),
]
for text, fn in cases:
    try:
        result = fn()
        print(f"{text:42} -> {result!r}")
    except TypeError as e:
        print(f"{text:42} !! {e}")

print(f(1, 2, d=4), g(1, 2, c=3), h(1, x=2), posonly(1, 2, c=9))
Account("ann").deposit(10, note="first", extra=True)
