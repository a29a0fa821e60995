# Covers: RecursionError traceback through __str__ called by print() at module level: the
# repeated-frame summary and which check fails (cold call sites take an extra unit).
class Node:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return f"Node({self})"

print(Node("a"))
