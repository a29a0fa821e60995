# Covers: set operations and methods with ints and small strings (printed order under PYTHONHASHSEED=0), comparisons, errors, set comprehension.

a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [10]), a.intersection([1, 2, 99]), a.difference({1}, {2}), a.symmetric_difference(range(3, 8)))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
s = set()
s.add(3); s.add(1); s.add(2); s.add(3)
print(s, len(s))
s.update([10, 20], (30,))
print(s)
s.discard(99)
s.remove(10)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(s, s.pop(), s)
s.clear()
print(s, set(), type({}).__name__, type(set()).__name__)
words = {"apple", "banana", "cherry", "date", "fig"}
print(words)
print(sorted(words), len(words), "fig" in words)
letters = set("mississippi")
print(letters, sorted(letters))
print({"a", "b"} | {"c"}, {"x", "y", "z"} - {"y"}, set("hello") & set("world"))
print({x % 5 for x in range(20)}, {c.upper() for c in "abcabc"})
x = {1, 2, 3}
x |= {4}; x &= {1, 2, 4, 8}; x -= {2}; x ^= {1, 9}
print(x)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print(set([3, 1, 2]) == {1, 2, 3}, {1, 2} == frozenset({1, 2}), list({100, 5, 37, -1, 64}))
print({-5, -1, 0, 1, 5, 1000, 2 ** 40}, {"", "a", "ab", "abc"})
print({(1, 2), (0, 0), (2, 1)}, {None, 0, ""} if False else "mixed skipped", {3.5, 1.25, 2.0})
dupes = [3, 1, 3, 2, 1]
print(sorted(set(dupes)), list(dict.fromkeys(dupes)))
