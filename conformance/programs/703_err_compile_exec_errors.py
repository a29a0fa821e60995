# Covers: SyntaxError attributes from compile()/exec()/eval(): parser errors in a str count
# characters, in bytes count bytes; compiler errors ('return' outside function, nonlocal at
# module level, break outside loop) have text None (no file to read). Ends with an uncaught
# exec() error, whose traceback shows no source line for <string>.
srcs = [
    "x = 'é' + 1 = 2",
    "x = 'é'; print 'é'",
    "x = 'é'; del f()",
    "x = 'é'; return 5",
    "def f():\n    nonlocal q",
    "x = 'é'; break",
    "x = 'é'\nglobal x",
    "f(x for x in y, 'é')",
    "for x in y:\n",
]
for s in srcs:
    for src in (s, s.encode()):
        try:
            compile(src, "<input>", "exec")
        except SyntaxError as e:
            print(type(src).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
try:
    eval("1 +")
except SyntaxError as e:
    print(e, repr(e.text), e.offset)
exec("def g():\n    return 1\nprint(g())")
exec("y = 1\nreturn y")
