# Covers: the traceback module with exception groups: print_exc, format_exception (chunks),
# format_exception_only, limit=0 and chain=False (multi-line messages indented on every line,
# as traceback.py does).
import traceback
def make():
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise KeyError("outer") from e
excs = []
try:
    make()
except KeyError as e:
    excs.append(e)
excs.append(TypeError("multi\nline"))
excs.append(ExceptionGroup("nested", [OSError("os")]))
try:
    raise ExceptionGroup("top", excs)
except ExceptionGroup as eg:
    traceback.print_exc()
    lines = traceback.format_exception(eg)
    print(len(lines))
    print("".join(lines[:6]))
    print(traceback.format_exception_only(eg))
    traceback.print_exception(eg, limit=0)
    traceback.print_exception(eg, chain=False)
