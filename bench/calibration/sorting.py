# Calibration: sorted()/list.sort on ints, strs and tuples, with and without key and reverse.
n = 200000
ints = [(i * 7919) % 100003 for i in range(n)]
strs = ['k%05d' % ((i * 31) % 99991) for i in range(80000)]
recs = [(i % 97, (i * 13) % 101, i) for i in range(80000)]

a = sorted(ints)
b = sorted(ints, reverse=True)
c = sorted(strs)
d = sorted(recs)
e = sorted(recs, key=lambda r: r[1])
f = sorted(strs, key=len)
ints.sort()
g = sorted(a)  # already sorted
print(a[10], b[10], c[10], d[10], e[10], f[10], ints[-1], g[-1])
