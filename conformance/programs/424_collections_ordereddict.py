# Covers: collections.OrderedDict insertion order, move_to_end (both ends, KeyError), popitem
# (last=True/False, empty error), order-sensitive equality with other OrderedDicts but not with
# dicts, repr (3.11 list-of-pairs form, empty), reversed, keys/values/items views, fromkeys,
# setdefault, pop with default, copy, |, update forms, an LRU cache built on it.
from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(reversed(od)), list(od.items())[0])
od.move_to_end("b")
print(od)
od.move_to_end("b", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([("x", 1), ("y", 2)])
od3 = OrderedDict([("y", 2), ("x", 1)])
print(od2 == od3, od2 == {"y": 2, "x": 1}, dict(od2) == dict(od3), od2 != od3, {"x": 1, "y": 2} == od3)
print(repr(OrderedDict()), OrderedDict(a=1, b=2), OrderedDict.fromkeys("abc", 0), OrderedDict({"k": [1]}))
print(od2.setdefault("z", 9), od2.setdefault("x", 100), od2.pop("q", "dflt"), od2.pop("z"), od2)
cp = od2.copy()
cp["new"] = 1
print(cp, od2, type(cp).__name__, od2 | {"w": 0}, type(od2 | {"w": 0}).__name__)
od2.update([("m", 1)], n=2)
od2.update({"a": 0})
print(od2, list(od2.keys()), list(od2.values()))
for bad in (lambda: OrderedDict().popitem(), lambda: od2.move_to_end("missing"), lambda: od2.pop("missing")):
    try:
        bad()
    except KeyError as e:
        print("KeyError:", e)


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            self.popitem(last=False)


cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
cache.get("a")
cache.put("c", 3)
print(cache, cache.get("b"), repr(LRU(1)))
