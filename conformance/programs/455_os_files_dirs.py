# Covers: os.getcwd/chdir, mkdir/makedirs (exist_ok), listdir, rename/replace, remove/unlink, rmdir/removedirs, os.stat sizes and modes, os.path.exists/isfile/isdir/getsize on the files the program creates, and the exact OSError subclasses and messages.
import os
import stat

start = os.getcwd()
print(os.path.isabs(start), os.listdir("."))
os.mkdir("project")
os.makedirs("project/src/pkg")
os.makedirs("project/src/pkg", exist_ok=True)
for name, text in [("project/README", "readme"), ("project/src/main.py", "print()"), ("project/src/pkg/__init__.py", "")]:
    with open(name, "w") as f:
        f.write(text)
print(sorted(os.listdir("project")), sorted(os.listdir("project/src")), os.listdir("project/src/pkg"))
st = os.stat("project/README")
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat("project").st_mode), os.path.getsize("project/src/main.py"))
os.chdir("project")
print(os.path.basename(os.getcwd()), os.path.relpath(os.getcwd(), start), sorted(os.listdir()))
print(os.path.exists("README"), os.path.isfile("src"), os.path.isdir("src"), os.path.exists("nope"))
os.rename("README", "README.md")
os.replace("src/main.py", "app.py")
print(sorted(os.listdir()), os.listdir("src"))
with open("old.txt", "w") as f:
    f.write("old")
with open("new.txt", "w") as f:
    f.write("new")
os.replace("new.txt", "old.txt")
print(open("old.txt").read(), os.path.exists("new.txt"))
os.chdir("..")
print(os.getcwd() == start)

def attempt(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except OSError as e:
        print(label, "->", type(e).__name__, e.errno, "|", e)

attempt("mkdir existing", lambda: os.mkdir("project"))
attempt("mkdir missing parent", lambda: os.mkdir("a/b/c"))
attempt("makedirs existing", lambda: os.makedirs("project/src"))
attempt("makedirs over file", lambda: os.makedirs("project/app.py/x"))
attempt("remove missing", lambda: os.remove("ghost.txt"))
attempt("remove directory", lambda: os.remove("project"))
attempt("unlink missing", lambda: os.unlink("ghost.txt"))
attempt("rmdir non-empty", lambda: os.rmdir("project"))
attempt("rmdir file", lambda: os.rmdir("project/app.py"))
attempt("rmdir missing", lambda: os.rmdir("ghost"))
attempt("rename missing", lambda: os.rename("ghost", "spirit"))
attempt("listdir missing", lambda: os.listdir("ghost"))
attempt("listdir file", lambda: os.listdir("project/app.py"))
attempt("chdir missing", lambda: os.chdir("ghost"))
attempt("chdir file", lambda: os.chdir("project/app.py"))
attempt("stat missing", lambda: os.stat("ghost"))
attempt("getsize missing", lambda: os.path.getsize("ghost"))
os.remove("project/src/pkg/__init__.py")
os.removedirs("project/src/pkg")
print(sorted(os.listdir("project")))
for root, dirs, files in os.walk("project", topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir("project")
print(os.path.exists("project"), os.listdir("."))
