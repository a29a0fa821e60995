# Covers: str.format with positional, numbered, keyword, attribute and index fields, conversions, nested fields, format_map, errors.

print("{} {} {}".format("a", "b", "c"))
print("{2} {1} {0} {0}".format("a", "b", "c"))
print("{name} is {age}".format(name="Cy", age=9))
print("{0[0]} {0[1]} {1[key]} {1[other]}".format(["L0", "L1"], {"key": "K", "other": 2}))

class Pt:
    def __init__(self): self.x, self.y = 3, 4
print("x={0.x} y={0.y} {p.x}".format(Pt(), p=Pt()))
print("{!r} {!s} {!a}".format("s", "s", "\u00e9"))
print("{:>{w}} {:{f}^{w}}".format("r", "c", w=7, f="*"))
print("{0:{1}}|".format("dyn", 6))
print("{{}} {{{}}}".format("braces"))
print("{a[0][1]}".format(a=[[1, 2]]))
print("{0.real} {0.imag}".format(3 + 4j))
print("{:d} items at {:.2f} = {:>8,.2f}".format(1500, 2.5, 1500 * 2.5))
print("{0}{1}{0}".format("ab", "cd"))
print("Hello {name}".format_map({"name": "map"}))

class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{known} {unknown}".format_map(Default(known="K")))
for fmt, args, kwargs in [
    ("{} {}", ("only one",), {}),
    ("{0} {}", ("a", "b"), {}),
    ("{missing}", (), {}),
    ("{0[5]}", ([1],), {}),
    ("{0.nope}", (1,), {}),
    ("{:d}", ("str",), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("{!x}", (1,), {}),
]:
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, AttributeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(format(3.5), format(3.5, ".3f"), format("s", "^5"), format(255, "x"))
print("{:}|{:s}|".format("plain", "s"))
