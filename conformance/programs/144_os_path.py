# Covers: os.path.join/basename/dirname/split/splitext/exists/isfile/isdir/abspath-free on pure strings and on files the program created; os.environ.get default; os.cpu_count type; os.sep; mkdir/listdir/remove/rename.
import os

print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs", "b"), os.path.join("dir/", "f"))
print(os.path.basename("/usr/lib/python3/os.py"), os.path.dirname("/usr/lib/python3/os.py"), os.path.basename("dir/"), os.path.dirname("file"))
print(os.path.split("/a/b/c"), os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("noext"), os.path.splitext("a.b/c"))
print(os.path.normpath("a/./b/../c//d"), os.path.isabs("/x"), os.path.isabs("x"), os.sep, os.path.sep, os.curdir, os.pardir)
print(os.environ.get("NO_SUCH_VAR", "default"), os.getenv("NO_SUCH_VAR"), "NO_SUCH_VAR" in os.environ)
print(isinstance(os.cpu_count(), int))
print(os.path.exists("made.txt"))
with open("made.txt", "w") as f:
    f.write("hello")
os.mkdir("sub")
with open(os.path.join("sub", "inner.txt"), "w") as f:
    f.write("x" * 10)
print(os.path.exists("made.txt"), os.path.isfile("made.txt"), os.path.isdir("made.txt"), os.path.isdir("sub"), os.path.getsize(os.path.join("sub", "inner.txt")))
print(sorted(os.listdir("sub")), sorted(n for n in os.listdir(".") if n in ("made.txt", "sub", "main.py")))
os.rename("made.txt", "renamed.txt")
print(os.path.exists("made.txt"), os.path.exists("renamed.txt"))
os.remove("renamed.txt")
os.remove(os.path.join("sub", "inner.txt"))
os.rmdir("sub")
print(os.path.exists("renamed.txt"), os.path.exists("sub"))
try:
    os.remove("nope.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    os.mkdir(".")
except FileExistsError as e:
    print("FileExistsError:", e)
print(os.path.basename(os.getcwd()) != "", os.path.exists("main.py"), os.path.join(*["p", "q", "r"]))
os.environ["MY_CONF_VAR"] = "set-by-program"
print(os.environ["MY_CONF_VAR"], os.getenv("MY_CONF_VAR"))
