# Covers: uncaught exception inside a method called through another method; KeyError with quoted key in the last line.
class Inventory:
    def __init__(self):
        self.stock = {"apple": 3}

    def take(self, item, n):
        current = self.stock[item]
        self.stock[item] = current - n

    def order(self, items):
        for item in items:
            self.take(item, 1)
            print("took", item)

inv = Inventory()
inv.order(["apple", "banana"])
