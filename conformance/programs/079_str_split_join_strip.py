# Covers: str.split/rsplit (sep, maxsplit, whitespace rules), join, strip/lstrip/rstrip with chars, splitlines, partition/rpartition.

s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("one two three four".split(maxsplit=2), "one two three four".rsplit(maxsplit=2), "one two three".rsplit(None, 1))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"), "aaa".split("a"))
print("a--b--c".split("--"), "1<>2<>3".split("<>", 1))
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(map(str, range(4))), " ".join([]))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("xy"), "www.example.com".strip("cmowz."))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "a\n\nb\n".splitlines(keepends=True), "".splitlines(), "x\x0by\x1cz".splitlines())
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
csv = "name,age,city\nAnn,31,Oslo\nBob,42,Rome"
rows = [line.split(",") for line in csv.splitlines()]
header, *data = rows
for r in data:
    print(dict(zip(header, r)))
print("  padded  ".strip().center(14, "*"))
print("a b  c".split(" "), "\tx\ty\t".split("\t"))
print("hello world".removeprefix("hello "), "file.txt".removesuffix(".txt"), "abc".removeprefix("z"))
