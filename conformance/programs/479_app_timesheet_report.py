# Covers (realistic program): a timesheet tool — writes raw entries to a file, parses them with a verbose regex, validates with datetime (durations, weekdays, overlapping shifts), aggregates per person and ISO week, writes a JSON summary and a text report into a reports/ directory, then reads them back and pretty-prints.
import json
import os
import re
import pprint
import textwrap
from datetime import datetime, timedelta

RAW = """\
# person, date, start-end, note
alice 2024-03-04 09:00-17:30 sprint planning; code review
bob   2024-03-04 10:15-12:00 dentist in the morning
alice 2024-03-05 08:45-12:15
alice 2024-03-05 12:00-16:00 overlaps the previous entry
bob   2024-03-06 22:00-02:00 night deploy
carol 2024-03-07 09:00-09:00 zero length
carol 2024-03-08 13:00-18:45 customer workshop with a very long note that will need wrapping in the report
dave  2024-02-30 09:00-10:00 impossible date
bob   2024-03-11 07:30-15:30
"""

LINE = re.compile(r"""
    ^(?P<who>[a-z]+)\s+
    (?P<day>\d{4}-\d{2}-\d{2})\s+
    (?P<start>\d{2}:\d{2})-(?P<end>\d{2}:\d{2})
    (?:\s+(?P<note>.*))?$
""", re.VERBOSE)

with open("timesheet.txt", "w") as f:
    f.write(RAW)

entries, problems = [], []
with open("timesheet.txt") as f:
    for lineno, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        m = LINE.match(line)
        if not m:
            problems.append((lineno, "unparseable"))
            continue
        try:
            start = datetime.strptime(f"{m['day']} {m['start']}", "%Y-%m-%d %H:%M")
            end = datetime.strptime(f"{m['day']} {m['end']}", "%Y-%m-%d %H:%M")
        except ValueError as e:
            problems.append((lineno, str(e)))
            continue
        if end <= start:
            if end == start:
                problems.append((lineno, "zero-length shift"))
                continue
            end += timedelta(days=1)
        entries.append({"who": m["who"], "start": start, "end": end, "note": m["note"] or ""})

entries.sort(key=lambda e: (e["who"], e["start"]))
for a, b in zip(entries, entries[1:]):
    if a["who"] == b["who"] and b["start"] < a["end"]:
        problems.append((a["who"], f"overlap {a['end'] - b['start']} on {b['start']:%a %d %b}"))

totals = {}
for e in entries:
    year, week, _ = e["start"].isocalendar()
    key = (e["who"], f"{year}-W{week:02d}")
    totals[key] = totals.get(key, timedelta()) + (e["end"] - e["start"])

os.makedirs("reports", exist_ok=True)
summary = {f"{who}/{week}": round(td.total_seconds() / 3600, 2) for (who, week), td in sorted(totals.items())}
with open(os.path.join("reports", "summary.json"), "w") as f:
    json.dump({"generated_for": "2024-03", "hours": summary, "problems": problems}, f, indent=2, sort_keys=True)

with open(os.path.join("reports", "report.txt"), "w") as out:
    for e in entries:
        dur = e["end"] - e["start"]
        head = f"{e['who']:<6}{e['start']:%Y-%m-%d %H:%M} +{str(dur):>8}"
        print(head, file=out)
        if e["note"]:
            print(textwrap.indent(textwrap.fill(e["note"], 40), " " * 8), file=out)

print(sorted(os.listdir("reports")), os.path.getsize("reports/summary.json") > 100)
print(open("reports/report.txt").read(), end="")
with open("reports/summary.json") as f:
    data = json.load(f)
pprint.pprint(data, width=70)
print("busiest:", max(data["hours"].items(), key=lambda kv: kv[1]))
