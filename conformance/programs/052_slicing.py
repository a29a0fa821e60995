# Covers: slicing with steps and negative indices, out-of-range slices, slice assignment (resize, extended), slice deletion, strings and tuples.

xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[::2], xs[1::3], xs[::-1], xs[-2:-8:-2])
print(xs[5:2], xs[100:], xs[-100:2], xs[2:100], xs[::-4], xs[8:2:-1])
s = "Hello, World"
print(s[::-1], s[7:], s[:5], s[-5:-1], s[::3], s[100:], repr(s[5:5]))
t = (1, 2, 3, 4, 5)
print(t[1:4], t[::-2], t[:0])
ys = list(range(10))
ys[2:5] = ["a", "b"]
print(ys)
ys[:0] = [-1, -2]
print(ys)
ys[len(ys):] = [100]
print(ys)
ys[1:3] = []
print(ys)
zs = list(range(10))
zs[::2] = "ABCDE"
print(zs)
try:
    zs[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
ws = list(range(10))
del ws[::3]
print(ws)
del ws[1:3]
print(ws)
del ws[-1]
print(ws)
del ws[:]
print(ws)
vs = [1, 2, 3]
vs[1:2] = range(5)
print(vs)
copy = vs[:]
copy.append("x")
print(vs, copy)
print("abcdef"[1:-1:2], "abcdef"[-1:0:-1], "abcdef"[-1::-1] == "fedcba")
try:
    xs[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    xs[1.5:]
except TypeError as e:
    print("TypeError:", e)
b = bytearray(b"abcdef")
b[1:3] = b"XYZ"
print(b, b[::-1], bytes(b)[2:4])
print(range(20)[5:15:3], list(range(20)[::-5]))
