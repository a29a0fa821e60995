# Covers: pickling instances of user classes with every protocol (plain, __slots__, __dict__
# plus __slots__, __getstate__/__setstate__, __reduce__, __reduce_ex__, __getnewargs__,
# __getnewargs_ex__ with keyword-only __new__ arguments), subclasses of list/dict/int/str/
# tuple/set/bytearray, nested classes (qualname), functions/classes/methods by reference,
# exceptions (custom args, attributes, OSError/ImportError forms), and round trips.
import pickle


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return type(other) is type(self) and vars(other) == vars(self)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, vars(self))


class Empty:
    def __repr__(self):
        return 'Empty()'


class Slotted:
    __slots__ = ('x', 'y', '__z')

    def __repr__(self):
        return 'Slotted(%r)' % (self.x,)

    def __init__(self):
        self.x = 1
        self.__z = 'mangled'


class Mixed(Plain):
    __slots__ = ('s',)

    def __init__(self):
        super().__init__(1, [2])
        self.s = 'slot'


class WithState:
    def __init__(self):
        self.secret = 'drop me'
        self.kept = 42

    def __getstate__(self):
        return {'kept': self.kept}

    def __setstate__(self, state):
        print('  __setstate__', state)
        self.__dict__.update(state)
        self.secret = 'restored'


class Reducer:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reducer, (self.n * 10,))


class ReducerEx:
    def __reduce_ex__(self, protocol):
        return (ReducerEx, (), {'seen_protocol': protocol})


class NewArgs:
    def __new__(cls, value):
        self = super().__new__(cls)
        self.value = value
        return self

    def __getnewargs__(self):
        return (self.value,)


class NewArgsEx:
    def __new__(cls, *, key):
        self = super().__new__(cls)
        self.key = key
        return self

    def __getnewargs_ex__(self):
        return ((), {'key': self.key})


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class MySet(set):
    pass


class MyBytes(bytearray):
    pass


class Outer:
    class Inner:
        def method(self):
            return 'inner method'

    def method(self):
        return 'outer method'

    @classmethod
    def cm(cls):
        return cls.__name__

    @staticmethod
    def sm():
        return 'static'


def top_level(x):
    return x + 1


class MyError(Exception):
    pass


class ArgsError(Exception):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code


def describe(obj):
    # No default reprs (they show addresses): the type, and what identifies the value.
    if isinstance(obj, list) and type(obj) is list:
        return '[%s]' % ', '.join(describe(x) for x in obj)
    if isinstance(obj, BaseException):
        return '%s%r' % (type(obj).__name__, obj.args)
    if callable(obj):
        return getattr(obj, '__qualname__', type(obj).__name__)
    if type(obj).__repr__ is object.__repr__:
        return '%s %r' % (type(obj).__qualname__, sorted(getattr(obj, '__dict__', {}).items()))
    return '%s %r' % (type(obj).__name__, obj)


def show(label, obj, protocols=range(6)):
    print(label)
    for p in protocols:
        try:
            data = pickle.dumps(obj, p)
        except TypeError as e:
            data = 'TypeError: %s' % e
        print(' ', p, data)
    back = pickle.loads(pickle.dumps(obj))
    return back


ml = MyList([1, 2])
ml.tag = 'list attr'
md = MyDict(a=1)
ms = MySet([3])
ms.note = 'n'
mi = MyInt(7)
mi.attr = 'int attr'
mb = MyBytes(b'ab')
mb.flag = True
cases = [
    ('plain', Plain(1, 'two')),
    ('empty', Empty()),
    ('slotted', Slotted()),
    ('mixed', Mixed()),
    ('state', WithState()),
    ('reduce', Reducer(4)),
    ('reduce_ex', ReducerEx()),
    ('newargs', NewArgs(5)),
    ('newargs_ex', NewArgsEx(key='k')),
    ('mylist', ml),
    ('mydict', md),
    ('myint', mi),
    ('mystr', MyStr('text')),
    ('mytuple', MyTuple((1, 2))),
    ('myset', ms),
    ('mybytes', mb),
    ('inner', Outer.Inner()),
    ('classes', [Plain, Outer.Inner, MyError]),
    ('functions', [top_level, len, abs]),
    ('methods', [Outer().method, Outer.Inner().method, Outer.cm, Outer.sm, Outer.method]),
    ('builtin methods', [[].append, list.append, dict.fromkeys, str.join, int.__new__]),
    ('exceptions', [ValueError('bad', 3), KeyError('k'), MyError('m'), ArgsError(7, 'seven')]),
    ('oserror', [OSError(2, 'No such file', 'f.txt'), FileNotFoundError(2, 'gone'), OSError('x')]),
    ('importerror', ImportError('no module', name='mod', path='p.py')),
    ('stop', StopIteration(5)),
]
for label, obj in cases:
    back = show(label, obj)
    print('  ->', describe(back))

# Round trips keep the attributes.
s2 = pickle.loads(pickle.dumps(Slotted()))
print(s2.x, hasattr(s2, 'y'), s2._Slotted__z, Slotted.__slotnames__)
m2 = pickle.loads(pickle.dumps(Mixed(), 2))
print(m2.s, m2.a, m2.b)
w2 = pickle.loads(pickle.dumps(WithState(), 0))
print(w2.kept, w2.secret)
print(pickle.loads(pickle.dumps(Reducer(4))).n, pickle.loads(pickle.dumps(NewArgsEx(key=9), 2)).key)
l2 = pickle.loads(pickle.dumps(ml, 1))
print(type(l2).__name__, l2, l2.tag)
i2 = pickle.loads(pickle.dumps(mi))
print(type(i2).__name__, i2, i2 + 1, i2.attr)
e2 = pickle.loads(pickle.dumps(ArgsError(7, 'seven')))
print(type(e2).__name__, e2.args, e2.code)
o2 = pickle.loads(pickle.dumps(OSError(2, 'No such file', 'f.txt')))
print(type(o2).__name__, o2.errno, o2.strerror, o2.filename, o2)
im = pickle.loads(pickle.dumps(ImportError('no module', name='mod', path='p.py')))
print(im.name, im.path, im.msg)
meth = pickle.loads(pickle.dumps(Outer.Inner().method))
print(meth(), pickle.loads(pickle.dumps(Outer.cm))(), pickle.loads(pickle.dumps(top_level))(1))
print(pickle.loads(pickle.dumps([].append))([1]) is None, pickle.loads(pickle.dumps(str.join))('-', 'ab'))

# The reduce values themselves.
print(Plain(1, 2).__reduce_ex__(2)[1:3], Plain(1, 2).__reduce_ex__(1)[1:])
print(Slotted().__reduce_ex__(4)[1:3])
print(ValueError('v').__reduce__(), ArgsError(1, 'x').__reduce__())
print(ml.__reduce_ex__(2)[1:3], type(ml.__reduce_ex__(2)[3]).__name__)
print(md.__reduce_ex__(2)[1:3], type(md.__reduce_ex__(4)[4]).__name__)
print((5).__getnewargs__(), 2.5.__getnewargs__(), 'a'.__getnewargs__(), (1, 2).__getnewargs__(), b'x'.__getnewargs__())
print(bytearray(b'ab').__reduce_ex__(2), bytearray(b'ab').__reduce_ex__(3), bytearray().__reduce__())
print(range(1, 5).__reduce__(), slice(1, None).__reduce__(), {3}.__reduce__(), frozenset().__reduce__())
print(Ellipsis.__reduce__(), NotImplemented.__reduce__(), len.__reduce__())
print(object().__reduce__()[1:], object().__reduce_ex__(2)[1:])
print(Empty().__getstate__(), Plain(1, 2).__getstate__(), Slotted().__getstate__())
