# Covers: an application built on match: a tokenizer, a recursive-descent parser producing
# dataclass nodes, an evaluator and a simplifier dispatching on node shapes, and a command loop
# (scripted input) — sequence, mapping, class, or, as, guard and literal patterns together.
from dataclasses import dataclass
import math


@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class BinOp:
    op: str
    left: object
    right: object


@dataclass(frozen=True)
class Call:
    func: str
    args: tuple


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        match text[i]:
            case " ":
                i += 1
            case "+" | "-" | "*" | "/" | "^" | "(" | ")" | "," as ch:
                tokens.append(("op", ch))
                i += 1
            case ch if ch.isdigit() or ch == ".":
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                tokens.append(("num", float(text[i:j])))
                i = j
            case ch if ch.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                tokens.append(("name", text[i:j]))
                i = j
            case ch:
                raise SyntaxError(f"unexpected character {ch!r}")
    return tokens


class Parser:
    PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expression(self, min_prec=1):
        left = self.atom()
        while True:
            match self.peek():
                case ("op", op) if op in self.PRECEDENCE and self.PRECEDENCE[op] >= min_prec:
                    self.take()
                    next_prec = self.PRECEDENCE[op] + (0 if op == "^" else 1)
                    left = BinOp(op, left, self.expression(next_prec))
                case _:
                    return left

    def atom(self):
        match self.take():
            case ("num", value):
                return Num(value)
            case ("name", name):
                match self.peek():
                    case ("op", "("):
                        self.take()
                        args = []
                        while self.peek() != ("op", ")"):
                            args.append(self.expression())
                            if self.peek() == ("op", ","):
                                self.take()
                        self.take()
                        return Call(name, tuple(args))
                    case _:
                        return Var(name)
            case ("op", "("):
                inner = self.expression()
                match self.take():
                    case ("op", ")"):
                        return inner
                    case tok:
                        raise SyntaxError(f"expected ')', got {tok}")
            case ("op", "-"):
                return BinOp("-", Num(0.0), self.atom())
            case tok:
                raise SyntaxError(f"unexpected token {tok}")


FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs}


def evaluate(node, env):
    match node:
        case Num(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unknown variable {name}")
        case BinOp("+", a, b):
            return evaluate(a, env) + evaluate(b, env)
        case BinOp("-", a, b):
            return evaluate(a, env) - evaluate(b, env)
        case BinOp("*", a, b):
            return evaluate(a, env) * evaluate(b, env)
        case BinOp("/", a, b):
            return evaluate(a, env) / evaluate(b, env)
        case BinOp("^", a, b):
            return evaluate(a, env) ** evaluate(b, env)
        case Call(func, args) if func in FUNCS:
            return FUNCS[func](*(evaluate(a, env) for a in args))
        case Call(func, _):
            raise NameError(f"unknown function {func}")


def simplify(node):
    match node:
        case BinOp(op, left, right):
            left, right = simplify(left), simplify(right)
            match (op, left, right):
                case ("+", Num(0.0), x) | ("+", x, Num(0.0)):
                    return x
                case ("*", Num(1.0), x) | ("*", x, Num(1.0)):
                    return x
                case ("*", Num(0.0), _) | ("*", _, Num(0.0)):
                    return Num(0.0)
                case ("-", x, y) if x == y:
                    return Num(0.0)
                case (_, Num(a), Num(b)):
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
                case _:
                    return BinOp(op, left, right)
        case Call(f, args):
            return Call(f, tuple(simplify(a) for a in args))
        case _:
            return node


def show(node):
    match node:
        case Num(v) if v == int(v):
            return str(int(v))
        case Num(v):
            return str(v)
        case Var(name):
            return name
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Call(f, args):
            return f"{f}({', '.join(show(a) for a in args)})"


env = {}
script = [
    {"cmd": "let", "name": "x", "expr": "3"},
    {"cmd": "let", "name": "y", "expr": "x * 2 + 1"},
    {"cmd": "eval", "expr": "x ^ 2 ^ 1 + y"},
    {"cmd": "eval", "expr": "sqrt(x * x + 16) - max(1, y, 2)"},
    {"cmd": "simplify", "expr": "(x * 1 + 0) * (2 + 3) - (y - y)"},
    {"cmd": "simplify", "expr": "0 * foo(x, 1 * z)"},
    {"cmd": "eval", "expr": "z + 1"},
    {"cmd": "eval", "expr": "x $ 2"},
    {"cmd": "eval", "expr": "nope(1)"},
    {"cmd": "vars"},
    {"cmd": "quit", "code": 0},
    {"cmd": "eval", "expr": "1 + 1"},
]

for entry in script:
    try:
        match entry:
            case {"cmd": "let", "name": str(name), "expr": src}:
                env[name] = evaluate(parse_tree := Parser(tokenize(src)).expression(), env)
                print(f"{name} = {env[name]:g}   [{show(parse_tree)}]")
            case {"cmd": "eval", "expr": src}:
                print(f"{src} => {evaluate(Parser(tokenize(src)).expression(), env):g}")
            case {"cmd": "simplify", "expr": src}:
                print(f"{src} ~> {show(simplify(Parser(tokenize(src)).expression()))}")
            case {"cmd": "vars"}:
                print("vars:", ", ".join(f"{k}={v:g}" for k, v in sorted(env.items())))
            case {"cmd": "quit", **rest}:
                print("quit with", rest)
                break
            case other:
                print("bad command", other)
    except (SyntaxError, NameError) as e:
        print(type(e).__name__ + ":", e)
