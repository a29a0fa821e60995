# Covers: SyntaxErrors of the symbol table and code generator for global/nonlocal, walrus in
# comprehensions, yield/await placement, duplicate arguments, keyword repeats, __debug__.
sources = [
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f():\n    def g():\n        nonlocal x\n",
    "nonlocal x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f(x):\n    global x\n",
    "def f(x):\n    nonlocal x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    print(x)\n    x = 1\n    global x\n",
    "def f():\n    x: int = 1\n    global x\n",
    "def f():\n    global x\n    x: int = 1\n",
    "def f():\n    import os\n    global os\n",
    "def f():\n    global x, y\n    nonlocal y\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "class A:\n    nonlocal x\n",
    "def f():\n    [x for x in range(3) if (x := 2)]\n",
    "def f():\n    [x for y in range(3) for x in (z := y)]\n",
    "def f():\n    [[(j := 0) for i in range(3)] for j in range(2)]\n",
    "def f():\n    [i for i in range(3) if (j := i) for j in range(2)]\n",
    "class A:\n    [(y := 1) for x in range(3)]\n",
    "[i for i in (j := range(3))]\n",
    "def f(a, a): pass\n",
    "lambda a, a: 1\n",
    "f(a=1, b=2, a=3)\n",
    "class A(x=1, x=2): pass\n",
    "f(__debug__=1)\n",
    "def f(__debug__): pass\n",
    "__debug__ = 1\n",
    "x.__debug__ = 1\n",
    "yield 1\n",
    "class A:\n    yield 1\n",
    "def f():\n    [(yield) for i in x]\n",
    "def f():\n    ((yield) for i in x)\n",
    "def f():\n    await x\n",
    "lambda: await x\n",
    "def f():\n    [await x for x in y]\n",
    "async def f():\n    yield from x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "def f():\n    async with a: pass\n",
]
for src in sources:
    try:
        compile(src, "<prog>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno}, col {e.offset}-{e.end_offset})")

def ok():
    x = 0
    def g():
        nonlocal x
        x += 1
        return [x := x + 10 for _ in range(2)]
    return g(), x

print(ok())
