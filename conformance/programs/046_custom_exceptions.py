# Covers: custom exception hierarchies, extra attributes, custom __str__, catching by base class, args handling, except order.

class AppError(Exception):
    """Base class for application errors."""

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return f"{self.field}: {self.message}"

class NotFound(AppError):
    pass

class PermissionDenied(AppError):
    def __init__(self, user):
        self.user = user
        super().__init__(f"user {user!r} may not do that")

def action(kind):
    if kind == 1:
        raise ValidationError("email", "missing @")
    if kind == 2:
        raise NotFound("record 42")
    if kind == 3:
        raise PermissionDenied("mallory")
    if kind == 4:
        raise AppError()
    return "ok"

for k in range(5):
    try:
        print(action(k))
    except ValidationError as e:
        print("validation:", e, "| field", e.field, "| args", e.args)
    except AppError as e:
        print(type(e).__name__, "->", str(e), e.args, repr(e))

print(issubclass(ValidationError, AppError), issubclass(AppError, Exception), ValidationError.__mro__[1:])
print(AppError.__doc__)

class WithRepr(Exception):
    pass
print(repr(WithRepr()), repr(WithRepr(1)), repr(WithRepr(1, "two")), str(WithRepr(1, "two")), str(WithRepr()))
e = WithRepr("a")
e.args = ("changed",)
print(e)

class Retry(Exception):
    def __init__(self, attempts):
        super().__init__()
        self.attempts = attempts

def flaky(counter=[0]):
    counter[0] += 1
    if counter[0] < 3:
        raise Retry(counter[0])
    return f"succeeded after {counter[0]} tries"

while True:
    try:
        print(flaky())
        break
    except Retry as r:
        print("retrying, attempt", r.attempts, repr(r))

class MyKeyError(KeyError):
    pass
try:
    raise MyKeyError("custom key")
except LookupError as e:
    print(type(e).__name__, e, isinstance(e, KeyError))
