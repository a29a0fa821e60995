# Covers: single inheritance, method overriding, super() calls in __init__ and methods, isinstance along the chain.

class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.name} is a {self.kind}: {self.speak()}"

class Dog(Animal):
    kind = "dog"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return f"{self.name} barks"

class Puppy(Dog):
    kind = "puppy"
    def speak(self):
        return super().speak() + " softly"

class Cat(Animal):
    pass

for a in [Animal("Generic"), Dog("Rex", "lab"), Puppy("Bit", "pug"), Cat("Tom")]:
    print(a.describe())

p = Puppy("Bit", "pug")
print(p.breed, isinstance(p, Animal), isinstance(p, Cat), issubclass(Puppy, Dog))
print(Puppy.__bases__, Puppy.__base__)
print([c.__name__ for c in Puppy.__mro__])
print(super(Puppy, p).speak())
print(super(Dog, p).speak())

class Base:
    def __init__(self):
        print("Base.__init__")
class Child(Base):
    def __init__(self):
        print("Child.__init__ before")
        super().__init__()
        print("Child.__init__ after")
Child()

class NoInit(Base):
    pass
NoInit()
print(Dog.__init__ is Animal.__init__, Cat.__init__ is Animal.__init__)
