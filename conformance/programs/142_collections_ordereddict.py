# Covers: OrderedDict: repr, move_to_end (both ends), popitem(last=False/True), order-sensitive equality, reversed, an LRU cache built on it.
from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od.keys()))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == dict(o2), list(reversed(o1)))
print(OrderedDict(), OrderedDict.fromkeys("ab", 0), OrderedDict(a=1) | {"b": 2})
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    o1.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("  evict", evicted)

cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
print(cache.get("a"))
cache.put("c", 3)
print(cache.get("b"), cache.get("c"), list(cache.data.items()))
cache.put("d", 4)
print(cache.data)
