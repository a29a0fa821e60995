# Covers: what pickle refuses, with CPython's (C module's) exceptions and messages: lambdas and
# nested functions, generators, modules, dict views, code objects, __slots__ without
# __getstate__ under protocols 0/1, bad __reduce__ values, __getnewargs_ex__ mistakes,
# unpickling of empty, truncated and corrupt data, loads() of a str, bad protocols; errors from
# user code inside pickling; an uncaught error's traceback.
import pickle
import re
import sys


def outer():
    def inner():
        pass
    return inner


def gen():
    yield 1


class Slotted:
    __slots__ = ('a',)


class Raiser:
    def __reduce__(self):
        raise ValueError('refusing to reduce')


class BadReduce:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return self.value


class BadNewArgs:
    def __init__(self, value):
        self.value = value

    def __getnewargs_ex__(self):
        return self.value


class Unimportable:
    pass


Unimportable.__module__ = 'no_such_module_here'


class Renamed:
    pass


Renamed.__qualname__ = 'SomethingElse'


def check(label, obj, protocols=(0, 1, 2, 4, 5)):
    seen = {}
    for p in protocols:
        try:
            pickle.dumps(obj, p)
            text = 'ok'
        except Exception as e:
            text = '%s.%s: %s' % (type(e).__module__, type(e).__name__, re.sub(' at 0x[0-9a-f]+', '', str(e)))
        seen.setdefault(text, []).append(p)
    for text, ps in seen.items():
        print(label, ps, text)


check('lambda', lambda: 0)
check('nested', outer())
check('generator', gen())
check('genexp', (x for x in []))
check('module', sys)
check('dict_keys', {1: 2}.keys())
check('code', outer.__code__)
check('slots', Slotted())
check('raiser', [1, Raiser()])
for value in [5, (), (1,), (len, 5), (5, ()), (list, (), None, [1]), (dict, (), None, None, {1: 2}),
              (list, (), None, None, None, 5), (1, 2, 3, 4, 5, 6, 7)]:
    check('reduce %r' % (value,), BadReduce(value))
for value in [5, (1,), ((), 1), ([], {})]:
    check('newargs_ex %r' % (value,), BadNewArgs(value), (2, 4))
check('unimportable', Unimportable, (2, 4))
check('renamed', Renamed, (0, 4))
check('nested list with lambda', [[1, {'f': lambda: 1}]], (4,))

try:
    pickle.dumps([1, Raiser()])
except ValueError as e:
    print('ValueError from user code:', e, e.__context__)
try:
    pickle.dumps(outer())
except AttributeError as e:
    print(repr(e), e.__context__, e.__suppress_context__)
try:
    pickle.dumps(lambda: 0)
except pickle.PicklingError as e:
    print(type(e).__qualname__, type(e).__module__, e.__context__, isinstance(e, pickle.PickleError))

print('-- protocols and arguments')
for bad in [6, 100]:
    try:
        pickle.dumps(1, bad)
    except ValueError as e:
        print('ValueError:', e)
print(pickle.dumps(1, -1)[:2], pickle.dumps(1, None)[:2])
for args in [('abc',), (None,), (5,)]:
    try:
        pickle.loads(*args)
    except TypeError as e:
        print('TypeError:', e)

print('-- unpickling')
DATA = [b'', b'.', b'(', b'(.', b'K', b'K\x01', b'J\x01\x02', b'\xff', b'\x00', b'\x80', b'\x80\x09',
        b'\x80\x05', b'\x80\x05\x95', b'\x80\x05\x95\x10\x00\x00\x00\x00\x00\x00\x00K\x01.',
        b'I12\n', b'I12', b'I\n.', b'Ixx\n.', b'F1.5\n.', b'Fx\n.', b'a.', b'e.', b's.', b']a.', b'0.',
        b'2.', b'h\x05.', b'g5\n.', b'p-1\n.', b'cnosuchmod\nx\n.', b'cbuiltins\nnosuch\n.',
        b'\x80\x04\x8c\x08builtins\x94\x8c\x0cnosuch.thing\x94\x93.', b'\x8c\x03ab', b'X\x05\x00\x00\x00ab',
        b"S'abc'\n.", b'Sabc\n.', b'N)R.', b'}K\x01s.', b'(K\x01K\x02d.', b'(K\x01d.', b'}(K\x01u.',
        b'K\x01b.', b't.', b'\x94.', b'\x85.', b'L5L\n.', b'\x8a\x02\x01', b'B\x02\x00\x00\x00a',
        b'C\x05ab', b'\x80\x03C\x01ab.', b'(o.', b'(N.', b'}N\x85b.', b'}(N\x85tb.', b']N\x85b.']
for p in range(6):
    for value in [[1, 2, (3, 'abc')], {'a': b'xyz'}, 2**70, 'hello', Slotted]:
        d = pickle.dumps(value, p)
        DATA += [d[:-1], d[:len(d) // 2], d[:3]]
for d in DATA:
    try:
        result = 'OK %r' % (pickle.loads(d),)
    except Exception as e:
        result = '%s.%s: %s' % (type(e).__module__, type(e).__name__, e)
    print(d, result)

print('-- uncaught')
pickle.dumps({'callback': outer()})
