# Covers: user exception hierarchies: custom __init__/__str__/__repr__, args, attributes, multiple inheritance, chaining; ends with an uncaught custom exception.
class AppError(Exception):
    """Base app error."""
    def __init__(self, msg, code=500):
        super().__init__(msg)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
class NotFound(AppError):
    def __init__(self, what): super().__init__(f"{what} not found", 404)
class NoSuper(Exception):
    def __init__(self, a, b): self.a, self.b = a, b
class ReprErr(Exception):
    def __repr__(self): return "ReprErr!"
try: raise NotFound("page")
except AppError as e: print(e, repr(e), e.args, e.code, isinstance(e, Exception), type(e).__mro__[1].__name__)
e = NoSuper(1, 2); print(repr(e), str(e), e.args)
print(repr(ReprErr("x")), str(ReprErr("x")))
class WithArgs(Exception): pass
print(str(WithArgs()), str(WithArgs(1)), str(WithArgs(1, 2)), repr(WithArgs(1, 2)))
try: raise WithArgs
except WithArgs as e: print(type(e).__name__, e.args)
class KE(KeyError): pass
print(str(KE('k')), str(KeyError('k')), repr(KE('k')))
class Multi(ValueError, KeyError): pass
try: raise Multi("m")
except KeyError as e: print("caught as KeyError", type(e).__name__, e)
try:
    try: raise NotFound("x")
    except AppError as e: raise RuntimeError("wrapped") from e
except RuntimeError as e: print(e, "<-", e.__cause__, type(e.__cause__).__name__)
class Custom(Exception):
    def __init__(self, *args, detail=None):
        super().__init__(*args); self.detail = detail
try: raise Custom("a", "b", detail="d")
except Custom as e: print(e, e.detail, e.args)
e = AppError("boom"); e.extra = 1; print(vars(e), e.__dict__)
print(issubclass(NotFound, (KeyError, AppError)), NotFound.__bases__, NotFound.__doc__, AppError.__doc__)
class BadInit(Exception):
    def __init__(self): super().__init__()
try: raise BadInit()
except BadInit as e: print(repr(e), e.args)
try: raise BadInit("x")
except TypeError as e: print(e)
class StrFail(Exception):
    def __str__(self): raise ValueError("str failed")
try: str(StrFail())
except ValueError as e: print(e)
raise NotFound("user 42")
