# Calibration: building, indexing and updating lists (append, subscripts, len, slices).
def build(n):
    xs = []
    for i in range(n):
        xs.append(i * 3 % 101)
    return xs

def prefix_sums(xs):
    out = [0] * (len(xs) + 1)
    for i in range(len(xs)):
        out[i + 1] = out[i] + xs[i]
    return out

def window_max(xs, k):
    best = 0
    for i in range(0, len(xs) - k, k):
        chunk = xs[i:i + k]
        if chunk[0] + chunk[-1] > best:
            best = chunk[0] + chunk[-1]
    return best

xs = build(1000000)
ps = prefix_sums(xs)
rev = xs[::-1]
print(ps[-1], window_max(xs, 50), rev[0], len(rev), xs.pop(), xs[len(xs) // 2])
