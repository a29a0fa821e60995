# Covers: BaseExceptionGroup/ExceptionGroup construction rules and errors, message/exceptions/
# args, str, derive(), split() and subgroup() (types, tuples, predicates, nesting; traceback,
# cause, context and notes copied to the parts), subclasses and __class_getitem__.
tests = [
 lambda: ExceptionGroup("m"),
 lambda: ExceptionGroup("m", [ValueError()], 3),
 lambda: ExceptionGroup(1, [ValueError()]),
 lambda: ExceptionGroup("m", 5),
 lambda: ExceptionGroup("m", []),
 lambda: ExceptionGroup("m", [ValueError, 1]),
 lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
 lambda: ExceptionGroup("m", [ValueError()], x=1),
 lambda: BaseExceptionGroup("m", [ValueError()]),
 lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]),
 lambda: BaseExceptionGroup("m", (ValueError(), SystemExit())),
 lambda: ExceptionGroup("m", "ab"),
 lambda: ExceptionGroup("m", {ValueError()}),
]
for t in tests:
    try:
        r = t()
        print(type(r).__name__, repr(r), str(r), r.args, r.message, r.exceptions)
    except Exception as e:
        print(type(e).__name__, e)
class MyEG(ExceptionGroup):
    pass
m = MyEG("x", [ValueError(1), TypeError(2)])
print(repr(m), type(m.derive([ValueError(3)])).__name__)
try:
    class BadEG(ExceptionGroup):
        pass
    BadEG("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
class MyBEG(BaseExceptionGroup):
    pass
print(type(MyBEG("x", [ValueError()])).__name__)
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("nested", [ValueError(3), KeyError(4)])])
print(eg.split(ValueError))
print(eg.split((TypeError, KeyError)))
print(eg.subgroup(lambda e: isinstance(e, ExceptionGroup)))
print(eg.subgroup(lambda e: False), eg.subgroup(ExceptionGroup) is eg, eg.split(Exception))
print(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == 3))
try: eg.split(1)
except TypeError as e: print(e)
try: eg.split(int)
except TypeError as e: print(e)
e1 = ValueError(1)
eg2 = ExceptionGroup("n", [e1])
eg2.add_note("hello")
eg2.__cause__ = KeyError("c")
m, r = eg2.split(ValueError)
print(m is eg2, r)
eg3 = ExceptionGroup("n", [e1, TypeError()])
eg3.add_note("note")
eg3.__context__ = KeyError("ctx")
m, r = eg3.split(ValueError)
print(m, r, m.__notes__, r.__notes__, m.__notes__ is eg3.__notes__, repr(m.__context__), m.__suppress_context__, m.__cause__)
print(ExceptionGroup.__mro__, BaseExceptionGroup.__mro__)
print(ExceptionGroup("a", [ValueError()]).derive([TypeError()]))
print(len(eg.exceptions), eg.exceptions[2].message)
print(ExceptionGroup.__class_getitem__(int) if hasattr(ExceptionGroup, '__class_getitem__') else 'no cgi')
class EGInit(ExceptionGroup):
    def __init__(self, msg, excs, extra):
        super().__init__(msg, excs)
        self.extra = extra
    def __new__(cls, msg, excs, extra):
        return super().__new__(cls, msg, excs)
x = EGInit("m", [ValueError()], 5)
print(x.extra, x.args, repr(x))
