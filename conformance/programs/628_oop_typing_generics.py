# Covers: typing.Generic subclasses, Protocol with runtime_checkable, ClassVar and annotations on classes.
from typing import Generic, TypeVar, Protocol, runtime_checkable, ClassVar, Optional, List, Dict
T = TypeVar('T')
K = TypeVar('K')
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
    def __repr__(self): return f"Box({self.item!r})"
b = Box[int](5)
print(b, b.get(), Box[str], Box.__parameters__ if hasattr(Box, '__parameters__') else '', type(b).__name__)
class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T): self.k, self.v = k, v
print(Pair[str, int]("a", 1).v, Pair.__mro__[-2:])
class IntBox(Box[int]):
    pass
print(IntBox(3), IntBox.__bases__, IntBox.__orig_bases__ if hasattr(IntBox, '__orig_bases__') else '')
@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...
class Circle:
    def draw(self): return "circle"
class Blob: pass
print(isinstance(Circle(), Drawable), isinstance(Blob(), Drawable))
def render(x: Drawable) -> str: return x.draw()
print(render(Circle()))
class Conf:
    debug: ClassVar[bool] = False
    name: str
    tags: Optional[List[str]] = None
print(Conf.__annotations__)
print(Conf.debug, Conf.tags)
try: Conf().name
except AttributeError as e: print(e)
def f(a: int, b: "Box[int]" = None) -> Dict[str, int]: pass
print(f.__annotations__)
class Node:
    def __init__(self, val: int, nxt: "Optional[Node]" = None): self.val, self.nxt = val, nxt
print(Node.__init__.__annotations__)
x: int = 5
print(__annotations__)
