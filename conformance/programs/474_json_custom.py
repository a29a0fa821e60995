# Covers: json with custom behaviour — a JSONEncoder subclass overriding default (dates, sets, objects), cls= with extra options, object_hook/object_pairs_hook/parse_float/parse_int/parse_constant, and dump/load round trips through real files and StringIO.
import io
import json
from datetime import date, datetime

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class AppEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        return super().default(o)

record = {"when": date(2024, 5, 17), "at": datetime(2024, 5, 17, 8, 30), "tags": {"b", "a"}, "p": Point(1, 2)}
print(json.dumps(record, cls=AppEncoder))
print(json.dumps(record, cls=AppEncoder, indent=2, sort_keys=True))
enc = AppEncoder(separators=(",", ":"))
print(enc.encode([Point(0, 0)]), "".join(enc.iterencode({"s": {3}})), enc.item_separator if hasattr(enc, "item_separator") else "")
try:
    json.dumps({"x": object()}, cls=AppEncoder)
except TypeError as e:
    print("TypeError:", e)

def as_point(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d

back = json.loads(json.dumps(record, cls=AppEncoder), object_hook=as_point)
print(type(back["p"]).__name__, back["p"].x, back["p"].y, back["tags"], back["when"])
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list), json.loads('[1.10, 2]', parse_float=str, parse_int=lambda s: int(s) * 100))
print(json.loads('[NaN, Infinity]', parse_constant=lambda name: "const:" + name))

inventory = {"items": [{"sku": "A1", "qty": 3, "price": 9.99}, {"sku": "B2", "qty": 0, "price": 120.0}], "updated": "2024-01-01"}
with open("inventory.json", "w") as f:
    json.dump(inventory, f, indent=4)
with open("inventory.json") as f:
    text = f.read()
print(text.count("\n"), text.splitlines()[1])
with open("inventory.json") as f:
    loaded = json.load(f)
print(loaded == inventory, sum(i["qty"] * i["price"] for i in loaded["items"]))
buf = io.StringIO()
json.dump([1, {"k": None}], buf, separators=(",", ":"))
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
lines = io.StringIO('{"id": 1}\n{"id": 2}\n\n{"id": 3}\n')
print([json.loads(line)["id"] for line in lines if line.strip()])
