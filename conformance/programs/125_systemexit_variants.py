# Covers: SystemExit caught and inspected (code values: None, int, str), then raise SystemExit(0) exits cleanly with status 0.
import sys

for arg in [(), (0,), (2,), ("text",), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, "->", repr(e.code), e.args)
try:
    raise SystemExit(4)
except SystemExit as e:
    print("raised directly:", e.code)
print("exiting with 0")
raise SystemExit(0)
