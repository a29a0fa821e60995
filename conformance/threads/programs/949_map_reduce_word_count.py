# Covers: a realistic map-reduce: a mapper pool (4 threads) takes numbered chunks of text from
# a Queue, counts words with a local Counter and sends (chunk id, Counter) to a reducer
# thread over a second Queue; the reducer merges them and reports progress through an
# Event; chunk errors travel as data. Only results that do not depend on which mapper did
# what are printed: totals, the top words (ties broken alphabetically), per-chunk counts.
import collections
import queue
import re
import threading

TEXT = """\
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way"""

LINES = TEXT.splitlines()
chunks = queue.Queue()
partials = queue.Queue()
all_reduced = threading.Event()
STOP = None


def mapper():
    while True:
        item = chunks.get()
        if item is STOP:
            return
        cid, line = item
        if cid == 3:
            partials.put((cid, ValueError(f"chunk {cid} is corrupt")))
            continue
        words = re.findall(r"[a-z]+", line.lower())
        partials.put((cid, collections.Counter(words)))


totals = collections.Counter()
per_chunk = {}
failed = {}


def reducer(expected):
    while len(per_chunk) + len(failed) < expected:
        cid, result = partials.get()
        if isinstance(result, Exception):
            failed[cid] = f"{type(result).__name__}: {result}"
            continue
        totals.update(result)
        per_chunk[cid] = sum(result.values())
    all_reduced.set()


red = threading.Thread(target=reducer, args=(len(LINES),), name="reducer")
red.start()
mappers = [threading.Thread(target=mapper, name=f"mapper-{i}") for i in range(4)]
for m in mappers:
    m.start()
for cid, line in enumerate(LINES):
    chunks.put((cid, line))
print("all chunks reduced:", all_reduced.wait(timeout=5))
for _ in mappers:
    chunks.put(STOP)
for t in mappers + [red]:
    t.join()

print("words counted:", sum(totals.values()), "| distinct:", len(totals))
top = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, count in top:
    print(f"  {word:<8}{count:3d} {'#' * count}")
print("words per chunk:", [per_chunk.get(cid, "-") for cid in range(len(LINES))])
print("failed:", failed)
print("queues drained:", chunks.empty(), partials.empty())
