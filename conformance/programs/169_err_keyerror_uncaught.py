# Covers: uncaught KeyError printing: repr of the key (string, tuple) on the last traceback line.
prices = {"apple": 1.25, ("bulk", "apple"): 0.9}
print(prices[("bulk", "apple")])
print(prices["banana"])
