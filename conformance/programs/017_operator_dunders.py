# Covers: arithmetic dunders, reflected (__radd__ etc.), in-place (__iadd__), NotImplemented fallbacks, unary ops.

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("  (radd called)")
        return self.__add__(o)
    def __sub__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iadd__(self, o):
        print("  (iadd called)")
        self.x += o.x
        self.y += o.y
        return self
    def __matmul__(self, o):
        return ("matmul", self.x * o.y - self.y * o.x)

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b)
print(a + 10)
print(10 + a)
print(b / 2, b // 2, b % 2, b ** 2)
print(-a, +a, abs(b))
print(a @ b)
c = a
c += b
print(c, a, c is a)
d = Vec(0, 0)
d -= Vec(1, 1)
print(d)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
try:
    a - 5
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError:", e)
try:
    a / "x"
except TypeError as e:
    print("TypeError:", e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __repr__(self):
        return f"Money({self.cents})"
print(0 + Money(5))
try:
    Money(1) + Money(2)
except TypeError as e:
    print("TypeError:", e)

class Bits:
    def __init__(self, v): self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __invert__(self): return Bits(~self.v)
    def __repr__(self): return f"Bits({self.v:#b})"
x, y = Bits(0b1100), Bits(0b1010)
print(x & y, x | y, x ^ y, x << 2, x >> 2, ~x)
