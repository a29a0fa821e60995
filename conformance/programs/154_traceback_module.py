# Covers: traceback.print_exc() (to stderr) and traceback.format_exc() inside handlers, format_exception_only, program continues after printing.
import traceback

def level3(x):
    return {"a": 1}[x]

def level2(x):
    return level3(x) * 2

def level1(x):
    return level2(x)

try:
    level1("missing")
except KeyError:
    traceback.print_exc()
print("continuing after print_exc")
try:
    int("nope")
except ValueError:
    text = traceback.format_exc()
    print("format_exc last line:", text.strip().splitlines()[-1])
    print("format_exc line count:", len(text.strip().splitlines()))
try:
    1 / 0
except ZeroDivisionError as e:
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception_only(e)).strip())
print(repr(traceback.format_exc()))
def chained():
    try:
        [][0]
    except IndexError as e:
        raise RuntimeError("wrapped") from e
try:
    chained()
except RuntimeError:
    traceback.print_exc()
print("done")
