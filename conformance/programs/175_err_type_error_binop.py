# Covers: uncaught TypeError from a binary operation with ~~~~^~~~~ markers on both operands.
items = 3
label = "items: "
print(label + str(items))
print(label + items)
