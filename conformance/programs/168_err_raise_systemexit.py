# Covers: raise SystemExit(3) uncaught: no traceback, exit status 3, stdout kept.
print("exiting now")
raise SystemExit(3)
