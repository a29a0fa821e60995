# Covers: an uncaught TypeError raised by a class pattern inside a function: the traceback
# points at the class pattern (the MATCH_CLASS instruction's position), with carets.
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    qty: int


def restock(entry):
    match entry:
        case {"name": name}:
            return f"restock {name}"
        case Item(name, qty, "extra"):
            return f"{name} x{qty}"


print(restock({"name": "nails"}))
print(restock(Item("screws", 3)))
