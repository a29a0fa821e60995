# Covers: an uncaught KeyboardInterrupt: its traceback, then CPython kills itself with SIGINT
# (exit status -2 as subprocess reports it).
print("before")
raise KeyboardInterrupt
