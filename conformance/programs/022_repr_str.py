# Covers: __repr__ vs __str__, fallbacks, repr of containers uses element __repr__, !r/!s, repr of strings with quotes.

class Both:
    def __repr__(self): return "Both(repr)"
    def __str__(self): return "Both(str)"

class ReprOnly:
    def __repr__(self): return "ReprOnly()"

class StrOnly:
    def __str__(self): return "StrOnly-str"

b, r = Both(), ReprOnly()
print(b, r)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {r!s}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
s = StrOnly()
print(s, str(s), [str(s)])
print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr("tab\tnl\n"), repr("\\"))
print(repr("\x00\x7f\u00e9\u4e2d"), ascii("\u00e9\u4e2d"))
print(str(1.0), repr(1.0), str([1.0, "a"]), repr(None))

class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def __repr__(self):
        if self.children:
            return f"Node({self.val!r}, {self.children!r})"
        return f"Node({self.val!r})"
tree = Node("root", [Node(1), Node("two", [Node(3.0)])])
print(tree)
print(str(tree) == repr(tree))

class Recursive:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return f"R{self.items}"
x = []
x.append(x)
print(x)
d = {}
d["self"] = d
print(d)
print(format(b), format(b, ""))
