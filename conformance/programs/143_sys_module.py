# Covers: sys.argv, sys.stdout.write / sys.stderr.write (return values), print to sys.stderr, getrecursionlimit/setrecursionlimit, maxsize, version_info[:2], platform-free attributes, sys.modules.
import sys

print(sys.argv, len(sys.argv))
n = sys.stdout.write("written with sys.stdout.write\n")
print("returned", n)
sys.stderr.write("written to stderr\n")
sys.stdout.write("no newline, ")
sys.stdout.write("then newline\n")
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), sys.version_info[0] == 3)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__)
print(sys.byteorder in ("little", "big"), isinstance(sys.path, list), sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit in (15, 30))
print(sys.stdout is sys.__stdout__, hasattr(sys.stdout, "write"), sys.stdin is not None)
print("error line 2", file=sys.stderr)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print(sys.exc_info() == (None, None, None), callable(sys.exit), sys.float_repr_style)
