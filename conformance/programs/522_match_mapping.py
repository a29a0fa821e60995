# Covers: mapping patterns — dict and its subclasses, mappingproxy, collections.abc.Mapping
# classes and registered classes (not lists or objects with keys()), extra keys ignored,
# **rest (a new dict without the matched keys), dotted-name keys, lookups through get()
# (so defaultdict's __missing__ is never triggered), the length check first, nested mappings.
import collections
import collections.abc
import types


def look(x):
    match x:
        case {}:
            pass
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point({px}, {py})"
        case {"type": "circle", "r": r, **others}:
            return f"circle r={r} others={others}"
        case {"type": t}:
            return "typed " + repr(t)
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


for v in [{"type": "point", "x": 1, "y": 2, "z": 3},
          {"type": "circle", "r": 5, "color": "red", "fill": None},
          {"type": "circle", "r": 5},
          {"type": "square"},
          {},
          {"x": 1},
          collections.OrderedDict(type="point", x=0, y=0),
          collections.defaultdict(int, type="dd"),
          collections.Counter("aab"),
          collections.ChainMap({"type": "chain"}),
          collections.UserDict({"type": "user"}),
          types.MappingProxyType({"type": "proxy"}),
          [("type", "point")],
          "type",
          None]:
    print(type(v).__name__, "->", look(v))

# **rest is a fresh dict without the matched keys; the subject is untouched.
subject = {"a": 1, "b": 2, "c": 3}
match subject:
    case {"a": 1, **rest}:
        rest["z"] = 26
        print("rest", rest, "subject", subject, rest is subject)

match {"only": 1}:
    case {**everything}:
        print("everything", everything)

# defaultdict: missing keys do not create entries.
dd = collections.defaultdict(list)
match dd:
    case {"missing": value}:
        print("found?", value)
    case _:
        print("no key; dd is still", dict(dd))

# A mapping's own get() is what match uses.
class Tracing(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)


print("Tracing:")
match Tracing(a=1, b=2):
    case {"a": 1, "zz": _}:
        print("  zz?")
    case {"b": b, "a": a}:
        print("  matched", a, b)

# The length check happens before any lookup.
class Sized(dict):
    def __len__(self):
        print("  len", super().__len__())
        return super().__len__()

    def get(self, key, default=None):
        print("  get", key)
        return super().get(key, default)


print("Sized:")
match Sized(a=1):
    case {"a": _, "b": _}:
        print("  two keys?")
    case {"a": value}:
        print("  value", value)

# Keys may be dotted names (looked up when the case is tried).
class Keys:
    NAME = "name"
    AGE = "age"


match {"name": "Ann", "age": 31}:
    case {Keys.NAME: name, Keys.AGE: age}:
        print("person", name, age)

# Mapping subclasses and registered classes.
class Config(collections.abc.Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)


print("Config:", look(Config(type="point", x=7, y=8)))


class Registered:
    def __init__(self, d):
        self.d = d

    def __len__(self):
        return len(self.d)

    def get(self, k, default=None):
        return self.d.get(k, default)


print("Registered before:", look(Registered({"type": "reg"})))
collections.abc.Mapping.register(Registered)
print("Registered after:", look(Registered({"type": "reg"})))

# Nested mappings and sequences (JSON-like data).
events = [
    {"event": "click", "pos": {"x": 3, "y": 4}, "buttons": ["left"]},
    {"event": "key", "key": "q", "mods": []},
    {"event": "key", "key": "c", "mods": ["ctrl"]},
    {"event": "scroll", "delta": -3},
    {"event": "click", "pos": {"x": 0}},
]
for e in events:
    match e:
        case {"event": "click", "pos": {"x": x, "y": y}, "buttons": [button, *_]}:
            print(f"click {button} at {x},{y}")
        case {"event": "key", "key": k, "mods": []}:
            print("plain key", k)
        case {"event": "key", "key": k, "mods": [*mods]}:
            print("key", "+".join(mods + [k]))
        case {"event": str(name), **details}:
            print("other event", name, details)

# Literal keys of several kinds.
match {1: "int", 2.5: "float", None: "none", True: "bool?", b"k": "bytes", (1, 2): "tuple"}:
    case {1: a, 2.5: b, None: c, b"k": d}:
        print(a, b, c, d)
