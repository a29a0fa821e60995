# Covers: weakref on CPython's weakref.py — ref and its callback attribute, hashing and equality
# through the referent, the TypeError for an int, WeakKeyDictionary, WeakValueDictionary,
# WeakMethod, WeakSet, proxy, and weakref.finalize running at exit (it imports gc).
import weakref
class A:
    def m(self): return 1
a = A()
r = weakref.ref(a)
print(r() is a, r.__callback__, hash(r) == hash(a), r == weakref.ref(a))
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
d = weakref.WeakKeyDictionary()
d[a] = 5
print(d[a], len(d), list(d.keys()) == [a])
v = weakref.WeakValueDictionary()
v['x'] = a
print(v['x'] is a)
wm = weakref.WeakMethod(a.m)
print(wm()())
s = weakref.WeakSet([a])
print(len(s), a in s)
f = weakref.finalize(a, print, 'finalized')
print(f.alive)
p = weakref.proxy(a)
print(p.m())
