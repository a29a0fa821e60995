# Calibration: `in` on lists vs sets, list.index and list.count (linear scans).
haystack = list(range(0, 3000, 3))
as_set = set(haystack)
hits = 0
for x in range(12000):
    if x in haystack:
        hits += 1
fast = 0
for x in range(400000):
    if x in as_set:
        fast += 1
pos = 0
for x in range(0, 3000, 30):
    pos += haystack.index(x) + haystack.count(x)
print(hits, fast, pos)
