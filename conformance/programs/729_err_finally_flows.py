# Covers: try/except/else/finally flows: return/break/continue in finally, exceptions from else,
# implicit __context__, the except-as name deleted afterwards, generator cleanup on close().
def f1():
    try:
        return 1
    finally:
        print("finally f1")

def f2():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
    return "done"

def f3():
    while True:
        try:
            raise ValueError("x")
        finally:
            break
    return "swallowed"

def f4():
    try:
        raise KeyError("k")
    except KeyError as e:
        return repr(e)
    finally:
        print("f4 finally")

def f5():
    try:
        x = 1
    except Exception:
        print("no")
    else:
        print("else", x)
        raise RuntimeError("from else")
    finally:
        print("f5 finally")

def f6():
    try:
        return "try"
    finally:
        return "finally"

def f7():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("caught", e)
    try:
        pass
    finally:
        pass

print(f1())
print(f2())
print(f3())
print(f4())
try:
    f5()
except RuntimeError as e:
    print("caught", type(e).__name__, e, e.__context__)
print(f6())
f7()

def f8():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError as e:
            print("ctx", repr(e.__context__))
        raise

try:
    f8()
except ValueError as e:
    print("reraised", repr(e), e.__context__)

e = None
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
g = gen()
print(next(g))
g.close()
print("end")
