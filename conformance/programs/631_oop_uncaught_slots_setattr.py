# Covers: an uncaught AttributeError from assigning an attribute not in __slots__ (3.11 offers no suggestion for stores).
class Node:
    __slots__ = ('value', 'next')
n = Node()
n.valeu = 3
