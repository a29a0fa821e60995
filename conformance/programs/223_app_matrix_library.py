# Realistic learner program: a small matrix library with operator dunders (+, -, *, @, ==, **, unary -,
# indexing with tuples, iteration, repr/str), determinant, transpose, and an exact inverse using a
# hand-written Rational class (math.gcd), plus error handling for shape mismatches.
import math


class Rational:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Rational denominator is zero")
        if isinstance(num, Rational):
            num, den = num.num, num.den * den
        g = math.gcd(num, den)
        if den < 0:
            g = -g
        self.num, self.den = num // g, den // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Rational) else Rational(x)

    def __add__(self, o):
        o = Rational.of(o)
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__

    def __sub__(self, o):
        o = Rational.of(o)
        return Rational(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return Rational.of(o) - self

    def __mul__(self, o):
        o = Rational.of(o)
        return Rational(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Rational.of(o)
        return Rational(self.num * o.den, self.den * o.num)

    def __neg__(self):
        return Rational(-self.num, self.den)

    def __eq__(self, o):
        o = Rational.of(o)
        return self.num == o.num and self.den == o.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __repr__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


class ShapeError(ValueError):
    pass


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ShapeError("rows must be non-empty and equally long")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value

    def __iter__(self):
        return (tuple(r) for r in self.rows)

    def __len__(self):
        return len(self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def _zip(self, other, op, name):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ShapeError(f"cannot {name} {self.shape} and {other.shape}")
        return Matrix([[op(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __add__(self, other):
        return self._zip(other, lambda a, b: a + b, "add")

    def __sub__(self, other):
        return self._zip(other, lambda a, b: a - b, "subtract")

    def __neg__(self):
        return Matrix([[-x for x in r] for r in self.rows])

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        (n, m), (m2, p) = self.shape, other.shape
        if m != m2:
            raise ShapeError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    T = property(transpose)

    def minor(self, i, j):
        return Matrix([r[:j] + r[j + 1:] for k, r in enumerate(self.rows) if k != i])

    def det(self):
        n, m = self.shape
        if n != m:
            raise ShapeError("determinant needs a square matrix")
        if n == 1:
            return self.rows[0][0]
        if n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        return sum((-1) ** j * self.rows[0][j] * self.minor(0, j).det() for j in range(n))

    def inverse(self):
        n, _ = self.shape
        aug = [[Rational(x) for x in row] + [Rational(int(i == j)) for j in range(n)] for i, row in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col] != 0:
                    factor = aug[r][col]
                    aug[r] = [a - factor * b for a, b in zip(aug[r], aug[col])]
        return Matrix(row[n:] for row in aug)

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        width = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + "  ".join(c.rjust(width) for c in r) + " ]" for r in cells)


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A)
print(repr(A + B), repr(A - B), repr(-A))
print(A * 3 == 3 * A, (A * 3).rows)
print(A @ B)
print(A ** 5)
F = Matrix([[1, 1], [1, 0]])
print("fib(30) =", (F ** 30)[0, 1])
C = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print("det C =", C.det(), "shape", C.shape, "len", len(C))
inv = C.inverse()
print(inv)
print("C @ inv == I:", C @ inv == Matrix([[Rational(int(i == j)) for j in range(3)] for i in range(3)]))
R = Matrix([[1, 2, 3], [4, 5, 6]])
print(R.T)
print(list(R), R[1, 2])
R[0, 0] = 100
print(R.rows, Matrix.zeros(2, 3).rows, Matrix.identity(3).det())
for bad in [lambda: A + R, lambda: R @ R, lambda: Matrix([[1, 2], [3]]), lambda: R.det(),
            lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: A + 1, lambda: Rational(1, 0)]:
    try:
        bad()
    except (ShapeError, ZeroDivisionError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
print(Rational(6, -8), Rational(1, 3) + Rational(1, 6), 1 - Rational(1, 3), Rational(2, 3) * 3, Rational(3) == 3)
big = Matrix([[i * 4 + j for j in range(4)] for i in range(4)])
print(big, big.det(), (big @ big.T).rows[0])
