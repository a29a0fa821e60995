# Covers: copy.copy/deepcopy (nested, cycles, custom __copy__/__deepcopy__), operator itemgetter/attrgetter/methodcaller and function forms of operators.
import copy
import operator

orig = {"list": [1, [2, 3]], "tuple": (4, [5]), "n": 6}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["list"][1].append(99)
orig["tuple"][1].append(100)
print(sh)
print(dp)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is cyc)
class Node:
    def __init__(self, v, kids=None):
        self.v = v
        self.kids = kids or []
    def __repr__(self):
        return f"Node({self.v}, {self.kids})"
tree = Node(1, [Node(2), Node(3)])
t2 = copy.deepcopy(tree)
t2.kids[0].v = 20
t3 = copy.copy(tree)
t3.kids.append(Node(4))
print(tree, t2)
class Custom:
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        print("  __copy__ called")
        return Custom(self.data)
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called")
        return Custom(copy.deepcopy(self.data, memo))
c = Custom([1, 2])
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
print(c1.data is c.data, c2.data is c.data, c2.data == c.data)
print(copy.copy(5), copy.deepcopy("s"), copy.copy((1, 2)))
print(operator.add(2, 3), operator.sub(5, 8), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 8), operator.neg(4))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.not_(0), operator.truth([]), operator.contains([1, 2], 2), operator.getitem("abc", 1), operator.concat([1], [2]))
get1 = operator.itemgetter(1)
get02 = operator.itemgetter(0, 2)
print(get1("xyz"), get02("xyz"), operator.itemgetter("k")({"k": "v"}), sorted([(1, "b"), (0, "c")], key=get1))
class P:
    def __init__(self, n, a):
        self.name, self.addr = n, a
class A:
    def __init__(self, city):
        self.city = city
people = [P("x", A("Oslo")), P("y", A("Bern"))]
print([operator.attrgetter("addr.city")(p) for p in people], operator.attrgetter("name", "addr.city")(people[0]))
up = operator.methodcaller("replace", "a", "A")
print(up("banana"), operator.methodcaller("split", ",")("a,b"), list(map(operator.methodcaller("upper"), ["x", "y"])))
x = [1]
print(operator.iadd(x, [2]), x, operator.index(7), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.inv(5))
