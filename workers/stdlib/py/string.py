"""A collection of string constants.

Interleave: CPython 3.11's constants, capwords and Template. Template scans its text directly
instead of compiling a regular expression; the result and the errors are those of CPython's
default pattern (a subclass that overrides `pattern`, `idpattern` or `braceidpattern` falls
back to the re module). Formatter delegates to str.format.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string"""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}
_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


class _TemplateMatch:
    # What one scan step found: kind is 'escaped', 'named', 'braced' or 'invalid'.
    __slots__ = ('kind', 'start', 'end', 'name')

    def __init__(self, kind, start, end, name=None):
        self.kind = kind
        self.start = start
        self.end = end
        self.name = name


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None
    pattern = None

    def __init__(self, template):
        self.template = template

    def _custom(self):
        cls = type(self)
        return (cls.pattern is not None or cls.idpattern != Template.idpattern
                or cls.braceidpattern is not None)

    def _scan(self):
        # Yields (text_before, match) pairs, then (rest, None).
        s = self.template
        delim = self.delimiter
        n = len(s)
        dl = len(delim)
        pos = 0
        out_start = 0
        while True:
            i = s.find(delim, pos)
            if i < 0:
                break
            j = i + dl
            if s.startswith(delim, j):
                yield s[out_start:i], _TemplateMatch('escaped', i, j + dl)
                pos = out_start = j + dl
                continue
            if j < n and s[j] in _ID_START:
                k = j + 1
                while k < n and s[k] in _ID_CHARS:
                    k += 1
                yield s[out_start:i], _TemplateMatch('named', i, k, s[j:k])
                pos = out_start = k
                continue
            if j < n and s[j] == '{' and j + 1 < n and s[j + 1] in _ID_START:
                k = j + 2
                while k < n and s[k] in _ID_CHARS:
                    k += 1
                if k < n and s[k] == '}':
                    yield s[out_start:i], _TemplateMatch('braced', i, k + 1, s[j + 1:k])
                    pos = out_start = k + 1
                    continue
            yield s[out_start:i], _TemplateMatch('invalid', i, i + dl)
            pos = out_start = i + dl
        yield s[out_start:], None

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _regex(self):
        import re
        cls = type(self)
        pattern = cls.pattern
        if pattern is None:
            delim = re.escape(cls.delimiter)
            id = cls.idpattern
            bid = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |
              (?P<named>{id})       |
              {{(?P<braced>{bid})}} |
              (?P<invalid>)
            )
            """
        flags = cls.flags if cls.flags is not None else re.IGNORECASE
        if isinstance(pattern, str):
            pattern = re.compile(pattern, flags | re.VERBOSE)
        return pattern

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        if self._custom():
            def convert(mo):
                named = mo.group('named') or mo.group('braced')
                if named is not None:
                    return str(mapping[named])
                if mo.group('escaped') is not None:
                    return self.delimiter
                if mo.group('invalid') is not None:
                    self._invalid(mo.start('invalid'))
                raise ValueError('Unrecognized named group in pattern', self._regex())
            return self._regex().sub(convert, self.template)
        parts = []
        for text, m in self._scan():
            parts.append(text)
            if m is None:
                break
            if m.kind == 'escaped':
                parts.append(self.delimiter)
            elif m.kind == 'invalid':
                self._invalid(m.start + len(self.delimiter))
            else:
                parts.append(str(mapping[m.name]))
        return ''.join(parts)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        if self._custom():
            def convert(mo):
                named = mo.group('named') or mo.group('braced')
                if named is not None:
                    try:
                        return str(mapping[named])
                    except KeyError:
                        return mo.group()
                if mo.group('escaped') is not None:
                    return self.delimiter
                if mo.group('invalid') is not None:
                    return mo.group()
                raise ValueError('Unrecognized named group in pattern', self._regex())
            return self._regex().sub(convert, self.template)
        parts = []
        s = self.template
        for text, m in self._scan():
            parts.append(text)
            if m is None:
                break
            if m.kind == 'escaped':
                parts.append(self.delimiter)
            elif m.kind == 'invalid':
                parts.append(s[m.start:m.end])
            else:
                try:
                    parts.append(str(mapping[m.name]))
                except KeyError:
                    parts.append(s[m.start:m.end])
        return ''.join(parts)

    def is_valid(self):
        for text, m in self._scan():
            if m is not None and m.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for text, m in self._scan():
            if m is not None and m.kind in ('named', 'braced') and m.name not in ids:
                ids.append(m.name)
        return ids


class Formatter:
    """Formatter: str.format as a class (format/vformat delegate to str.format_map)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))
