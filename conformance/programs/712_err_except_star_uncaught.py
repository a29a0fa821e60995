# Covers: an ExceptionGroup collected from a loop, handled by except* that raises a new error
# from the group: the uncaught traceback shows the group (boxed) as the direct cause.
def process(items):
    errors = []
    for it in items:
        try:
            int(it)
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("bad items", errors)

def main():
    try:
        process(["1", "x", "2", "y"])
    except* ValueError as eg:
        print("got", len(eg.exceptions), "errors")
        raise RuntimeError("giving up") from eg
main()
