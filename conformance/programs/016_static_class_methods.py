# Covers: staticmethod, classmethod (alternate constructors, subclass awareness), calling via class and instance.

class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class MyDate(Date):
    pass

print(Date.from_string("2024-02-29"))
print(MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))

class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items.append(x)
        return cls
    @classmethod
    def count(cls):
        return len(cls.items)

Registry.register("a").register("b")
print(Registry.count(), Registry.items)

class Counter:
    n = 0
    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n

class SubCounter(Counter):
    pass

Counter.bump(); Counter.bump(); SubCounter.bump()
print(Counter.n, SubCounter.n)

print(type(Date.__dict__['is_leap']).__name__, type(Date.__dict__['from_string']).__name__)
sm = staticmethod(lambda x: x * 3)
class WithSM:
    triple = sm
print(WithSM.triple(4), WithSM().triple(5))
