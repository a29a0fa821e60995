# Covers: io.StringIO — initial value, write/read/readline/readlines/iteration, seek/tell (code points), overwrite in the middle, writing past the end, truncate, getvalue, newline modes (None/''/'\n'/'\r\n'), closed state, subclassing, print(file=...), and its error messages.
import io

buf = io.StringIO()
print(buf.write("hello"), buf.write(" wörld 😀\n"), buf.tell())
print("line two", 2, sep=", ", file=buf)
print(repr(buf.getvalue()), buf.read(), buf.tell())
buf.seek(0)
print(repr(buf.read(5)), buf.tell(), repr(buf.readline()), repr(buf.readline()), repr(buf.readline()))
buf.seek(6)
buf.write("WORLD")
print(repr(buf.getvalue()))
buf.seek(0, 2)
print(buf.tell())
buf.seek(30)
buf.write("!")
print(repr(buf.getvalue()), buf.tell())
print(buf.truncate(8), repr(buf.getvalue()), buf.tell())
s = io.StringIO("a\nbb\nccc\n")
print(list(s), s.read(), s.tell())
s.seek(0)
print(s.readlines(), s.seek(0), s.readlines(3))
s.seek(0)
print([line.rstrip() for line in s if "b" in line or "c" in line])
for nl in [None, "", "\n", "\r\n", "\r"]:
    t = io.StringIO(newline=nl)
    t.write("x\ny\r\nz\rw")
    t.seek(0)
    print(repr(nl), repr(t.getvalue()), t.readlines(), t.newlines)
init = io.StringIO("one\r\ntwo", newline=None)
print(repr(init.getvalue()), init.readlines())
with io.StringIO("ctx") as c:
    print(c.read(), c.closed, c.readable(), c.writable(), c.seekable())
print(c.closed)

def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("getvalue closed", c.getvalue)
attempt("read closed", c.read)
attempt("write closed", lambda: c.write("x"))
attempt("iter closed", lambda: next(c))
live = io.StringIO("abc")
attempt("write bytes", lambda: live.write(b"x"))
attempt("init int", lambda: io.StringIO(5))
attempt("bad newline", lambda: io.StringIO(newline="z"))
attempt("negative seek", lambda: live.seek(-1))
attempt("cur seek", lambda: live.seek(1, 1))
attempt("bad whence", lambda: live.seek(0, 3))
attempt("negative truncate", lambda: live.truncate(-1))
attempt("read str", lambda: live.read("x"))
attempt("fileno", live.fileno)
attempt("encoding", lambda: live.encoding)
attempt("readline None", lambda: live.readline(None))
attempt("overwrite", lambda: (live.seek(1), live.write("Z"), live.getvalue()))

class Recorder(io.StringIO):
    def write(self, s):
        return super().write(s.upper())

r = Recorder()
print("shout", "this", file=r)
print(repr(r.getvalue()), isinstance(r, io.StringIO), isinstance(r, io.TextIOBase), type(r).__mro__[1].__name__)
