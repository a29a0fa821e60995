# Covers: an uncaught SyntaxError for a mapping pattern that checks the same literal key twice
# (1 and 1.0 are equal keys); the caret spans the whole mapping pattern.
def scores(table):
    match table:
        case {"alice": a, "bob": b}:
            return a + b
        case {1: first, 2: second, 1.0: again}:
            return first


print(scores({"alice": 1, "bob": 2}))
