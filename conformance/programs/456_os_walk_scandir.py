# Covers: os.walk (top-down with in-place pruning of dirnames, bottom-up, missing top), os.scandir entries (name/path/is_file/is_dir/stat, context manager), and a small "du"-style size report built from them.
import os

layout = {
    "site/index.html": "<html>",
    "site/css/style.css": "body {}",
    "site/js/app.js": "console.log(1)",
    "site/js/vendor/lib.js": "x" * 100,
    "site/.git/config": "[core]",
    "site/docs/guide.md": "# Guide\n" * 3,
}
for path, text in layout.items():
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

for root, dirs, files in os.walk("site"):
    dirs.sort()
    print(root, dirs, sorted(files))
print("-- pruned")
for root, dirs, files in os.walk("site"):
    dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "vendor")
    print(root, dirs, sorted(files))
print("-- bottom up")
order = [root for root, dirs, files in os.walk("site", topdown=False)]
print(sorted(order) == sorted(r for r, d, f in os.walk("site")), order[-1], len(order))
print(list(os.walk("does-not-exist")))

with os.scandir("site") as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.stat().st_size if e.is_file() else "-")

def du(path):
    total = 0
    for entry in os.scandir(path):
        if entry.is_dir():
            total += du(entry.path)
        else:
            total += entry.stat().st_size
    return total

for d in ["site", "site/js", "site/docs", "site/css"]:
    print(d, du(d))
sizes = {}
for root, dirs, files in os.walk("site"):
    for name in files:
        ext = os.path.splitext(name)[1] or "(none)"
        sizes[ext] = sizes.get(ext, 0) + os.path.getsize(os.path.join(root, name))
print(sorted(sizes.items()))
