# Calibration: dict get/set, counting, membership and iteration over items.
def count_mods(n):
    counts = {}
    for i in range(n):
        k = (i * 7919) % 1013
        counts[k] = counts.get(k, 0) + 1
    return counts

def invert(d):
    out = {}
    for k, v in d.items():
        if v in out:
            out[v].append(k)
        else:
            out[v] = [k]
    return out

def lookups(d, n):
    hits = 0
    for i in range(n):
        if i in d:
            hits += d[i]
    return hits

c = count_mods(900000)
inv = invert(c)
print(len(c), len(inv), lookups(c, 600000), sum(len(v) for v in inv.values()))
