# Realistic learner program: an inventory system built from plain classes (no dataclasses): products,
# stock movements, validation errors, low-stock alerts, suppliers, reports sorted several ways, and
# CSV-like import/export through io.StringIO.
import io
from collections import defaultdict, Counter


class InventoryError(Exception):
    pass


class UnknownProduct(InventoryError, KeyError):
    def __str__(self):
        return f"unknown product {self.args[0]!r}"


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} in stock")
        self.sku, self.wanted, self.have = sku, wanted, have


class Product:
    def __init__(self, sku, name, price, category, reorder_level=5):
        if price < 0:
            raise ValueError(f"negative price for {sku}")
        self.sku = sku
        self.name = name
        self.price = price
        self.category = category
        self.reorder_level = reorder_level

    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {self.price!r}, {self.category!r})"

    def __eq__(self, other):
        return isinstance(other, Product) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)


class Inventory:
    def __init__(self):
        self.products = {}
        self.stock = Counter()
        self.movements = []

    def add_product(self, product):
        if product.sku in self.products:
            raise InventoryError(f"duplicate sku {product.sku}")
        self.products[product.sku] = product

    def _get(self, sku):
        try:
            return self.products[sku]
        except KeyError:
            raise UnknownProduct(sku) from None

    def receive(self, sku, qty, note="delivery"):
        self._get(sku)
        if qty <= 0:
            raise ValueError("quantity must be positive")
        self.stock[sku] += qty
        self.movements.append((sku, qty, note))

    def ship(self, sku, qty, note="order"):
        self._get(sku)
        have = self.stock[sku]
        if qty > have:
            raise OutOfStock(sku, qty, have)
        self.stock[sku] -= qty
        self.movements.append((sku, -qty, note))

    def value(self):
        return sum(self.products[s].price * q for s, q in self.stock.items())

    def low_stock(self):
        return sorted((s for s, p in self.products.items() if self.stock[s] <= p.reorder_level),
                      key=lambda s: (self.stock[s], s))

    def by_category(self):
        groups = defaultdict(list)
        for p in self.products.values():
            groups[p.category].append(p)
        return dict(sorted(groups.items()))

    def report(self, order="sku"):
        keys = {
            "sku": lambda p: p.sku,
            "value": lambda p: -p.price * self.stock[p.sku],
            "name": lambda p: p.name.lower(),
        }
        lines = [f"{'SKU':<6} {'NAME':<18} {'QTY':>4} {'PRICE':>8} {'VALUE':>9}"]
        for p in sorted(self.products.values(), key=keys[order]):
            q = self.stock[p.sku]
            flag = " *" if q <= p.reorder_level else ""
            lines.append(f"{p.sku:<6} {p.name:<18} {q:>4} {p.price:>8.2f} {p.price * q:>9.2f}{flag}")
        lines.append(f"{'TOTAL':<6} {'':<18} {sum(self.stock.values()):>4} {'':>8} {self.value():>9.2f}")
        return "\n".join(lines)

    def export_csv(self):
        buf = io.StringIO()
        print("sku,name,price,category,qty", file=buf)
        for p in self.products.values():
            print(f"{p.sku},{p.name},{p.price},{p.category},{self.stock[p.sku]}", file=buf)
        return buf.getvalue()

    @classmethod
    def import_csv(cls, text):
        inv = cls()
        reader = io.StringIO(text)
        header = reader.readline().strip().split(",")
        for lineno, line in enumerate(reader, start=2):
            row = dict(zip(header, line.strip().split(",")))
            try:
                p = Product(row["sku"], row["name"], float(row["price"]), row["category"])
                inv.add_product(p)
                if int(row["qty"]):
                    inv.receive(p.sku, int(row["qty"]), note="import")
            except (ValueError, KeyError, InventoryError) as e:
                print(f"  line {lineno} skipped: {type(e).__name__}: {e}")
        return inv


inv = Inventory()
catalog = [
    ("A100", "Widget", 2.50, "parts"), ("A101", "Gadget", 12.00, "parts"), ("B200", "Cable 1m", 4.99, "cables"),
    ("B201", "Cable 3m", 7.49, "cables"), ("C300", "Toolbox", 39.90, "tools"), ("C301", "Screwdriver set", 15.25, "tools"),
]
for spec in catalog:
    inv.add_product(Product(*spec))
for sku, qty in [("A100", 100), ("A101", 10), ("B200", 40), ("B201", 6), ("C300", 3), ("C301", 12)]:
    inv.receive(sku, qty)

orders = [("A100", 30), ("B201", 4), ("C300", 5), ("Z999", 1), ("A101", 10), ("B200", 0), ("C301", 7), ("A100", 70)]
for sku, qty in orders:
    try:
        if qty == 0:
            raise ValueError("empty order line")
        inv.ship(sku, qty)
        print(f"shipped {qty:>3} x {sku}")
    except OutOfStock as e:
        print(f"out of stock: {e} (short {e.wanted - e.have})")
    except UnknownProduct as e:
        print(f"error: {e} | KeyError? {isinstance(e, KeyError)}")
    except ValueError as e:
        print("invalid:", e)

for dup in [Product("A100", "Dup", 1, "x")]:
    try:
        inv.add_product(dup)
    except InventoryError as e:
        print("InventoryError:", e)
try:
    Product("X", "Bad", -1, "x")
except ValueError as e:
    print("ValueError:", e)

print(inv.report())
print(inv.report(order="value"))
print("low stock:", inv.low_stock())
for cat, prods in inv.by_category().items():
    print(f"{cat}: {', '.join(p.name for p in prods)} (units: {sum(inv.stock[p.sku] for p in prods)})")
moves = Counter()
for sku, qty, note in inv.movements:
    moves[note] += abs(qty)
print("movements:", len(inv.movements), dict(moves))
csv_text = inv.export_csv()
print(csv_text, end="")
csv_text += "D400,Broken,abc,misc,1\nA100,Duplicate,1.0,parts,2\nE500,Lamp,19.99,lighting,0\n"
copy = Inventory.import_csv(csv_text)
print(sorted(copy.products), copy.value() == inv.value() + 0, round(copy.value(), 2))
print({Product("A100", "x", 1, "y"), Product("A100", "z", 2, "w")} == {Product("A100", "q", 3, "r")})
