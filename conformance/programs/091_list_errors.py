# Covers: list error messages: index out of range, pop from empty, remove/index of missing value, assignment index errors, bad index types.

one = [1]
key = 'x'

tests = [
    ("[][0]", lambda: [][0]),
    ("[1, 2][5]", lambda: [1, 2][5]),
    ("[1][-2]", lambda: [1][-2]),
    ("[].pop()", lambda: [].pop()),
    ("[1].pop(3)", lambda: [1].pop(3)),
    ("[1, 2].remove(3)", lambda: [1, 2].remove(3)),
    ("[1, 2].index(3)", lambda: [1, 2].index(3)),
    ("['a'].index('b')", lambda: ['a'].index('b')),
    ("[1]['x']", lambda: one[key]),
    ("[1][1.0]", lambda: one[1.0 * len(one)]),
    ("lst[5] = 1", lambda: [0].__setitem__(5, 1)),
    ("del lst[3]", lambda: [0].__delitem__(3)),
    ("[1] + (2,)", lambda: [1] + (2,)),
    ("[1] * 'a'", lambda: [1] * 'a'),
    ("[3, 'a'].sort()", lambda: [3, 'a'].sort()),
    ("list(5)", lambda: list(5)),
    ("[].insert()", lambda: [].insert()),
    ("(1,).index(2)", lambda: (1,).index(2)),
    ("(1, 2)[9]", lambda: (1, 2)[9]),
    ("'abc'.index('z')", lambda: 'abc'.index('z')),
]
for label, fn in tests:
    try:
        fn()
        print(label, "-> no error")
    except Exception as e:
        print(f"{label:20} -> {type(e).__name__}: {e}")
