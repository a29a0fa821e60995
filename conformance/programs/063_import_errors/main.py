# Covers: ModuleNotFoundError and ImportError (name not found), their .name attributes, exceptions raised while importing, an uncaught exception from a custom exception class defined in another module.
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

try:
    from helper import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)

try:
    import broken
except ZeroDivisionError as e:
    print("importing broken failed:", e)

import helper
print(issubclass(ModuleNotFoundError, ImportError))
helper.fail("from main")
