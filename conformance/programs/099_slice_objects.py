# Covers: slice objects: slice(), start/stop/step, indices(), using named slices, repr, in __getitem__, slice equality.

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice(1, None))
data = list(range(20))
print(data[s], data[slice(5)], data[slice(None, None, -4)], "abcdefgh"[slice(2, 6)])
print(s.indices(5), slice(None).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(4), slice(0, 100, 3).indices(10))
NAME = slice(0, 10)
AGE = slice(10, 13)
record = "Ann       031"
print(repr(record[NAME].strip()), int(record[AGE]))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Show:
    def __getitem__(self, key):
        return key
sh = Show()
print(sh[1:2], sh[::3], sh[1:2, 3], sh[:], sh[..., 1], sh["a":"b"])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError:", e)
lst = list(range(10))
lst[slice(2, 5)] = ["x"]
del lst[slice(None, None, 3)]
print(lst)
