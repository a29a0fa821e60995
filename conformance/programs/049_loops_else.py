# Covers: for/while with else, break, continue, nested loops with flags, loop variables after loop, range edge cases.

for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")

i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("while body", i)
else:
    print("while else not reached")
print("i after loop", i)

k = 0
while k < 3:
    k += 1
else:
    print("while else reached, k =", k)

for x in []:
    print("never")
else:
    print("for else on empty iterable")
print([v for v in range(10)][-1])
for v in range(3):
    pass
print("v after loop", v)

found = None
for row_i, row in enumerate([[1, 2], [3, 4], [5, 6]]):
    for col_i, val in enumerate(row):
        if val == 4:
            found = (row_i, col_i)
            break
    if found:
        break
print("found", found)

count = 0
for a in range(5):
    if a % 2:
        continue
    for b in range(5):
        if b > a:
            break
        count += 1
print("count", count)

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)

for i in range(10, 0, -3):
    print(i, end=" ")
print()
lst = [1, 2, 3]
for item in lst:
    if item == 2:
        lst.append(99) if len(lst) < 5 else None
print(lst)
while True:
    break
else:
    print("not printed")
print("done")
