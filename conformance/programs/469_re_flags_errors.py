# Covers: re flags (I/M/S/X/A and combinations, inline global flags, scoped (?i:...) and (?-i:...) groups, VERBOSE with comments and escaped spaces), flag values and Pattern.flags, and re.error messages/positions/attributes for common mistakes (including multi-line patterns).
import re

text = "First line\nsecond Line\nTHIRD LINE"
print(re.findall(r"line", text, re.I), re.findall(r"^\w+", text, re.M), re.findall(r".+", text, re.S), re.findall(r"(?ms)^s.*?$", text))
print(re.findall(r"(?i:l)ine", "Line LINE line"), re.findall(r"(?i)a(?-i:B)c", "aBc ABC abc AbC"), re.findall(r"a(?s:.)b", "a\nb a.b"), re.findall(r"(?x) a  b # c", "ab"))
verbose = re.compile(r"""
    (?P<num> \d+ (?:\.\d*)? )   # a number
    \s* (?P<op> [-+*/] )        # an operator
    \ # a literal space (escaped)
""", re.VERBOSE)
print(verbose.findall("3.5 + 4 - "), verbose.flags & re.VERBOSE == re.VERBOSE, verbose.groupindex["op"])
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), re.IGNORECASE == re.I, int(re.I | re.M))
print(re.compile("a").flags, re.compile("a", re.I | re.S).flags, re.compile("(?im)a").flags, re.compile(b"a").flags, re.compile("a", re.A).flags)
print(re.compile("a", re.I | re.M), re.compile("(?s)a"), re.compile("x", re.A | re.X), re.compile(b"y", re.I))
patterns = ["(a", "a)", "[a", "*a", "a**", "a{2}{3}", r"\q", r"(?<=a+)b", "(?P<a>x)(?P<a>y)", "(?P=b)", "a{3,1}", "[z-a]", "(?z)",
            "x(?i)y", "^*", "(?P<1>a)", r"(a)\2", "(?<a", "(?P", "a|*", r"\x4", "(?#abc", "(?i", "(?-)", r"\1(a)", "(a)(?P=x)",
            "ab\n(c", "line1\nline2\n[x", r"[\d-z]", r"(?P<n>a)(?P=n", "(?:", r"\k<x>", "a{1,2", "(?P<na-me>x)", r"[\w-]"]
for pat in patterns:
    try:
        re.compile(pat)
        print(repr(pat), "compiles")
    except re.error as e:
        print(repr(pat), "->", e, "| pos", e.pos, "lineno", e.lineno, "colno", e.colno)
e = re.error("custom message", "abc\ndef", 5)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, isinstance(e, Exception))
for label, fn in [("flags with pattern", lambda: re.compile(re.compile("a"), re.I)),
                  ("bad pattern type", lambda: re.compile(5)), ("bytes on str", lambda: re.search(b"a", "a")), ("str on bytes", lambda: re.search("a", b"a")),
                  ("subject int", lambda: re.search("a", 5)), ("ascii+locale", lambda: re.compile("a", re.L))]:
    try:
        print(label, "->", fn())
    except (TypeError, ValueError) as ex:
        print(label, "->", type(ex).__name__ + ":", ex)
