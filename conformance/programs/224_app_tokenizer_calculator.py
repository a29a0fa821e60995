# Realistic learner program: a tokenizer and recursive-descent calculator with variables, functions,
# operator precedence, right-associative power, unary minus, and error reporting with positions.
import math
import re

TOKEN_RE = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|[-+*/%^(),=])
  | (?P<SPACE>\s+)
  | (?P<ERROR>.)
""", re.VERBOSE)


class CalcError(Exception):
    def __init__(self, message, pos=None):
        super().__init__(message)
        self.pos = pos


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"{self.kind}:{self.text}"


def tokenize(src):
    tokens = []
    for m in TOKEN_RE.finditer(src):
        kind = m.lastgroup
        if kind == "SPACE":
            continue
        if kind == "ERROR":
            raise CalcError(f"unexpected character {m.group()!r}", m.start())
        tokens.append(Token(kind, m.group(), m.start()))
    tokens.append(Token("EOF", "", len(src)))
    return tokens


FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "round": round, "fact": math.factorial}
CONSTS = {"pi": math.pi, "e": math.e}


class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def next(self):
        t = self.tokens[self.i]
        self.i += 1
        return t

    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise CalcError(f"expected {text!r} but found {t.text or 'end of input'!r}", t.pos)
        return t

    def statement(self):
        if self.peek().kind == "NAME" and self.tokens[self.i + 1].text == "=":
            name = self.next().text
            self.next()
            value = self.expr()
            self.env[name] = value
            result = value
        else:
            result = self.expr()
        if self.peek().kind != "EOF":
            t = self.peek()
            raise CalcError(f"unexpected {t.text!r}", t.pos)
        return result

    def expr(self):
        value = self.term()
        while self.peek().text in ("+", "-"):
            op = self.next().text
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.unary()
        while self.peek().text in ("*", "/", "%"):
            t = self.next()
            rhs = self.unary()
            if t.text != "*" and rhs == 0:
                raise CalcError("division by zero", t.pos)
            if t.text == "*":
                value *= rhs
            elif t.text == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def unary(self):
        if self.peek().text == "-":
            self.next()
            return -self.unary()
        if self.peek().text == "+":
            self.next()
            return self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().text in ("**", "^"):
            self.next()
            return base ** self.unary()
        return base

    def atom(self):
        t = self.next()
        if t.kind == "NUMBER":
            return float(t.text) if any(c in t.text for c in ".eE") else int(t.text)
        if t.text == "(":
            v = self.expr()
            self.expect(")")
            return v
        if t.kind == "NAME":
            if self.peek().text == "(":
                self.next()
                args = []
                if self.peek().text != ")":
                    args.append(self.expr())
                    while self.peek().text == ",":
                        self.next()
                        args.append(self.expr())
                self.expect(")")
                if t.text not in FUNCS:
                    raise CalcError(f"unknown function {t.text!r}", t.pos)
                try:
                    return FUNCS[t.text](*args)
                except (ValueError, TypeError) as e:
                    raise CalcError(f"{t.text}: {e}", t.pos) from e
            if t.text in self.env:
                return self.env[t.text]
            if t.text in CONSTS:
                return CONSTS[t.text]
            raise CalcError(f"undefined variable {t.text!r}", t.pos)
        raise CalcError(f"unexpected {t.text or 'end of input'!r}", t.pos)


def evaluate(src, env):
    return Parser(tokenize(src), env).statement()


def fmt(v):
    if isinstance(v, float):
        return f"{v:.10g}"
    return str(v)


env = {}
lines = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ^ 2",
    "10 / 4",
    "10 % 4 + 7 % -3",
    "x = 5",
    "y = x * 2 + 1",
    "x * y - 3",
    "sqrt(16) + abs(-3)",
    "max(1, x, y, 7) - min(4, 2)",
    "round(pi, 4)",
    "fact(20)",
    "2 ** 100",
    "1.5e3 + 0.5",
    "area = pi * r ** 2",
    "r = 3",
    "area = pi * r ** 2",
    "1 / (x - 5)",
    "sqrt(-1)",
    "foo(1)",
    "3 +",
    "(1 + 2",
    "4 $ 4",
    "1 2",
    "fact(2.5)",
]
for line in lines:
    try:
        print(f"{line:<28} => {fmt(evaluate(line, env))}")
    except CalcError as e:
        marker = " " * (e.pos if e.pos is not None else 0) + "^"
        print(f"{line:<28} !! error: {e}")
        print(f"{'':<28}    {line}")
        print(f"{'':<28}    {marker}")
print(tokenize("a=(1+2.5)**b"))
print(sorted(env.items()))
