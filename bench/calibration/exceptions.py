# Calibration: try/except/finally in loops, raising and catching, int() parsing failures.
class Invalid(Exception):
    pass

def check(x):
    if x % 5 == 0:
        raise Invalid(x)
    return x

def parse_all(items):
    ok = 0
    bad = 0
    for s in items:
        try:
            ok += int(s)
        except ValueError:
            bad += 1
    return ok, bad

def guarded(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += check(i)
        except Invalid:
            caught += 1
        finally:
            total += 1
    return total, caught

items = [str(i) if i % 3 else 'x' + str(i) for i in range(150000)]
d = {}
misses = 0
for i in range(100000):
    try:
        d[i % 50] += 1
    except KeyError:
        d[i % 50] = 1
        misses += 1
print(parse_all(items), guarded(300000), misses)
