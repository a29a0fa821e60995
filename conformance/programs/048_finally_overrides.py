# Covers: finally overriding return values, finally swallowing exceptions via return, break/continue in finally, order of evaluation.

def f1():
    try:
        return "try"
    finally:
        return "finally"
print(f1())

def f2():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
print(f2())

def f3():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("  x set to", x, "but return value already computed")
print(f3())

def f4():
    lst = []
    try:
        return lst
    finally:
        lst.append("mutated in finally")
print(f4())

def f5():
    for i in range(5):
        try:
            if i == 2:
                return f"returning at {i}"
        finally:
            if i == 2:
                print("  finally at", i)
print(f5())

def f6():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            continue
    return "continue in finally swallowed the exceptions"
print(f6())

def f7():
    while True:
        try:
            return "never returned"
        finally:
            break
    return "break in finally"
print(f7())

def f8():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(f8())

def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("  f9 finally")
print(f9())

def f10():
    try:
        1 / 0
    finally:
        print("  f10 finally, exception continues")
try:
    f10()
except ZeroDivisionError as e:
    print("caught", e)
