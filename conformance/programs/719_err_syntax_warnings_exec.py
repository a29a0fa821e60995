# Covers: SyntaxWarnings from exec() and compile() (file name <string> or the given name, no
# source line), every occurrence printed, and the warnings filters: "ignore" silences them,
# "error" turns them into a SyntaxError at the expression.
import warnings
x = 1
exec("y = x is 3")
compile("z is 4\nassert (1, 2)\nz is 5 or z is 6", "<mine>", "exec")
warnings.simplefilter("ignore", SyntaxWarning)
compile("q is 5", "<quiet>", "exec")
warnings.simplefilter("error", SyntaxWarning)
try:
    compile("a = 1\nb = a is 'x'", "<strict>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e, e.lineno, e.offset, e.end_offset, repr(e.text))
warnings.resetwarnings()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("w is 'w'", "<rec>", "exec")
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
exec("print('after', x is not None)")
