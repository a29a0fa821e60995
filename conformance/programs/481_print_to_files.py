# Covers: print(file=...) into text files and StringIO, redirecting sys.stdout to a StringIO and back, writelines with generators, and reading back a report written line by line.
import io
import sys

with open("report.txt", "w") as out:
    print("Report", file=out)
    print("=" * 6, file=out)
    for i, name in enumerate(["alpha", "beta", "gamma"], 1):
        print(f"{i:>2}. {name:<6}|", i * 1.5, sep=" ", end="\n", file=out)
    out.writelines(f"extra {n}\n" for n in range(2))
    print("no newline", end="", file=out)
with open("report.txt") as f:
    content = f.read()
print(content)
print(content.count("\n"), len(content.splitlines()))

saved = sys.stdout
sys.stdout = captured = io.StringIO()
print("this goes to the buffer")
print("so", "does", "this", sep="-")
sys.stdout = saved
print("captured:", repr(captured.getvalue()))

log = io.StringIO()
for level, msg in [("INFO", "start"), ("WARN", "odd"), ("INFO", "done")]:
    print(f"[{level}] {msg}", file=log)
print(log.getvalue().splitlines())
print(sum(1 for line in io.StringIO(log.getvalue()) if line.startswith("[INFO]")))
print("to stderr", file=sys.stderr)
