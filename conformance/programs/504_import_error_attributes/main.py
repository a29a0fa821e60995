# Covers: ImportError / ModuleNotFoundError raised by the import system (msg, name, path
# attributes, args, __dict__), "partially initialized module" for a circular import, and the
# ImportError constructor's name=/path= keywords, str() and member attributes.

def show(e):
    print(type(e).__name__, repr(str(e)), repr(e.msg), repr(e.name), repr(e.path), e.args, e.__dict__)

for src in ["import no_such_mod", "import plain.sub", "from plain import y", "from . import z",
            "import circ_a", "import no_pkg.sub"]:
    try:
        exec(src)
    except ImportError as e:
        show(e)

show(ImportError("m", name="n", path="p"))
show(ImportError())
show(ImportError("a", "b"))
show(ImportError(1))
show(ModuleNotFoundError("zz", name="q"))
try:
    ImportError("a", foo=1)
except TypeError as e:
    print("TypeError:", e)
e = ImportError("m")
e.name = "set"
e.msg = "new"
print(str(e), e.name, e.args)
del e.name
print(e.name)
print(repr(ImportError("m", name="n")))
class MyImportError(ImportError):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = 1
show(MyImportError("x"))
print(sorted(k for k in dir(ImportError) if not k.startswith("__")))
print(type(ImportError.__dict__["name"]).__name__, ImportError.__dict__["msg"])
