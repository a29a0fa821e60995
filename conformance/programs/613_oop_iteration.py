# Covers: __iter__/__next__, __getitem__ iteration fallback, __reversed__, __contains__, unpacking and iteration errors.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1; return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)))
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), list(reversed([1,2])))
for x in Seq(): print(x, end=' ')
print()
print(list(zip(Seq(), "abc")), sorted(Seq(), reverse=True))
class NotIt: pass
try: iter(NotIt())
except TypeError as e: print(e)
try:
    for x in NotIt(): pass
except TypeError as e: print(e)
try: list(5)
except TypeError as e: print(e)
class BadIter:
    def __iter__(self): return 5
try: iter(BadIter())
except TypeError as e: print(e)
try:
    for x in BadIter(): pass
except TypeError as e: print(e)
class NoNext:
    def __iter__(self): return self
try: iter(NoNext())
except TypeError as e: print(e)
class IterNone:
    __iter__ = None
try: iter(IterNone())
except TypeError as e: print(e)
class Rev:
    def __init__(self, d): self.d = d
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
print(list(reversed(Rev("abc"))))
class RevCustom:
    def __reversed__(self): return iter([3,2,1])
print(list(reversed(RevCustom())))
try: reversed(NotIt())
except TypeError as e: print(e)
class Cont:
    def __contains__(self, x): return x > 10
print(11 in Cont(), 5 in Cont(), 5 not in Cont())
class ContList:
    def __iter__(self): yield from [1, 2, 3]
print(2 in ContList(), 7 in ContList())
try: 3 in NotIt()
except TypeError as e: print(e)
class Tree:
    def __init__(self, v, *kids): self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids: yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), [x*2 for x in t], dict.fromkeys(t))
class GetItemKey:
    def __getitem__(self, k): return f"item[{k!r}]"
g = GetItemKey()
print(g[1], g['a'], g[1:2], g[1, 2], g[...], g[:, 1])
class SetItem:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
s = SetItem(); s[1] = 'a'; s[2:3] = 'b'; del s[1]; print(s.d)
try: s[0]
except TypeError as e: print(e)
try: del g[0]
except (TypeError, AttributeError) as e: print(e)
try: g[0] = 1
except TypeError as e: print(e)
it = iter(Seq())
print(next(it), next(it), type(it).__name__)
print(next(iter(NotIt.__mro__)))
class Iter2:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
i2 = Iter2()
print(list(i2), list(i2))
e = enumerate(Countdown(3), start=1); print(list(e))
m = map(lambda a, b: a + b, Seq(), Countdown(10)); print(list(m))
print(list(filter(None, Seq())))
try: next(NotIt())
except TypeError as e: print(e)
print(next(iter([]), 'default'))
class LenOnly:
    def __len__(self): return 3
try: list(LenOnly())
except TypeError as e: print(e)
print(bool(LenOnly()), len(LenOnly()))
import itertools
print(list(itertools.islice(Countdown(10), 3)), list(itertools.chain(Seq(), Countdown(2))))
print(*Seq(), sep=',')
a, b, *c = Countdown(5); print(a, b, c)
try: a, b = Countdown(3)
except ValueError as e: print(e)
try: a, b, c = Countdown(2)
except ValueError as e: print(e)
try: a, b = NotIt()
except TypeError as e: print(e)
