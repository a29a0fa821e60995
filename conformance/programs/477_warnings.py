# Covers: warnings.warn with the default filters (UserWarning printed once per location to stderr with its source line, DeprecationWarning shown only from __main__, stacklevel), filterwarnings/simplefilter actions (error, ignore, once, always, module), message/category matching, catch_warnings(record=True), formatwarning, and a custom showwarning.
import warnings

def old_api():
    warnings.warn("old_api() is deprecated", DeprecationWarning, stacklevel=2)
    return 1

warnings.warn("first warning")
for i in range(3):
    warnings.warn("in a loop")
old_api()
warnings.warn(RuntimeWarning("an instance"))
warnings.warn("explicit category", UserWarning)
warnings.warn("pending", PendingDeprecationWarning)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("recorded", FutureWarning)
    old_api()
print(len(caught), [w.category.__name__ for w in caught], [str(w.message) for w in caught], caught[0].lineno, caught[0].filename)

warnings.filterwarnings("error", message="fatal")
try:
    warnings.warn("fatal: disk full")
except UserWarning as e:
    print("raised:", type(e).__name__, e)
warnings.filterwarnings("ignore", category=RuntimeWarning)
warnings.warn("ignored runtime", RuntimeWarning)
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("only once")
warnings.warn("only once", UserWarning)
warnings.resetwarnings()
warnings.simplefilter("always", UserWarning)
warnings.warn("always a")
warnings.warn("always a")
print(warnings.formatwarning("msg", UserWarning, "file.py", 7, "code()"), end="")
print(repr(warnings.formatwarning("msg", DeprecationWarning, "file.py", 7, "")))
try:
    warnings.warn("bad", 42)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.simplefilter("loudly")
except AssertionError as e:
    print("AssertionError:", e)

def quiet_show(message, category, filename, lineno, file=None, line=None):
    print(f"[{category.__name__}] {message} (line {lineno})")

warnings.showwarning = quiet_show
warnings.warn("through custom showwarning")
print("end")
