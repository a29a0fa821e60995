# Covers: dict creation forms, insertion order, get/setdefault/pop/popitem/update/del/clear/copy/fromkeys, KeyError, len, in, iteration.

d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = 100
print(d, len(d), "two" in d, 2 in d)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict({"k": "v"}, extra=1), dict())
print(d.get("two"), d.get("nine"), d.get("nine", "default"))
print(d.setdefault("four", 4), d.setdefault("one", -1), d)
print(d.pop("two"), d.pop("missing", "fallback"), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update({"five": 5}, six=6)
d.update([("seven", 7)])
print(d)
del d["one"]
print(d, list(d), [k for k in d])
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
c = d.copy()
c["extra"] = True
print(d == c, len(d), len(c))
d.clear()
print(d, {}.popitem.__name__)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xyz", 0))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts, key=counts.get, reverse=True), max(counts, key=counts.get))
order = {}
for k in ["z", "a", "m", "a", "z", "b"]:
    order[k] = order.get(k, 0) + 1
print(list(order.keys()))
del order["z"]
order["z"] = 0
print(list(order.keys()))
nested = {"user": {"name": "ann", "tags": ["x"]}}
nested["user"]["tags"].append("y")
print(nested, nested["user"]["name"])
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, list({1: "a", 2: "b"}) == list({2: "b", 1: "a"}))
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print("TypeError:", e)
