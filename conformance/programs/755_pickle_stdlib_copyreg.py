# Covers: pickling standard-library objects (collections.deque/OrderedDict/defaultdict/Counter/
# namedtuple, functools.partial, datetime date/time/datetime/timedelta/timezone), copyreg
# (pickle() registrations, the extension registry, _reconstructor, __newobj__, _slotnames),
# Pickler/Unpickler subclasses (persistent_id/persistent_load, dispatch_table,
# reducer_override, find_class), dump/load with files, clear_memo and fast mode.
import collections
import copyreg
import datetime
import functools
import io
import pickle

Point = collections.namedtuple('Point', 'x y')


def show(label, obj, protocols=range(6)):
    print(label)
    for p in protocols:
        print(' ', p, pickle.dumps(obj, p))
    back = pickle.loads(pickle.dumps(obj))
    print('  ->', type(back).__name__, back == obj)
    return back


dq = collections.deque([1, 'two', 3.0])
show('deque', dq)
bounded = show('deque maxlen', collections.deque(range(3), maxlen=5))
print(bounded.maxlen, bounded)
show('OrderedDict', collections.OrderedDict([('b', 1), ('a', 2)]))
dd = show('defaultdict', collections.defaultdict(list, {'k': [1]}))
print(dd.default_factory, dd['missing'])
show('defaultdict no factory', collections.defaultdict(None, {1: 2}))
show('Counter', collections.Counter('abracadabra'))
pt = show('namedtuple', Point(1, y=2))
print(pt, pt.x)
part = show('partial', functools.partial(max, 1, key=abs))
print(part(-5, 3), part.args, part.keywords)
show('partial no args', functools.partial(len))

show('date', datetime.date(2024, 2, 29))
show('time', datetime.time(13, 45, 7, 123456))
show('datetime', datetime.datetime(1999, 12, 31, 23, 59, 59, 999999))
show('timedelta', datetime.timedelta(days=-1, seconds=5, microseconds=7))
show('utc', datetime.timezone.utc)
tz = datetime.timezone(datetime.timedelta(hours=5, minutes=30), 'IST')
show('timezone', tz)
aware = show('aware datetime', datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=tz))
print(aware, aware.tzinfo)
folded = datetime.datetime(2021, 11, 7, 1, 30, fold=1)
for p in range(6):
    b = pickle.loads(pickle.dumps(folded, p))
    print(p, b.fold, pickle.dumps(folded, p)[-30:])
print(datetime.date(2024, 2, 29).__reduce__(), datetime.time(1, 2).__reduce__())
print(datetime.datetime(2000, 1, 1).__reduce_ex__(4), datetime.timedelta(1).__reduce__())
print(datetime.timezone.utc.__reduce__())

print('-- copyreg')


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_vector(v):
    return (Vector, (v.x, v.y))


copyreg.pickle(Vector, reduce_vector)
v2 = show('registered reducer', Vector(3, 4))
print(v2.x, v2.y)
print(copyreg.dispatch_table[Vector] is reduce_vector)
try:
    copyreg.pickle(Vector, 5)
except TypeError as e:
    print('TypeError:', e)

copyreg.add_extension('__main__', 'Vector', 240)
print(pickle.dumps(Vector, 2), pickle.dumps(Vector, 4), pickle.dumps(Vector, 1))
print(pickle.loads(pickle.dumps(Vector, 2)) is Vector)
copyreg.remove_extension('__main__', 'Vector', 240)
print(pickle.dumps(Vector, 2))
try:
    copyreg.add_extension('__main__', 'Vector', 0)
except ValueError as e:
    print('ValueError:', e)


class Slots:
    __slots__ = ('a', '__b', '__dict__')


print(copyreg._slotnames(Slots), Slots.__slotnames__)
r = copyreg._reconstructor(Point, tuple, (5, 6))
print(r, type(r).__name__)
print(copyreg.__newobj__(Point, 7, 8), copyreg.__newobj_ex__(Point, (), {'x': 1, 'y': 2}))
print(copyreg._reduce_ex(Vector(1, 2), 0)[1], copyreg._reduce_ex(Vector(1, 2), 1)[2])

print('-- Pickler subclasses')


class DB:
    def __init__(self, key):
        self.key = key


class PIDPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, DB):
            return ('db', obj.key)
        return None


class PIDUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid
        return 'loaded %s:%s' % (kind, key)


for p in range(6):
    f = io.BytesIO()
    PIDPickler(f, p).dump([DB('a'), 1, DB('b')])
    print(p, f.getvalue())
    f.seek(0)
    print(' ', PIDUnpickler(f).load())


class TablePickler(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[complex] = lambda c: (complex, (c.real * 2, c.imag))


f = io.BytesIO()
TablePickler(f, 2).dump([1j, 2 + 0j])
print(f.getvalue(), pickle.loads(f.getvalue()))


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, int) and obj > 100:
            return (int, (str(obj - 1),))
        return NotImplemented


f = io.BytesIO()
Override(f, 3).dump([5, 500, 'x'])
print(f.getvalue(), pickle.loads(f.getvalue()))


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))


print(Restricted(io.BytesIO(pickle.dumps({1, 2}, 2))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(Vector, 2))).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError:', e)

print('-- files, memo, fast')
f = io.BytesIO()
pickle.dump({'a': [1, 2]}, f)
pickle.dump('second', f, protocol=0)
f.seek(0)
print(pickle.load(f), pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print('EOFError:', e)
f = io.BytesIO()
pk = pickle.Pickler(f, 2)
shared = [1]
pk.dump(shared)
pk.dump(shared)
pk.clear_memo()
pk.dump(shared)
print(f.getvalue())
f = io.BytesIO()
pk = pickle.Pickler(f, 2)
pk.fast = True
pk.dump([shared, shared])
print(f.getvalue())
print(pickle.dumps([1, 2], protocol=-1)[:2], pickle.dumps(None, fix_imports=False))
print(pickle.loads(pickle.dumps([1, b'x', 'y'], 0), encoding='latin1'))
print(pickle.loads(b"(S'py2 str'\np0\nS'\\xe9'\np1\nt.", encoding='latin1'))
print(pickle.loads(b"(S'py2 str'\np0\nS'\\xe9'\np1\nt.", encoding='bytes'))
print(pickle.loads(b'\x80\x02c__builtin__\nxrange\nq\x00K\x05\x85q\x01Rq\x02.'))
print(pickle.loads(b'cexceptions\nValueError\n(Vx\ntR.'))
