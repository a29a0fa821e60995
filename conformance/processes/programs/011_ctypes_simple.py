# ctypes' simple types and arrays: C conversions, reprs and errors.
import ctypes

for t, v in [(ctypes.c_int, "x"), (ctypes.c_int, 1.5), (ctypes.c_double, "x"), (ctypes.c_char, "a"),
             (ctypes.c_char, 300), (ctypes.c_char, b"ab")]:
    try:
        print(t(v))
    except Exception as e:
        print(type(e).__name__, e)
print(ctypes.c_int(2**31), ctypes.c_uint(-1), ctypes.c_short(70000), ctypes.c_byte(200), ctypes.c_ubyte(-1))
print(ctypes.c_double(1), ctypes.c_char(b"a"), ctypes.c_char(65), ctypes.c_bool(5), ctypes.c_float(0.1))
print(ctypes.c_wchar("x"), ctypes.c_long(2**63), ctypes.c_ulong(-1), ctypes.c_longlong is ctypes.c_long)
a = (ctypes.c_int * 3)(1, 2)
print(a[:], list(a), len(a), a._length_, a._type_, a[-1], a[0:2])
s = (ctypes.c_char * 5)()
s.value = b"hi"
print(s.value, s.raw, s[:], s[0])
v = ctypes.c_int(3)
v.value += 1
print(v.value, repr(v), bool(v), bool(ctypes.c_int(0)))
for bad in (lambda: a[5], lambda: a.__setitem__(0, "x"), lambda: (ctypes.c_int * 2)(1, 2, 3)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(ctypes.sizeof(ctypes.c_int), ctypes.sizeof(ctypes.c_double * 4), ctypes.sizeof(ctypes.c_char))
print((ctypes.c_int * 3) is (ctypes.c_int * 3))
