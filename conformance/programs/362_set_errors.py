# Covers: error messages of set operations: KeyError from remove/pop, unhashable elements, operators with non-sets, argument count errors, changed size during iteration, and an uncaught KeyError traceback.
def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)
s = {1, 2, 3}
show(lambda: s.remove(4))
show(lambda: s.remove((1, 2)))
show(lambda: s.remove('x'))
show(lambda: set().pop())
show(lambda: s.add([]))
show(lambda: s.add({}))
show(lambda: s.add({1}))
show(lambda: {[1]})
show(lambda: {1, 2, [3]})
show(lambda: set([[1]]))
show(lambda: frozenset([{}]))
show(lambda: [] in s)
show(lambda: s.discard([]))
show(lambda: hash(s))
show(lambda: {s: 1})
show(lambda: s | [4])
show(lambda: [4] | s)
show(lambda: s & (1,))
show(lambda: s - 'ab')
show(lambda: s ^ None)
show(lambda: s + s)
show(lambda: s * 2)
show(lambda: s < [1])
show(lambda: s[0])
show(lambda: s.union(5))
show(lambda: s.update(5, 6))
show(lambda: s.intersection(None))
show(lambda: s.issubset(3))
show(lambda: s.add())
show(lambda: s.add(1, 2))
show(lambda: s.pop(0))
show(lambda: s.union(x=1))
show(lambda: set(1, 2))
show(lambda: set(foo=1))
show(lambda: frozenset(1, 2))
show(lambda: frozenset(a=1))
show(lambda: set(5))
show(lambda: frozenset.add)
show(lambda: frozenset({1}).add(2))
show(lambda: set.add(frozenset(), 1))
def mutate():
    t = {1, 2, 3}
    for x in t:
        t.add(x * 10)
show(mutate)
def shrink():
    t = {1, 2, 3}
    for x in t:
        t.discard(x)
show(shrink)
def aug():
    t = frozenset({1})
    t |= [2]
show(aug)
def aug2():
    t = {1}
    t -= [1]
show(aug2)
print(s)
t = {'a', 'b'}
t.remove('c')
