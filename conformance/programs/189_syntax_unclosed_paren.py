# Covers: SyntaxError "'(' was never closed" for an opening parenthesis that is never closed.
total = sum([1, 2, 3]
print(total)
