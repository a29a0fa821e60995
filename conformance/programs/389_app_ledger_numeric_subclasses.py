# Covers: a small ledger application built on numeric subclasses: Cents(int) with money
# formatting and arithmetic that stays in Cents, Rate(float) for percentages, an IntEnum for
# categories used as dict keys and sort keys, an IntFlag for account permissions, and a report
# that groups, sums, sorts, formats with f-strings/format specs and checks permissions.
from enum import IntEnum, IntFlag


class Cents(int):
    def __new__(cls, amount):
        if isinstance(amount, str):
            whole, _, frac = amount.replace('$', '').partition('.')
            sign = -1 if whole.startswith('-') else 1
            amount = int(whole) * 100 + sign * int((frac + '00')[:2])
        return super().__new__(cls, amount)

    def __add__(self, other):
        return Cents(int(self) + int(other))

    __radd__ = __add__

    def __sub__(self, other):
        return Cents(int(self) - int(other))

    def __mul__(self, factor):
        return Cents(round(int(self) * factor))

    __rmul__ = __mul__

    def __neg__(self):
        return Cents(-int(self))

    def __repr__(self):
        return 'Cents(%d)' % self

    def __str__(self):
        sign = '-' if self < 0 else ''
        return '%s$%d.%02d' % (sign, abs(int(self)) // 100, abs(int(self)) % 100)

    def __format__(self, spec):
        return format(str(self), spec)


class Rate(float):
    def __str__(self):
        return '%.1f%%' % (self * 100)

    def apply(self, amount):
        return Cents(amount * float(self))


class Category(IntEnum):
    RENT = 1
    FOOD = 2
    TRAVEL = 3
    FUN = 4


class Perm(IntFlag):
    READ = 1
    WRITE = 2
    APPROVE = 4


entries = [
    ('2024-01-03', Category.RENT, Cents('$1200.00'), 'January rent'),
    ('2024-01-05', Category.FOOD, Cents('$54.20'), 'Groceries'),
    ('2024-01-09', Category.TRAVEL, Cents('$310.99'), 'Train tickets'),
    ('2024-01-12', Category.FOOD, Cents('$18.75'), 'Lunch'),
    ('2024-01-15', Category.FUN, Cents('$42'), 'Concert'),
    ('2024-01-20', Category.FOOD, Cents('$7.05'), 'Coffee beans'),
    ('2024-01-28', Category.TRAVEL, Cents('-$25.50'), 'Refund'),
]

totals = {}
for _, cat, amount, _ in entries:
    totals[cat] = totals.get(cat, Cents(0)) + amount
grand = sum(totals.values(), Cents(0))
print('grand total:', grand, repr(grand), type(grand).__name__)
for cat in sorted(totals, key=lambda c: -totals[c]):
    share = Rate(totals[cat] / grand)
    print(f'{cat.name:<7} #{cat:<2} {totals[cat]:>10} {str(share):>6} {int(totals[cat]):>7d}c')

tax = Rate(0.08)
print('tax rate', tax, 'on food', tax.apply(totals[Category.FOOD]), 'plain float', float(tax), tax * 2, type(tax * 2).__name__)
print('by category number:', {int(c): str(v) for c, v in sorted(totals.items())})
print('lookup by int:', totals[2], totals.get(3), Category(4) in totals, 5 in totals)

biggest = max(entries, key=lambda e: e[2])
print('largest:', biggest[3], biggest[2], '| smallest:', min(e[2] for e in entries), '| refunds:', [e[3] for e in entries if e[2] < 0])
split = totals[Category.RENT] * 0.5
print('half rent', split, repr(split), -split, split - Cents(1), Cents(1) + 1, 3 * Cents(150))

users = {'ana': Perm.READ | Perm.WRITE | Perm.APPROVE, 'ben': Perm.READ, 'cy': Perm.READ | Perm.WRITE}
for name, perm in sorted(users.items()):
    can = [p.name.lower() for p in Perm if p in perm]
    print(f'{name:>4}: {perm!r:<30} value={perm} ({perm:03b}) can={",".join(can)} approve={bool(perm & Perm.APPROVE)}')
needed = Perm.WRITE | Perm.APPROVE
print('may approve edits:', [n for n, p in users.items() if p & needed == needed], 'all write:', all(p & Perm.WRITE for p in users.values()))
print('revoked:', repr(users['ana'] & ~Perm.APPROVE), 'as int:', users['cy'] + 0, 'lookup:', Perm(3) is users['cy'])
