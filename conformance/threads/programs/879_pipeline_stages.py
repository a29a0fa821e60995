# Covers: a pipeline of stage threads connected by bounded queues (read -> parse ->
# enrich -> write), a sentinel passed down the chain to stop each stage, a stage error that
# is forwarded as data, per-stage counters. Every stage is one thread, so FIFO order is kept
# end to end; only the last stage prints while the pipeline runs.
import queue
import threading

DONE = object()

RAW = """\
2024-01-03,coffee,3.50
2024-01-03,bagel,2.25
2024-01-04,coffee,3.50
bad line
2024-01-05,tea,2.75
2024-01-05,coffee,x
2024-01-06,bagel,2.25
2024-01-06,coffee,3.50"""


class Stage(threading.Thread):
    def __init__(self, name, fn, inbox, outbox):
        super().__init__(name=name)
        self.fn = fn
        self.inbox = inbox
        self.outbox = outbox
        self.count = 0

    def run(self):
        while True:
            item = self.inbox.get()
            if item is DONE:
                if self.outbox is not None:
                    self.outbox.put(DONE)
                return
            self.count += 1
            out = self.fn(item)
            if self.outbox is not None and out is not None:
                self.outbox.put(out)


def parse(line):
    parts = line.split(",")
    if len(parts) != 3:
        return ("error", f"cannot parse {line!r}")
    day, product, price = parts
    try:
        return ("row", day, product, float(price))
    except ValueError as e:
        return ("error", str(e))


totals = {}


def enrich(rec):
    if rec[0] == "error":
        return rec
    _, day, product, price = rec
    totals[product] = totals.get(product, 0) + price
    return ("row", day, product, price, round(totals[product], 2))


written = []


def write(rec):
    if rec[0] == "error":
        print("  ! skipped:", rec[1])
        return None
    _, day, product, price, running = rec
    line = f"{day} {product:<7}{price:6.2f}  running {running:6.2f}"
    written.append(line)
    print(line)
    return None


q_lines, q_parsed, q_enriched = queue.Queue(2), queue.Queue(2), queue.Queue(2)
source_q = queue.Queue()
stages = [
    Stage("parse", parse, q_lines, q_parsed),
    Stage("enrich", enrich, q_parsed, q_enriched),
    Stage("write", write, q_enriched, None),
]
for s in stages:
    s.start()
for line in RAW.splitlines():
    q_lines.put(line)          # blocks whenever parse falls behind (maxsize 2)
q_lines.put(DONE)
for s in stages:
    s.join()
print("items seen per stage:", {s.name: s.count for s in stages})
print("rows written:", len(written))
print("totals:", {k: round(v, 2) for k, v in sorted(totals.items())})
print("all stages stopped:", not any(s.is_alive() for s in stages))
