# Covers: subclasses of set and frozenset: construction and __init__, repr, results of operators and methods (base type), overridden methods, __class_getitem__, isinstance checks.
class MySet(set):
    pass
class Tagged(set):
    def __init__(self, items=(), tag='t'):
        super().__init__(items)
        self.tag = tag
    def __repr__(self):
        return f'Tagged[{self.tag}]' + super().__repr__()
class MyFrozen(frozenset):
    pass
class Frozen2(frozenset):
    def __new__(cls, items, extra):
        obj = super().__new__(cls, items)
        obj.extra = extra
        return obj
    def __init__(self, items, extra):
        pass
m = MySet([3, 1, 2])
print(m, MySet(), repr(MySet('ab')), len(m), 2 in m)
print(type(m | {9}).__name__, type({9} | m).__name__, type(m & {1}).__name__, type(m - {1}).__name__, type(m ^ {1}).__name__)
print(type(m.copy()).__name__, type(m.union()).__name__, type(m.intersection([1])).__name__)
m |= {10}
print(m, type(m).__name__)
m.add(20); m.discard(3)
print(m, m == {1, 2, 10, 20}, isinstance(m, set))
t = Tagged([5, 6], tag='x')
print(t, t.tag, repr(t))
t2 = Tagged()
print(t2, t2.tag)
fz = MyFrozen([1, 2])
print(fz, MyFrozen(), type(fz | {3}).__name__, type(fz.copy()).__name__, fz.copy() is fz, hash(fz) == hash(frozenset([1, 2])))
f2 = Frozen2([4, 5], 'e')
print(f2, f2.extra)
print(set[int], frozenset[str], MySet[int], list[set[int]])
class CountingSet(set):
    def add(self, x):
        print('adding', x)
        super().add(x)
    def __contains__(self, x):
        print('contains?', x)
        return super().__contains__(x)
c = CountingSet([1])
c.add(2)
print(2 in c, c)
class IterSet(set):
    def __iter__(self):
        return iter(sorted(super().__iter__(), reverse=True))
i = IterSet([1, 2, 3])
print(i, list(i), set(i), sorted(i))
class Reinit(set):
    pass
r = Reinit([1, 2])
r.__init__([7])
print(r)
r.__init__()
print(r)
class WithSlots(set):
    __slots__ = ('x',)
w = WithSlots([1])
w.x = 5
print(w, w.x)
print(MySet.__name__, MySet.__mro__, issubclass(MyFrozen, frozenset))
print(MySet([1]) == MyFrozen([1]), MySet([1]) <= {1, 2})
