# Covers: multi-module program: import a, from a import b as c, module attributes, __name__ of an imported module, import math as m.
import helper
from helper import greet as hello, CONSTANT
import math as m
from math import sqrt, pi as PI

print("main __name__:", __name__)
print("helper.__name__:", helper.__name__)
print(helper.greet("main"))
print(hello("alias"))
print(CONSTANT, helper.CONSTANT)
print(helper.counter.increment(), helper.counter.increment())
print(helper.Shape("sq").describe())
print(m.floor(2.7), m.sqrt(16), sqrt(2) == m.sqrt(2), PI == m.pi)
print(m.__name__, type(m).__name__, type(helper).__name__)
helper.CONSTANT = 99
print(helper.CONSTANT, CONSTANT)
print(hasattr(helper, "greet"), hasattr(helper, "_private"), helper._private)
print(sorted(n for n in dir(helper) if not n.startswith("__")))
print(helper.greet.__module__, helper.Shape.__module__, helper.Shape.__qualname__)
print(repr(helper.Shape), helper.Shape("x"))
