# Covers: an exception raised inside a finally block while another exception propagates (implicit chaining through finally).
def risky():
    try:
        return 1 / 0
    finally:
        print("cleanup starting")
        cleanup_log = None
        cleanup_log.append("done")

risky()
