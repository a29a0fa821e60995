# Covers: int/float/bool/str/list/tuple/dict/set/frozenset constructors from varied inputs, copies, and their errors.

print(int(), float(), bool(), str(), list(), tuple(), dict(), set(), frozenset())
print(int("12"), int(12.9), int(" -3 "), float("1e3"), float(3), bool("x"), bool(0), str(12), str([1]))
print(list("ab"), list((1, 2)), list({"a": 1}), list({1: 2}.items()), list(range(3)), list(x for x in "xy"))
print(tuple([1, 2]), tuple("ab"), dict([("a", 1)]), dict(a=1), dict({"b": 2}, c=3), dict(zip("ab", "cd")))
print(sorted(set("hello")), sorted(set([3, 3, 1])), frozenset([1, 1]) == {1}, set({"k": 1}))
orig = [1, [2]]
cp = list(orig)
print(cp == orig, cp is orig, cp[1] is orig[1])
for bad in [lambda: dict([1, 2]), lambda: dict([("a",)]), lambda: list(1), lambda: float([]), lambda: tuple(None), lambda: set(5), lambda: dict(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(str(b"abc", "ascii"), str(1.5), bytes(str(5), "ascii"), complex(1, 2), complex("3+4j"))
print(int.__name__, type(int()), isinstance(list(), list), dict.fromkeys(range(3), "v"))
