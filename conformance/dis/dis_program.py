# Disassemble a whole program the way `python3 -m dis FILE` would, for comparing our compiler's
# bytecode with CPython 3.11's (scripts/dis-diff.py runs this under both interpreters).
import dis
import sys

with open(sys.argv[1]) as f:
    source = f.read()
dis.dis(compile(source, sys.argv[1], 'exec'))
