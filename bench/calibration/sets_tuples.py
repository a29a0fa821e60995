# Calibration: tuples (build, unpack, index) and sets (add, membership, operators).
def pairs(n):
    out = []
    for i in range(n):
        t = (i, i * i % 97, -i)
        a, b, c = t
        out.append((b, a + c))
    return out

def uniq(ps):
    seen = set()
    dup = 0
    for p in ps:
        if p[0] in seen:
            dup += 1
        else:
            seen.add(p[0])
    return seen, dup

ps = pairs(500000)
seen, dup = uniq(ps)
evens = {x for x in range(0, 200, 2)}
print(len(seen), dup, len(seen & evens), len(seen | evens), len(seen - evens), ps[100])
