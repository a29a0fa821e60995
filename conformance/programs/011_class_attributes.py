# Covers: class attributes vs instance attributes, shadowing, shared mutable class attributes, __dict__.

class Dog:
    species = "canis"
    tricks = []          # shared by all instances (pitfall)
    count = 0

    def __init__(self, name):
        self.name = name
        self.own_tricks = []
        Dog.count += 1

    def add_trick(self, t):
        self.tricks.append(t)
        self.own_tricks.append(t)

a = Dog("Rex")
b = Dog("Fido")
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks, Dog.tricks)
print(a.own_tricks, b.own_tricks)
print(Dog.count, a.count)
a.species = "wolf"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
print(sorted(a.__dict__))
print(a.__dict__)
Dog.species = "canis familiaris"
print(b.species)
a.count += 100
print(a.count, Dog.count, b.count)
print(hasattr(Dog, "name"), hasattr(a, "name"))

class Config:
    debug = False
    level = 1

c = Config()
print(c.debug, c.level)
Config.debug = True
print(c.debug)
c.level = 5
print(c.level, Config.level)
print('level' in c.__dict__, 'debug' in c.__dict__)
print(type(a).__name__, a.__class__.__name__, Dog.__name__)
