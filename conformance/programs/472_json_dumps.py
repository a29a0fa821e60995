# Covers: json.dumps — all JSON types, separators and indent (ints, strings, 0), sort_keys, ensure_ascii on/off (BMP and astral characters, control characters), allow_nan, skipkeys, non-str keys (int/float/bool/None), tuples, big ints and float reprs, default=, circular references, and the TypeError/ValueError messages.
import json

data = {"name": "Ünïcode ☃ 😀", "n": 3, "f": 2.5, "big": 10**20, "neg": -0.0, "t": True, "nil": None, "list": [1, [2, [3]], {}], "tuple": (1, 2), "empty": []}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data["list"], indent=0))
print(json.dumps(data["list"], indent="--"))
print(json.dumps({"a": [1, 2]}, separators=(",", ":")), json.dumps({"a": [1, 2]}, indent=1, separators=(",", " => ")))
print(json.dumps({3: "int", 1.5: "float", True: "bool", None: "null", "s": "str"}), json.dumps({2: 1, 1: 2}, sort_keys=True))
print(json.dumps("quote\" backslash\\ slash/ \b\f\n\r\t \x00\x1f\x7f é"), json.dumps("\u2028\ud83d\ude00", ensure_ascii=True))
print(json.dumps([1e16, 1e-7, 0.1 + 0.2, 1.0, float("inf"), float("-inf"), float("nan"), 123456789.123456789]))
print(json.dumps({(1, 2): "tuple key", "ok": 1}, skipkeys=True), json.dumps(set(), default=list), json.dumps({"when": {1, 2}}, default=sorted))
print(json.dumps("plain"), json.dumps(None), json.dumps(7), json.dumps([]), json.dumps({}), json.dumps([[]], indent=2), json.dumps({"k": {}}, indent=2))

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("set", lambda: json.dumps({1, 2}))
attempt("object", lambda: json.dumps({"x": object()}))
attempt("bytes", lambda: json.dumps(b"raw"))
attempt("tuple key", lambda: json.dumps({(1, 2): 3}))
attempt("nan strict", lambda: json.dumps(float("nan"), allow_nan=False))
attempt("mixed sort", lambda: json.dumps({1: "a", "b": 2}, sort_keys=True))
loop = [1]
loop.append(loop)
attempt("circular list", lambda: json.dumps(loop))
d = {}
d["self"] = d
attempt("circular dict", lambda: json.dumps(d))
attempt("default returns self", lambda: json.dumps(object(), default=lambda o: o))
attempt("check_circular off", lambda: json.dumps([[1]], check_circular=False))
