# Covers: os.path string functions as posixpath defines them: join edge cases, split/splitext/basename/dirname on odd inputs, normpath, abspath/relpath, commonprefix/commonpath, isabs, expandvars, splitdrive, and their errors.
import os.path as p
import posixpath

print(p is posixpath, p.sep, p.curdir, p.pardir, p.extsep, p.altsep, p.pathsep, p.devnull)
for args in [("a",), ("a", "b"), ("a/", "b"), ("a", "/b", "c"), ("", "x"), ("a", ""), ("/", "etc", "hosts"), ("a//", "//b")]:
    print("join", args, "->", repr(p.join(*args)))
for path in ["", "/", "a", "a/", "/a", "a/b", "a/b/", "//a//b//", "/usr/lib/python3.11/os.py", "..", "./x"]:
    print(repr(path), p.split(path), repr(p.basename(path)), repr(p.dirname(path)))
for path in ["file.txt", "archive.tar.gz", ".bashrc", "..hidden", "dir.d/file", "noext", "a.b/.c", "trailing.", "/x/.y.z"]:
    print("splitext", repr(path), p.splitext(path))
for path in ["", ".", "a/./b", "a/../b", "../a", "/../a", "a/b/../../..", "//a", "///a", "a//b/", "./"]:
    print("normpath", repr(path), repr(p.normpath(path)))
print(p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.relpath("/x/y", "/x/y"), p.relpath("/p/q", "/r/s"))
print(p.isabs("/a"), p.isabs("a"), p.isabs(""), p.splitdrive("/a/b"), p.normcase("A/B"))
print(p.commonprefix(["interstellar", "internet", "interval"]), repr(p.commonprefix([])), p.commonprefix(["/usr/lib", "/usr/local"]))
print(p.commonpath(["/usr/lib", "/usr/local/lib"]), p.commonpath(["a/b/c", "a/b/d", "a/b"]), p.commonpath(["/a"]))
print(p.abspath("/a/b/../c"), p.expandvars("$NO_SUCH_VAR_X/${NO_SUCH_VAR_Y}/plain"))
print(p.abspath("x") == p.join(__import__("os").getcwd(), "x"), p.realpath("/a/./b"))

def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("join int", lambda: p.join("a", 1))
attempt("join first int", lambda: p.join(1, "a"))
attempt("basename None", lambda: p.basename(None))
attempt("relpath empty", lambda: p.relpath(""))
attempt("commonpath empty", lambda: p.commonpath([]))
attempt("commonpath mixed", lambda: p.commonpath(["/a", "b"]))
attempt("splitext list", lambda: p.splitext(["a"]))
