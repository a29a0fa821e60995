# Covers: AttributeError messages in 3.11 wording for instances, classes, modules, None, builtins, properties without setter, read-only attrs, .name/.obj of a failed lookup.
import math

class Widget:
    def __init__(self):
        self.color = "red"
    @property
    def size(self):
        return 3

w = Widget()
cases = [
    lambda: w.colour,
    lambda: Widget.colour,
    lambda: math.tau2,
    lambda: None.upper,
    lambda: (1).real2,
    lambda: [].push,
    lambda: "s".lenght,
    lambda: setattr(w, "size", 4),
    lambda: delattr(w, "missing"),
    lambda: setattr(1, "x", 2),
    lambda: setattr("s", "upper", 2),
    lambda: setattr(object(), "x", 1),
    lambda: delattr(Widget, "nothing"),
    lambda: setattr(int, "x", 1),
    lambda: (lambda: 0).nope,
    lambda: type.nope,
]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print(f"AttributeError: {e}")
    except TypeError as e:
        print(f"TypeError: {e}")
try:
    w.colr
except AttributeError as e:
    print(e.obj is w, e.name)
print(hasattr(w, "colour"), getattr(w, "colour", "default"))
