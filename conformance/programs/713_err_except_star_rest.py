# Covers: except* where one handler raises and another exception is unmatched: the re-raised
# group combines the new exception and the unhandled rest.
def f():
    try:
        raise ExceptionGroup("mixed", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print("VE handled")
    except* KeyError:
        raise OSError("from KeyError handler")
f()
