# Covers: re.Pattern objects — repr (long patterns truncated), pattern/flags/groups/groupindex, methods with pos/endpos, equality and hashing of compiled patterns, the module cache and purge, re.escape for str and bytes, bytes patterns, and a small tokenizer built on finditer with lastgroup.
import re

p = re.compile(r"(?P<key>\w+)\s*=\s*(?P<value>[^;]+);?")
print(p, p.pattern, p.flags, p.groups, p.groupindex, dict(p.groupindex), type(p).__name__, type(p.match("a=1")).__name__)
print(p.findall("a = 1; b=two; c= 3"), [m.groupdict() for m in p.finditer("x=1;y=2")], p.sub(r"\g<value>:\g<key>", "a=1; b=2"))
print(p.split("a=1;b=2", 1), p.subn("", "a=1;b=2"), p.search("  k = v", 2), p.match("  k=v", 2), p.fullmatch("k=v"))
print(re.compile("a" * 250) == re.compile("a" * 250), re.compile("a") == re.compile("a", re.I), re.compile("a") != re.compile("b"), hash(re.compile("x")) == hash(re.compile("x")))
print(repr(re.compile("b" * 300))[-12:], len(repr(re.compile("c" * 300))), re.compile("q'\"q"), re.compile(r"\d\n"))
print(re.escape("Hello, World! (1+1=2) [x] {y} a|b ^$ * ? . \\ / ~ # & - _ é 😀 \t\n"), re.escape(b"a.b*c"), re.escape(""))
print(re.search(re.escape("1+1=2?"), "is 1+1=2? yes").span(), re.findall(re.escape("a.c"), "abc a.c"))
re.purge()
print(re.match("x", "xy").group(), re.compile(re.compile("z")).pattern)
bp = re.compile(rb"(\d+)-(?P<w>\w+)")
m = bp.search(b"id 42-abc!")
print(bp, m, m.group(1), m["w"], m.groups(), m.span(), bp.sub(rb"\2=\1", b"1-a 2-b"), bp.findall(b"1-a 2-b"), bp.split(b"x1-ay"))

TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|[-+*/()=])
  | (?P<WS>\s+)
  | (?P<BAD>.)
""", re.VERBOSE)

def tokenize(src):
    out = []
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        out.append((kind, m.group(), m.start()))
    return out

for src in ["x = 3.14 * (y + 2) ** 2", "a$b"]:
    print(tokenize(src))
