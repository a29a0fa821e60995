# Calibration: sum/min/max/len/any/all and map/filter/zip/enumerate over lists and ranges.
data = [(i * 37) % 1009 for i in range(100000)]
floats = [x / 7 for x in data[:20000]]
total = 0
for r in range(30):
    total += sum(data) + min(data) + max(data) + len(data)
    total += int(sum(floats)) + int(max(floats))
total += sum(map(abs, range(-200000, 200000)))
total += len(list(filter(None, data[:50000])))
for i, (x, y) in enumerate(zip(data, data[1:])):
    if x > y:
        total += i
total += any(x > 2000 for x in data) + all(x >= 0 for x in data[:10000])
print(total)
