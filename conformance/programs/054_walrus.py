# Covers: assignment expressions (:=) in if/while/comprehensions/calls, and scoping of the bound name.

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list has {n} elements")

chunks = iter(["alpha", "beta", "", "gamma"])
while (chunk := next(chunks)) != "":
    print("chunk", chunk)

print([y for x in data if (y := x * 2) > 6])
print(y)

def f(x):
    return x * 10
print([f(v) for v in range(5) if (r := f(v)) % 20 == 0], r)
print((total := sum(data)), total)
if (m := max(data)) and m > 5:
    print("max", m)
values = []
while (v := len(values)) < 4:
    values.append(v * v)
print(values)
import re
for line in ["key=value", "bad line", "x=1"]:
    if (mt := re.match(r"(\w+)=(\w+)", line)):
        print(mt.group(1), "->", mt.group(2))
    else:
        print("no match:", line)
print(print_result := "assigned", print_result)
