# Covers: chained generator pipelines (log processing), generator state, generators as coroutine-like filters.

LOG = """\
2024-01-01 INFO start
2024-01-01 WARN disk 91%
2024-01-02 ERROR failed login user=bob
2024-01-02 INFO user=alice login
2024-01-03 ERROR timeout svc=api
2024-01-03 WARN disk 95%
2024-01-04 ERROR failed login user=eve
"""

def lines(text):
    for line in text.splitlines():
        yield line

def parse(ls):
    for l in ls:
        date, level, msg = l.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}

def only(level, records):
    return (r for r in records if r["level"] == level)

def numbered(records):
    for i, r in enumerate(records, 1):
        yield f"{i:02d}. [{r['date']}] {r['msg']}"

for line in numbered(only("ERROR", parse(lines(LOG)))):
    print(line)

counts = {}
for r in parse(lines(LOG)):
    counts[r["level"]] = counts.get(r["level"], 0) + 1
print(counts)

def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(7), 3)))

def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched("abcdefgh", 3)))

def unique(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique([3, 1, 3, 2, 1, 4, 2])))
