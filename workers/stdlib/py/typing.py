"""Support for type hints (Interleave's compact typing module).

Enough of CPython 3.11's typing for annotations and simple runtime use: the special forms
(Any, Union, Optional, ClassVar, Final, Literal, ...), the generic aliases of the builtin and
collections.abc types (List, Dict, Iterable, Callable, ...) with CPython's reprs, TypeVar,
Generic, Protocol (with runtime_checkable), NamedTuple and TypedDict class syntax, NewType,
cast, overload, get_type_hints, get_origin and get_args. Parameter substitution in user
generics is not implemented (Stack[int] records its arguments only).
"""

import collections.abc as _abc
import collections as _collections
import functools as _functools
import _collections as _native

__all__ = [
    'Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'Union', 'AbstractSet', 'ByteString', 'Container',
    'ContextManager', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping',
    'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
    'AsyncGenerator', 'Reversible', 'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict',
    'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'AnyStr', 'cast', 'final', 'get_args', 'get_origin', 'get_type_hints', 'NewType',
    'no_type_check', 'overload', 'runtime_checkable', 'Text', 'TYPE_CHECKING', 'NoReturn',
    'Never', 'Self', 'Annotated', 'TypeAlias', 'SupportsInt', 'SupportsFloat', 'SupportsIndex',
    'SupportsAbs', 'SupportsRound', 'Iterable', 'assert_never', 'reveal_type',
]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, type(len)) or type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    """A string annotation not evaluated yet."""

    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    """Any, Union, Optional, ... : subscription is defined by a getitem function."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __reduce__(self):
        return self._name


class _GenericAlias(_Final):
    """X[args]: a subscripted generic (List[int], Union[int, str], Stack[int], ...)."""

    def __init__(self, origin, args, name=None, special_repr=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._special_repr = special_repr
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))

    def __repr__(self):
        if self._special_repr is not None:
            return self._special_repr(self)
        name = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        if self.__args__ == ():
            return f'{name}[()]'
        return f'{name}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self.__origin__ is Union and other.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        if self.__origin__ is Union:
            return hash((Union, frozenset(self.__args__)))
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot instantiate {self!r}")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self.__parameters__:
            subst = dict(zip(self.__parameters__, params))
            args = tuple(subst.get(a, a) for a in self.__args__)
            return _GenericAlias(self.__origin__, args, self._name, self._special_repr)
        raise TypeError(f"{self} is not a generic class")

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        res = []
        if origin not in bases:
            res.append(origin)
        i = bases.index(self)
        for b in bases[i+1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if origin is not Generic and Generic not in res and not (isinstance(origin, type) and issubclass(origin, Generic)):
                pass
        return tuple(res)

    def __instancecheck__(self, obj):
        if self.__origin__ is Union:
            # _UnionGenericAlias: isinstance(x, Union[int, str]) checks each member type.
            return self.__subclasscheck__(type(obj))
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        if self.__origin__ is Union:
            for arg in self.__args__:
                if issubclass(cls, arg):
                    return True
            return False
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _SpecialGenericAlias(_Final):
    """List, Dict, Iterable, ... : unsubscripted aliases of real classes."""

    def __init__(self, origin, nparams, name, defaults=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, '') for p in params)
        if self._nparams >= 0 and len(params) != self._nparams and not (self._name == 'Tuple'):
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __eq__(self, other):
        return isinstance(other, _SpecialGenericAlias) and self.__origin__ is other.__origin__

    def __hash__(self):
        return hash(self.__origin__)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = []
    for p in parameters:
        p = _type_check(p, '')
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            ps = p.__args__
        else:
            ps = (p,)
        for q in ps:
            if q not in params:
                params.append(q)
    if len(params) == 1:
        return params[0]
    return _GenericAlias(Union, tuple(params), 'Union', _union_repr)


def _union_repr(alias):
    args = alias.__args__
    if len(args) == 2 and type(None) in args:
        other = args[0] if args[1] is type(None) else args[1]
        return f'typing.Optional[{_type_repr(other)}]'
    return f'typing.Union[{", ".join(_type_repr(a) for a in args)}]'


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, '')
    return Union[arg, type(None)]


def _simple_getitem(self, parameters):
    return _GenericAlias(self, _type_check(parameters, ''), self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, 'Literal', lambda a: 'typing.Literal[%s]' % ', '.join(repr(x) for x in a.__args__))


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
    origin, metadata = params[0], params[1:]
    alias = _GenericAlias(origin, (origin,), None,
                          lambda a: 'typing.Annotated[%s, %s]' % (_type_repr(origin), ', '.join(repr(m) for m in metadata)))
    alias.__metadata__ = metadata
    return alias


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
TypeAlias = _SpecialForm('TypeAlias')
LiteralString = _SpecialForm('LiteralString')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _simple_getitem)
Final = _SpecialForm('Final', _simple_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)
Concatenate = _SpecialForm('Concatenate', _simple_getitem)
TypeGuard = _SpecialForm('TypeGuard', _simple_getitem)


class TypeVar(_Final):
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = _type_check(bound, '') if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        mod = _native._caller_module(1)
        if mod != 'typing':
            self.__module__ = mod

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class ParamSpec(TypeVar):
    """Parameter specification variable."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)


AnyStr = TypeVar('AnyStr', bytes, str)
Text = str


class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        return _GenericAlias(cls, params, None if cls not in (Generic, Protocol) else cls.__name__)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias):
                for a in base.__args__:
                    if isinstance(a, TypeVar) and a not in tvars:
                        tvars.append(a)
        cls.__parameters__ = tuple(tvars)


def _callable_repr(alias):
    args = alias.__args__
    if len(args) == 2 and args[0] is ...:
        return f'typing.Callable[..., {_type_repr(args[1])}]'
    params, result = args[:-1], args[-1]
    return f'typing.Callable[[{", ".join(_type_repr(a) for a in params)}], {_type_repr(result)}]'


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            flat = (..., _type_check(result, ''))
        else:
            if not isinstance(args, list):
                raise TypeError(f"Callable[args, result]: args must be a list. Got {args}")
            flat = tuple(_type_check(a, '') for a in args) + (_type_check(result, ''),)
        return _GenericAlias(self.__origin__, flat, 'Callable', _callable_repr)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), 'Tuple')
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, tuple(p if p is ... else _type_check(p, '') for p in params), 'Tuple')


List = _SpecialGenericAlias(list, 1, 'List')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
Tuple = _TupleType(tuple, -1, 'Tuple')
Type = _SpecialGenericAlias(type, 1, 'Type')
Deque = _SpecialGenericAlias(_collections.deque, 1, 'Deque')
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(_collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(_collections.ChainMap, 2, 'ChainMap')
Callable = _CallableType(_abc.Callable, 2, 'Callable')
Hashable = _SpecialGenericAlias(_abc.Hashable, 0, 'Hashable')
Sized = _SpecialGenericAlias(_abc.Sized, 0, 'Sized')
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, 'AsyncIterator')
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, 'Iterator')
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, 'Reversible')
Container = _SpecialGenericAlias(_abc.Container, 1, 'Container')
Collection = _SpecialGenericAlias(_abc.Collection, 1, 'Collection')
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, 'MutableSet')
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, 'MutableMapping')
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, 'MutableSequence')
ByteString = _SpecialGenericAlias(_abc.ByteString, 0, 'ByteString')
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, 'MappingView')
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, 'KeysView')
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, 'ValuesView')
Generator = _SpecialGenericAlias(_abc.Generator, 3, 'Generator')
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, 'AsyncGenerator')
ContextManager = _SpecialGenericAlias(type('AbstractContextManager', (), {}), 1, 'ContextManager')


# ---- Protocol ----

_PROTO_SKIP = frozenset({'__abstractmethods__', '__annotations__', '__dict__', '__doc__',
                         '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
                         '__weakref__', '__class_getitem__', '__parameters__', '__orig_bases__',
                         '__qualname__', '_is_protocol', '_is_runtime_protocol', '__init_subclass__',
                         '__protocol_attrs__', '__match_args__'})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in _PROTO_SKIP:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(type(_abc.Iterable)):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get('_is_protocol', False):
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
            return True
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    if not issubclass(cls, Generic) or not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


class SupportsInt(Protocol):
    __slots__ = ()
    def __int__(self) -> int: pass


class SupportsFloat(Protocol):
    __slots__ = ()
    def __float__(self) -> float: pass


class SupportsIndex(Protocol):
    __slots__ = ()
    def __index__(self) -> int: pass


class SupportsAbs(Protocol):
    __slots__ = ()
    def __abs__(self): pass


class SupportsRound(Protocol):
    __slots__ = ()
    def __round__(self, ndigits=0): pass

for _p in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound):
    _p._is_runtime_protocol = True
del _p


# ---- NamedTuple and TypedDict (class syntax and functional form) ----

_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__'})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, '') for n, t in types}
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = types
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


_NamedTupleBase = type.__new__(NamedTupleMeta, 'NamedTuple', (), {'__module__': 'typing'})


class _NamedTupleFactory:
    """typing.NamedTuple: call it (functional form) or subclass it (class syntax)."""

    def __call__(self, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        return _make_nmtuple(typename, fields, module=_native._caller_module(1))

    def __mro_entries__(self, bases):
        return (_NamedTupleBase,)

    def __repr__(self):
        return '<function NamedTuple>'


NamedTuple = _NamedTupleFactory()


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        tp_dict.__annotations__ = annotations
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')


class _TypedDictFactory:
    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        ns = {'__annotations__': dict(fields or kwargs), '__module__': _native._caller_module(1)}
        return _TypedDictMeta(typename, (), ns, total=total)

    def __mro_entries__(self, bases):
        return (_TypedDictBase,)


_TypedDictBase = type.__new__(_TypedDictMeta, 'TypedDict', (), {'__module__': 'typing'})
TypedDict = _TypedDictFactory()


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        mod = _native._caller_module(1)
        if mod != 'typing':
            self.__module__ = mod

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        superclass_name = self.__name__
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                        f"`{superclass_name} = NewType({superclass_name!r}, {self.__name__})`")

    def __or__(self, right):
        return Union[self, right]


# ---- functions ----

def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    raise AssertionError(f"Expected code to be unreachable, but got: {repr(arg)[:100]}")


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def overload(func):
    """Decorator for overloaded functions/methods (calling the overload stub raises)."""
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy


def final(f):
    """Decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    """Get the unsubscripted version of a type."""
    if isinstance(tp, _GenericAlias):
        if tp._special_repr is not None and tp.__origin__ is not Union and hasattr(tp, '__metadata__'):
            return Annotated
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, type(list[int])):
        return tp.__origin__
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed."""
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if tp.__origin__ is _abc.Callable and not (len(res) == 2 and res[0] is ...):
            res = (list(res[:-1]), res[-1])
        if hasattr(tp, '__metadata__'):
            return (tp.__origin__,) + tp.__metadata__
        return res
    if isinstance(tp, type(list[int])):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object (string annotations are evaluated)."""
    import sys
    def ev(value, g):
        if value is None:
            return type(None)
        if isinstance(value, str):
            return eval(value, g, localns)
        return value
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            g = globalns if globalns is not None else getattr(sys.modules.get(base.__module__, None), '__dict__', {})
            for name, value in base.__dict__.get('__annotations__', {}).items():
                hints[name] = ev(value, g)
        return hints
    g = globalns if globalns is not None else getattr(obj, '__globals__', {})
    for name, value in getattr(obj, '__annotations__', {}).items():
        hints[name] = ev(value, g)
    return hints
