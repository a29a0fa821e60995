# Covers: bytearray mutation: item and slice assignment (incl. extended slices and resizing),
# deletion, append/extend/insert/pop/remove/reverse/clear/copy, += and *=, aliasing, and the
# errors of each operation.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


ba = bytearray(b'abcdef')
ba[0] = 65
ba[-1] = 0x46
print(ba)
ba[1:3] = b'XYZ'
print(ba)
ba[::2] = b'1234'
print(ba)
ba[1:1] = bytearray(b'__')
print(ba)
ba[:2] = []
print(ba)
ba[2:] = [104, 105]
print(ba)
ba[:] = ba
print(ba)
ba[::-1] = b'wxyz'
print(ba)
ba[True] = True
print(ba, len(ba))
del ba[0]
del ba[-1]
print(ba)
ba = bytearray(b'0123456789')
del ba[::3]
print(ba)
del ba[1:3]
print(ba)
del ba[:]
print(ba, len(ba))

ba = bytearray()
ba.append(104)
ba.append(True)
ba.extend(b'ello')
ba.extend([32, 119])
ba.extend(bytearray(b'or'))
ba.extend(x for x in b'ld')
ba.extend(ba)
print(ba)
ba.insert(0, 62)
ba.insert(-1, 33)
ba.insert(100, 60)
ba.insert(-100, 91)
print(ba, ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(111)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(c, ba == ba.copy(), ba.copy() is not ba)
alias = ba
ba += b'!!'
ba *= 2
print(alias is ba, ba)
x = bytearray(b'ab')
y = x
x = x + b'c'
print(x, y)

ba = bytearray(b'abc')
show('set 256', lambda: ba.__setitem__(0, 256))
show('set bytes', lambda: ba.__setitem__(0, b'a'))
show('set range', lambda: ba.__setitem__(10, 1))
show('set str index', lambda: ba.__setitem__('a', 1))
show('slice int', lambda: ba.__setitem__(slice(0, 1), 5))
show('slice str', lambda: ba.__setitem__(slice(0, 1), 'ab'))
show('slice bad items', lambda: ba.__setitem__(slice(0, 1), [300]))
show('extended size', lambda: ba.__setitem__(slice(None, None, 2), b'xyz'))
show('del range', lambda: ba.__delitem__(5))
show('append str', lambda: ba.append('a'))
show('append 256', lambda: ba.append(256))
show('extend int', lambda: ba.extend(5))
show('extend str', lambda: ba.extend('ab'))
show('extend bad', lambda: ba.extend([1, 'a']))
show('insert bad', lambda: ba.insert(0, 300))
show('pop empty', lambda: bytearray().pop())
show('pop range', lambda: ba.pop(10))
show('remove missing', lambda: ba.remove(120))
show('remove bytes', lambda: ba.remove(b'a'))
show('iadd int', lambda: exec('q = bytearray()\nq += 1'))
show('iadd str', lambda: exec("q = bytearray()\nq += 'x'"))
show('imul str', lambda: exec("q = bytearray()\nq *= 'x'"))
show('still', lambda: ba)
