"""ctypes for Interleave: the C simple types (c_int, c_double, c_char, ...) and their arrays
(c_int * 3), with C's conversions, reprs and errors — what multiprocessing's Value and Array are
made of. Their memory is _interleave_cmem's; multiprocessing.sharedctypes allocates it shared
between processes. Loading C libraries, pointers and structures are not simulated: using them
raises NotImplementedError."""

import sys as _sys
import _interleave_cmem

_NOVALUE = object()


class _CDataType(type):
    """The metaclass of C types: `c_int * 3` is the type of arrays of three c_int."""

    def __mul__(cls, length):
        if not isinstance(length, int):
            return NotImplemented
        if length < 0:
            raise ValueError("Array length must be >= 0, not %d" % length)
        key = (cls, length)
        t = _array_types.get(key)
        if t is None:
            module = _sys._getframe(1).f_globals.get('__name__', __name__)
            t = _CDataType('%s_Array_%d' % (cls.__name__, length), (Array,),
                           {'_type_': cls, '_length_': length, '__module__': module})
            _array_types[key] = t
        return t

    __rmul__ = __mul__


_array_types = {}


class _CData(metaclass=_CDataType):
    __slots__ = ()


class _SimpleCData(_CData):
    """A single C value; `value` reads and writes it."""
    __slots__ = ('_b',)
    _type_ = None

    def __new__(cls, *args, **kwargs):
        if cls._type_ is None:
            raise TypeError("abstract class")
        self = object.__new__(cls)
        self._b = _interleave_cmem.Buffer(cls._type_, 1)
        return self

    def __init__(self, value=_NOVALUE):
        if value is not _NOVALUE:
            self._b.set(0, value)

    @property
    def value(self):
        return self._b.get(0)

    @value.setter
    def value(self, value):
        self._b.set(0, value)

    def __bool__(self):
        return bool(self._b.get(0))

    def __repr__(self):
        if type(self).__bases__[0] is not _SimpleCData:
            return object.__repr__(self)
        return '%s(%r)' % (type(self).__name__, self._b.get(0))

    def __reduce__(self):
        return type(self), (self.value,)


class Array(_CData):
    """A fixed-length C array; items convert like the simple type they are made of."""
    __slots__ = ('_b',)

    def __new__(cls, *args, **kwargs):
        if not hasattr(cls, '_length_'):
            raise TypeError("abstract class")
        self = object.__new__(cls)
        self._b = _interleave_cmem.Buffer(cls._type_._type_, cls._length_)
        return self

    def __init__(self, *args):
        if len(args) > self._length_:
            raise IndexError("invalid index")
        for i, v in enumerate(args):
            self._b.set(i, v)

    def __len__(self):
        return self._length_

    def _index(self, i):
        if i < 0:
            i += self._length_
        if not 0 <= i < self._length_:
            raise IndexError("invalid index")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = [self._b.get(k) for k in range(*i.indices(self._length_))]
            if self._type_ is c_char:
                return b''.join(items)
            if self._type_ is c_wchar:
                return ''.join(items)
            return items
        return self._b.get(self._index(i.__index__()))

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            keys = range(*i.indices(self._length_))
            if len(value) != len(keys):
                raise ValueError("Can only assign sequence of same size")
            for k, v in zip(keys, value):
                self._b.set(k, v)
            return
        self._b.set(self._index(i.__index__()), value)

    def __iter__(self):
        for k in range(self._length_):
            yield self._b.get(k)

    # c_char arrays: .value is the bytes up to the first NUL, .raw all of them.
    @property
    def value(self):
        if self._type_ is c_char:
            return self._b.raw().split(b'\0', 1)[0]
        if self._type_ is c_wchar:
            return ''.join(self).split('\0', 1)[0]
        raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)

    @value.setter
    def value(self, value):
        if self._type_ is not c_char:
            raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)
        if not isinstance(value, bytes):
            raise TypeError("bytes expected instead of %s instance" % type(value).__name__)
        if len(value) > self._length_:
            raise ValueError("byte string too long")
        self._b.set_raw(value + (b'\0' if len(value) < self._length_ else b''))

    @property
    def raw(self):
        if self._type_ is not c_char:
            raise AttributeError("'%s' object has no attribute 'raw'" % type(self).__name__)
        return self._b.raw()

    @raw.setter
    def raw(self, value):
        self._b.set_raw(value)


def _simple(name, code):
    return _CDataType(name, (_SimpleCData,), {'_type_': code, '__module__': 'ctypes', '__slots__': ()})


c_char = _simple('c_char', 'c')
c_wchar = _simple('c_wchar', 'u')
c_byte = _simple('c_byte', 'b')
c_ubyte = _simple('c_ubyte', 'B')
c_short = _simple('c_short', 'h')
c_ushort = _simple('c_ushort', 'H')
c_int = _simple('c_int', 'i')
c_uint = _simple('c_uint', 'I')
c_long = _simple('c_long', 'l')
c_ulong = _simple('c_ulong', 'L')
c_float = _simple('c_float', 'f')
c_double = _simple('c_double', 'd')
c_bool = _simple('c_bool', '?')
# On x86-64 Linux these are the same types as the ones above (as in CPython).
c_longlong = c_long
c_ulonglong = c_ulong
c_int8, c_uint8 = c_byte, c_ubyte
c_int16, c_uint16 = c_short, c_ushort
c_int32, c_uint32 = c_int, c_uint
c_int64, c_uint64 = c_long, c_ulong
c_size_t, c_ssize_t = c_ulong, c_long

_SIZES = {'c': 1, 'u': 4, 'b': 1, 'B': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
          'f': 4, 'd': 8, '?': 1}


def sizeof(obj_or_type):
    t = obj_or_type if isinstance(obj_or_type, type) else type(obj_or_type)
    if issubclass(t, Array):
        return _SIZES[t._type_._type_] * t._length_
    if issubclass(t, _SimpleCData) and t._type_ is not None:
        return _SIZES[t._type_]
    raise TypeError("this type has no size")


_NOT_SIMULATED = {"CDLL", "PyDLL", "cdll", "pydll", "pythonapi", "LibraryLoader", "Structure",
                  "Union", "POINTER", "pointer", "byref", "cast", "addressof", "memmove",
                  "memset", "create_string_buffer", "create_unicode_buffer", "CFUNCTYPE",
                  "c_void_p", "c_char_p", "c_wchar_p", "c_longdouble", "string_at",
                  "BigEndianStructure", "LittleEndianStructure", "util"}


def __getattr__(name):
    if name in _NOT_SIMULATED:
        raise NotImplementedError(f"ctypes.{name} is not simulated in Interleave")
    raise AttributeError(f"module 'ctypes' has no attribute '{name}'")
