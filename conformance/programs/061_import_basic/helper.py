# Helper module for 061_import_basic.
print("helper is being imported, __name__ =", __name__)

CONSTANT = 42
_private = "underscore names are still importable by attribute"


def greet(who):
    return f"hello {who} from {__name__}"


class _Counter:
    def __init__(self):
        self.n = 0

    def increment(self):
        self.n += 1
        return self.n


counter = _Counter()


class Shape:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"Shape {self.name} defined in {__name__}"

    def __repr__(self):
        return f"helper.Shape({self.name!r})"


if __name__ == "__main__":
    print("never printed when imported")
