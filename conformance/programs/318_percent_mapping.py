# Covers: % formatting with a mapping: %(name)s keys, nested parentheses in keys, repeated keys,
# flags/width after a key, custom mapping classes, dict subclasses with __missing__, and the
# argument rules (mapping vs tuple vs single value).


class Lookup:
    def __getitem__(self, key):
        return 'value-of-' + key


class Defaults(dict):
    def __missing__(self, key):
        return '<%s?>' % key


d = {'name': 'Ada', 'age': 36, 'pi': 3.14159, '(x)': 'parens', '': 'empty', 'a b': 'space'}
print('%(name)s is %(age)d, pi=%(pi).2f' % d)
print('%(name)r %(name)s %(name)10s| %(name)-10s| %(age)05d %(age)+d %(age)x' % d)
print('%((x))s %()s %(a b)s' % d)
print('%(name)s %(name)s %(name)s' % d)
print('%(anything)s and %(other)s' % Lookup())
print('%(known)s %(unknown)s' % Defaults(known='yes'))
print('no fields' % d, '%%(name)s' % d, '%(name)s%%' % d)
print('%s' % d == str(d), '%s' % (d,) == str(d))
print('%(0)s' % {'0': 'zero'}, '%(name)c' % {'name': 'Q'})
