# Realistic learner program: a grade book and text statistics report: parsing a multi-line records string,
# per-student averages, letter grades with bisect, ranking with ties, a histogram, and word statistics
# with re + Counter, all printed as aligned tables.
import re
import bisect
from collections import Counter, defaultdict

RECORDS = """\
# name, subject, score
Ann, math, 91
Ann, physics, 84
Ann, essay, 77
Bob, math, 68
Bob, physics, 72
Bob, essay, 95
Cy, math, 91
Cy, physics, 88
Cy, essay, 80
Dee, math, 55
Dee, physics, not-graded
Dee, essay, 61
Eve, math, 100
Eve, physics, 97
Eve, essay, 89
"""

ESSAY = """The quick brown fox jumps over the lazy dog. The dog, surprised, did not jump!
Foxes are quick; dogs are lazy? Not always: some dogs are quick and some foxes are lazy.
"""


def letter(score, cutoffs=(60, 70, 80, 90), letters="FDCBA"):
    return letters[bisect.bisect_right(cutoffs, score)]


def parse(text):
    scores = defaultdict(dict)
    problems = []
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, subject, raw = [part.strip() for part in line.split(",")]
        try:
            scores[name][subject] = int(raw)
        except ValueError:
            problems.append(f"line {lineno}: {name}/{subject}: {raw!r} is not a score")
    return scores, problems


scores, problems = parse(RECORDS)
for p in problems:
    print("warning:", p)
subjects = sorted({s for per in scores.values() for s in per})
header = f"{'name':<6}" + "".join(f"{s:>9}" for s in subjects) + f"{'avg':>8}{'grade':>7}"
print(header)
print("-" * len(header))
averages = {}
for name in sorted(scores):
    per = scores[name]
    avg = sum(per.values()) / len(per)
    averages[name] = avg
    cells = "".join(f"{per[s]:>9}" if s in per else f"{'-':>9}" for s in subjects)
    print(f"{name:<6}{cells}{avg:>8.2f}{letter(avg):>7}")

print("\nsubject averages:")
for s in subjects:
    vals = [per[s] for per in scores.values() if s in per]
    best = max((per[s], n) for n, per in scores.items() if s in per)
    print(f"  {s:<8} mean={sum(vals) / len(vals):6.2f}  min={min(vals):3d}  max={max(vals):3d}  top={best[1]}")

print("\nranking:")
ranked = sorted(averages.items(), key=lambda kv: (-round(kv[1], 2), kv[0]))
rank = 0
prev = None
for i, (name, avg) in enumerate(ranked, 1):
    if round(avg, 2) != prev:
        rank = i
        prev = round(avg, 2)
    print(f"  {rank}. {name} ({avg:.1f})")

all_scores = [v for per in scores.values() for v in per.values()]
dist = Counter(letter(v) for v in all_scores)
print("\nletter distribution:")
for g in "ABCDF":
    print(f"  {g} | {'#' * dist[g]:<6} {dist[g]}")
buckets = Counter(v // 10 * 10 for v in all_scores)
print("  deciles:", sorted(buckets.items()))

words = re.findall(r"[a-z]+", ESSAY.lower())
wc = Counter(words)
print("\nwords:", len(words), "unique:", len(wc))
print("top 5:", wc.most_common(5))
sentences = [s.strip() for s in re.split(r"[.!?]+", ESSAY) if s.strip()]
print("sentences:", len(sentences), "longest:", max(sentences, key=len))
lengths = Counter(len(w) for w in words)
print("length histogram:", dict(sorted(lengths.items())))
print("capitalised:", re.findall(r"\b[A-Z][a-z]+", ESSAY))
print("punctuation:", Counter(c for c in ESSAY if c in ".,;:!?"))
