# Covers: an uncaught AttributeError when a subclass forgets super().__init__().
class Animal:
    def __init__(self, name):
        self.name = name
class Dog(Animal):
    def __init__(self, name, breed):
        self.breed = breed
    def describe(self):
        return f"{self.name} is a {self.breed}"
print(Dog("rex", "lab").describe())
