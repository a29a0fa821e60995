# Covers: sys.exit('message') prints the message to stderr and exits with status 1; stdout is flushed first.
import sys

print("working...")
print("problem found", file=sys.stderr)
sys.exit("bye")
