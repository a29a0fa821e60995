# Covers: the warnings module across modules: stacklevel pointing into the caller, categories
# (custom, instances, Runtime/Future/Pending), "default" once per location, "once", message
# filters, "error", a custom showwarning, formatwarning, catch_warnings(record=True),
# warn_explicit, resetwarnings, and a bad category.
import warnings
import helper
print(helper.old_api(2))
print(helper.risky(), helper.risky())
def wrapper():
    helper.deep()
wrapper()
class MyWarning(UserWarning):
    pass
warnings.warn("custom category", MyWarning)
warnings.warn(MyWarning("instance message"))
for i in range(3):
    warnings.warn("in a loop")
warnings.simplefilter("once")
for i in range(2):
    warnings.warn("once only", UserWarning)
    warnings.warn("once only", UserWarning)
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="ignore me.*")
warnings.warn("ignore me please")
warnings.warn("but not me")
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    helper.risky()
except RuntimeWarning as e:
    print("became an error:", e)
warnings.resetwarnings()
def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", category.__name__, message, filename.rsplit("/", 1)[-1], lineno)
old = warnings.showwarning
warnings.showwarning = show
warnings.warn("via custom showwarning")
warnings.showwarning = old
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "line text"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    helper.old_api(1)
    warnings.warn("recorded", SyntaxWarning)
print([(str(x.message), x.category.__name__, x.lineno) for x in w])
warnings.warn_explicit("explicit", UserWarning, "virtual.py", 99)
warnings.warn("final", FutureWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn(Warning("base warning"))
try:
    warnings.warn("bad", int)
except TypeError as e:
    print(e)
