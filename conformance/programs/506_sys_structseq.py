# Covers: sys.int_info, float_info, hash_info, thread_info, flags, version_info as struct
# sequences (reprs, field access, n_fields, __match_args__, constructor checks, read-only
# members), sys.implementation, and other interpreter-independent sys attributes.
import sys

for name in ["int_info", "float_info", "hash_info", "flags", "version_info"]:
    v = getattr(sys, name)
    t = type(v)
    print(v)
    print(t, t.__name__, t.__module__, t.__mro__[1:], t.n_fields, t.n_sequence_fields, t.n_unnamed_fields)
    print(t.__match_args__, len(v), v[0], v[-1], v[:2], v == tuple(v))
print(sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.algorithm, sys.int_info.bits_per_digit, sys.float_info.dig)
print(hash(float("inf")) == sys.hash_info.inf, hash(1 << 61) == 1)
print(sys.float_info.__reduce__())
print(repr(type(sys.float_info).max), type(type(sys.float_info).max).__name__)
try:
    sys.float_info.max = 1
except AttributeError as e:
    print("AttributeError:", e)
T = type(sys.float_info)
for args in [((1, 2),), ((1,) * 11,), ((1,) * 12,), ([1] * 11,), (5,), ((1,) * 11, {"x": 1})]:
    try:
        print(T(*args))
    except TypeError as e:
        print("TypeError:", e)
for t in [type(sys.version_info), type(sys.flags)]:
    try:
        t((1,) * len(t.__match_args__))
    except TypeError as e:
        print("TypeError:", e)
match sys.version_info:
    case (3, minor, *_):
        print("python 3 minor", minor)
print(type(sys.implementation).__name__, sys.implementation.name, sys.implementation.cache_tag)
print(sys.implementation.version == sys.version_info, sys.implementation.hexversion == sys.hexversion)
print(sys.maxunicode, sys.byteorder, sys.float_repr_style, sys.abiflags == "", sys.platlibdir)
print(sys.warnoptions, sys._xoptions, sys.pycache_prefix, isinstance(sys.stdlib_module_names, frozenset))
print("json" in sys.stdlib_module_names, "numpy" in sys.stdlib_module_names, "sys" in sys.builtin_module_names)
print(sys.is_finalizing(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.call_tracing(max, (1, 5)))
print(sys.copyright.splitlines()[0])
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
sys.displayhook(42)
sys.displayhook(None)
print(_)
try:
    {}["missing"]
except KeyError:
    sys.excepthook(*sys.exc_info())
