# Covers: the SyntaxErrors the compiler raises for match statements, through compile(): the
# message, line, column range and text of each (irrefutable patterns before other cases,
# repeated names, alternatives binding different names, bad mapping keys, duplicate literal
# keys — equal as dict keys, like 1 and True — repeated keyword attributes, f-strings, several
# starred names, and assignments to __debug__).
SOURCES = [
    "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case y if y:\n        pass\n    case z:\n        pass\n    case 3:\n        pass\n",
    "match x:\n    case 1 | other:\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case (a as b) | c:\n        pass\n",
    "match x:\n    case 1 | _:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case [a, *a]:\n        pass\n",
    "match x:\n    case {'k': a, **a}:\n        pass\n",
    "match x:\n    case C(a, b=a):\n        pass\n",
    "match x:\n    case [x as y, y]:\n        pass\n",
    "match x:\n    case [a, b] | [b, a, a]:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case [a, 1] | [1, (b)]:\n        pass\n",
    "match x:\n    case [a, b] | [a]:\n        pass\n",
    "match x:\n    case {x.y: 1, f'a': 2}:\n        pass\n",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case {1: 1, True: 2}:\n        pass\n",
    "match x:\n    case {1: 1, 1.0: 2}:\n        pass\n",
    "match x:\n    case {-0: 1, 0.0: 2}:\n        pass\n",
    "match x:\n    case {0j: 1, 0: 2}:\n        pass\n",
    "match x:\n    case {1+2j: 1, 3: 2, 1+2j: 5}:\n        pass\n",
    "match x:\n    case {b'a': 1, b'a': 2}:\n        pass\n",
    "match x:\n    case {None: 1, 'None': 2, None: 3}:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case f'x':\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case __debug__:\n        pass\n",
    "match x:\n    case [*__debug__]:\n        pass\n",
    "match x:\n    case C(__debug__=1):\n        pass\n",
    "def f(x):\n    match x:\n        case [1, 2]:\n            pass\n        case other:\n            pass\n        case [3]:\n            pass\n",
]

for src in SOURCES:
    try:
        compile(src, "<case>", "exec")
        print("compiled fine:", src.splitlines()[1].strip())
    except SyntaxError as e:
        print(f"{e.msg} | line {e.lineno} cols {e.offset}-{e.end_offset} | text {e.text!r}")
