# Covers: collections.abc ABCs with isinstance/issubclass on built-in types (through registration
# and __subclasshook__ structural checks), user classes recognised by their methods, mixin
# methods inherited from Mapping/MutableMapping/Sequence/Set, register(), and abstract errors.
import collections.abc as cabc
from collections import deque, OrderedDict, Counter


def check(obj):
    names = ["Iterable", "Iterator", "Generator", "Sized", "Container", "Collection", "Hashable",
             "Callable", "Sequence", "MutableSequence", "Set", "MutableSet", "Mapping", "MutableMapping", "Reversible"]
    return [n for n in names if isinstance(obj, getattr(cabc, n))]


def gen():
    yield 1


for obj in ([1], (1,), "s", {1}, frozenset(), {"a": 1}, range(3), iter([]), gen(), len, 5, deque(), OrderedDict(), Counter(), b"b"):
    print(type(obj).__name__, check(obj))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(isinstance(Countdown(3), cabc.Iterator), issubclass(Countdown, cabc.Iterable), isinstance(Countdown(1), cabc.Sized))


class Config(cabc.Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


cfg = Config(a=1, b=2)
print(cfg.get("a"), cfg.get("z", 0), "b" in cfg, list(cfg.keys()), list(cfg.items()), list(cfg.values()), cfg == {"a": 1, "b": 2})


class Bag(cabc.MutableSet):
    def __init__(self, items=()):
        self._items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, x):
        if x not in self._items:
            self._items.append(x)

    def discard(self, x):
        if x in self._items:
            self._items.remove(x)


b = Bag([1, 2, 3])
b |= {4}
b -= {1}
print(sorted(b), sorted(Bag([1, 2]) & Bag([2, 3])), Bag([1]) <= Bag([1, 2]), b.isdisjoint([9]), len(b))


class Seq(cabc.Sequence):
    def __init__(self, *items):
        self._items = items

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


sq = Seq(5, 6, 7, 6)
print(list(sq), sq.index(6), sq.count(6), 7 in sq, list(reversed(sq)), isinstance(sq, cabc.Reversible))
try:
    cabc.Sequence()
except TypeError as e:
    print("TypeError:", e)


class Incomplete(cabc.MutableMapping):
    def __getitem__(self, k):
        return 1


try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)


class Handle:
    pass


cabc.Hashable.register(Handle)
print(issubclass(Handle, cabc.Hashable), isinstance([], cabc.Hashable), issubclass(list, cabc.MutableSequence))
print(cabc.Iterable.__module__, repr(cabc.Mapping), cabc.Sequence.__name__, sorted(cabc.MutableMapping.__abstractmethods__))
