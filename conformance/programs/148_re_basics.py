# Covers: re.match/search/fullmatch, findall (with/without groups), finditer, compile, groups/group/groupdict/named groups, span/start/end, Match repr-free use.
import re

text = "Order 66 shipped on 2023-04-05; order 7 on 2024-12-31."
print(re.match(r"Order (\d+)", text).group(1), re.match(r"shipped", text), re.search(r"shipped", text).span())
print(re.fullmatch(r"\d{4}-\d{2}-\d{2}", "2023-04-05") is not None, re.fullmatch(r"\d+", "12a"))
print(re.findall(r"\d+", text), re.findall(r"(\d{4})-(\d{2})", text), re.findall(r"[Oo]rder \d+", text))
for m in re.finditer(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})", text):
    print(m.group(), m.groups(), m.groupdict(), m.start(), m.end(), m["y"], m.group("m", "d"), m.lastgroup)
pat = re.compile(r"(\w+)@(\w+)\.(com|org)")
m = pat.search("contact: alice@example.com, bob@site.org")
print(m.group(0), m.group(1, 3), m.groups(), m.span(2), pat.pattern, pat.groups)
print(pat.findall("x@y.com z@w.org bad@host.net"))
m2 = re.match(r"(a)(b)?(c)?", "ac")
print(m2.groups(), m2.groups("-"), m2.group(2), m2.lastindex)
print(re.search(r"^\s*$", "   ") is not None, re.search(r"\bcat\b", "concat cat") .start())
print(re.findall(r"a*", "baaac"), re.findall(r"(?:ab)+", "ababxab"), re.findall(r"\w+?", "abc"))
print(re.findall(r"[A-Z][a-z]+", "Hello World From Python"), re.findall(r"\S+@\S+", "a@b c@d"))
print(bool(re.match(r"^[\w.+-]+@[\w-]+\.[\w.]+$", "first.last+tag@mail-host.co.uk")))
if re.search(r"\d", "no digits here"):
    print("found")
else:
    print("no match -> None")
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
m3 = re.search(r"(?P<word>\w+) (?P=word)", "this is is a test")
print(m3.group("word"), m3.span())
print(re.match(r"(\d+)\.(\d+)", "3.14").expand(r"\2.\1"))
