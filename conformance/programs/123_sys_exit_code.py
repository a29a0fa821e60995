# Covers: sys.exit(n) with an integer status after some output; finally blocks run on SystemExit; code after exit is not run.
import sys

print("about to exit with status 3")
try:
    sys.exit(3)
finally:
    print("finally runs during SystemExit")
print("never printed")
