# Covers: getattr (with default), setattr, hasattr, delattr on instances, classes and modules; dynamic attribute names; errors.
import math

class Config:
    mode = "dev"

c = Config()
for name in ["alpha", "beta"]:
    setattr(c, name, name.upper())
print(c.alpha, getattr(c, "beta"), getattr(c, "gamma", "no gamma"), getattr(c, "mode"))
print(hasattr(c, "alpha"), hasattr(c, "gamma"), hasattr(Config, "mode"), hasattr(Config, "alpha"))
delattr(c, "alpha")
print(hasattr(c, "alpha"), vars(c))
setattr(Config, "shared", 42)
print(c.shared, Config.shared)
print(getattr(math, "pi"), getattr(math, "sqrt")(81), hasattr(math, "nope"))
print(getattr("text", "upper")(), getattr([3, 1, 2], "index")(2))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(c, "alpha")
except AttributeError as e:
    print("AttributeError:", e)
ops = {"add": "__add__", "mul": "__mul__"}
for name, dunder in ops.items():
    print(name, getattr(6, dunder)(7))
class Dyn:
    def __getattr__(self, name):
        return f"dynamic:{name}"
print(getattr(Dyn(), "anything"), hasattr(Dyn(), "whatever"))
