# Covers: default arguments, evaluation time of defaults, the mutable-default pitfall and its fix.

def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))

def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_bad(1))
print(append_bad(2))
print(append_bad(3, []))
print(append_bad(4))
print(append_bad.__defaults__)

def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(append_good(1))
print(append_good(2))

counter = 10
def show(x=counter):
    return x
counter = 20
print(show(), counter)

def make_dict(key, d={}):
    d[key] = len(d)
    return d

make_dict("a")
make_dict("b")
print(make_dict("c"))

def power(base, exp=2):
    return base ** exp

print([power(b) for b in range(5)])
print([power(2, e) for e in range(5)])
print(power.__defaults__, power.__code__.co_argcount)
