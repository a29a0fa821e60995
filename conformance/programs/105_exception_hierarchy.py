# Covers: the built-in exception class hierarchy (__mro__/__bases__), catching by base class, BaseException vs Exception, warnings classes.

names = ["KeyError", "IndexError", "ZeroDivisionError", "FileNotFoundError", "UnboundLocalError",
         "ModuleNotFoundError", "RecursionError", "NotImplementedError", "UnicodeDecodeError",
         "TimeoutError", "PermissionError", "StopIteration", "GeneratorExit", "KeyboardInterrupt",
         "SystemExit", "TabError", "BrokenPipeError", "FloatingPointError", "DeprecationWarning", "ExceptionGroup"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(f"{n:22} {' -> '.join(c.__name__ for c in cls.__mro__[1:])}")
print(BaseException.__bases__, Exception.__bases__)
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(GeneratorExit, Exception))
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise FileNotFoundError(2, "No such file", "x.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
try:
    raise KeyError("k")
except Exception as e:
    print("Exception caught", type(e).__name__)
try:
    raise SystemExit(0)
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
print(OSError(2, "msg").__class__.__name__, type(OSError(2, "msg")).__name__)
print(Exception("a", 1).args, str(Exception()), repr(Exception("x")), str(KeyError("x")), str(KeyError()))
print(repr(ValueError()), repr(ValueError(1, 2)), str(ValueError(1, 2)), str(IndexError("i")))
