# Covers: an ORM-like model layer: validating descriptors with __set_name__, a metaclass collecting fields, classmethods.
class ValidationError(Exception): pass

class Field:
    _counter = 0
    def __init__(self, *, default=None, required=False):
        self.default = default
        self.required = required
        Field._counter += 1
        self._order = Field._counter
    def __set_name__(self, owner, name):
        self.name = name
        self.storage = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)
    def __set__(self, obj, value):
        value = self.validate(value)
        setattr(obj, self.storage, value)
    def validate(self, value):
        return value
    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"

class IntField(Field):
    def __init__(self, *, min_value=None, max_value=None, **kw):
        super().__init__(**kw)
        self.min_value, self.max_value = min_value, max_value
    def validate(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValidationError(f"{self.name}: expected int, got {type(value).__name__}")
        if self.min_value is not None and value < self.min_value:
            raise ValidationError(f"{self.name}: {value} < {self.min_value}")
        if self.max_value is not None and value > self.max_value:
            raise ValidationError(f"{self.name}: {value} > {self.max_value}")
        return value

class StrField(Field):
    def __init__(self, *, max_len=None, **kw):
        super().__init__(**kw)
        self.max_len = max_len
    def validate(self, value):
        if not isinstance(value, str):
            raise ValidationError(f"{self.name}: expected str, got {type(value).__name__}")
        if self.max_len and len(value) > self.max_len:
            raise ValidationError(f"{self.name}: too long ({len(value)} > {self.max_len})")
        return value.strip()

class ModelMeta(type):
    def __new__(mcls, name, bases, ns):
        fields = {}
        for base in reversed(bases):
            fields.update(getattr(base, '_fields', {}))
        own = sorted(((k, v) for k, v in ns.items() if isinstance(v, Field)), key=lambda kv: kv[1]._order)
        fields.update(own)
        ns['_fields'] = fields
        ns.setdefault('table', name.lower() + 's')
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __repr__(cls):
        return f"<Model {cls.__name__} fields={list(cls._fields)}>"

class Model(metaclass=ModelMeta):
    _db = {}
    def __init__(self, **kwargs):
        for name, f in self._fields.items():
            if name in kwargs:
                setattr(self, name, kwargs.pop(name))
            elif f.required:
                raise ValidationError(f"{name} is required")
        if kwargs:
            raise TypeError(f"unexpected fields: {', '.join(sorted(kwargs))}")
    def save(self):
        rows = Model._db.setdefault(self.table, [])
        rows.append(self.as_dict())
        return len(rows)
    def as_dict(self):
        return {name: getattr(self, name) for name in self._fields}
    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in self.as_dict().items())
        return f"{type(self).__name__}({args})"
    @classmethod
    def all(cls):
        return [cls(**row) for row in Model._db.get(cls.table, [])]

class User(Model):
    name = StrField(max_len=10, required=True)
    age = IntField(min_value=0, max_value=150, default=0)

class Admin(User):
    level = IntField(min_value=1, default=1)
    table = "admins_tbl"

print(User, Admin, Model)
u = User(name="  ann ", age=30)
print(u, u.name, u.age, User.name, type(User.__dict__['age']).__name__)
print(u.save(), User(name="bob").save())
a = Admin(name="root", level=3); a.save()
print(User.all(), Admin.all())
for kw in [dict(), dict(name=5), dict(name="x"*11), dict(name="c", age=-1), dict(name="c", age=True), dict(name="c", extra=1, more=2)]:
    try:
        print(User(**kw))
    except (ValidationError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted(vars(u)), Model._db)
print(isinstance(User.age, Field), Admin._fields)
