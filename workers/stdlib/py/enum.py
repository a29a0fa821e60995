"""Support for enumerations (Interleave's compact version of CPython 3.11's enum).

EnumType builds members from the class body in definition order (auto(), aliases, tuple
values passed to __init__, custom __new__, _missing_, _generate_next_value_, _ignore_), with
3.11's reprs, str()/format() rules and error messages. Flag/IntFlag support composite values.

IntEnum and IntFlag members are real int instances and StrEnum members real str instances, as
in CPython.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE']

import _collections

property = property  # enum.property (a DynamicClassAttribute in CPython)

_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class member:
    """Forces an item to become an Enum member."""
    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""
    def __init__(self, value):
        self.value = value


class FlagBoundary:
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'
STRICT, CONFORM, EJECT, KEEP = 'strict', 'conform', 'eject', 'keep'


class EnumCheck:
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'
CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'), )
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _bits(value):
    # The single-bit values of a non-negative int, lowest first.
    out = []
    bit = 1
    while bit <= value:
        if value & bit:
            out.append(bit)
        bit <<= 1
    return out


class EnumType(type):
    """Metaclass for Enum"""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        # Split the class body: members vs everything else, in definition order.
        members = []
        body = {}
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_':
                continue
            if key == '_generate_next_value_' and members:
                raise TypeError("_generate_next_value_ must be defined before members")
            if isinstance(value, nonmember):
                body[key] = value.value
            elif isinstance(value, member):
                members.append((key, value.value))
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                  or _is_descriptor(value)):
                body[key] = value
            else:
                members.append((key, value))
        if first_enum is not None and first_enum._member_names_:
            raise TypeError('%s cannot extend %r' % (f"<enum {cls!r}>", first_enum))
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        enum_class._boundary_ = boundary
        gnv = getattr(enum_class, '_generate_next_value_')
        new = classdict.get('__new__')
        if new is None:
            for base in enum_class.__mro__[1:]:
                if base is not object and '__new_member__' in base.__dict__:
                    new = base.__dict__['__new_member__']
                    break
        if new is None and member_type is not object and member_type.__new__ is not object.__new__:
            # A data type mixed in (class E(str, Enum)): members are made by its __new__.
            new = member_type.__new__
        if isinstance(new, staticmethod):
            new = new.__func__
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gnv(name, 1, len(enum_class._member_names_), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(gnv(name, 1, len(enum_class._member_names_), last_values[:])
                              if isinstance(v, auto) else v for v in value)
            last_values.append(value)
            metacls._add_member_(enum_class, name, value, new)
        if first_enum is not None:
            # As CPython: members exist, so calls go through Enum.__new__ (value lookup); a
            # __new__ from the class body is kept as __new_member__ for subclasses.
            cd_new = classdict.get('__new__')
            if isinstance(cd_new, staticmethod):
                cd_new = cd_new.__func__
            if cd_new is not None and cd_new is not Enum.__new__ and '__new_member__' not in classdict:
                enum_class.__new_member__ = cd_new
            enum_class.__new__ = Enum.__new__
        if first_enum is not None and member_type is not object:
            # As CPython: a mixed-in data type's repr/str/format are replaced by the enum's,
            # unless defined in the class body (ReprEnum keeps the data type's str/format).
            if ReprEnum in bases:
                if '__format__' not in classdict:
                    enum_class.__format__ = member_type.__format__
                    classdict['__format__'] = enum_class.__format__
                if '__str__' not in classdict:
                    method = member_type.__str__
                    if method is object.__str__:
                        method = member_type.__repr__
                    enum_class.__str__ = method
                    classdict['__str__'] = enum_class.__str__
            for mname in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if mname not in classdict:
                    enum_method = getattr(first_enum, mname)
                    found_method = getattr(enum_class, mname)
                    object_method = getattr(object, mname)
                    data_type_method = getattr(member_type, mname)
                    if found_method in (data_type_method, object_method):
                        setattr(enum_class, mname, enum_method)
        if Flag is not None and issubclass(enum_class, Flag):
            all_bits = 0
            for m in enum_class:
                all_bits |= m._value_
            enum_class._flag_mask_ = all_bits
        return enum_class

    @staticmethod
    def _add_member_(enum_class, name, value, new):
        args = value if isinstance(value, tuple) else (value,)
        if new is not None:
            m = new(enum_class, *args)
            if not hasattr(m, '_value_'):
                if enum_class._member_type_ is object:
                    m._value_ = value
                else:
                    try:
                        m._value_ = enum_class._member_type_(*args)
                    except Exception as exc:
                        new_exc = TypeError('_value_ not set in __new__, unable to create it')
                        new_exc.__cause__ = exc
                        raise new_exc
        else:
            m = object.__new__(enum_class)
            m._value_ = value
        m._name_ = name
        m.__objclass__ = enum_class
        m.__init__(*args)
        value = m._value_
        canonical = None
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                canonical = other
                break
        if canonical is not None:
            m = canonical
        else:
            enum_class._member_names_.append(name)
        type.__setattr__(enum_class, name, m)
        enum_class._member_map_[name] = m
        try:
            enum_class._value2member_map_.setdefault(value, m)
        except TypeError:
            enum_class._unhashable_values_.append(value)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, None
        first_enum = None
        for base in reversed(bases):
            if isinstance(base, EnumType):
                first_enum = base
        member_type = object
        for base in bases:
            for c in base.__mro__:
                if c is object or isinstance(c, EnumType):
                    continue
                member_type = c
                break
        if first_enum is None:
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls, ) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            module = _collections._caller_module(2)
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        metacls = type_of(cls)
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls, attr))
        super().__delattr__(attr)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return _MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name, ))
        super().__setattr__(name, value)

    def __bool__(cls):
        return True

    def __dir__(cls):
        # CPython 3.11's EnumType.__dir__.
        interesting = set([
                '__class__', '__contains__', '__doc__', '__getitem__',
                '__iter__', '__len__', '__members__', '__module__',
                '__name__', '__qualname__', '__init_subclass__',
                ] + cls._member_names_)
        new_member = cls.__dict__.get('__new_member__')
        for base in cls.__mro__[1:]:
            if new_member is not None:
                break
            new_member = base.__dict__.get('__new_member__')
        if new_member is not None:
            interesting.add('__new__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)


def _readonly(attr, fget, doc):
    # enum.property for name/value: assigning or deleting fails with enum's own message.
    def fset(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute %r" % attr)

    def fdel(self):
        raise AttributeError("<enum 'Enum'> cannot delete attribute %r" % attr)
    return property(fget, fset, fdel, doc)


def type_of(obj):
    return type(obj)


EnumMeta = EnumType
_MappingProxyType = type(type.__dict__)
Flag = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        elif exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            return last + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    _value_repr_ = None

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_, )

    def __dir__(self):
        # CPython 3.11's Enum.__dir__: public methods and other interesting attributes.
        interesting = set()
        if self.__class__._member_type_ is not object:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_' and name not in self._member_map_:
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in self._member_map_:
                    interesting.add(name)
        return sorted(set(['__class__', '__doc__', '__eq__', '__hash__', '__module__']) | interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_, )

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    name = _readonly('name', lambda self: self._name_, 'The name of the Enum member.')
    value = _readonly('value', lambda self: self._value_, 'The value of the Enum member.')


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


def _value_of(x):
    return x._value_ if isinstance(x, Enum) else x


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    # What CPython's EnumType.__new__ installs on IntEnum: Enum's repr and value lookup, int's
    # repr as str() and int's __format__ (ReprEnum), and int.__new__ to create the members.
    __new__ = Enum.__new__
    __repr__ = Enum.__repr__
    __str__ = int.__repr__
    __format__ = int.__format__
    __reduce_ex__ = Enum.__reduce_ex__

    def __new_member__(cls, *args):
        m = int.__new__(cls, *args)
        m._value_ = int(*args)
        return m


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    # As for IntEnum: what CPython's EnumType.__new__ installs (str's str() and format()).
    __new__ = Enum.__new__
    __repr__ = Enum.__repr__
    __str__ = str.__str__
    __format__ = str.__format__
    __reduce_ex__ = Enum.__reduce_ex__

    def __new_member__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0], ))
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError('encoding must be a string, not %r' % (values[1], ))
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Support for flags (bitwise combinations of members)."""

    _flag_mask_ = 0

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if value < 0:
            value = value & cls._flag_mask_
        if value & ~cls._flag_mask_:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        pseudo = object.__new__(cls)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and _is_single_bit(m._value_)]
        pseudo._name_ = '|'.join(names) if value else None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (self.__class__.__name__, v_repr(self._value_))
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if _is_single_bit(m._value_) and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return len(_bits(self._value_))

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not isinstance(other, int) or not issubclass(self.__class__, int_like):
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not isinstance(other, int) or not issubclass(self.__class__, int_like):
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not isinstance(other, int) or not issubclass(self.__class__, int_like):
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _iter_bits_lsb(num):
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags"""

    # As CPython's EnumType.__new__ sets them up (boundary=KEEP): Flag's repr and operators,
    # int's repr as str() and int's __format__.
    __new__ = Enum.__new__
    __repr__ = Flag.__repr__
    __str__ = int.__repr__
    __format__ = int.__format__
    __reduce_ex__ = Enum.__reduce_ex__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__

    def __new_member__(cls, *args):
        m = int.__new__(cls, *args)
        m._value_ = int(*args)
        return m

    def __invert__(self):
        return self.__class__(~self._value_)

    def __iter__(self):
        # Flags in definition order (by value when defined in increasing order).
        return iter(self.__class__._members_of_(self._value_))

    def __len__(self):
        return self._value_.bit_count()

    @classmethod
    def _members_of_(cls, value):
        by_value = [cls._value2member_map_.get(v) for v in _iter_bits_lsb(value & cls._flag_mask_)]
        by_value = [m for m in by_value if m is not None]
        values = [m._value_ for m in cls]
        if values != sorted(values):
            order = {name: i for i, name in enumerate(cls._member_names_)}
            by_value.sort(key=lambda m: order.get(m._name_, 0))
        return by_value

    @classmethod
    def _missing_(cls, value):
        # CPython's Flag._missing_ with the KEEP boundary: composite pseudo-members whose name
        # lists the members present plus any unknown bits.
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = 0
        for m in cls:
            if _is_single_bit(m._value_):
                singles_mask |= m._value_
        all_bits = 2 ** flag_mask.bit_length() - 1
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        pseudo_member = int.__new__(cls, value)
        pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined_value = 0
            for m in cls._members_of_(member_value):
                members.append(m)
                combined_value |= m._value_
            if aliases:
                value = member_value | aliases
                for pm in cls._member_map_.values():
                    if pm not in members and pm._value_ and pm._value_ & value == pm._value_:
                        members.append(pm)
                        combined_value |= pm._value_
            unknown = value ^ combined_value
            pseudo_member._name_ = '|'.join([m._name_ for m in members])
            if not combined_value:
                pseudo_member._name_ = None
            elif unknown:
                pseudo_member._name_ += '|%r' % unknown
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member


int_like = IntFlag


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
                ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                (enumeration, alias_details))
    return enumeration


def verify(*checks):
    """Class decorator to check an enumeration (only UNIQUE is checked here)."""
    def decorator(enumeration):
        if UNIQUE in checks:
            unique(enumeration)
        return enumeration
    return decorator


def global_enum(cls):
    """Export the members of `cls` into its module's namespace (no-op here)."""
    return cls
