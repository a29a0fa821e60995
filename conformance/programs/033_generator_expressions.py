# Covers: generator expressions: laziness, single consumption, as sole call argument, nested/conditional forms, early evaluation of first iterable.

squares = (x * x for x in range(6))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))
print(sum(x for x in range(101)))
print(max(len(w) for w in "the quick brown fox".split()))
print(sorted((c for c in "generator"), reverse=True))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(dict((k, len(k)) for k in ["a", "bb", "ccc"]))
print(", ".join(str(i) for i in range(5) if i % 2))
pairs = ((i, j) for i in range(3) for j in range(i, 3))
print(list(pairs))

log = []
def src():
    for i in range(3):
        log.append(f"produce {i}")
        yield i
g = (v * 10 for v in src())
log.append("created")
for v in g:
    log.append(f"consume {v}")
print(log)

try:
    (1 / x for x in [1, 0])
    print("no error yet: outer iterable evaluated, body lazy")
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
total = sum(x * y for x, y in zip(range(4), range(4, 8)))
print(total)
nested = (list(range(n)) for n in range(4))
print(list(nested))
