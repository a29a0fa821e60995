# Covers: "expected an indented block" when the file ends right after a `for` header (the
# error sits on the header line, without a caret).
total = 0
for i in range(10):
