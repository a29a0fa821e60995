# Covers: typing for annotations: reprs of List/Dict/Tuple/Set/Optional/Union/Callable/Iterable/
# Generator/Literal/Type/ClassVar/Any and TypeVar, Union flattening and Optional, annotations
# evaluated at def time, get_type_hints, get_origin/get_args, Generic classes, NamedTuple class
# syntax with defaults and methods, NewType, cast, runtime_checkable Protocol, TYPE_CHECKING.
from typing import (Any, Callable, ClassVar, Dict, Generator, Generic, Iterable, Iterator, List,
                    Literal, NamedTuple, NewType, Optional, Protocol, Set, Tuple, Type, TypeVar,
                    Union, cast, get_args, get_origin, get_type_hints, runtime_checkable, TYPE_CHECKING)
import typing

T = TypeVar("T")
K = TypeVar("K", bound=str)
print(List, List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple[int, str], Set[float])
print(Optional[int], Union[int, str], Union[int, None, str], Union[int], Union[int, Union[str, int]], Optional[List[T]])
print(Callable[[int, str], bool], Callable[..., int], Iterable[T], Iterator[int], Generator[int, None, None])
print(Literal[1, "a"], Type[int], ClassVar[int], Any, T, K, K.__bound__, typing.Deque[int], typing.DefaultDict[str, int])
print(Union[int, str] == Union[str, int], List[int] == List[int], get_origin(List[int]), get_args(Dict[str, int]))
print(get_origin(Optional[int]) is Union, get_args(Callable[[int], str]), get_origin(int), get_args(int))


def total(values: List[float], scale: Optional[float] = None) -> float:
    return sum(values) * (scale or 1)


print(total([1.5, 2.5]), total.__annotations__)
print(get_type_hints(total))


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s: Stack[int] = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, type(s).__name__, s.__orig_class__)


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100

    def raise_by(self, pct: int) -> "Employee":
        return self._replace(salary=self.salary * (100 + pct) // 100)


e = Employee("Ann")
print(e, e.raise_by(10), Employee._fields, Employee.__annotations__, isinstance(e, tuple), Employee._field_defaults)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as err:
    print("TypeError:", err)
UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId, cast(int, "not really"), TYPE_CHECKING)


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self) -> None:
        pass


print(isinstance(File(), Closer), isinstance(3, Closer))


class Drawable(Protocol):
    def draw(self) -> None:
        ...


try:
    isinstance(File(), Drawable)
except TypeError as err:
    print("TypeError:", err)
try:
    isinstance([], List[int])
except TypeError as err:
    print("TypeError:", err)
print(isinstance([], List), isinstance({}, typing.Mapping))
