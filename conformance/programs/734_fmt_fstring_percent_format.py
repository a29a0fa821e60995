# Covers: f-strings (conversions, nested specs, = debugging, __format__), %-formatting (flags,
# *, mapping keys, bytes, errors) and str.format (fields, attributes, indexes, nesting, errors).
name, price, qty = "Widget", 1234.5, 3
print(f"{name:<10}|{price:>12,.2f}|{qty:^5}|")
print(f"{name!r:>12} {name!s} {name!a}")
print(f"{'ünï':!^11}")
width, prec = 12, 3
print(f"{3.14159:{width}.{prec}f}|{'x':{'^'}{width}}|")
x = 10
print(f"{x=}", f"{x = }", f"{x=:5}", f"{x=!r}", f"{x*2=}", f"{ x + 1 = }")
print(f"{{literal}} {x}{{")
d = {"a": [1, 2, {"b": "deep"}]}
print(f"{d['a'][2]['b']} {d['a'][0]:03}")
print(f"{'nested {x}'}")
print(f"{x:{'>' if x > 5 else '<'}10}|")
import math
print(f"{math.pi:.{x-5}f}")
print(f"{1e21:,}", f"{12345.6789:_}", f"{-0.0:+}", f"{1/3:.50f}")
print(f"{2**64:,}", f"{-2**64:_x}", f"{255:#_b}")
print(f"{'a'}" f"{'b'}" "c")
print(f"{len('abc'):>{x}}|")
print(f"{3:{''}}", f"{None}", f"{None!r:>6}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
print(f"{P():xyz}", format(P(), "q"), "{:abc}".format(P()))
class Q:
    pass
try:
    print(f"{Q():x}")
except TypeError as e:
    print(e)
print(f"{x!r:^10}|")
print(f"{'%'}", f"{100:%}" if False else "")
print(f'{"multi" + "ple"}')
print(f"""{
x
}""")
print("%d %i %u" % (3, -4, 5))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%e %E %.2e %10.3E" % (12345.678, 12345.678, 0.000123, 1e100))
print("%f %.0f %.1f %10.4f %-10.2f|" % (3.14159, 2.5, 0.05, 1/3, -2.5))
print("%g %G %.3g %g %g %#g" % (0.0001, 1e-10, 1234567, 1e16, 100000.0, 1.0))
print("%s %r %a" % ("é", "é", "é"))
print("%c%c%c" % (72, "i", 0x263A))
print("%%d %s" % "lit")
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%.3s|%10.2s|" % ("abcdef", "xyz"))
print("%d" % 3.9, "%x" % True, "%d" % -0.5)
print(b"%d %s %r %x" % (1, b"bytes", b"r", 255))
print("%5.1f%%" % 45.678)
errs = [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%(a)s", (1,)), ("%z", 1), ("%", 1), ("%c", "ab"), ("%c", -1), ("%c", 1114112), ("%x", 1.5), ("%(a)s %s", {"a": 1}), ("%s %s", {"a": 1}), ("%d", None), ("%.*f", ("x", 1.0)), ("%*d", (1.5, 2)), ("abc", 5), ("abc", ()), ("abc", {}), ("%s", ())]
for fmt, args in errs:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(fmt, type(e).__name__, e)
class Pt:
    def __init__(self):
        self.x = 3; self.y = [10, 20]
p = Pt()
print("{0.x} {0.y[1]} {p.y[0]}".format(p, p=p))
print("{} {} {}".format(1, 2, 3), "{2}{1}{0}".format("a", "b", "c"))
print("{0:{1}}|{0:{fill}{align}{w}}|".format(7, 5, fill="*", align="^", w=9))
print("{!r} {!s:>6} {!a}".format("é", 1, "é"))
print("{:,} {:_} {:,.3f}".format(10**9, 10**9, 1234567.891))
print("{d[key]} {d[0]}".format(d={"key": 1, 0: "zero"}) if False else "{d[key]}".format(d={"key": 1}))
print("{0[0]} {0[-1]}".format({0: "z", "-1": "m"}))
print("{{}} {{{0}}}".format(5))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
errs = ["{", "}", "{0", "{0!x}", "{0:{1:{2}}}", "{} {0}", "{0} {}", "{1}", "{x}", "{0.nope}", "{0[5]}", "{!r", "{:d}", "{0!}", "{0!rr}", "{0[}", "{.}", "{0.}", "{0..x}"]
for f in errs:
    try:
        print(repr(f.format("ab")))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
print("{:^+010.2f}".format(3.14159))
print("{0:=^20}".format(" title "))
print("{:%Y}".format(__import__("datetime").date(2024, 1, 2)))
print("{:>8}|{:<8}|{:^8}".format(None, True, 3.5))
