# Covers: an app: a unit converter (KeyError turned into ValueError with from None, %g/.4f/.3e
# formatting) that then prompts with input() and hits end of input (EOFError, uncaught).
FACTORS = {("km", "mi"): 0.621371, ("mi", "km"): 1.609344, ("kg", "lb"): 2.20462, ("lb", "kg"): 0.453592}
def convert(value, src, dst):
    if src == dst:
        return value
    try:
        return value * FACTORS[(src, dst)]
    except KeyError:
        raise ValueError(f"cannot convert {src} to {dst}") from None
tests = [(10, "km", "mi"), (26.2, "mi", "km"), (70, "kg", "lb"), (1, "km", "kg"), (5, "lb", "lb"), (1e-3, "kg", "lb")]
for v, a, b in tests:
    try:
        r = convert(v, a, b)
        print(f"{v:>8g} {a} = {r:>12.4f} {b} ({r:.3e})")
    except ValueError as e:
        print(f"error: {e}")
while True:
    raw = input("Enter value and units (e.g. '5 km mi'): ")
    parts = raw.split()
    print(parts)
