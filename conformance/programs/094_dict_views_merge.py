# Covers: keys/values/items views (dynamic, set operations, repr), dict | and |=, dict comprehension, iteration modification error, reversed(dict).

d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(k, len(v), list(it)[-1])
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "q"}, it & {("a", 1), ("b", 3)})
print("a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
print(list(reversed(d)), list(reversed(d.items())), sorted(d.values(), reverse=True))
x = {"a": 1, "b": 2}
y = {"b": 20, "c": 30}
print(x | y, y | x, {**x, **y})
x |= y
print(x)
x |= [("z", 26)]
print(x)
try:
    x | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
squares = {n: n * n for n in range(6) if n % 2 == 0}
print(squares)
inverted = {v: k for k, v in squares.items()}
print(inverted)
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
for key in list(d):
    if key.startswith("new"):
        del d[key]
print(d)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(dict(sorted(d.items(), key=lambda kv: -kv[1])))
print({k: v for k, v in zip("abc", [1, 2, 3])}, dict(enumerate("xy")))
print(d.keys() == {"a", "b", "c", "d"}, d.values() == d.values(), list(d.values()) == [1, 2, 3, 4])
for key, value in d.items():
    print(key, "->", value, end="; ")
print()
