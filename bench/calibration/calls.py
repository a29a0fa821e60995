# Calibration: function calls — positional, keyword, defaults, *args/**kwargs.
def add(a, b):
    return a + b

def scaled(a, b=2, c=3):
    return a * b + c

def kw_only(x, *, shift=1):
    return x + shift

def varargs(*args):
    return len(args)

def kwargs(**kw):
    return len(kw)

def run(n):
    s = 0
    for i in range(n):
        s += add(i, 1)
        s += scaled(i)
        s += scaled(i, 3)
        s += scaled(i, c=1)
        s += kw_only(i, shift=2)
        if i % 8 == 0:
            s += varargs(i, i, i)
            s += kwargs(a=i, b=i)
    return s

print(run(360000))
