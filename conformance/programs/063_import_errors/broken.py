# Module imported by 063_import_errors/main.py.
print("broken starts importing")
x = 1 / 0
