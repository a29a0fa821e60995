# Covers: uncaught raise ... from None suppresses the context in the printed traceback.
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no such setting: {k}") from None

get({}, "debug")
