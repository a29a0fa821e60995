# Covers: json.loads — every value kind, whitespace, escapes (including surrogate pairs), big ints, NaN/Infinity, duplicate keys, bytes input, and JSONDecodeError messages with line/column/char positions and attributes for the common syntax mistakes.
import json

docs = ['{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d"}}', ' [ ] ', '"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/"', "123456789012345678901234567890",
        "-0", "1E400", "NaN", "[-Infinity, Infinity]", '{"a": 1, "a": 2}', '"\\ud800"', "\n\t [1]\r\n", '{"nested": {"deep": [[[]]]}}']
for doc in docs:
    print(repr(doc), "->", repr(json.loads(doc)))
print(json.loads(b'{"bytes": true}'), json.loads(bytearray(b"[1]")), json.loads('{"x": 1}')["x"] + 1, type(json.loads("1.0")).__name__)
bad = ["", "   ", "[1,]", '{"a":1,}', '{"a" 1}', "{a:1}", "[1 2]", '"abc', '"a\x01b"', '"\\q"', '"\\u12"', "1 2", "[1,2", "{", "[", "nul", "tru", "-", "01", "1.", ".5",
       "[1,\n 2,\n ]", '{"k":\n\n  }', "'single'", "[1] x", '\ufeff[1]', '{"a": [1, {"b": }]}']
for doc in bad:
    try:
        json.loads(doc)
        print(repr(doc), "parsed?!")
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
err = json.JSONDecodeError("Custom", "line1\nline2", 8)
print(err, err.lineno, err.colno, isinstance(err, ValueError), json.decoder.JSONDecodeError is json.JSONDecodeError)
try:
    json.loads("[1, oops]")
except ValueError as e:
    print(type(e).__name__, type(e).__module__, e.args)
