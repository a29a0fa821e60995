# Covers: an uncaught TypeError raised by a metaclass __new__ while creating a subclass.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        if 'required' not in ns:
            raise TypeError(f"class {name} must define 'required'")
        return super().__new__(mcls, name, bases, ns)
class Good(metaclass=Meta):
    required = True
class Bad(Good):
    pass
