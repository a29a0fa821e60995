# Covers: a metaclass __call__ delegating to type.__call__ via super(), then an uncaught argument error in __init__.
class Meta(type):
    def __call__(cls, *args, **kwargs):
        print("creating", cls.__name__, args)
        return super().__call__(*args, **kwargs)
class Point(metaclass=Meta):
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y)
q = Point(1)
