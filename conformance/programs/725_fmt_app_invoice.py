# Covers: an app: an invoice formatter with f-string tables (nested widths, grouping, precision, percent), %-formatting, str.format, rounding edge cases.
# Invoice formatter with f-string tables.
from collections import namedtuple
Item = namedtuple("Item", "sku name qty unit_price")
items = [
    Item("A-100", "Widget", 12, 3.5),
    Item("B-220", "Gadget (large)", 1, 129.99),
    Item("C-3", "Thingamajig", 250, 0.045),
    Item("D-44", "Über-Tool", 3, 19.999),
    Item("E-5", "Gizmo", 0, 1e6),
]
TAX = 0.0825
width = 58
print("=" * width)
print(f"{'INVOICE #2024-0042':^{width}}")
print("=" * width)
print(f"{'SKU':<6} {'Item':<16} {'Qty':>5} {'Price':>10} {'Total':>14}")
print(f"{'-'*6} {'-'*16} {'-'*5} {'-'*10} {'-'*14}")
subtotal = 0
for it in items:
    line = it.qty * it.unit_price
    subtotal += line
    name = it.name if len(it.name) <= 16 else it.name[:15] + "…"
    print(f"{it.sku:<6} {name:<16} {it.qty:>5,} {it.unit_price:>10,.2f} {line:>14,.2f}")
tax = subtotal * TAX
total = subtotal + tax
print(f"{'':<40}{'Subtotal:':>10}{subtotal:>8,.2f}")
print(f"{'':<40}{f'Tax {TAX:.2%}:':>10}{tax:>8,.2f}")
print(f"{'':<40}{'TOTAL:':>10}{total:>8,.2f}")
print(f"{total:e} {total:.3g} {total:_.1f} {int(total):#x} {int(total):08b} {total:+.0f}")
print("%-10s|%8.3f|%+06d|%x" % ("pct", 12.34567, 42, 255))
print("{:*^30}".format(" thanks "))
print("{0:>{1}}|{2:<{1}}|".format("r", 6, "l"))
print(f"{'centered':=^20}", f"{-12.5:010.2f}", f"{12345678:_d}", f"{0.000012345:.3e}")
for v in (0.5, 1.5, 2.5, 2.675, 1.005, -0.5):
    print(f"{v} -> round {round(v)} / {round(v, 2)} / {v:.2f} / {v:.0f}")
print(format(1234.5, ",.1f"), format(-0.0, ".1f"), format(1e16, ".2f"), format(float("nan"), "^8"), format(float("-inf"), "+"))
