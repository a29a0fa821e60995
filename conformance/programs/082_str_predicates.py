# Covers: isdigit/isdecimal/isnumeric/isalpha/isalnum/isspace/isupper/islower/istitle/isidentifier/isprintable/isascii on varied inputs.

samples = ["abc", "ABC", "Abc", "abc123", "123", "12.5", "-5", "", " ", "\t\n", "Hello World", "hello world",
           "\u00bd", "\u00b2", "\u0663", "\u4e2d\u6587", "caf\u00e9", "a_b", "_x1", "1x", "class", "\x07", "Ⅻ"]
methods = ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii"]
print("sample".ljust(14), " ".join(m[2:6] for m in methods))
for s in samples:
    flags = " ".join(("T" if getattr(s, m)() else ".").center(4) for m in methods)
    print(repr(s).ljust(14), flags)
print(sum(c.isdigit() for c in "a1b2c3"), [c for c in "Hello, World!" if c.isupper()])
print("".join(c for c in "T-1000 model #7" if c.isalnum()))
