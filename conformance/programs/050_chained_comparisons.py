# Covers: chained comparisons (including evaluation once and short-circuit), conditional expressions, and/or returning operands, not, is/is not, in/not in.

def val(x, label):
    print(f"  eval {label}")
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True)
print(val(1, "a") < val(5, "b") < val(3, "c"))
print(val(5, "a") < val(1, "b") < val(3, "c"))
x = 5
print(0 <= x < 10, 0 <= x <= 4, x in range(10) in [range(10)])
print(1 < 2 > 0 != 5 == 5)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None)
print(2 in a, 3 not in a, not 2 in a)
print(0 or "default", "" or [] or None, 1 and 2, 0 and 1, None and 1, "x" or "y")
print(not 0, not "", not [1], not None)
for n in [-3, 0, 7]:
    kind = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, kind)
print([("big" if v > 2 else "small") for v in range(5)])
y = val(0, "left") and val(1, "right")
z = val(0, "left") or val(1, "right")
print(y, z)
print(1 if True else 1 / 0, (lambda: "lazy")() if False else "else-branch")
print("abc" < "abd" <= "abd" < "b", (1, 2) < (1, 3) < (2,))
print(True + True == 2 < 3)
