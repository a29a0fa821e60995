# Covers: dataclass string annotations resolved like CPython (ClassVar/InitVar/KW_ONLY as strings, typing imported).
import typing
from typing import ClassVar
import dataclasses
from dataclasses import dataclass, InitVar, KW_ONLY
@dataclass
class A:
    x: int
    c1: ClassVar[int] = 1
    c2: 'ClassVar[int]' = 2
    c3: 'typing.ClassVar[int]' = 3
    c4: typing.ClassVar = 4
    i1: 'InitVar[int]' = 5
    i2: 'dataclasses.InitVar[int]' = 6
    _: 'KW_ONLY'
    k: int = 7
    def __post_init__(self, i1, i2): print("post", i1, i2)
print(A(1), [f.name for f in dataclasses.fields(A)])
print(A(1, 9, 8, k=3))
