# Covers: IndentationError: unexpected indent.
print("start")
    print("indented for no reason")
