# Covers: del of names, list items, slices, dict keys, attributes, multiple targets; errors after del.

a = 1
b = [1, 2, 3, 4, 5]
c = {"x": 1, "y": 2, "z": 3}
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
del b[0], b[-1]
print(b)
del c["y"]
print(c)
try:
    del c["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    del b[10]
except IndexError as e:
    print("IndexError:", e)

class O:
    pass
o = O()
o.attr = 5
del o.attr
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)

def f():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(f())
p, q = 1, 2
del p, q
print("p" in dir(), "q" in dir())
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
