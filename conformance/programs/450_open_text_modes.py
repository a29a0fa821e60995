# Covers: open() text modes w/r/a/x/r+/w+/a+, write return values, read(n)/readline/readlines/iteration, tell/seek in text files, universal newlines and newline= translation, encodings (utf-8, latin-1, ascii) and their byte sizes.
import os

with open("poem.txt", "w") as f:
    print(f.write("Roses are red,\n"), f.write("Violets are blue.\n"), f.tell())
    f.writelines(["Sugar is sweet\n", "and so are you.\n"])
with open("poem.txt") as f:
    print(repr(f.read(5)), repr(f.readline()), f.tell())
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()), f.tell())
with open("poem.txt", "a") as f:
    print(f.tell(), f.write("-- anon\n"))
with open("poem.txt") as f:
    for n, line in enumerate(f):
        print(n, repr(line))
with open("poem.txt", "r+") as f:
    print(repr(f.readline()))
    f.seek(0)
    f.write("ROSES")
    f.seek(0)
    print(repr(f.readline()), f.tell())
with open("poem.txt", "w+") as f:
    f.write("fresh\ncontent")
    f.seek(0)
    print(f.read().split("\n"), f.tell())
with open("poem.txt", "a+") as f:
    f.write("!")
    f.seek(0)
    print(repr(f.read()))
try:
    open("poem.txt", "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
with open("brand_new.txt", "x") as f:
    f.write("created")
print(open("brand_new.txt").read())

with open("newlines.txt", "w", newline="") as f:
    f.write("unix\nwindows\r\nmac\rend")
print(os.path.getsize("newlines.txt"))
with open("newlines.txt") as f:
    print(f.readlines(), f.newlines)
with open("newlines.txt", newline="") as f:
    print(f.readlines())
with open("newlines.txt", newline="\r\n") as f:
    print(f.readlines())
with open("newlines.txt", newline="\n") as f:
    print(f.readlines())
with open("crlf.txt", "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open("crlf.txt", "rb") as f:
    print(f.read())

text = "naïve café – 中文 😀"
for enc in ["utf-8", "latin-1", "ascii"]:
    try:
        with open("enc.txt", "w", encoding=enc) as f:
            print(enc, f.write(text[:10]), f.encoding)
        print(os.path.getsize("enc.txt"), open("enc.txt", encoding=enc).read())
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e)
with open("enc.txt", "w", encoding="utf-8") as f:
    f.write(text)
print(os.path.getsize("enc.txt"), len(text))
with open("enc.txt", encoding="utf-8") as f:
    print(repr(f.read(7)), f.tell(), repr(f.read(3)), f.tell(), repr(f.read()))
with open("enc.txt", encoding="latin-1") as f:
    print(len(f.read()))
with open("enc.txt", "w", encoding="ascii", errors="replace") as f:
    f.write(text)
print(open("enc.txt").read())
with open("enc.txt", "w", encoding="latin-1", errors="ignore") as f:
    f.write(text)
print(open("enc.txt", encoding="latin-1").read())
