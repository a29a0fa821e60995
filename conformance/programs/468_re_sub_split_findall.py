# Covers: findall/finditer/sub/subn/split iteration rules in 3.7+ (empty matches next to other matches, must-advance), group-based findall results, sub templates (\1, \g<0>, \g<name>, escapes) and callables, count/maxsplit, split with capturing groups (None for unmatched), and template errors.
import re

print(re.sub(r"x*", "-", "abxd"), re.sub(r"", "-", "abc"), re.sub(r"\b", "|", "hi there"), re.subn(r"a*", "X", "baaac"))
print(re.findall(r"a*|b", "b"), re.findall(r"", "ab"), re.findall(r"\b", "a b"), [m.span() for m in re.finditer(r"x*", "axxb")])
print(re.split(r"\b", "a b"), re.split(r"x*", "axbc"), re.split(r"(?=[A-Z])", "splitCamelCaseWords"), re.split(r"", "abc"))
print(re.split(r"(,)|(;)", "a,b;c"), re.split(r"\s*([+-])\s*", "1 + 2 - 3"), re.split(r"\W+", "Words, words, words.", maxsplit=2), re.split("x", "", 0))
print(re.findall(r"(\d+)-(\d+)?", "1-2 3- 4-5"), re.findall(r"(\w)=(\w)?", "a=b c= d=e"), re.findall(r"(?:\d)+", "12 345"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "ann@host bob@site"), re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>=\g<k>", "a=1, b=2"))
print(re.sub(r"(\d)", r"<\g<1>0>", "a1b2"), re.sub("a", r"\\n", "xax"), re.sub("a", "\\n", "xax"), re.sub("a", r"\t|\x", "a") if False else re.sub("a", r"[\t]", "a"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) ** 2), "1 2 3 10"), re.sub(r"[aeiou]", lambda m: m.group().upper(), "programming", count=2))
print(re.subn(r"\s+", " ", "  lots   of\t\tspace  "), re.sub(r"(?m)^\s*#.*\n?", "", "code\n  # comment\nmore\n# end"))
print(re.sub(r"(a)|b", r"[\1]", "abab"), re.sub("(b)?c", r"<\1>", "c bc"), re.sub(r"a|(b)", lambda m: str(m.group(1)), "ab"))
counter = {"n": 0}
def numbered(m):
    counter["n"] += 1
    return f"{m.group(0)}#{counter['n']}"
print(re.sub(r"\b\w", numbered, "one two three"), counter)
for label, args in [("bad group", (r"(a)", r"\2", "a")), ("bad name", (r"(a)", r"\g<x>", "a")), ("unterminated", (r"(a)", r"\g<1", "a")),
                    ("empty name", (r"(a)", r"\g<>", "a")), ("bad escape", (r"a", r"\q", "a")), ("trailing backslash", (r"a", "\\", "a")),
                    ("bad char", (r"(a)", r"\g<1x>", "a")), ("missing <", (r"(a)", r"\g1", "a"))]:
    try:
        re.sub(*args)
    except (re.error, IndexError) as e:
        print(label, type(e).__name__, e)
try:
    re.sub("a", lambda m: 5, "xa")
except TypeError as e:
    print("TypeError:", e)
print(re.sub(b"(\\d)", b"<\\1>", b"a1"), re.split(rb"\s", b"a b"), re.findall(rb"[a-z]", b"aB c"))
