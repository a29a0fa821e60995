# Covers: traceback for an exception in an expression spanning several lines (CPython 3.11 prints only the first line of the span).
def compute(a, b, c):
    return a * 2

result = compute(
    1,
    2,
    3,
) + compute(
    "x",
    None,
    0,
) + undefined_name
