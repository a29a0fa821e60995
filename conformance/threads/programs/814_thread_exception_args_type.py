# Covers: errors that only show up inside the new thread: a non-iterable args, a wrong
# number of arguments, a target that is not callable. Each is reported by the excepthook.
import threading


def two(a, b):
    print("two", a, b)


for kwargs in [
    {"target": two, "args": (1, 2)},
    {"target": two, "args": 5},
    {"target": two, "args": (1,)},
    {"target": two, "args": (1, 2), "kwargs": {"c": 3}},
    {"target": "not callable"},
]:
    t = threading.Thread(**kwargs)
    t.start()
    t.join()
    print("joined", t.name)
