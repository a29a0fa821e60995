# Covers: re.Match objects — group/groups/groupdict with defaults, indexing by number and name, start/end/span (also for unmatched groups), lastindex/lastgroup, regs, pos/endpos/string/re, expand, reprs (including long and non-ASCII matches), truthiness, and the IndexError for bad groups.
import re

m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)(?::(?P<port>\d+))?", "mail: alice@example.com today")
print(repr(m))
print(m.group(), m.group(0), m.group(1), m.group("host"), m.group(1, "host", 0), m[0], m["user"], m[2])
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(default="?"))
print(m.start(), m.end(), m.span(), m.span("host"), m.start("port"), m.end(3), m.span(3))
print(m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos, repr(m.string), m.re)
print(m.expand(r"\g<host> <- \1 (\g<0>)"), m.expand(r"\2\n"), bool(m), m is not None)
m2 = re.match(r"(a)(b)?(c)?", "ac")
print(m2.groups(), m2.lastindex, m2.lastgroup, m2.span(2), m2.group(2), m2.expand(r"[\2]"))
m3 = re.match(r"((a)(b))", "ab")
print(m3.lastindex, m3.groups(), re.match(r"(a)(b)", "ab").lastindex, re.match(r"(?P<x>a)|(?P<y>b)", "b").lastgroup)
print(repr(re.search(r"\w+", "x" * 80)), repr(re.search(r"é+", "café")), repr(re.match(r"", "abc")), repr(re.search("😀", "a😀b")))
print(repr(re.search(r"'", "it's")), repr(re.search(r"\n", "a\nb")), repr(re.match(rb"\w+", b"bytes!")))
p = re.compile(r"\d+")
m4 = p.search("ab 12 cd 345 ef", 5, 12)
print(m4, m4.pos, m4.endpos, p.match("ab12", 2), p.match("ab12", 2, 3), p.fullmatch("x123y", 1, 4), p.search("123", 5), p.search("123", -5))
for bad in [3, "nope", -1, 1.5, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print(repr(bad), "IndexError:", e)
try:
    m.span(9)
except IndexError as e:
    print("span IndexError:", e)
