# Covers: when a memoryview stops pinning its bytearray — views kept alive by a suspended
# generator, a closure cell, a __slots__ attribute, a class attribute, a default argument or a
# traceback's frame block resizing; dropping the holder (or releasing the view) frees it.
ba = bytearray(b'abc')
def t(label):
    try:
        ba.append(0); ba.pop()
        print(label, 'resized')
    except BufferError as e:
        print(label, 'BufferError')
t('start')
def gen():
    v = memoryview(ba)
    yield 1
    yield 2
g = gen(); next(g)
t('generator alive')
g = None
t('generator dropped')
def make():
    v = memoryview(ba)
    def inner():
        return v[0]
    return inner
f = make()
t('closure alive')
del f
t('closure dropped')
class S:
    __slots__ = ('v',)
s = S(); s.v = memoryview(ba)
t('slot alive')
s = None
t('slot dropped')
class K:
    view = memoryview(ba)
t('class attr')
K.view.release()
t('class attr released')
def h(x=memoryview(ba)): pass
t('default arg')
del h
t('default dropped')
try:
    v = memoryview(ba)
    raise ValueError
except ValueError as e:
    err = e
del v
t('traceback kept (frame is module)')
def boom():
    w = memoryview(ba)
    raise KeyError
try:
    boom()
except KeyError as e:
    err2 = e
t('traceback frame holds view')
del err2
t('traceback dropped')
