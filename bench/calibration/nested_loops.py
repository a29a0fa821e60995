# Calibration: nested loops over lists of lists (matrix multiplication, transposition).
def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = [[0] * m for _ in range(n)]
    for i in range(n):
        ai = a[i]
        ci = c[i]
        for j in range(m):
            s = 0
            for t in range(k):
                s += ai[t] * b[t][j]
            ci[j] = s
    return c

def transpose(a):
    return [[row[j] for row in a] for j in range(len(a[0]))]

a = [[(i * j + 1) % 10 for j in range(140)] for i in range(140)]
b = transpose(a)
c = matmul(a, b)
print(c[0][0], c[139][139], sum(sum(row) for row in c))
