# Covers: the TypeErrors and ValueErrors pattern matching raises at run time, with CPython's
# messages: a non-class in a class pattern, bad __match_args__ (not a tuple, non-string
# elements, too few), too many positional sub-patterns for self-matching built-ins, the same
# attribute twice, duplicate keys from dotted names, unhashable keys, and errors from len/get.
import collections
import collections.abc


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (TypeError, ValueError, AttributeError) as e:
        print(label, "->", type(e).__name__ + ":", e)


not_a_class = len


def m1():
    match 1:
        case not_a_class():
            return "matched"


attempt("call of non-class", m1)


class ListArgs:
    __match_args__ = ["a"]
    a = 1


def m2():
    match ListArgs():
        case ListArgs(x):
            return x


attempt("list __match_args__", m2)


class IntArgs:
    __match_args__ = ("a", 2)
    a = 1


def m3():
    match IntArgs():
        case IntArgs(x, y):
            return x, y


attempt("non-str __match_args__", m3)


def m3b():
    match IntArgs():
        case IntArgs(x):
            return x


attempt("only the used names are checked", m3b)


class OneArg:
    __match_args__ = ("a",)
    a = b = 1


def m4():
    match OneArg():
        case OneArg(x, y):
            return "two"


attempt("too many positional", m4)


class NoArgs:
    pass


def m5():
    match NoArgs():
        case NoArgs(x):
            return x


attempt("no __match_args__", m5)


def m6():
    match 5:
        case int(x, y):
            return x


attempt("int takes one", m6)


def m7():
    match collections.OrderedDict():
        case dict(a, b, c):
            return a


attempt("dict takes one", m7)


def m8():
    match OneArg():
        case OneArg(x, a=y):
            return x, y


attempt("positional and keyword for one attribute", m8)


class Twice:
    __match_args__ = ("a", "a")
    a = 0


def m9():
    match Twice():
        case Twice(x, y):
            return x, y


attempt("__match_args__ repeats a name", m9)


def m10():
    match "text":
        case OneArg(x, y):
            return "no isinstance, no check"
        case _:
            return "not an instance: no error"


attempt("errors need an instance", m10)


class K:
    A = "k"
    B = "k"


def m11():
    match {"k": 1, "j": 2}:
        case {K.A: 1, K.B: 2}:
            return "two"


attempt("duplicate key at run time", m11)


class Unhashable:
    KEY = [1]


def m12():
    match {"a": 1}:
        case {Unhashable.KEY: 1}:
            return "list key"


attempt("unhashable key", m12)


class NoLen(list):
    def __len__(self):
        raise TypeError("len refused")


def m13():
    match NoLen([1]):
        case [x]:
            return x


attempt("error in __len__", m13)


class GetFails(dict):
    def get(self, key, default=None):
        raise ValueError("get refused " + repr(key))


def m14():
    match GetFails(a=1):
        case {"a": _}:
            return "matched"


attempt("error in get()", m14)


class NoGet:
    def __len__(self):
        return 1


collections.abc.Mapping.register(NoGet)


def m15():
    match NoGet():
        case {"a": _}:
            return "matched"


attempt("mapping without get", m15)


class GetAttrBoom:
    __match_args__ = ("v",)

    def __getattr__(self, name):
        raise TypeError("attribute " + name + " exploded")


def m16():
    match GetAttrBoom():
        case GetAttrBoom(v):
            return v


attempt("error in getattr", m16)


class MetaArgs(type):
    @property
    def __match_args__(cls):
        raise AttributeError("no match args here")


class UsesMeta(metaclass=MetaArgs):
    pass


def m17():
    match UsesMeta():
        case UsesMeta(x):
            return x


attempt("__match_args__ raising AttributeError", m17)
