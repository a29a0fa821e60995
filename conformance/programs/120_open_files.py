# Covers: open() in the cwd: write then read back, with-blocks, readlines, readline, iteration over lines, 'a' mode, 'x' mode, binary mode, seek/tell, FileNotFoundError.
import os

with open("notes.txt", "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.writelines(["third\n", "fourth"])
print("wrote", n, "chars first")
with open("notes.txt") as f:
    print(repr(f.read()))
with open("notes.txt") as f:
    print(f.readlines())
with open("notes.txt") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.read(3)))
with open("notes.txt", "a", encoding="utf-8") as f:
    f.write("\nappended ünïcode 中文")
with open("notes.txt", encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip("\n"))
print(os.path.exists("notes.txt"), os.path.getsize("notes.txt"))
f = open("notes.txt")
print(f.closed, f.name, f.mode)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("does_not_exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e, "| errno", e.errno, "| filename", e.filename)
try:
    open("notes.txt", "x")
except FileExistsError as e:
    print("FileExistsError:", e)
with open("data.bin", "wb") as fb:
    fb.write(bytes(range(8)))
with open("data.bin", "rb") as fb:
    print(fb.read(3), fb.tell())
    fb.seek(6)
    print(fb.read(), fb.read())
with open("notes.txt", "r+", encoding="utf-8") as f:
    f.seek(0)
    f.write("FIRST")
with open("notes.txt", encoding="utf-8") as f:
    print(f.readline().strip())
with open("new.txt", "w", encoding="utf-8") as w, open("notes.txt", encoding="utf-8") as r:
    for line in r:
        w.write(line.upper())
with open("new.txt", encoding="utf-8") as f:
    print(f.read().splitlines()[:2])
try:
    with open("notes.txt") as f:
        f.write("x")
except OSError as e:
    print(type(e).__name__ + ":", e)
os.remove("new.txt")
print(os.path.exists("new.txt"), sorted(p for p in os.listdir(".") if p.endswith((".txt", ".bin"))))
