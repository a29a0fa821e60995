# Covers: IndentationError: expected an indented block after 'for' statement.
for i in range(3):
print(i)
