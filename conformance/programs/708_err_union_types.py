# Covers: types.UnionType (int | str): repr, __args__, flattening and dedup, None, equality and
# hashing, isinstance/issubclass with unions (and the parameterized-generic errors), list[int]
# | None, annotations; ends with an uncaught TypeError that formats a union.
import types
u = int | str
print(type(u), type(u).__name__, type(u).__module__, types.UnionType, u.__args__, u == (str | int), hash(u) == hash(str|int), u | None, None | u, int | int, (int|str) | (str|float))
print(isinstance(1, int | list[int]), isinstance(None, int | None), isinstance(3.5, int | str), isinstance(True, (str, int | float)))
try: isinstance('a', int | list[int])
except TypeError as e: print(e)
try: int | 'str'
except TypeError as e: print(e)
try: 'str' | int
except TypeError as e: print(e)
try: issubclass(1, int|str)
except TypeError as e: print(e)
try: isinstance(1, list[int])
except TypeError as e: print(e)
try: issubclass(list, list[int])
except TypeError as e: print(e)
print(issubclass(bool, int|str), list[int] | None, int | list[int], [x for x in dir(u) if not x.startswith('__')])
print(u.__parameters__, repr(type(None) | int), u == int, u != (int|str))
try: types.UnionType()
except TypeError as e: print(e)
class A: pass
print(A | None, A | int, {int | str: 1}[str | int])
import collections
print(collections.OrderedDict | None, dict[str, int] | list[int] | None)
def describe(x: int | float | None = None) -> str | None:
    return None
print(describe.__annotations__)
def check(value, allowed=int | float):
    if not isinstance(value, allowed):
        raise TypeError(f"expected {allowed}, got {type(value).__name__}")
    return value
print(check(3), check(2.5))
check("nope")
