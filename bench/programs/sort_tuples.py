# Sorting 200,000 tuples with a key function.
items = [((i * 7919) % 200003, i) for i in range(200000)]
items.sort(key=lambda t: t[0])
