# Covers: RecursionError through recursive generators and sum(genexpr) on a cyclic structure: the
# alternating frames in the traceback and the unit creating each generator takes.
class Tree:
    def __init__(self):
        self.children = []
    def size(self):
        return 1 + sum(c.size() for c in self.children)

t = Tree()
t.children.append(t)
t.size()
