# Covers: f-strings: expressions, format specs, nested specs, !r/!s/!a conversions, = debugging, braces escaping, multi-line.

name = "Ada"
age = 36
pi = 3.14159265
items = ["x", "y"]
print(f"{name} is {age}")
cafe = "caf\u00e9"
print(f"{name!r} {name!s} {cafe!a} {cafe!r} {cafe!s}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:^10.4}| {pi:e}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}]")
print(f"[{name:>{width}}] [{name:*^{width}}] [{age:0{width}d}]")
print(f"{age=}", f"{pi=:.2f}", f"{name = }", f"{age * 2 = }", f"{items[0]=!r}")
print(f"{{literal}} {{{age}}}")
print(f"{'nested ' + name.upper()}")
print(f"{[x * 2 for x in range(3)]} {dict(a=1)} {(1, 2)}")
print(f"{age:b} {age:o} {age:x} {age:X} {age:#x} {age:#o} {age:#b}")
print(f"{1234567.891:,.2f} {1234567:_d} {0.25:%} {0.25:.0%}")
print(f"{-5:+} {5:+} {5: } {-5: }")
print(f"{name:.2}", f"{'abc':5}|", f"{42:5}|", f"{'x':<3}|{'y':>3}|{'z':^3}|")
value = 12.5
print(f"{value:{'>' if value > 10 else '<'}8}")
print(f"""multi
line {name}""")
print(f'{"double inside single"}', f"{'single inside double'}")
print(f"{3.0} {1e20} {1e-7} {None} {True} {[None]}")
print(f"{age:{'^'}{10}}|")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
print(f"{P()} {P():custom} {P()!r:>0}"[:10])
print(f"{'left':<{width}}|{'right':>{width}}|")
import datetime
d = datetime.date(2024, 3, 5)
print(f"{d:%Y/%m/%d} {d:%d %b %Y}")
print(f"{12:c}", f"{0x4e2d:c}")
