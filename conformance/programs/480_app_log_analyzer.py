# Covers (realistic program): a log analyzer — generates a deterministic log file, parses lines with named-group regexes, buckets by level and hour, finds slow requests and repeated errors (hashed signatures), masks e-mail addresses with re.sub callbacks, writes per-level files with os.path helpers and reports with StringIO.
import hashlib
import io
import os
import re
from datetime import datetime, timedelta

levels = ["INFO", "DEBUG", "WARN", "ERROR"]
paths = ["/api/users", "/api/orders", "/health", "/api/orders/42", "/login"]
start = datetime(2024, 4, 1, 23, 50)
lines = []
for i in range(60):
    t = start + timedelta(seconds=37 * i)
    level = levels[(i * 7) % 4]
    path = paths[(i * 3) % 5]
    ms = (i * 53) % 900 + 5
    user = f"user{i % 4}@example.com"
    if level == "ERROR":
        msg = f"failed {path} for {user}: Timeout after {ms}ms"
    else:
        msg = f"handled {path} in {ms}ms for {user}"
    lines.append(f"{t:%Y-%m-%dT%H:%M:%S} [{level:<5}] {msg}")
with open("app.log", "w") as f:
    f.write("\n".join(lines) + "\n")

PATTERN = re.compile(r"^(?P<ts>\S+) \[(?P<level>\w+)\s*\] (?P<msg>.*?)(?: in (?P<ms>\d+)ms)?(?: for (?P<user>\S+))?$")
by_level, by_hour, slow, sigs = {}, {}, [], {}
with open("app.log") as f:
    for line in f:
        m = PATTERN.match(line.rstrip("\n"))
        if m is None:
            print("unparsed:", line.strip())
            continue
        ts = datetime.fromisoformat(m["ts"])
        by_level[m["level"]] = by_level.get(m["level"], 0) + 1
        hour = ts.strftime("%d %H:00")
        by_hour[hour] = by_hour.get(hour, 0) + 1
        if m["ms"] and int(m["ms"]) > 700:
            slow.append((int(m["ms"]), m["msg"]))
        if m["level"] == "ERROR":
            signature = re.sub(r"\d+", "N", m["msg"])
            digest = hashlib.sha1(signature.encode()).hexdigest()[:10]
            sigs.setdefault(digest, [signature, 0])[1] += 1

print(sorted(by_level.items()), sorted(by_hour.items()))
print(sorted(slow, reverse=True)[:3])
for digest, (sig, n) in sorted(sigs.items(), key=lambda kv: (-kv[1][1], kv[0])):
    print(digest, n, sig)

def mask(m):
    name, domain = m.group(1), m.group(2)
    return f"{name[0]}{'*' * (len(name) - 1)}@{domain}"

os.makedirs(os.path.join("out", "levels"), exist_ok=True)
for level in sorted(by_level):
    target = os.path.join("out", "levels", f"{level.lower()}.log")
    with open("app.log") as src, open(target, "w") as dst:
        for line in src:
            if f"[{level}" in line:
                dst.write(re.sub(r"([\w.]+)@([\w.]+)", mask, line))
for name in sorted(os.listdir(os.path.join("out", "levels"))):
    full = os.path.join("out", "levels", name)
    with open(full) as f:
        first = f.readline().rstrip()
    print(name, os.path.getsize(full), os.path.splitext(name)[0].upper(), first[-40:])

report = io.StringIO()
print("Log report", file=report)
print("-" * 10, file=report)
for level, n in sorted(by_level.items(), key=lambda kv: -kv[1]):
    print(f"{level:<6}{n:>4} {'#' * n}", file=report)
text = report.getvalue()
print(text, end="")
print(len(text.splitlines()), hashlib.md5(text.encode()).hexdigest())
