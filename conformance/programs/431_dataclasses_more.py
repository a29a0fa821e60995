# Covers: a learner-style dataclass program: nested dataclasses, default_factory with lambdas,
# sorting dataclasses with order=True and field(compare=False), frozen dataclasses as dict keys,
# __post_init__ validation errors, replace on frozen instances, asdict for reporting, dataclass
# methods and properties, and recursion in repr.
from dataclasses import dataclass, field, asdict, replace, fields


@dataclass(order=True)
class Student:
    grade: float
    name: str = field(compare=False)
    courses: list = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self):
        if not 0 <= self.grade <= 100:
            raise ValueError(f"grade out of range: {self.grade}")

    @property
    def passed(self):
        return self.grade >= 60


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

    def moved(self, dlat, dlon):
        return replace(self, lat=self.lat + dlat, lon=self.lon + dlon)


@dataclass
class Classroom:
    room: Coord
    students: list = field(default_factory=list)
    tags: dict = field(default_factory=lambda: {"level": "intro"})

    def add(self, s):
        self.students.append(s)
        return self


cls = Classroom(Coord(59.9, 10.7))
cls.add(Student(88.5, "Ann", ["math"])).add(Student(52, "Bob")).add(Student(88.5, "Cy"))
print(cls)
print(sorted(cls.students), max(cls.students).name, [s.passed for s in cls.students])
print(Student(70, "x") == Student(70, "y"), Student(70, "x") < Student(71, "a"))
print(asdict(cls))
visits = {Coord(1, 2): "home", Coord(1, 2).moved(1, 1): "work"}
print(visits, Coord(1, 2) in visits, hash(Coord(1, 2)) == hash(Coord(1.0, 2.0)))
try:
    Student(120, "Zed")
except ValueError as e:
    print("ValueError:", e)
print([(f.name, f.compare, f.repr) for f in fields(Student)])


@dataclass
class Node:
    value: int
    next: "Node" = None


n = Node(1)
n.next = n
print(n)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Classroom.__init__.__qualname__)
