# Realistic learner program: a JSON-like pretty printer and serializer written from scratch (no json module):
# recursive formatting of dicts/lists/tuples/strings/numbers/bools/None, string escaping, indentation,
# compact mode for short containers, a parser for the produced text, and a round-trip check.

def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def scalar(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and (v != v or v in (float("inf"), float("-inf"))):
            raise ValueError(f"cannot serialize {v!r}")
        return repr(v)
    if isinstance(v, str):
        return escape(v)
    raise TypeError(f"Object of type {type(v).__name__} is not serializable")


def dumps(value, indent=2, width=40, level=0, seen=None):
    if seen is None:
        seen = ()
    if isinstance(value, (dict, list, tuple)):
        if any(value is s for s in seen):
            raise ValueError("circular reference detected")
        seen = seen + (value,)
        compact = dumps_compact(value, seen[:-1])
        if len(compact) + level * indent <= width:
            return compact
        pad = " " * (indent * (level + 1))
        end_pad = " " * (indent * level)
        if isinstance(value, dict):
            if not value:
                return "{}"
            items = []
            for k, v in value.items():
                if not isinstance(k, str):
                    k = str(k)
                items.append(f"{pad}{escape(k)}: {dumps(v, indent, width, level + 1, seen)}")
            return "{\n" + ",\n".join(items) + "\n" + end_pad + "}"
        if not value:
            return "[]"
        items = [pad + dumps(v, indent, width, level + 1, seen) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + end_pad + "]"
    return scalar(value)


def dumps_compact(value, seen=()):
    if isinstance(value, (dict, list, tuple)):
        if any(value is s for s in seen):
            raise ValueError("circular reference detected")
        seen = seen + (value,)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{escape(str(k))}: {dumps_compact(v, seen)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(dumps_compact(v, seen) for v in value) + "]"
    return scalar(value)


class Parser:
    def __init__(self, text):
        self.text = text
        self.i = 0

    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \n\t\r":
            self.i += 1

    def parse(self):
        self.ws()
        v = self.value()
        self.ws()
        if self.i != len(self.text):
            raise ValueError(f"extra data at {self.i}")
        return v

    def value(self):
        self.ws()
        ch = self.text[self.i]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()

    def obj(self):
        self.i += 1
        result = {}
        self.ws()
        if self.text[self.i] == "}":
            self.i += 1
            return result
        while True:
            self.ws()
            k = self.string()
            self.ws()
            assert self.text[self.i] == ":", f"expected ':' at {self.i}"
            self.i += 1
            result[k] = self.value()
            self.ws()
            if self.text[self.i] == "}":
                self.i += 1
                return result
            self.i += 1

    def arr(self):
        self.i += 1
        result = []
        self.ws()
        if self.text[self.i] == "]":
            self.i += 1
            return result
        while True:
            result.append(self.value())
            self.ws()
            if self.text[self.i] == "]":
                self.i += 1
                return result
            self.i += 1

    def string(self):
        self.i += 1
        out = []
        while self.text[self.i] != '"':
            ch = self.text[self.i]
            if ch == "\\":
                nxt = self.text[self.i + 1]
                if nxt == "u":
                    out.append(chr(int(self.text[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                out.append({"n": "\n", "t": "\t"}.get(nxt, nxt))
                self.i += 2
                continue
            out.append(ch)
            self.i += 1
        self.i += 1
        return "".join(out)

    def number(self):
        start = self.i
        while self.i < len(self.text) and self.text[self.i] in "+-0123456789.eE":
            self.i += 1
        s = self.text[start:self.i]
        if not s:
            raise ValueError(f"unexpected character {self.text[start]!r} at {start}")
        return float(s) if any(c in s for c in ".eE") else int(s)


data = {
    "name": "Interleave",
    "version": [0, 1, 0],
    "tags": ["python", "vm", "教育"],
    "stable": False,
    "license": None,
    "ratio": 0.1 + 0.2,
    "authors": [{"name": "Ann \"the dev\"", "email": "ann@example.com", "roles": ["core", "docs"]},
                {"name": "Bo\tTab", "email": None, "roles": []}],
    "nested": {"a": {"b": {"c": {"d": [1, [2, [3, [4]]]]}}}},
    "empty": {},
    "big": 2 ** 70,
    "control": "bell\x07",
}
text = dumps(data)
print(text)
print(dumps(data, indent=4, width=100))
print(dumps_compact([1, "two", None, True, 3.5, {"k": (1, 2)}]))
back = Parser(text).parse()
print("round trip equal:", back == data)
print([k for k in back if back[k] != data[k]])
for bad in [{1, 2}, float("nan"), {"f": print}]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
loop = []
loop.append(loop)
try:
    dumps(loop, width=0)
except ValueError as e:
    print("ValueError:", e)
for src in ['{"a": [1, 2, {"b": null}]}', '[true, false, -1.5e3, "x\\ny"]', '  42  ', '[1, 2] x', '@']:
    try:
        print(repr(Parser(src).parse()))
    except (ValueError, IndexError) as e:
        print(f"{type(e).__name__}: {e}")
