# Covers: functools.reduce with and without initial value (incl. empty sequence error), functools.partial (positional, keyword, nested), partial attributes.
import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(lambda x, y: x * y, range(1, 11)))
print(functools.reduce(lambda acc, s: acc + s.upper(), ["a", "b", "c"], ">"))
print(functools.reduce(max, [3, 9, 2, 7]), functools.reduce(operator.add, [], 0), functools.reduce(operator.add, [5]))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
print(functools.reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
print(functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4], 0))
steps = []
def tracer(a, b):
    steps.append(f"{a}+{b}")
    return a + b
functools.reduce(tracer, [1, 2, 3, 4], 100)
print(steps)

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
two_to = functools.partial(power, 2)
print(square(7), cube(3), two_to(10), two_to(10, mod=1000), square(5, mod=7))
print(square.func is power, square.args, square.keywords, two_to.args)
int2 = functools.partial(int, base=2)
print(int2("1011"), int2("1111", base=10))
nested = functools.partial(functools.partial(print, "a"), "b", sep="-")
nested("c")
print(functools.partial(sorted, key=len)(["ccc", "a", "bb"]))
print(list(map(functools.partial(operator.mul, 3), [1, 2, 3])))
