# Covers: printing an uncaught exception group: the boxed layout, a chained exception inside the
# group, a multi-line message (later lines unindented, as the C printer does), notes, nested
# groups, and the group as the context of a later exception.
def inner():
    raise ValueError("line1\nline2")
def f():
    try:
        inner()
    except ValueError as e:
        raise TypeError("wrapped") from e
excs = []
try:
    f()
except TypeError as e:
    excs.append(e)
k = KeyError("k")
k.add_note("a note\nsecond line")
excs.append(k)
try:
    raise ExceptionGroup("outer", excs + [ExceptionGroup("inner", [OSError(2, "nofile")])])
except ExceptionGroup as eg:
    eg.add_note("group note")
    raise RuntimeError("after") 
