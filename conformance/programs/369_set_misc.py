# Covers: `in`/remove/discard with a set argument (looked up as a frozenset), truthiness, str/format, in-place operators keeping identity, NotImplemented from dunders, __reduce__, __sizeof__, __hash__ attributes, clear() and reuse.
s = {frozenset({1, 2}), frozenset(), 3}
print({1, 2} in s, {2, 1} in s, set() in s, {9} in s, s.__contains__({1, 2}))
s.remove({1, 2})
print(s)
s.discard(set())
s.discard({7})
print(s)
try:
    s.remove({8})
except KeyError as e:
    print('KeyError', e)
print(bool(set()), bool({0}), set() or 'empty', len(frozenset()))
t = {3, 1, 2}
print(str(t), f'{t}', '%s' % (t,), format(t), repr(frozenset(t)), f'{t!r:>20}')
u = t
t |= {4}
t &= {1, 2, 3, 4, 5}
t -= {1}
t ^= {9}
print(t is u, u)
print(t.__ior__([1]), t.__iand__(5), t.__or__('x'), t.__rsub__(3), t.__eq__([]), t.__lt__(None))
print(t.__reduce__(), frozenset({1}).__reduce__())
class S(set):
    pass
x = S([1])
x.attr = 'v'
print(x.__reduce__())
print(set.__hash__ is None, frozenset.__hash__ is not None, hash(frozenset({1})) == frozenset.__hash__(frozenset({1})))
print(set().__sizeof__(), set(range(4)).__sizeof__(), set(range(5)).__sizeof__(), set(range(100)).__sizeof__())
big = set(range(50))
big.clear()
print(big, len(big), big.__sizeof__())
big.update(range(0, 80, 8))
print(big)
big.clear()
big.add('again')
print(big)
print(set.__name__, frozenset.__name__, type(set.add).__name__, set.union.__name__)
print(set.__dict__['union'].__qualname__ if hasattr(set.__dict__['union'], '__qualname__') else '')
print(type({1}).__name__, type(frozenset()).__name__, isinstance(frozenset(), set), issubclass(set, frozenset))
n = {1, 2, 3}
n.update()
n.difference_update()
n.intersection_update()
print(n, n.difference(), n.intersection() == n, n.union() is not n)
