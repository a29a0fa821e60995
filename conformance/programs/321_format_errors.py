# Covers: str.format and format_map errors: single braces, unmatched braces, bad conversions,
# numbering mode switches, missing positional/keyword arguments, bad field syntax, recursion
# limit of nested specs, errors from attribute/index lookups and from format specs.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show('single {', lambda: 'a { b'.format())
show('trailing {', lambda: 'abc{'.format())
show('single }', lambda: 'a } b'.format())
show('trailing }', lambda: 'abc}'.format())
show('unclosed field', lambda: '{0'.format(1))
show('unclosed spec', lambda: '{0:'.format(1))
show('empty conversion', lambda: '{0!}'.format(1))
show('bad conversion', lambda: '{0!x}'.format(1))
show('long conversion', lambda: '{0!rr}'.format(1))
show('conversion at end', lambda: '{0!'.format(1))
show('space conversion', lambda: '{0!r }'.format(1))
show('auto then manual', lambda: '{}{0}'.format(1))
show('manual then auto', lambda: '{0}{}'.format(1))
show('index out of range', lambda: '{2}'.format(1, 2))
show('auto out of range', lambda: '{}{}'.format(1))
show('no args', lambda: '{}'.format())
show('missing kw', lambda: '{name}'.format())
show('missing kw other', lambda: '{name}'.format(nam=1))
show('brace in name', lambda: '{a{b}'.format())
show('missing ]', lambda: '{0[}'.format([1]))
show('after ]', lambda: '{0[0]x}'.format([1]))
show('empty attr', lambda: '{0.}'.format(1))
show('empty index', lambda: '{0[]}'.format(1))
show('bad attr', lambda: '{0.nope}'.format(1))
show('bad index', lambda: '{0[5]}'.format([1]))
show('bad key', lambda: '{0[k]}'.format({}))
show('str index on list', lambda: '{0[-1]}'.format([1]))
show('not subscriptable', lambda: '{0[0]}'.format(5))
show('recursion', lambda: '{0:{1:{2}}}'.format(1, 2, 3))
show('bad spec', lambda: '{:d}'.format('x'))
show('bad spec float', lambda: '{:x}'.format(1.5))
show('bad spec obj', lambda: '{:>5}'.format(object) if False else '{:q}'.format(5))
show('object spec', lambda: '{:5}'.format(type('O', (), {})()))
show('format_map positional', lambda: '{}'.format_map({}))
show('format_map index', lambda: '{0}'.format_map({'0': 1}))
show('format_map missing', lambda: '{a}'.format_map({}))
show('format_map not mapping', lambda: '{a}'.format_map(5))
show('format_map no args', lambda: 'x'.format_map())
show('space in name', lambda: '{ 0 }'.format(1))
show('too many digits', lambda: '{99999999999999999999999}'.format(1))
