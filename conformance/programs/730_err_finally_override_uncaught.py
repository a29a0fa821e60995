# Covers: return in finally swallowing an exception, continue in finally overriding return,
# then a bare raise in an except with a finally that runs before the traceback is printed.
def f():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(f())
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(g())
def h():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
    finally:
        print("h finally")
h()
