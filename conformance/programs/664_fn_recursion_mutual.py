# Covers: mutual recursion without a base case for negative input: the comparison in
# `n == 0 or ...` is not specialized, so CPython fails in it ("in comparison").
def is_even(n):
    return n == 0 or is_odd(n - 1)

def is_odd(n):
    return n != 0 and is_even(n - 1)

print(is_even(10), is_odd(7))
print(is_even(-1))
