# Covers: traceback when the failing sub-expression sits on an inner line of a parenthesised multi-line expression.
first_value = 10
second_value = 5
divisor = 0
total = (
    first_value
    + second_value / divisor
)
