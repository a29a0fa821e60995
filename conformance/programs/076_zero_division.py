# Covers: ZeroDivisionError messages for every operator and type combination (/, //, %, divmod, pow, 0.0 ** negative).

cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("pow(0, -2)", lambda: pow(0, -2)),
    ("10 ** 30 / 0", lambda: 10 ** 30 / 0),
    ("10 ** 30 // 0", lambda: 10 ** 30 // 0),
    ("True / False", lambda: True / False),
    ("x /= 0", None),
    ("1 % 0.0", lambda: 1 % 0.0),
    ("pow(2, 5, 0)", lambda: pow(2, 5, 0)),
]
for label, fn in cases:
    try:
        if fn is None:
            x = 5
            x /= 0
        else:
            fn()
    except ZeroDivisionError as e:
        print(f"{label:>16} -> ZeroDivisionError: {e}")
    except ValueError as e:
        print(f"{label:>16} -> ValueError: {e}")
print(issubclass(ZeroDivisionError, ArithmeticError), ZeroDivisionError.__mro__)
