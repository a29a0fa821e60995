# Covers: the compiler's SyntaxWarnings, printed to stderr before the program runs: "is" /
# "is not" with a literal (also folded constants and chained comparisons), assert on a tuple,
# calling or subscripting a literal ("perhaps you missed a comma?"), in functions, classes,
# lambdas and comprehensions.
x = 3
print(x is -1, x is (1, 2), x is not None, x is ..., x is True)
def f(y):
    return (y is
            "multi")
class C:
    flag = x is 0.5
    def m(self):
        return [i for i in range(3) if i is 2]
g = lambda q: q is b"x"
print(f(1), C.flag, C().m(), g(2))
if x is 3 < 5:
    pass
while x is not 3 and False:
    pass
assert (x > 0, "positive")
assert ()
assert x, (1, 2)
data = [[1, 2] [0], (3, 4)[1]]
print(data)
names = ["a" "b"]
try:
    pairs = [(1, 2) (3, 4)]
except TypeError as e:
    print("TE", e)
try:
    v = {1, 2}[0]
except TypeError as e:
    print("TE", e)
try:
    w = f"{x}"(1)
except TypeError as e:
    print("TE", e)
try:
    z = 5[0]
except TypeError as e:
    print("TE", e)
try:
    t = (1, 2)["a"]
except TypeError as e:
    print("TE", e)
k = (lambda: 1)[0] if False else 0
h = [x for x in range(3)][1.5] if False else 0
print(not (x is 4))
