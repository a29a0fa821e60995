import warnings
def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2
def risky():
    warnings.warn("risky call", RuntimeWarning)
    return 1
def deep():
    warnings.warn("from deep", UserWarning, stacklevel=3)
