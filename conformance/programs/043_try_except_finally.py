# Covers: try/except/else/finally in all combinations, exception matching order, except with tuples, nested handlers, exception variables cleared.

def attempt(action):
    print(f"-- {action}")
    try:
        if action == "value":
            raise ValueError("bad value")
        if action == "key":
            {}["missing"]
        if action == "zero":
            1 / 0
        if action == "type":
            "a" + 1
        print("  try body completed")
    except (KeyError, IndexError) as e:
        print("  lookup error:", type(e).__name__, e)
    except ValueError as e:
        print("  value error:", e)
    except ArithmeticError as e:
        print("  arithmetic:", e)
    except Exception as e:
        print("  generic:", type(e).__name__, e)
    else:
        print("  else: no exception")
    finally:
        print("  finally always")

for a in ["none", "value", "key", "zero", "type"]:
    attempt(a)

try:
    pass
finally:
    print("try/finally without except")

try:
    raise RuntimeError("x")
except RuntimeError:
    print("except without name")
else:
    print("not here")

try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally runs before outer handler")
except ValueError as e:
    print("outer caught", e)

try:
    try:
        raise TypeError("first")
    except TypeError:
        raise KeyError("second")
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

e = "before"
try:
    raise ValueError("temp")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)

def nested_else():
    try:
        x = 1
    except Exception:
        return "except"
    else:
        try:
            return x / 0
        except ZeroDivisionError:
            return "else-handled"
    finally:
        print("  nested_else finally")
print(nested_else())

for i in range(3):
    try:
        if i == 1:
            continue
        print("loop", i)
    finally:
        print("finally", i)

try:
    raise KeyError("k")
except LookupError as e:
    print("LookupError caught KeyError", isinstance(e, KeyError))

try:
    int("x")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e.args)
