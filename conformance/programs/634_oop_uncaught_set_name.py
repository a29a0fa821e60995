# Covers: an uncaught error in __set_name__: RuntimeError chained from the original (3.11).
class Validated:
    def __set_name__(self, owner, name):
        if not name.islower():
            raise ValueError(f"field name {name!r} must be lowercase")
        self.name = name
class Model:
    ok = Validated()
    Bad = Validated()
