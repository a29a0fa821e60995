# Covers: writing through memoryviews of a bytearray (items, slices with steps, overlapping
# copies), CPython's errors for bad values and read-only memory, and the export lock: a
# bytearray cannot be resized while a live view holds it (released, deleted or temporary views
# do not count).


def attempt(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


buf = bytearray(b'abcdefgh')
view = memoryview(buf)
print(view.readonly, view.obj is buf)

# Writes through the view change the bytearray, and the other way round.
view[0] = 65
view[-1] = ord('H')
print(buf)
buf[1] = 66
print(view[1], view.tobytes())


def setitem(target, key, value):
    def go():
        target[key] = value
        return bytes(buf)
    return go


attempt('view[0] = 256', setitem(view, 0, 256))
attempt('view[0] = -1', setitem(view, 0, -1))
attempt("view[0] = 'a'", setitem(view, 0, 'a'))
attempt("view[0] = b'a'", setitem(view, 0, b'a'))
attempt('view[0] = 1.5', setitem(view, 0, 1.5))
attempt('view[0] = True', setitem(view, 0, True))
attempt('view[0] = 2**70', setitem(view, 0, 2**70))
attempt('view[8] = 1', setitem(view, 8, 1))
attempt("view['x'] = 1", setitem(view, 'x', 1))
attempt('view[(0,)] = 67', setitem(view, (0,), 67))
attempt('view[()] = 1', setitem(view, (), 1))
attempt('view[...] = 1', setitem(view, ..., 1))


class Seven:
    def __index__(self):
        return 7


attempt('view[0] = Seven()', setitem(view, 0, Seven()))
attempt('view[Seven()] = 55', setitem(view, Seven(), 55))

# Slice assignment needs a buffer with the same structure (format and length).
attempt("view[0:2] = b'xy'", setitem(view, slice(0, 2), b'xy'))
attempt("view[0:2] = b'xyz'", setitem(view, slice(0, 2), b'xyz'))
attempt("view[0:2] = b''", setitem(view, slice(0, 2), b''))
attempt('view[0:2] = bytearray', setitem(view, slice(0, 2), bytearray(b'PQ')))
attempt('view[0:2] = [1, 2]', setitem(view, slice(0, 2), [1, 2]))
attempt("view[0:2] = 'xy'", setitem(view, slice(0, 2), 'xy'))
attempt('view[::2] = b1234', setitem(view, slice(None, None, 2), b'1234'))
attempt('view[::-2] = b9876', setitem(view, slice(None, None, -2), b'9876'))
attempt('view[1::2] = view[::2]', setitem(view, slice(1, None, 2), view[::2]))
attempt("view[2:2] = b''", setitem(view, slice(2, 2), b''))
attempt("view[5:2] = b''", setitem(view, slice(5, 2), b''))
attempt('view[0:4] = int view', setitem(view, slice(0, 4), memoryview(b'\x00' * 16).cast('i')))
attempt('view[0:1] = int view', setitem(view, slice(0, 1), memoryview(b'\x00' * 4).cast('i')))

# Overlapping copies behave like memmove.
buf[:] = b'abcdefgh'
view[1:5] = view[0:4]
print(buf)
view[0:4] = view[2:6]
print(buf)
view[::-1] = bytes(view)
print(buf)

# Deleting items is never allowed; read-only views refuse every write.
attempt('del view[0]', lambda: view.__delitem__(0))
ro = memoryview(b'immutable')
attempt('ro[0] = 1', setitem(ro, 0, 1))
attempt("ro[0:1] = b'x'", setitem(ro, slice(0, 1), b'x'))
attempt('del ro[0]', lambda: ro.__delitem__(0))
frozen = view.toreadonly()
print(frozen.readonly, frozen.obj is buf, frozen.tobytes() == bytes(buf))
attempt('frozen[0] = 1', setitem(frozen, 0, 1))
buf[0] = 122
print(frozen[0])

# While a view exports the bytearray, it cannot change size ...
data = bytearray(b'xyz')
held = memoryview(data)
attempt('append', lambda: data.append(1))
attempt('extend', lambda: data.extend(b'12'))
attempt('pop', lambda: data.pop())
attempt('remove', lambda: data.remove(ord('y')))
attempt('insert', lambda: data.insert(0, 1))
attempt('clear', lambda: data.clear())
attempt('del data[0]', lambda: data.__delitem__(0))
attempt('del data[::2]', lambda: data.__delitem__(slice(None, None, 2)))
attempt('data += b1', lambda: data.__iadd__(b'1'))
attempt('data *= 2', lambda: data.__imul__(2))
attempt('data.__init__()', lambda: data.__init__())
attempt('data.__init__(b1)', lambda: data.__init__(b'1'))
attempt("data[0:1] = b'QQ'", lambda: data.__setitem__(slice(0, 1), b'QQ'))
attempt('remove missing', lambda: data.remove(1))
attempt('append 300', lambda: data.append(300))
# ... but changes of the same size are fine.
data[0:1] = b'Q'
data[0] = ord('q')
data *= 1
data.reverse()
print(data, held.tobytes())

# Releasing the view (or leaving a with block) gives the memory back.
held.release()
data.append(ord('!'))
print(data)
with memoryview(data) as m:
    attempt('inside with', lambda: data.append(1))
    print(m.tobytes())
data.append(ord('?'))
print(data)

# A slice keeps the buffer exported even when its parent is released.
parent = memoryview(data)
child = parent[1:3]
parent.release()
attempt('child alive', lambda: data.append(1))
child.release()
data.append(ord('#'))
print(data)

# Views that are gone (deleted, temporary, rebound) do not hold the bytearray.
v = memoryview(data)
del v
data.append(ord('1'))
print(memoryview(data)[0], memoryview(data)[1:3].tobytes())
data.append(ord('2'))
v = memoryview(data)
v = None
data.append(ord('3'))
views = [memoryview(data) for _ in range(3)]
attempt('list of views', lambda: data.append(1))
views.clear()
data.append(ord('4'))
print(data)


def work(b):
    local = memoryview(b)
    local[0] = ord('W')
    return len(local)


print(work(data), data)
data.append(ord('5'))
store = {'view': memoryview(data)}
attempt('view in a dict', lambda: data.append(1))
del store['view']
data.append(ord('6'))


class Holder:
    def __init__(self, b):
        self.view = memoryview(b)


h = Holder(data)
attempt('view on an instance', lambda: data.append(1))
h = None
data.append(ord('7'))
print(data)

# The view passed to a resizing method is still alive during the call.
attempt('extend(own view)', lambda: data.extend(memoryview(data)))
attempt("data[0:1] = own view", lambda: data.__setitem__(slice(0, 1), memoryview(data)))
small = bytearray(b'ab')
small[0:2] = memoryview(small)
print(small)
