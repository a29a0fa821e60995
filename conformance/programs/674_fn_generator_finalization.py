# Covers: closing generators held by a for loop: break, return from the loop, an exception in
# the loop body, nested loops (the with block inside the generator exits at once).
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, *a): print("exit", self.n, a[0].__name__ if a[0] else None)
def lines():
    with CM("file"):
        yield "a"
        yield "b"
        yield "c"
for l in lines():
    print(l)
    if l == "b":
        break
print("after loop")
def find():
    for l in lines():
        if l == "a":
            return l
print(find())
print("after find")
try:
    for l in lines():
        raise ValueError("in body")
except ValueError as e:
    print("caught", e)
def nested():
    for a in lines():
        for b in lines():
            break
        break
nested()
print("end")
