#!/usr/bin/env python3
"""Differential test of complex numbers and cmath: Interleave against CPython 3.11.

Usage (from the repository root):

    python3 scripts/complex-fuzz.py [--seed N] [--count N] [--keep]

Generates one Python program of random complex operations (reprs, format(), arithmetic with
int/float/complex operands, hash, ==, complex(str) parsing, cmath functions, special values), runs
it with python3 and with the Interleave CLI (scripts/interleave.mjs), and reports the lines that
differ, grouped by operation. Operands are written as float.fromhex() literals so both sides see
the same bits. Each case prints its result or "ExceptionType: message".
"""

import argparse
import math
import os
import random
import subprocess
import sys
import tempfile
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPECIALS = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, float("inf"), float("-inf"), float("nan"),
            1e308, -1e308, 5e-324, 1e-310, 1e16, 1e-5, 123456789.0, 0.1]


def rnd_float(r):
    k = r.random()
    if k < 0.15:
        return r.choice(SPECIALS)
    if k < 0.35:
        return float(r.randint(-20, 20))
    if k < 0.6:
        return r.uniform(-10, 10)
    if k < 0.8:
        return r.choice([-1, 1]) * math.ldexp(r.random(), r.randint(-60, 60))
    if k < 0.9:
        return r.choice([-1, 1]) * math.ldexp(r.random(), r.randint(-1074, 1023))
    return round(r.uniform(-100, 100), r.randint(0, 3))


def lit_float(x):
    if x != x:
        return "NAN"
    if x == math.inf:
        return "INF"
    if x == -math.inf:
        return "-INF"
    return f"F({x.hex()!r})"


def lit_complex(r):
    return f"complex({lit_float(rnd_float(r))}, {lit_float(rnd_float(r))})"


def lit_operand(r):
    k = r.random()
    if k < 0.55:
        return lit_complex(r)
    if k < 0.75:
        return lit_float(rnd_float(r))
    if k < 0.85:
        return repr(r.choice([True, False]))
    return str(r.randint(-5, 5) if r.random() < 0.7 else r.randint(-10**20, 10**20))


def rnd_spec(r):
    fill_align = r.choice(["", "", "<", ">", "^", "*^", "x<", "=", "0"])
    sign = r.choice(["", "", "+", "-", " "])
    z = r.choice(["", "", "", "z"])
    alt = r.choice(["", "", "#"])
    width = r.choice(["", "", "", str(r.randint(1, 40))])
    group = r.choice(["", "", "", ",", "_"])
    prec = r.choice(["", "", "." + str(r.randint(0, 20))])
    typ = r.choice(["", "", "e", "E", "f", "F", "g", "G", "n", "%", "d", "r"])
    return fill_align + sign + z + alt + width + group + prec + typ


def rnd_complex_string(r):
    parts = []
    k = r.random()
    num = lambda: r.choice([repr(rnd_float(r)), str(r.randint(0, 99)), "1e5", "1.", ".5", "inf", "nan",
                            "Infinity", "1_000", "1__0", "_1", "1e", "e1", "+", "-", ""])
    if k < 0.3:
        parts = [num(), r.choice(["+", "-"]), num(), r.choice(["j", "J"])]
    elif k < 0.6:
        parts = [num(), r.choice(["j", "J", ""])]
    else:
        parts = [r.choice(["", "+", "-"]), r.choice(["j", "J", "1j", "jj"])]
    s = "".join(parts)
    if r.random() < 0.3:
        s = "(" + s + ")"
    if r.random() < 0.3:
        s = r.choice([" ", "\t", "  ", "\n"]) + s + r.choice([" ", "", "\t"])
    if r.random() < 0.05:
        s = s + ")"
    return repr(s)


CMATH_UNARY = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
               "log10", "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar", "isfinite", "isinf",
               "isnan"]


def gen_case(r):
    k = r.randrange(11)
    if k == 0:
        return "repr", f"repr({lit_complex(r)})"
    if k == 1:
        return "format", f"format({lit_complex(r)}, {rnd_spec(r)!r})"
    if k in (2, 3):
        op = r.choice(["+", "-", "*", "/", "**", "==", "!="])
        a, b = lit_operand(r), lit_operand(r)
        while op == "**" and not (a.startswith("complex") or b.startswith("complex")):
            a, b = lit_operand(r), lit_operand(r)  # int ** int could take forever
        return f"op{op}", f"({a}) {op} ({b})"
    if k == 4:
        e = r.randint(-12, 12) if r.random() < 0.7 else rnd_float(r)
        base = lit_complex(r) if r.random() < 0.8 else lit_float(rnd_float(r))
        return "pow", f"({base}) ** ({e if isinstance(e, int) else lit_float(e)})"
    if k == 5:
        # NaN parts hash by object identity (an address in CPython): not comparable.
        c = lit_complex(r)
        while "NAN" in c:
            c = lit_complex(r)
        return "hash", f"hash({c})"
    if k == 6:
        return "abs", f"abs({lit_complex(r)})"
    if k == 7:
        return "parse", f"complex({rnd_complex_string(r)})"
    if k in (8, 9):
        fn = r.choice(CMATH_UNARY)
        return f"cmath.{fn}", f"cmath.{fn}({lit_complex(r)})"
    fn = r.choice(["rect", "log2", "isclose"])
    if fn == "rect":
        return "cmath.rect", f"cmath.rect({lit_float(rnd_float(r))}, {lit_float(rnd_float(r))})"
    if fn == "log2":
        return "cmath.log(base)", f"cmath.log({lit_complex(r)}, {lit_operand(r)})"
    return "cmath.isclose", f"cmath.isclose({lit_complex(r)}, {lit_complex(r)})"


PRELUDE = """import cmath
F = float.fromhex
INF = float('inf')
NAN = float('nan')
def show(tag, f):
    try:
        print(tag, repr(f()))
    except Exception as e:
        print(tag, type(e).__name__ + ':', e)
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--keep", action="store_true", help="keep the generated program")
    ap.add_argument("--only", default="", help="only cases whose tag contains this")
    args = ap.parse_args()
    r = random.Random(args.seed)
    lines = [PRELUDE]
    tags = []
    while len(tags) < args.count:
        tag, expr = gen_case(r)
        if args.only and args.only not in tag:
            continue
        tags.append((tag, expr))
        lines.append(f"show({len(tags) - 1}, lambda: {expr})")
    src = "\n".join(lines) + "\n"
    fd, path = tempfile.mkstemp(suffix=".py", prefix="complex_fuzz_")
    with os.fdopen(fd, "w") as f:
        f.write(src)
    try:
        want = subprocess.run([sys.executable if sys.version_info[:2] == (3, 11) else "python3", path],
                              capture_output=True, text=True).stdout.splitlines()
        got_p = subprocess.run(["node", os.path.join(ROOT, "scripts", "interleave.mjs"), "run", path],
                               capture_output=True, text=True, cwd=ROOT)
        got = got_p.stdout.splitlines()
    finally:
        if args.keep:
            print("program:", path)
        else:
            os.unlink(path)
    bad = Counter()
    total = Counter(t for t, _ in tags)
    shown = 0
    for i, (tag, expr) in enumerate(tags):
        w = want[i] if i < len(want) else "<missing>"
        g = got[i] if i < len(got) else "<missing>"
        if w != g:
            bad[tag] += 1
            if shown < 25:
                print(f"DIFF {expr}\n  want {w}\n  got  {g}")
                shown += 1
    if len(got) < len(tags):
        print("interleave stopped early:", got_p.stderr[-2000:])
    print(f"{sum(bad.values())} of {len(tags)} cases differ")
    for tag in sorted(total):
        if bad[tag]:
            print(f"  {tag}: {bad[tag]}/{total[tag]}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
