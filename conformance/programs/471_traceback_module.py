# Covers: the traceback module — print_exc/print_exception to a file object, format_exc, format_exception chunking (one string per frame) with chain=True/False and limit, format_exception_only (old and new call forms), format_tb/extract_tb/FrameSummary fields, extract_stack/format_stack/print_stack, and "NoneType: None" outside handlers.
import sys
import traceback

def parse(value):
    return int(value)

def load(values):
    return [parse(v) for v in values]

def run():
    try:
        load(["1", "x"])
    except ValueError as e:
        raise RuntimeError("load failed") from e

try:
    run()
except RuntimeError as err:
    chunks = traceback.format_exception(err)
    print(len(chunks))
    for c in chunks:
        print(repr(c))
    print(traceback.format_exception(err, chain=False)[-1], end="")
    print(len(traceback.format_exception(type(err), err, err.__traceback__, limit=1)))
    print(traceback.format_exception_only(err), traceback.format_exception_only(type(err), err))
    tb = err.__traceback__
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(tb)])
    inner = err.__cause__.__traceback__
    summary = traceback.extract_tb(inner)
    print(len(summary), summary[-1].name, summary[-1].line, list(summary[0])[1:], repr(summary[0]).replace(summary[0].filename, "F"))
    print("".join(traceback.format_tb(inner, limit=-1)), end="")
    traceback.print_exc(file=sys.stdout)
    text = traceback.format_exc()
    print(text.count("Traceback"), text.splitlines()[-1])

print(repr(traceback.format_exc()))
traceback.print_exc(file=sys.stdout)

def level3():
    return traceback.extract_stack()

def level2():
    return level3()

stack = level2()
print([(f.name, f.line) for f in stack][-3:])

def show():
    traceback.print_stack(file=sys.stdout, limit=2)
    return traceback.format_stack(limit=1)

print(show())
try:
    {}["missing"]
except KeyError:
    traceback.print_exc(limit=0, file=sys.stdout)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    traceback.print_exception(e, file=sys.stdout)
    print(len(traceback.format_exception(e)), len(traceback.format_exception(e, chain=False)))
print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 9, "<module>", "")]))
try:
    raise ValueError("to stderr")
except ValueError:
    traceback.print_exc()
print("done")
