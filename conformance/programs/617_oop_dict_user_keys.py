# Covers: dict lookups mixing user keys (custom __eq__/__hash__) with equal built-in keys.
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, 'v', o)
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"Eq({self.v!r})"
d = {1: 'a', 'k': 'b'}
print(d.get(Eq(1)), Eq(1) in d, d[Eq('k')], Eq(2) in d)
d[Eq(1)] = 'A'; print(d)
d2 = {Eq(1): 'x'}
print(d2.get(1), 1 in d2, d2[1])
d2[1] = 'y'; print(d2)
d2['new'] = 1; print(d2, len(d2))
del d2[1]; print(d2)
d3 = {Eq(5): 1, 5: 2}; print(d3)
d4 = {k: i for i, k in enumerate([Eq(1), 1, Eq(2), 2.0])}; print(d4)
print(d.pop(Eq('k')), d, d.setdefault(Eq(1), 'z'))
class CI(str):
    def __eq__(self, o): return self.lower() == o.lower()
    def __hash__(self): return hash(self.lower())
h = {'abc': 1}
print(CI('ABC') in h, h.get(CI('AbC')), {CI('X'): 1}.get('x'))
