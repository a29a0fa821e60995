# Covers: uncaught IndexError in a loop with a computed index, output before the error is preserved.
data = [10, 20, 30]
for i in range(4):
    print(i, data[i])
