# Covers: SyntaxError from a missing comma between list items ("Perhaps you forgot a comma?").
items = ["apple" "banana", "cherry" 42]
print(items)
