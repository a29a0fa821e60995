# Covers: RecursionError raised inside built-in calls at the limit (METH_O/NOARGS calls, str(),
# repr(), comparisons, range(), f-strings), caught and counted, then sys.setrecursionlimit.
import sys

def probe(action):
    outcomes = []
    def dive():
        try:
            dive()
        except RecursionError:
            pass
        try:
            action()
            outcomes.append("ok")
        except RecursionError as e:
            outcomes.append(e)
    for _ in range(20):
        action()
    dive()
    return " ".join(o if o == "ok" else (str(o).replace("maximum recursion depth exceeded", "").strip() or "-") for o in outcomes[:4])

s = "text"
items = [1, 2, 3]
table = {1: "one"}
tests = {
    "len(s)": lambda: len(s),
    "abs(-1)": lambda: abs(-1),
    "s.upper()": lambda: s.upper(),
    "s.find('x')": lambda: s.find("x"),
    "table.get(1)": lambda: table.get(1),
    "table.keys()": lambda: table.keys(),
    "str(5)": lambda: str(5),
    "repr(5)": lambda: repr(5),
    "f'{5}'": lambda: f"{5}",
    "str(items)": lambda: str(items),
    "items.count(2)": lambda: items.count(2),
    "max(items)": lambda: max(items),
    "sorted(items)": lambda: sorted(items),
    "3 in items": lambda: 3 in items,
    "1 < 2": lambda: 1 < 2,
    "range(3)": lambda: range(3),
    "int('7')": lambda: int("7"),
    "list(s)": lambda: list(s),
    "(x for x in s)": lambda: (x for x in s),
    "sum(genexp)": lambda: sum(x for x in items),
    "print(end='')": lambda: print(end=""),
}
for name, action in tests.items():
    print(f"{name:16} {probe(action)}")

def depth(n):
    return depth(n + 1)

for limit in (60, 1000):
    sys.setrecursionlimit(limit)
    try:
        depth(0)
    except RecursionError as e:
        print(limit, e)
