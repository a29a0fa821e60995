# Covers: io.BytesIO (read/write/seek/tell/truncate/getvalue/readline/iteration, writing past the end, closed errors) and io.TextIOWrapper over a BytesIO (encodings, newline translation, detach-free use), plus isinstance checks against the io ABC-like bases.
import io

b = io.BytesIO(b"first\nsecond\nthird")
print(b.read(5), b.tell(), b.readline(), b.readlines())
b.seek(0)
print(list(b), b.read(), b.tell())
b.seek(2)
b.write(b"RST")
print(b.getvalue())
b.seek(25)
b.write(b"!")
print(b.getvalue(), b.tell(), b.truncate(10), b.getvalue(), b.tell())
b.seek(-3, 2)
print(b.read(), b.seek(0, 1), b.seek(-100, 1))
e = io.BytesIO()
print(e.getvalue(), e.read(), e.write(b"abc"), e.write(bytearray(b"de")), e.getvalue(), e.getbuffer().tobytes() if hasattr(e.getbuffer(), "tobytes") else bytes(e.getbuffer()))

def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as ex:
        print(label, "->", type(ex).__name__ + ":", ex)

attempt("write str", lambda: e.write("text"))
attempt("init str", lambda: io.BytesIO("text"))
attempt("negative seek", lambda: e.seek(-1))
attempt("bad whence", lambda: e.seek(0, 7))
attempt("fileno", e.fileno)
e.close()
attempt("closed read", e.read)
attempt("closed getvalue", e.getvalue)
attempt("closed write", lambda: e.write(b"x"))

raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
print(w.write("héllo\nworld\n"), w.encoding, repr(w))
w.flush()
print(raw.getvalue())
src = io.BytesIO("line one\r\nline two\rline three\nend".encode("utf-8"))
r = io.TextIOWrapper(src, encoding="utf-8")
print(r.readlines(), r.newlines)
latin = io.TextIOWrapper(io.BytesIO(b"caf\xe9"), encoding="latin-1")
print(latin.read())
strict = io.TextIOWrapper(io.BytesIO(b"bad \xff"), encoding="utf-8")
attempt("decode", strict.read)
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), isinstance(r, io.TextIOBase), isinstance(io.StringIO(), io.TextIOBase))
print(issubclass(io.BytesIO, io.IOBase), issubclass(io.StringIO, io.BufferedIOBase), io.DEFAULT_BUFFER_SIZE, io.SEEK_END)
with io.BytesIO(b"ctx") as c:
    print(c.read())
print(c.closed)
