# Covers: pickle.dumps of built-in values with every protocol (0-5): None/bools, ints of every
# encoding size (BININT1/2/4, LONG1/4, protocol 0 text), floats (inf, nan, -0.0), complex, str
# (escapes, non-ASCII), bytes/bytearray, tuples of each size, lists/dicts/sets batched past
# 1000 items, frozensets, ranges, slices, Ellipsis/NotImplemented, types; shared and recursive
# references (memo); loads round trips and pickle's constants.
import pickle

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version)
print(pickle.PickleError, pickle.PicklingError, pickle.UnpicklingError)
print(pickle.PicklingError.__mro__)

VALUES = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
    2**40, 2**63, -2**63, 2**64, 2**100, -2**100, 10**300,
    0.0, -0.0, 1.5, -2.25, 1e100, 1e-300, float('inf'), float('-inf'), float('nan'),
    1 + 2j, -0.5j, complex(1e300, -1e-300),
    '', 'abc', 'a\\b\nc\r\x00\x1a', 'tab\there "quoted"', 'é€😀', 'x' * 300,
    b'', b'abc', b'\x00\xff' * 3, b'y' * 300, bytearray(b'xy'), bytearray(),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), [], [1, 'a'], [[]],
    {}, {'a': 1, 2: [3]}, {(1, 2): None},
    set(), {1, 2, 3}, frozenset(), frozenset({4, 5}),
    range(10), range(1, 10, 2), range(-5), slice(1, 2, 3), slice(None), slice('a', None, 2.5),
    Ellipsis, NotImplemented, type(None), type(Ellipsis), type(NotImplemented),
    int, list, object, type, len, abs, max, getattr,
]

for v in VALUES:
    print(repr(v)[:40])
    for p in range(6):
        data = pickle.dumps(v, p)
        back = pickle.loads(data)
        same = back == v or (v != v and back != back)
        print(' ', p, data, '' if same and type(back) is type(v) else 'MISMATCH %r' % (back,))

# Big containers: APPENDS/SETITEMS/ADDITEMS batches of 1000.
big = [list(range(1100)), {i: -i for i in range(1005)}, set(range(1003)), frozenset(range(1001)),
       tuple(range(300))]
for v in big:
    for p in range(6):
        data = pickle.dumps(v, p)
        print(type(v).__name__, len(v), p, len(data), data[:24], data[-12:], pickle.loads(data) == v)

# Shared references and cycles go through the memo.
inner = [1, 2]
shared = [inner, inner, (inner, inner)]
cyc = [0]
cyc.append(cyc)
d = {'self': None}
d['self'] = d
t = ([],)
t[0].append(t)
for v in [shared, cyc, d, t]:
    for p in range(6):
        data = pickle.dumps(v, p)
        print(p, data)
    back = pickle.loads(pickle.dumps(v))
    print(repr(back)[:60])
back = pickle.loads(pickle.dumps(shared))
print(back[0] is back[1], back[2][0] is back[0])
back = pickle.loads(pickle.dumps(cyc, 0))
print(back[1] is back, pickle.loads(pickle.dumps(t))[0][0][0] is not None)

# The same constant object twice is one memo entry.
s = 'shared string'
print(pickle.dumps([s, s], 0))
print(pickle.dumps([s, s], 4))
print(pickle.dumps(['a\\b', 'a\\b'], 0))
print(pickle.dumps((b'k', b'k'), 3))
