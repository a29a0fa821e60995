# Covers: set comprehensions (SET_ADD), nested and filtered ones, sets built from words and characters, set displays with unpacking (SET_UPDATE), and algorithms written with sets (dedup, graph reachability, primes).
print({x % 7 for x in range(50)})
print({x * y for x in range(1, 6) for y in range(1, 6)})
print({w.lower() for w in 'The the THE quick Quick brown'.split()})
print({c for c in 'hello world' if c.isalpha()})
print({(x, y) for x in range(3) for y in range(3) if x != y})
print({frozenset({x, y}) for x in range(3) for y in range(3) if x != y})
print({*'abc', *range(3), *[(1, 2)]})
print({*{1, 2}, *{2, 3}, 4})
text = 'it was the best of times it was the worst of times'
words = text.split()
print(len(words), len(set(words)), set(words))
seen = set()
uniq = [w for w in words if not (w in seen or seen.add(w))]
print(uniq)
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: [], 7: [1]}
def reach(start):
    out, todo = set(), [start]
    while todo:
        n = todo.pop()
        if n not in out:
            out.add(n)
            todo.extend(graph[n])
    return out
print(reach(1), reach(7), reach(6))
limit = 120
composite = {j for i in range(2, 11) for j in range(i * i, limit, i)}
primes = set(range(2, limit)) - composite
print(primes)
print(sorted(primes)[:10])
grid = {(r, c) for r in range(4) for c in range(4) if (r + c) % 2 == 0}
print(grid)
moves = {(r + dr, c + dc) for r, c in grid for dr, dc in ((0, 1), (1, 0)) if (r + dr, c + dc) not in grid}
print(moves)
anagrams = {}
for w in ['listen', 'silent', 'enlist', 'google', 'gogole', 'cat', 'act', 'tac']:
    anagrams.setdefault(frozenset(w), set()).add(w)
print(anagrams)
nested = [{i, i + 1} for i in range(5)]
print(set().union(*nested), set.intersection(*nested[:2]), nested)
